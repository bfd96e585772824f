/**
 * The Firefox build in real Firefox (firefox-harness.ts): installed as a temporary add-on, the sample page briefed
 * in the sidebar and in the extension's view, the copy read back from the clipboard and compared with the CLI.
 *
 * - Headless: the sidebar as Firefox opens it at install (sidebar_action's default), read from an extension page
 *   through extension.getViews; the view's "Copy Markdown" clicked through WebDriver BiDi input (a trusted click).
 * - On a virtual desktop (desktop.ts; headed Firefox, real X input with xdotool): the sidebar toggled with its
 *   keyboard command, its "Copy JSON" button clicked with the real mouse at its place on the screen, and the copy
 *   command pressed on the page.
 *
 * The clipboard is read from an extension page of the add-on itself (see the harness for the preference that lets
 * it read without the paste prompt).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_REQUIRED, ROOT, cliBrief } from './harness';
import { DESKTOP, startDesktop, type Desktop } from './desktop';
import { FIREFOX, FIREFOX_BUILD_DIR, launchFirefox, type ExtensionApi, type FirefoxSession } from './firefox-harness';

const SAMPLE = 'sample--seed-ar.html';
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

describe.runIf(!FIREFOX && BROWSER_REQUIRED)('Firefox requirement', () => {
  it('has a Firefox to run the Firefox build in', () => {
    expect(FIREFOX, 'apt-get install firefox-esr, or set FIREFOX_PATH').not.toBeNull();
  });
});

/** What the sidebar shows, read from its document as the extension sees it (one sidebar per window). */
function readSidebar(extensionPage: Page) {
  return extensionPage.evaluate(() => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    return api.extension.getViews({ type: 'sidebar' }).map((view) => {
      const doc = view.document;
      const button = doc.querySelector('button[data-format="json"]')?.getBoundingClientRect();
      return {
        url: view.location.pathname,
        state: doc.querySelector('main')?.getAttribute('data-view-state') ?? null,
        title: doc.querySelector('.brief-title')?.textContent ?? null,
        uiDir: doc.documentElement.dir,
        articleDir: doc.querySelector('article.brief')?.getAttribute('dir') ?? null,
        articleLang: doc.querySelector('article.brief')?.getAttribute('lang') ?? null,
        sections: doc.querySelectorAll('[data-part="section"]').length,
        // Where the "Copy JSON" button is on the screen: the sidebar's content origin plus the button's box.
        jsonButton: button
          ? {
              x: Math.round(
                (view as unknown as { mozInnerScreenX: number }).mozInnerScreenX + button.x + button.width / 2,
              ),
              y: Math.round(
                (view as unknown as { mozInnerScreenY: number }).mozInnerScreenY + button.y + button.height / 2,
              ),
            }
          : null,
      };
    });
  });
}

const readClipboard = (extensionPage: Page) => extensionPage.evaluate(() => navigator.clipboard.readText());

describe.skipIf(!FIREFOX)('the Firefox build in Firefox (headless)', () => {
  let ff: FirefoxSession;
  let sampleUrl: string;
  let sample: Page;
  let helper: Page;

  beforeAll(async () => {
    ff = await launchFirefox();
    sampleUrl = `${ff.origin}/pages/${SAMPLE}`;
    sample = await ff.openTab(sampleUrl);
    helper = await ff.openExtensionPage('options.html');
    await sample.bringToFront();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('installs as a temporary add-on, and Firefox assigns both suggested keys', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
      commands: Record<string, { suggested_key?: { default?: string } }>;
    };
    expect(ff.addonId).toBe(manifest.browser_specific_settings.gecko.id);
    const assigned = await helper.evaluate(async () => {
      const commands = await (globalThis as unknown as { browser: ExtensionApi }).browser.commands.getAll();
      return Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']));
    });
    for (const [name, command] of Object.entries(manifest.commands)) {
      expect(assigned[name], name).toBe(command.suggested_key?.default);
    }
  });

  it('shows the brief of the page in the sidebar, the Arabic article right to left in a left-to-right interface', async () => {
    await expect.poll(async () => (await readSidebar(helper))[0]?.state, { timeout: 30_000 }).toBe('ready');
    const [view] = await readSidebar(helper);
    expect(view).toMatchObject({ url: '/sidepanel.html', uiDir: 'ltr', articleDir: 'rtl', articleLang: 'ar' });
    expect(view!.title).toContain('صدام حفتر');
    expect(view!.sections).toBe(3);
  });

  it("copies Markdown from the extension view with a real click; the clipboard holds the CLI's Markdown", async () => {
    const tabId = await ff.tabIdOf(helper, sampleUrl);
    const view = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await view.waitForSelector('main[data-view-state="ready"]', { timeout: 30_000 });
    await view.setViewport({ width: 400, height: 900 });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await view.screenshot({ path: path.join(SCREENSHOTS, 'firefox-sidepanel-en.png') });
    await view.click('button[data-format="md"]');
    await expect.poll(() => view.$eval('button[data-format="md"]', (b) => b.textContent)).toContain('Copied');
    expect(await readClipboard(view)).toBe(cliBrief(SAMPLE, 'md', sampleUrl));
    await view.close();
  });
});

describe.skipIf(!FIREFOX || !DESKTOP)('the Firefox sidebar with real keys and clicks (headed, virtual desktop)', () => {
  let desk: Desktop;
  let ff: FirefoxSession;
  let sampleUrl: string;
  let sample: Page;
  let helper: Page;
  let firefoxWindow: string;

  const sidebarOpen = () =>
    helper.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      return api.sidebarAction.isOpen({ windowId: tab?.windowId });
    }, sampleUrl);

  /** The sample page's window focused and its tab in front, so browser keys reach that window. */
  async function focusSample(): Promise<void> {
    await sample.bringToFront();
    desk.focus(firefoxWindow);
  }

  beforeAll(async () => {
    desk = await startDesktop();
    ff = await launchFirefox({ display: desk.display });
    sampleUrl = `${ff.origin}/pages/${SAMPLE}`;
    sample = await ff.openTab(sampleUrl);
    // The helper (an extension page, to ask what the extension sees) waits in a background tab.
    helper = await ff.openExtensionPage('options.html');
    firefoxWindow = desk.browserWindow('firefox');
    await focusSample();
  });
  afterAll(async () => {
    await ff?.close();
    await desk?.close();
  });

  it('toggles the sidebar with Alt+Shift+O, and the reopened sidebar briefs the page', async () => {
    // Firefox opens an add-on's sidebar when it is installed; the command closes it, then opens it again.
    await expect.poll(sidebarOpen, { timeout: 10_000 }).toBe(true);
    desk.press('alt+shift+o');
    await expect.poll(sidebarOpen, { timeout: 10_000 }).toBe(false);
    expect(await readSidebar(helper)).toEqual([]);
    desk.press('alt+shift+o');
    await expect.poll(sidebarOpen, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await readSidebar(helper))[0]?.state, { timeout: 30_000 }).toBe('ready');
    expect((await readSidebar(helper))[0]!.title).toContain('صدام حفتر');
  });

  it("copies JSON from the sidebar with a real click; the clipboard holds the CLI's JSON", async () => {
    const [view] = await readSidebar(helper);
    expect(view?.jsonButton).not.toBeNull();
    // A fresh X display starts with an empty clipboard.
    expect(await readClipboard(helper)).toBe('');
    desk.xdotool('mousemove', String(view!.jsonButton!.x), String(view!.jsonButton!.y), 'click', '1');
    await expect.poll(() => readClipboard(helper), { timeout: 10_000 }).not.toBe('');
    expect((await readClipboard(helper)).trim()).toBe(cliBrief(SAMPLE, 'json', sampleUrl).trim());
  });

  it("copies Markdown with Alt+Shift+M on the page; the clipboard holds the CLI's Markdown", async () => {
    const markdown = cliBrief(SAMPLE, 'md', sampleUrl);
    await focusSample();
    desk.press('alt+shift+m');
    await expect.poll(() => readClipboard(helper), { timeout: 20_000 }).toBe(markdown);
  });
});
