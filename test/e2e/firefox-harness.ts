/**
 * End-to-end harness for Firefox: the Firefox build (.output/firefox-mv2, from `wxt build -b firefox` in
 * `npm run test:e2e`) installed as a temporary add-on in real Firefox, driven over WebDriver BiDi
 * (puppeteer-core), pages from the same local server as the Chromium tests.
 *
 * - Firefox: $FIREFOX_PATH or Debian's /usr/bin/firefox-esr. Without one the suites skip with a loud warning,
 *   unless CI=true or NEWSBRIEF_REQUIRE_BROWSER=1, where they fail.
 * - Unsigned add-ons install with `xpinstall.signatures.required` off; the extension's internal UUID is fixed
 *   (`extensions.webextensions.uuids`), so its pages have a known moz-extension:// origin.
 * - The installed copy gains one host permission, http://127.0.0.1/*, for the reason the Chromium harness gives
 *   (activeTab needs a gesture on the toolbar, which a test cannot make). Everything else is the shipped build.
 * - Extension pages: BiDi refuses to navigate a tab to a moz-extension:// page unless the browser is started with
 *   --remote-allow-system-access; with it the page loads, but the navigation is never reported complete, so the
 *   harness starts it and waits for the page itself. From an extension page the test sees what the extension
 *   sees (tabs, the sidebar through extension.getViews, commands, the clipboard).
 * - Clipboard: `dom.events.testing.asyncClipboard` (Firefox's switch for tests) lets an extension page read the
 *   clipboard without the paste prompt Firefox shows a reader, whatever wrote it.
 * - Hermetic: every request but those to 127.0.0.1 goes to a proxy that does not exist, so it fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BROWSER_REQUIRED, ROOT, startServer } from './harness';

export const FIREFOX_BUILD_DIR = path.join(ROOT, '.output/firefox-mv2');
/** The moz-extension:// host of the installed extension, fixed through a preference. */
export const EXTENSION_UUID = '6f1d3c2a-9b7e-4c55-8a0f-2d4e6b8c1a90';
const EXTENSION_BASE = `moz-extension://${EXTENSION_UUID}`;

function findFirefox(): string | null {
  const candidates = process.env.FIREFOX_PATH
    ? [process.env.FIREFOX_PATH]
    : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export const FIREFOX = findFirefox();

if (!FIREFOX) {
  const banner = '!'.repeat(100);
  const line = BROWSER_REQUIRED
    ? 'NO FIREFOX FOUND and a browser is required (CI=true or NEWSBRIEF_REQUIRE_BROWSER=1): Firefox e2e FAILS.'
    : 'NO FIREFOX FOUND: the Firefox end-to-end tests are SKIPPED. ' +
      'Install it (apt-get install firefox-esr) or set FIREFOX_PATH.';
  console.warn(`\n${banner}\n${line}\n${banner}\n`);
}

/** The slice of the WebExtension API that code evaluated in an extension page uses in these tests. */
export interface ExtensionApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; windowId?: number }[]> };
  windows: { getAll(): Promise<{ id?: number }[]> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  sidebarAction: { isOpen(d: { windowId?: number }): Promise<boolean> };
  extension: { getViews(d: { type: 'sidebar' | 'tab' | 'popup' }): Window[] };
}

export interface FirefoxSession {
  browser: Browser;
  origin: string;
  /** The gecko id Firefox installed the add-on under. */
  addonId: string;
  /** Opens a URL in a new tab. */
  openTab(url: string): Promise<Page>;
  /** Opens one of the extension's pages (sidepanel.html?tabId=3…) in a new tab, once it has loaded. */
  openExtensionPage(file: string): Promise<Page>;
  /** The extension's tab id of the tab showing `url`, asked from an extension page. */
  tabIdOf(extensionPage: Page, url: string): Promise<number>;
  close(): Promise<void>;
}

function prepareFirefoxExtension(): string {
  if (!fs.existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${FIREFOX_BUILD_DIR}: run \`npm run test:e2e\` (it runs \`wxt build -b firefox\`).`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-firefox-ext-'));
  fs.cpSync(FIREFOX_BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { permissions: string[] };
  manifest.permissions.push('http://127.0.0.1/*');
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/** Waits until `page` shows `url` fully loaded; a page that navigates meanwhile is asked again. */
async function loaded(page: Page, url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not load`);
}

export interface FirefoxLaunchOptions {
  /** ":N" (see desktop.ts): Firefox runs headed on that X display. Without it Firefox is headless. */
  display?: string;
  /**
   * A package to install exactly as it is (the store zip, as a reader loads it in about:debugging), without the
   * test host permission. Default: the build, prepared as above.
   */
  archive?: string;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  if (!FIREFOX) throw new Error('No Firefox');
  const server = await startServer();
  const extensionDir = options.archive ? null : prepareFirefoxExtension();
  const geckoId = (
    JSON.parse(fs.readFileSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    }
  ).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !options.display,
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    env: { ...process.env, ...(options.display ? { DISPLAY: options.display } : {}) },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'dom.events.testing.asyncClipboard': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
    },
  });
  const addonId = await browser.installExtension(options.archive ?? extensionDir!);

  return {
    browser,
    origin: server.origin,
    addonId,
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      const url = `${EXTENSION_BASE}/${file}`;
      // Never reported complete (see above): started here, its end read from the page.
      void page.goto(url, { timeout: 0 }).catch(() => undefined);
      await loaded(page, url);
      return page;
    },
    async tabIdOf(extensionPage, url) {
      const id = await extensionPage.evaluate(async (u) => {
        const tabs = await (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab for ${url}`);
      return id;
    },
    async close() {
      await browser.close();
      await server.close();
      if (extensionDir) fs.rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}
