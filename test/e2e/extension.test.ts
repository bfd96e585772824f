/**
 * The built extension in real Chromium, on the bundled sample page (the seed article as an Arabic news page)
 * and on a page that is not an article. See harness.ts for how the browser and the pages are set up.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { briefFromHtml } from '../../utils/brief';
import { formatBrief } from '../../utils/format/index';
import type { Brief } from '../../utils/types';
import {
  BROWSER_REQUIRED,
  BUILD_DIR,
  CHROMIUM,
  ROOT,
  launch,
  readBriefView,
  type ChromeApi,
  type Session,
} from './harness';

const SAMPLE = 'sample--seed-ar.html';
const POPUP_VIEWPORT = { width: 420, height: 600 };
const PANEL_VIEWPORT = { width: 400, height: 900 };
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

const SEED_STEPS = 5;
const SEED_SECTIONS = 3;
const SEED_TABLE_ROWS = 3;

describe.runIf(!CHROMIUM && BROWSER_REQUIRED)('browser requirement', () => {
  it('has a Chromium to run the end-to-end tests in', () => {
    expect(CHROMIUM, 'set CHROMIUM_PATH or install chromium').not.toBeNull();
  });
});

describe('shipped manifest', () => {
  it('asks for no host permission and only the permissions its features use', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toBeUndefined();
    const expected = ['activeTab', 'contextMenus', 'offscreen', 'scripting', 'sidePanel', 'storage'];
    expect([...manifest.permissions].sort()).toEqual(expected);
    // Automatic detection asks for web pages only, not <all_urls>.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // The page reader is injected on demand or registered at runtime, never on every page by the manifest.
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(fs.existsSync(path.join(BUILD_DIR, 'reader.js'))).toBe(true);
    expect(Object.keys(manifest.commands)).toEqual(expect.arrayContaining(['open-side-panel', 'copy-brief-markdown']));
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
  });

  it('sets a strict content security policy and opens no door to web pages', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'manifest.json'), 'utf8'));
    const csp: string = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([k, ...v]) => [k!, v.join(' ')]),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('require-trusted-types-for')).toBe("'script'");
    // Two Trusted Types policies may be created: DOMPurify's (rich copy sanitizes through it) and the extraction
    // Worker's script URL; no page may create another.
    expect(directives.get('trusted-types')).toBe('dompurify newsbrief-worker');
    expect(csp).not.toMatch(/unsafe-|https?:|\*/);
    // No web page or other extension may message the worker, and no file is exposed to web pages.
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

/** Waits until the view has settled (anything but loading) and returns what it shows. */
async function settled(page: Page): Promise<string> {
  await page.waitForSelector('main[data-view-state]:not([data-view-state="loading"])', { timeout: 60_000 });
  return (await page.getAttribute('main', 'data-view-state'))!;
}

describe.skipIf(!CHROMIUM)('Newsbrief in Chromium (English interface)', () => {
  let s: Session;
  let sampleUrl: string;
  let tabId: number;
  let samplePage: Page;
  let pageHtmlBefore: string;

  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
    sampleUrl = `${s.origin}/pages/${SAMPLE}`;
    ({ page: samplePage, tabId } = await s.openTab(sampleUrl));
    pageHtmlBefore = await samplePage.evaluate(() => document.documentElement.outerHTML);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the brief in the popup: three sections, five steps, a three-row commitments table', async () => {
    const started = performance.now();
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    const state = await settled(popup);
    const elapsed = performance.now() - started;
    const extractMs = await popup.getAttribute('footer[data-extract-ms]', 'data-extract-ms');
    const uiMs = await popup.getAttribute('footer[data-elapsed-ms]', 'data-elapsed-ms');
    console.log(
      `[timing] trigger→rendered brief (first, cold): ${elapsed.toFixed(0)} ms end to end; ` +
        `request→answer in the popup ${uiMs} ms; snapshot+extraction ${extractMs} ms`,
    );
    expect(state).toBe('ready');

    const view = await readBriefView(popup);
    expect(view.htmlDir).toBe('ltr');
    expect(view.articleDir).toBe('rtl');
    expect(view.articleLang).toBe('ar');
    expect(view.title).toContain('صدام حفتر');
    expect(view.sections).toHaveLength(SEED_SECTIONS);
    expect(view.steps).toHaveLength(SEED_STEPS);
    expect(view.stepsLeadIn).toContain('إليك خطوات أساسية');
    expect(view.commitmentsTable?.rows).toBe(SEED_TABLE_ROWS);
    const headers = ['المحور الرئيسي', 'التزام الاتحاد الأوروبي'];
    expect(view.commitmentsTable?.colHeaders).toEqual(headers);
    expect(view.flags).toContain('name-variants');
    // The sample article is short (under 600 words): its sections open expanded, in the popup too.
    expect(await popup.locator('[data-part="section"][open]').count()).toBe(SEED_SECTIONS);

    // A second view of the same tab comes from the cache.
    const again = performance.now();
    const popup2 = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup2)).toBe('ready');
    console.log(`[timing] trigger→rendered brief (cached): ${(performance.now() - again).toFixed(0)} ms`);
    await popup2.close();

    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup-en.png'), fullPage: false });
    await popup.close();
  });

  it('sets the badge once the page is found to be an article', async () => {
    const badge = await s.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.action.getBadgeText({ tabId: id });
    }, tabId);
    expect(badge).toBe('✓');
  });

  it('shows the full brief in the side panel with accessible tables', async () => {
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    const view = await readBriefView(panel);
    expect(view.sections).toHaveLength(SEED_SECTIONS);
    expect(view.steps).toHaveLength(SEED_STEPS);
    expect(view.commitmentsTable).toMatchObject({ rows: SEED_TABLE_ROWS });
    expect(view.commitmentsTable?.caption).toBeTruthy();
    expect(view.commitmentsTable?.rowHeaders).toHaveLength(SEED_TABLE_ROWS);
    // Short article: the sections are open.
    expect(await panel.locator('[data-part="section"][open]').count()).toBe(SEED_SECTIONS);
    // Page text is text: no markup from the page becomes elements of the view.
    expect(await panel.locator('article.brief script, article.brief iframe, article.brief img').count()).toBe(0);
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'sidepanel-en.png'), fullPage: true });
    await panel.close();
  });

  it('copies Markdown, JSON and text; the JSON is what the library makes of the same snapshot', async () => {
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    const copied: Record<string, string> = {};
    for (const format of ['md', 'json', 'text'] as const) {
      await popup.evaluate(() => navigator.clipboard.writeText(''));
      const button = popup.locator(`button[data-format="${format}"]`);
      await button.click();
      await expect.poll(() => button.textContent()).toContain('Copied');
      copied[format] = await popup.evaluate(() => navigator.clipboard.readText());
      expect(copied[format]!.length).toBeGreaterThan(100);
    }
    await popup.close();

    // "Same page" for the library means the same HTML and URL. What the extension extracts is its snapshot of
    // the rendered page (hidden nodes, scripts and styles dropped, lazy images resolved), with the tab's URL.
    // Ask the content script for that snapshot and run the library on it in Node: the copied JSON must equal it.
    const snapshot = (await s.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.tabs.sendMessage(id, { type: 'snapshot/take' }, { frameId: 0 });
    }, tabId)) as { ok: boolean; html: string; url: string };
    expect(snapshot.ok).toBe(true);
    expect(snapshot.url).toBe(sampleUrl);
    const fromSnapshot = briefFromHtml(snapshot.html, { url: snapshot.url });
    expect(copied.json).toBe(formatBrief(fromSnapshot, 'json'));
    expect(copied.md).toBe(formatBrief(fromSnapshot, 'md'));
    expect(copied.text).toBe(formatBrief(fromSnapshot, 'text'));

    // And against the CLI on the raw file, given the same URL (`npm run brief -- --format json --url URL FILE`).
    // The snapshot only removes what a reader does not see, so on this page the two must agree field by field.
    const cli = execFileSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/brief.ts', '--format', 'json', '--url', sampleUrl, path.join('test/fixtures/pages', SAMPLE)],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
    );
    const fromFile = JSON.parse(cli) as Brief;
    const fromExtension = JSON.parse(copied.json!) as Brief;
    const differing = (Object.keys(fromFile) as (keyof Brief)[]).filter(
      (k) => JSON.stringify(fromFile[k]) !== JSON.stringify(fromExtension[k]),
    );
    expect(differing, `fields that differ between the CLI on the file and the extension: ${differing}`).toEqual([]);
    expect(cli.trim()).toBe(copied.json!.trim());
  });

  it('never changes the page, and shows a passage in it with a highlight', async () => {
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    await popup.locator('[data-part="section"] .show-in-page').first().click();
    await expect
      .poll(() => samplePage.evaluate(() => CSS.highlights.has('newsbrief-passage')), { timeout: 5000 })
      .toBe(true);
    const highlighted = await samplePage.evaluate(() => {
      const h = CSS.highlights.get('newsbrief-passage');
      const range = h ? [...h][0] : undefined;
      return range ? range.toString() : null;
    });
    const firstSection = (await readBriefView(popup)).sections[0]!;
    expect(highlighted).toContain(firstSection.slice(0, 30));
    const scrolled = await samplePage.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await popup.close();
    // Snapshots, detection and the highlight read the page; its DOM is exactly as loaded.
    expect(await samplePage.evaluate(() => document.documentElement.outerHTML)).toBe(pageHtmlBefore);
  });

  it('keeps the brief when the worker is stopped, in storage.session', async () => {
    // Change the live page after the brief was made: a brief made again would show the change, the kept one not.
    const heading = await samplePage.evaluate(() => document.querySelector('article h2')?.textContent ?? null);
    expect(heading).not.toBeNull();
    const first = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(first)).toBe('ready');
    await first.close();
    // The answer does not wait for the brief to be stored: the worker is stopped once it is.
    const stored = () =>
      s.worker.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        return (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] !== undefined;
      }, tabId);
    await expect.poll(stored, { timeout: 10_000 }).toBe(true);
    const marker = () => s.worker.evaluate(() => (globalThis as { nbMarker?: number }).nbMarker ?? null);
    await s.worker.evaluate(() => void ((globalThis as { nbMarker?: number }).nbMarker = 1));
    expect(await marker()).toBe(1);
    await s.stopWorker();
    await samplePage.evaluate(() => {
      document.querySelector('article h2')!.textContent = 'A heading changed after the brief';
    });
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    expect((await readBriefView(popup)).sections[0]).toBe(heading);
    // The worker that answered is a new one: its memory is empty, the brief came from storage.session.
    expect(await marker()).toBeNull();
    await popup.close();
    await samplePage.evaluate((h) => {
      document.querySelector('article h2')!.textContent = h;
    }, heading);
    pageHtmlBefore = await samplePage.evaluate(() => document.documentElement.outerHTML);
  });

  it('drops the cached brief when the page changes its URL without reloading', async () => {
    const readCache = () =>
      s.worker.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        const got = await chrome.storage.session.get(`tab:${id}`);
        const record = got[`tab:${id}`] as { brief?: { url: string } | null } | undefined;
        return record?.brief?.url ?? null;
      }, tabId);
    expect(await readCache()).toBe(sampleUrl);
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    await samplePage.evaluate(() => history.pushState({}, '', '?view=2'));
    await expect.poll(readCache, { timeout: 10_000 }).not.toBe(sampleUrl);
    // The side panel follows: it asks again and shows the brief of the new URL.
    await expect.poll(() => readCache(), { timeout: 20_000 }).toBe(`${sampleUrl}?view=2`);
    expect(await settled(panel)).toBe('ready');
    await panel.close();
  });

  it('shows the not-an-article state on a page that is not an article, and briefs it anyway on request', async () => {
    const { page, tabId: id } = await s.openTab(`${s.origin}/e2e/nonarticle--section-front.html`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${id}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('not-article');
    await expect.poll(() => popup.locator('[data-state="not-article"]').count()).toBe(1);
    await popup.getByRole('button', { name: 'Brief it anyway' }).click();
    // A section front has a title and teaser links, nothing article-like: the view says so plainly.
    expect(await settled(popup)).toBe('empty');
    expect(await popup.locator('.state-title').textContent()).toBe('Nothing article-like was found on this page');
    expect(await popup.locator('article.brief').count()).toBe(0);
    const badge = await s.worker.evaluate(async (t) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.action.getBadgeText({ tabId: t });
    }, id);
    expect(badge).toBe('');
    await popup.close();
    await page.close();
  });

  it('ends in "page too large" on a page over the snapshot budget, not in a spinner', async () => {
    const { page, tabId: id } = await s.openTab(`${s.origin}/generated/large.html?elements=200000`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${id}`, POPUP_VIEWPORT);
    const started = performance.now();
    expect(await settled(popup)).toBe('too-large');
    console.log(`[timing] over-budget page → "too large" state: ${(performance.now() - started).toFixed(0)} ms`);
    await popup.close();
    await page.close();
  });

  it('uses the default copy format chosen in the options', async () => {
    const options = await s.openExtensionPage('options.html');
    await options.locator('input[name="copy-format"][value="json"]').check();
    await expect.poll(() => options.locator('[role="status"]').textContent()).toBe('Saved.');
    await options.close();
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    // The preferred format comes first and is the primary button.
    const first = popup.locator('.copy-buttons button').first();
    expect(await first.getAttribute('data-format')).toBe('json');
    expect(await first.getAttribute('class')).toContain('primary');
    await popup.close();
  });

  it('snapshots what the reader sees: hidden nodes, scripts and styles dropped, lazy images resolved', async () => {
    const url = `${s.origin}/e2e/snapshot--hidden-and-lazy.html`;
    const { page, tabId: id } = await s.openTab(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await s.openExtensionPage(`popup.html?tabId=${id}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    await popup.close();
    const snapshot = (await s.worker.evaluate(async (t) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.tabs.sendMessage(t, { type: 'snapshot/take' }, { frameId: 0 });
    }, id)) as { ok: boolean; html: string; url: string };
    expect(snapshot.ok).toBe(true);
    const html = snapshot.html;
    for (const hidden of [
      'HIDDEN-BY-STYLESHEET',
      'HIDDEN-DISPLAY-NONE',
      'HIDDEN-ATTRIBUTE',
      'HIDDEN-VISIBILITY',
      'HIDDEN-OPACITY',
      'NOSCRIPT-TEXT',
      'pageScriptRan',
    ]) {
      expect(html, hidden).not.toContain(hidden);
    }
    expect(html).toContain('VISIBLE-IN-CONTENTS');
    expect(html).not.toMatch(/<style|<iframe|<noscript|<script(?![^>]*application\/ld\+json)/i);
    // JSON-LD is data: kept for the metadata.
    expect(html).toContain('"@type":"NewsArticle"');
    expect(html).toContain(`src="${s.origin}/e2e/img/sea-wall.jpg"`);
    expect(html).toContain(`src="${s.origin}/e2e/img/boats.jpg"`);
    expect(html).not.toContain('data:image/gif');
    // The brief never contains what was hidden.
    const brief = briefFromHtml(html, { url: snapshot.url });
    expect(brief.text).not.toContain('HIDDEN');
    expect(brief.text).toContain('VISIBLE-IN-CONTENTS');
    // Reading the page changed nothing in it.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('says it cannot run on browser pages', async () => {
    const tabIds = () =>
      s.worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        return (await chrome.tabs.query({})).map((t) => t.id!);
      });
    const before = new Set(await tabIds());
    const page = await s.context.newPage();
    await page.goto('chrome://version');
    // No host access to chrome:// pages, so their URL is hidden from the extension: find the tab as the new one.
    const id = (await tabIds()).find((t) => !before.has(t)) ?? null;
    expect(id).not.toBeNull();
    const popup = await s.openExtensionPage(`popup.html?tabId=${id}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('unsupported');
    await popup.close();
    await page.close();
  });
});
