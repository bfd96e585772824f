/**
 * The rough edges a new user hit, in the built extension in real Chromium: "Show in page" for text that is on the
 * page and its notice next to the link, the article's own date, blocks that ran together, "Brief it anyway" on an
 * empty page, and the options' permission and labels.
 *
 * The permission test runs Chromium headed under Xvfb: the permission prompt is the browser's own dialog, which
 * headless Chromium never answers and a page-level driver cannot press; `xdotool` presses Escape on it, as a
 * reader refusing it would.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Brief } from '../../utils/types';
import { CHROMIUM, launch, prepareExtension, type Session } from './harness';
import { POPUP_VIEWPORT, settled } from './panel-helpers';

const EDGES = '/e2e/article--edges.html';

describe.skipIf(!CHROMIUM)('the rough edges a new user hit', () => {
  let s: Session;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
    ({ page, tabId } = await s.openTab(`${s.origin}${EDGES}`));
  });
  afterAll(async () => {
    await s?.close();
  });

  const openPopup = async (id = tabId) => {
    const popup = await s.openExtensionPage(`popup.html?tabId=${id}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    return popup;
  };
  /** The text highlighted in the page by "Show in page", or null. */
  const highlighted = (p: Page = page) =>
    p.evaluate(() => {
      const h = CSS.highlights.get('newsbrief-passage');
      const range = h ? [...h][0] : undefined;
      return range ? range.toString() : null;
    });
  const clearHighlight = (p: Page = page) => p.evaluate(() => CSS.highlights.clear());

  it('1. "Show in page" finds a heading whose text the page splits over elements ("The <em>council</em>’s")', async () => {
    const popup = await openPopup();
    const section = popup.locator('[data-part="section"]').first();
    // Sections open expanded in short articles; open it if a build keeps it closed.
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    expect(await section.locator('.section-heading').textContent()).toBe('The council’s choice, explained');
    await clearHighlight();
    await section.locator('.show-in-page').click();
    await expect.poll(() => highlighted(), { timeout: 5000 }).toBe('The council’s choice, explained');
    expect(await section.locator('.passage-missing').textContent()).toBe('');
    await popup.close();
  });

  it('1. … and the lede, whose comma follows a link ("office</a>,"), in the popup', async () => {
    const popup = await openPopup();
    await clearHighlight();
    await popup.locator('[data-part="lede"] .show-in-page').click();
    await expect.poll(() => highlighted(), { timeout: 5000 }).toMatch(/^The mayor, who left office, said on Monday/);
    await popup.close();
  });

  it('1. says a passage is gone right next to the link clicked, in a scrolled popup', async () => {
    const popup = await openPopup();
    // The closing paragraph's section is the last; remove its text from the live page after the brief was made.
    await page.evaluate(() => {
      for (const h of Array.from(document.querySelectorAll('h2'))) {
        if (h.textContent === 'What residents were told') h.textContent = 'A heading the page changed';
      }
    });
    const section = popup.locator('[data-part="section"]').nth(1);
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    // The section's own link (its lists and tables, in it since schema 2, have links of their own).
    const link = section.locator(':scope > .show-in-page-wrap .show-in-page');
    await link.scrollIntoViewIfNeeded();
    // The popup scrolls inside its <main> (the toolbar's copy buttons are out of sight now).
    expect(await popup.evaluate(() => document.querySelector('main')!.scrollTop)).toBeGreaterThan(100);
    await link.click();
    const notice = section.locator(':scope > .show-in-page-wrap .passage-missing');
    await expect.poll(() => notice.textContent(), { timeout: 5000 }).toBe('That passage is no longer on the page.');
    // The notice is beside the link, inside the visible part of the popup, not at its top.
    const linkBox = (await link.boundingBox())!;
    const noticeBox = (await notice.boundingBox())!;
    expect(Math.abs(noticeBox.y - linkBox.y)).toBeLessThan(40);
    expect(noticeBox.y).toBeGreaterThan(0);
    expect(noticeBox.y + noticeBox.height).toBeLessThan(POPUP_VIEWPORT.height);
    // Nothing at the top of the view says it.
    expect(await popup.locator('main > .notice').count()).toBe(0);
    await popup.close();
    await page.reload();
  });

  it("2. shows the article's own date and its offset: 02:00+03:00 on 1 December, not 30 November", async () => {
    const { page: p, tabId: id } = await s.openTab(`${s.origin}${EDGES}?date`);
    const popup = await openPopup(id);
    // The browser runs in UTC (TZ=UTC), three hours behind the article.
    expect(await popup.evaluate(() => new Date().getTimezoneOffset())).toBe(0);
    const meta = (await popup.locator('.brief-meta').textContent())!;
    expect(meta).not.toContain('November 30');
    expect(meta).toContain('December 1, 2020 at 2:00 AM (UTC+03:00)');
    expect(await popup.locator('[data-meta="published"]').textContent()).toBe(
      'December 1, 2020 at 2:00 AM (UTC+03:00)',
    );
    await popup.close();
    await p.close();
  });

  it('3. keeps a word break where the page shows inline elements as blocks ("33% of", "one… Harbour")', async () => {
    const { page: p, tabId: id } = await s.openTab(`${s.origin}${EDGES}?blocks`);
    const popup = await openPopup(id);
    const button = popup.locator('button[data-format="json"]');
    await button.click();
    await expect.poll(() => button.textContent()).toContain('Copied');
    const brief = JSON.parse(await popup.evaluate(() => navigator.clipboard.readText())) as Brief;
    expect(brief.text).toContain('33% of residents said');
    expect(brief.text).toContain('like the last one… Harbour master Ana Lopez');
    expect(brief.text).not.toMatch(/33%of|one…Harbour/);
    // A floated drop cap stays part of its word.
    expect(brief.text).toContain('The harbour wall was built in 1952');
    await popup.close();
    await p.close();
  });

  it('4. "Brief it anyway" on an empty page says plainly that nothing article-like was found', async () => {
    const { page: p, tabId: id } = await s.openTab(`${s.origin}/e2e/broken--empty.html`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${id}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('not-article');
    await popup.getByRole('button', { name: 'Brief it anyway' }).click();
    await expect.poll(() => popup.getAttribute('main', 'data-view-state')).toBe('empty');
    expect(await popup.locator('.state-title').textContent()).toBe('Nothing article-like was found on this page');
    expect(await popup.getByText('Untitled').count()).toBe(0);
    expect(await popup.locator('[data-flag]').count()).toBe(0);
    await popup.close();
    await p.close();
  });

  it('5. labels the copy formats alike: Markdown, JSON, Text', async () => {
    const options = await s.openExtensionPage('options.html');
    const labels = await options.locator('input[name="copy-format"] + span').allTextContents();
    expect(labels).toEqual(['Markdown', 'JSON', 'Text']);
    await options.close();
  });
});

/** An X server of our own for a headed Chromium, on a display number nobody else uses. */
async function startXvfb(): Promise<{ display: string; stop: () => void }> {
  for (let n = 140 + Math.floor(Math.random() * 50); n < 300; n++) {
    if (fs.existsSync(`/tmp/.X11-unix/X${n}`) || fs.existsSync(`/tmp/.X${n}-lock`)) continue;
    const proc: ChildProcess = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
      stdio: 'ignore',
    });
    for (let i = 0; i < 50 && !fs.existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
    if (fs.existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, stop: () => proc.kill() };
    proc.kill();
  }
  throw new Error('No free X display');
}

const HAVE_XVFB = ['/usr/bin/Xvfb', '/usr/bin/xdotool'].every((f) => fs.existsSync(f));

describe.skipIf(!CHROMIUM || !HAVE_XVFB)('5. the options say why automatic detection is off (headed, Xvfb)', () => {
  let xvfb: { display: string; stop: () => void };
  let context: BrowserContext;
  let extensionId: string;
  let dirs: string[] = [];

  beforeAll(async () => {
    xvfb = await startXvfb();
    const extensionDir = prepareExtension();
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-profile-'));
    dirs = [extensionDir, userDataDir];
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM!,
      headless: false,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=en-US',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
      env: { ...process.env, DISPLAY: xvfb.display, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' },
      viewport: { width: 900, height: 700 },
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  });
  afterAll(async () => {
    await context?.close();
    xvfb?.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('refusing the permission prompt leaves the box off and says why', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const box = options.locator('[data-option="auto-detect"] input[type="checkbox"]');
    await expect.poll(() => box.isEnabled()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    await box.click();
    // The browser's prompt is open: the page says what it is waiting for.
    const why = options.locator('#auto-detect-why');
    await expect.poll(() => why.getAttribute('data-detect-state')).toBe('asking');
    expect(await why.textContent()).toBe("Answer the browser's prompt to allow Newsbrief to read pages.");
    // Refuse it, as a reader would: Escape on the prompt (the browser's own window has the keyboard focus).
    await options.waitForTimeout(500);
    execFileSync('xdotool', ['key', 'Escape'], { env: { ...process.env, DISPLAY: xvfb.display } });
    await expect.poll(() => why.getAttribute('data-detect-state'), { timeout: 10_000 }).toBe('refused');
    expect(await box.isChecked()).toBe(false);
    expect(await why.textContent()).toBe(
      'Automatic detection is off because the permission to read pages was not granted.',
    );
    await options.close();
  });
});
