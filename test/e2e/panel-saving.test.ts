/**
 * Saving in the built extension, real Chromium ("Build: saving"): the Markdown note with YAML front matter
 * (downloaded and read back from disk), its templates edited in the options with a live preview, rich copy (the
 * clipboard's HTML read back: the brief, sanitised, hostile strings inert; and a control run showing the copy
 * fails without the one Trusted Types policy it needs), and history (kept, searched, reopened, exported and read
 * back, deleted, turned off, cleared). Saves the history and saving screenshots in both interface languages.
 */
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatBrief } from '../../utils/format/index';
import { validateBrief } from '../../utils/format/json';
import type { Brief } from '../../utils/types';
import { CHROMIUM, launch, type Session } from './harness';
import { PANEL_VIEWPORT, POPUP_VIEWPORT, SAMPLE, SCREENSHOTS, download, readClipboard, settled } from './panel-helpers';

/** Front matter of a note: its `key: value` lines between the fences. */
function frontMatter(note: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(note);
  if (!m) throw new Error(`no front matter in:\n${note.slice(0, 300)}`);
  return Object.fromEntries(m[1]!.split('\n').map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]));
}

/** Copies with the button and returns what the clipboard got. */
async function copyWith(view: Page, format: string): Promise<string> {
  await view.evaluate(() => navigator.clipboard.writeText(''));
  await view.locator(`button[data-format="${format}"]`).click();
  await view.locator(`button[data-format="${format}"]`, { hasText: 'Copied' }).waitFor({ timeout: 10_000 });
  return view.evaluate(() => navigator.clipboard.readText());
}

/** Elements and attributes of rich-copy HTML that are not the plain markup the brief is made of. */
function activeParts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const allowed = new Set(
    'HTML HEAD BODY META ARTICLE H1 H2 H3 H4 H5 H6 P UL OL LI STRONG A TABLE CAPTION THEAD TBODY TR TH TD'.split(' '),
  );
  const problems: string[] = [];
  for (const e of Array.from(document.querySelectorAll('*'))) {
    if (!allowed.has(e.tagName)) problems.push(`<${e.tagName.toLowerCase()}>`);
    for (const a of Array.from(e.attributes)) {
      if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'src') problems.push(`${e.tagName} ${a.name}`);
      if (a.name === 'href' && !/^https?:/i.test(a.value)) problems.push(`href ${a.value}`);
    }
  }
  return problems;
}

describe.skipIf(!CHROMIUM)('saving (English interface)', () => {
  let s: Session;
  let tabId: number;
  let brief: Brief;
  let markdown: string;

  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
    ({ tabId } = await s.openTab(`${s.origin}/pages/${SAMPLE}`));
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    brief = JSON.parse(await copyWith(popup, 'json')) as Brief;
    markdown = await copyWith(popup, 'md');
    await popup.close();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('downloads the brief as a Markdown note with YAML front matter, named after the title', async () => {
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    const file = await download(popup, () => popup.locator('[data-action="download-md"]').click());
    expect(file.name).toBe(`${brief.title}.md`);
    const fm = frontMatter(file.text);
    expect(Object.keys(fm)).toEqual(['title', 'url', 'byline', 'published', 'site', 'lang', 'dir', 'tags']);
    expect(JSON.parse(fm.title!)).toBe(brief.title);
    expect(JSON.parse(fm.url!)).toBe(brief.url);
    expect(JSON.parse(fm.byline!)).toBe(brief.byline);
    expect(fm.published).toBe(brief.published);
    expect(JSON.parse(fm.site!)).toBe(brief.siteName);
    expect([fm.lang, fm.dir, fm.tags]).toEqual(['ar', 'rtl', '["news"]']);
    // The body is the Markdown brief, as "Copy Markdown" gives it.
    expect(file.text.slice(file.text.indexOf('\n---\n') + 5).trim()).toBe(markdown.trim());
    await expect.poll(() => popup.locator('[data-action="download-md"]').textContent()).toBe('Downloaded ✓');
    await popup.close();
  });

  it('edits the templates in the options with a live preview, and the download follows them', async () => {
    const options = await s.openExtensionPage('options.html');
    const preview = options.locator('[data-part="template-preview"]');
    await options.locator('input[name="tags"]').fill('news, libya  #eu');
    await options.locator('textarea[name="body"]').fill('{{brief}}\n\nSaved {{date}} from {{site}}. {{nope}}');
    await expect.poll(() => preview.textContent()).toContain('tags: ["news", "libya", "eu"]');
    const today = new Date().toISOString().slice(0, 10);
    expect(await preview.textContent()).toContain(`Saved ${today} from `);
    expect(await options.locator('[data-unknown-variables]').textContent()).toBe(
      'Unknown variables, left as written: {{nope}}',
    );
    await expect.poll(() => options.locator('[role="status"]').textContent()).toBe('Saved.');
    await options
      .locator('[data-option="templates"]')
      .screenshot({ path: path.join(SCREENSHOTS, 'saving-options-en.png') });

    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    const file = await download(popup, () => popup.locator('[data-action="download-md"]').click());
    expect(frontMatter(file.text).tags).toBe('["news", "libya", "eu"]');
    expect(file.text.trimEnd().endsWith(`Saved ${today} from ${brief.siteName}. {{nope}}`)).toBe(true);
    await popup.close();

    await options.locator('[data-action="reset-templates"]').click();
    await expect.poll(() => preview.textContent()).toContain('tags: ["news"]');
    expect(await options.locator('textarea[name="body"]').inputValue()).toBe('{{brief}}');
    await options.waitForTimeout(800);
    await options.close();
  });

  it('copies rich text: HTML built from the brief, sanitised, beside the plain-text brief', async () => {
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    await copyWith(popup, 'rich');
    const clip = await readClipboard(popup);
    expect(clip.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clip.text).toBe(formatBrief(brief, 'text'));
    const { document } = parseHTML(`<!doctype html><html><body>${clip.html}</body></html>`);
    const article = document.querySelector('article')!;
    expect([article.getAttribute('dir'), article.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(document.querySelector('h1')!.textContent).toBe(brief.title);
    const headings = Array.from(document.querySelectorAll('h2, h3')).map((h) => h.textContent);
    for (const section of brief.sections) expect(headings).toContain(section.heading);
    expect(Array.from(document.querySelectorAll('ol li')).map((li) => li.textContent)).toEqual(brief.lists[0]!.items);
    expect(document.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')).toHaveLength(
      brief.tables[0]!.rows.length,
    );
    expect(activeParts(clip.html!)).toEqual([]);
    // DOMPurify made its policy; no second "dompurify" may be made, nor any policy the pages do not name.
    const policies = await popup.evaluate(() => {
      const tt = (globalThis as unknown as { trustedTypes: { createPolicy(n: string, o: object): unknown } })
        .trustedTypes;
      return ['dompurify', 'other'].map((name) => {
        try {
          tt.createPolicy(name, {});
          return `${name}: created`;
        } catch {
          return `${name}: refused`;
        }
      });
    });
    expect(policies).toEqual(['dompurify: refused', 'other: refused']);
    await popup.close();
  });

  it('keeps history: listed, searched by title, site and actor, reopened, exported, deleted', async () => {
    // The worker keeps a brief in history once it has answered the view: a popup closed the moment its brief is
    // drawn keeps it too (HISTORY_INDEX_KEY of utils/history.ts, read here through the worker).
    const kept = async (title: string) =>
      (
        (await s.worker.evaluate(
          `chrome.storage.local.get('history:index').then((g) => JSON.stringify(g['history:index'] ?? []))`,
        )) as string
      ).includes(title);
    for (const [page, title] of [
      ['/e2e/article--english-council.html', 'City council approves flood barrier plan'],
      ['/e2e/article--long.html', 'Valley rail line to reopen after ten years'],
    ]) {
      const { tabId: id } = await s.openTab(`${s.origin}${page}`);
      const popup = await s.openExtensionPage(`popup.html?tabId=${id}`, POPUP_VIEWPORT);
      expect(await settled(popup)).toBe('ready');
      await popup.close();
      await expect.poll(() => kept(title!)).toBe(true);
    }
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    await panel.locator('[data-view="history"]').click();
    expect(await panel.getAttribute('main', 'data-view-state')).toBe('history');
    const titles = () => panel.locator('.history-open').allTextContents();
    // Newest first; the sample, shown again in this side panel, moved to the top.
    await expect.poll(titles).toContain('Valley rail line to reopen after ten years');
    await expect.poll(async () => (await titles())[0]).toBe(brief.title);
    expect(await titles()).toContain('City council approves flood barrier plan');

    const search = panel.getByRole('searchbox');
    await search.fill('riverside'); // site
    expect(await titles()).toEqual(['City council approves flood barrier plan']);
    await search.fill('الاتحاد الاوروبي'); // actor, without the hamza the page writes
    expect(await titles()).toEqual([brief.title]);
    await search.fill('VALLEY rail'); // title
    expect(await titles()).toEqual(['Valley rail line to reopen after ten years']);
    await search.fill('no such brief');
    expect(await titles()).toEqual([]);
    expect(await panel.locator('.history .notice').first().textContent()).toBe('No kept brief matches this search.');
    await search.fill('');
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'history-en.png') });

    // Reopen: the kept brief, with its copy buttons; then back to the list.
    await panel.locator('.history-open', { hasText: 'Valley rail line' }).click();
    await expect.poll(() => panel.getAttribute('main', 'data-view-state')).toBe('history-entry');
    expect(await panel.locator('.brief-title').textContent()).toBe('Valley rail line to reopen after ten years');
    const copied = await copyWith(panel, 'md');
    expect(copied.startsWith('# Valley rail line to reopen after ten years\n')).toBe(true);
    await panel.locator('[data-action="back"]').click();
    await expect.poll(() => panel.getAttribute('main', 'data-view-state')).toBe('history');

    // Export one as a Markdown note, and all as JSON Lines; read both back from disk.
    const item = panel.locator('.history-item', { hasText: 'Valley rail line' });
    const one = await download(panel, () => item.locator('[data-action="export-md"]').click());
    expect(one.name).toBe('Valley rail line to reopen after ten years.md');
    expect(JSON.parse(frontMatter(one.text).title!)).toBe('Valley rail line to reopen after ten years');
    const count = (await titles()).length;
    const all = await download(panel, () => panel.locator('[data-action="export-all"]').click());
    expect(all.name).toMatch(/^newsbrief-history-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = all.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Brief & { savedAt: string });
    expect(lines).toHaveLength(count);
    expect(lines.map((l) => l.title)).toEqual(await titles());
    for (const { savedAt, ...rest } of lines) {
      expect(Number.isNaN(Date.parse(savedAt))).toBe(false);
      expect(validateBrief(rest)).toBe(true);
    }

    // Delete one.
    await item.locator('[data-action="delete"]').click();
    await expect.poll(titles).not.toContain('Valley rail line to reopen after ten years');
    expect(await titles()).toHaveLength(count - 1);
    await panel.close();
  });

  it('keeps hostile strings inert in the rich copy: they are the text, never markup', async () => {
    for (const file of ['07-title-og.html', '09-lists-tables.html', '11-markdown-injection.html', '12-bidi.html']) {
      const { page, tabId: id } = await s.openTab(`${s.origin}/hostile/${file}`);
      const popup = await s.openExtensionPage(`popup.html?tabId=${id}`, POPUP_VIEWPORT);
      const state = await settled(popup);
      if (state === 'not-article') await popup.getByRole('button', { name: 'Brief it anyway' }).click();
      await popup.waitForSelector('button[data-format="rich"]');
      await copyWith(popup, 'rich');
      const { html } = await readClipboard(popup);
      expect(html, file).toBeTruthy();
      expect(activeParts(html!), file).toEqual([]);
      if (file.startsWith('11-')) {
        const text = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.textContent!;
        expect(text).toContain('<img src=x onerror=alert(1)> <script>alert(2)</script>');
      }
      await popup.close();
      await page.close();
    }
  });

  it('adds nothing when history is off, and clears it with one button', async () => {
    const options = await s.openExtensionPage('options.html');
    const on = options.locator('input[name="history-on"]');
    await expect.poll(() => on.isEnabled()).toBe(true);
    expect(await on.isChecked()).toBe(true);
    expect(await options.locator('#history-help').textContent()).toContain('Nothing leaves your device.');
    await on.uncheck();
    await expect.poll(() => options.locator('[role="status"]').textContent()).toBe('Saved.');

    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    await panel.locator('[data-view="history"]').click();
    await panel.waitForSelector('[data-part="history"][data-loaded="true"]');
    const before = await panel.locator('.history-open').allTextContents();
    expect(before.length).toBeGreaterThan(0);
    const { tabId: id } = await s.openTab(`${s.origin}/e2e/article--edges.html?history-off`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${id}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    await popup.close();
    await panel.waitForTimeout(500);
    expect(await panel.locator('.history-open').allTextContents()).toEqual(before);
    expect(await panel.locator('.history-off').textContent()).toContain('History is off');

    await options.locator('[data-action="clear-history"]').click();
    await expect.poll(() => options.locator('[role="status"]').textContent()).toBe('History cleared.');
    await expect.poll(() => panel.locator('.history-open').count()).toBe(0);
    expect(await panel.locator('.history .notice').last().textContent()).toBe(
      'No briefs kept yet. The briefs you open appear here.',
    );
    await on.check();
    await options.close();
    await panel.close();
  });
});

describe.skipIf(!CHROMIUM)('saving (Arabic interface): screenshots', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ lang: 'ar' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows history and the templates mirrored, in Arabic', async () => {
    for (const page of [`/pages/${SAMPLE}`, '/e2e/article--english-council.html']) {
      const { tabId } = await s.openTab(`${s.origin}${page}`);
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      expect(await settled(popup)).toBe('ready');
      await popup.close();
    }
    const panel = await s.openExtensionPage('sidepanel.html', PANEL_VIEWPORT);
    await panel.locator('[data-view="history"]').click();
    await expect.poll(() => panel.locator('.history-open').count()).toBe(2);
    expect(await panel.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await panel.locator('.history-title').textContent()).toBe('السجل');
    // An English title keeps its own direction inside the Arabic list.
    expect(await panel.locator('.history-open').first().getAttribute('dir')).toBe('ltr');
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'history-ar.png') });
    await panel.close();

    const options = await s.openExtensionPage('options.html');
    await expect.poll(() => options.locator('[data-part="template-preview"]').textContent()).toContain('tags:');
    await options
      .locator('[data-option="templates"]')
      .screenshot({ path: path.join(SCREENSHOTS, 'saving-options-ar.png') });
    await options.close();
  });
});

describe.skipIf(!CHROMIUM)("control: rich copy under a policy that does not allow DOMPurify's", () => {
  let s: Session;
  beforeAll(async () => {
    // The shipped policy without DOMPurify's Trusted Types policy (the extraction Worker's stays).
    s = await launch({
      patchManifest: (m) => {
        const csp = m.content_security_policy as { extension_pages: string };
        csp.extension_pages = csp.extension_pages.replace('trusted-types dompurify ', 'trusted-types ');
      },
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('fails the copy visibly and puts nothing on the clipboard (DOMPurify cannot sanitize)', async () => {
    const { tabId } = await s.openTab(`${s.origin}/pages/${SAMPLE}`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    await popup.evaluate(() => navigator.clipboard.writeText('before'));
    const button = popup.locator('button[data-format="rich"]');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copy failed');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('before');
    await popup.close();
  });
});
