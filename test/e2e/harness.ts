/**
 * End-to-end harness: the built extension in real Chromium (playwright-core), pages from a local server.
 *
 * - Chromium: $CHROMIUM_PATH or /usr/bin/chromium. Without one the suites skip with a loud warning, unless
 *   CI=true or NEWSBRIEF_REQUIRE_BROWSER=1, where they fail.
 * - The extension under test is the shipped build (.output/chrome-mv3, made by `wxt build` in `npm run
 *   test:e2e`), copied to a temporary directory whose manifest gains one host permission,
 *   http://127.0.0.1/*. The reason: the shipped extension reads a page only after a user gesture (activeTab),
 *   which Playwright cannot make on the toolbar. Everything else (every script, page and string) is byte for
 *   byte what ships, and the shipped manifest itself is checked to have no host permission.
 * - Pages: test/fixtures/pages/ under /pages/, test/e2e/pages/ under /e2e/ and test/fixtures/hostile/ under
 *   /hostile/, on 127.0.0.1 at a random port.
 *   Every request to another host is aborted, so the run is hermetic.
 * - A fresh user-data-dir per launch.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The build under test; NEWSBRIEF_BUILD_DIR points at another (an older build, to show a test fails on it). */
export const BUILD_DIR = process.env.NEWSBRIEF_BUILD_DIR ?? path.join(ROOT, '.output/chrome-mv3');
/** The hostile corpus (scripts, handlers, javascript: URLs, injection in every field), served under /hostile/. */
export const HOSTILE_DIR = path.join(ROOT, 'test/fixtures/hostile');
const PAGE_DIRS: Record<string, string> = {
  '/pages/': path.join(ROOT, 'test/fixtures/pages'),
  '/e2e/': path.join(ROOT, 'test/e2e/pages'),
  '/hostile/': HOSTILE_DIR,
};

/** $CHROMIUM_PATH when set (and only it), else Debian's Chromium. */
function findChromium(): string | null {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export const CHROMIUM = findChromium();
export const BROWSER_REQUIRED = process.env.CI === 'true' || process.env.NEWSBRIEF_REQUIRE_BROWSER === '1';

if (!CHROMIUM) {
  const banner = '!'.repeat(100);
  const line = BROWSER_REQUIRED
    ? 'NO CHROMIUM FOUND and a browser is required (CI=true or NEWSBRIEF_REQUIRE_BROWSER=1): e2e FAILS.'
    : 'NO CHROMIUM FOUND: the end-to-end tests are SKIPPED. ' +
      'Install it (apt-get install chromium chromium-l10n) or set CHROMIUM_PATH.';
  console.warn(`\n${banner}\n${line}\n${banner}\n`);
}

/** Types by file name: HTML, and the non-HTML documents a browser renders itself (XML, SVG, plain text). */
const CONTENT_TYPES: [RegExp, string][] = [
  [/\.html$/, 'text/html; charset=utf-8'],
  [/\.xml$/, 'application/xml'],
  [/\.svg$/, 'image/svg+xml'],
  [/\.txt$/, 'text/plain; charset=utf-8'],
];
export function contentType(file: string): string {
  return CONTENT_TYPES.find(([re]) => re.test(file))?.[1] ?? 'application/octet-stream';
}

/**
 * Hostile pages made on request (test/e2e/hostile-*.test.ts):
 * - /generated/word.html?chars=N: an article whose body is one word of N letters (a page that fills storage).
 * - /generated/paragraphs.html?count=N&chars=M: N short paragraphs making about M characters in all, within the
 *   snapshot's limits but slow to extract (the "80,000 elements, 6.3 MB" page); &pushstate=1 adds a script that
 *   changes the address every second.
 */
function generatedPage(url: URL): string | null {
  const head = '<!DOCTYPE html><html lang="en"><head><title>Generated</title></head>';
  if (url.pathname === '/generated/word.html') {
    const chars = Number(url.searchParams.get('chars') ?? '7000000');
    const body = `<article><h1>One word</h1><p>${'w'.repeat(chars)}</p></article>`;
    return `${head}<body>${body}</body></html>`;
  }
  if (url.pathname === '/generated/paragraphs.html') {
    const count = Number(url.searchParams.get('count') ?? '80000');
    const chars = Number(url.searchParams.get('chars') ?? '6300000');
    const sentence = 'Row of a very long page that nobody reads to the end, and then some more words. ';
    const per = Math.max(10, Math.floor(chars / count) - 7);
    const text = sentence.repeat(Math.ceil(per / sentence.length)).slice(0, per);
    // &pushstate=1: the page also changes its address every second, its content unchanged.
    const loop = url.searchParams.has('pushstate')
      ? "<script>let n = 0; setInterval(() => history.pushState({}, '', '?view=' + ++n), 1000);</script>"
      : '';
    return `${head}<body><main>${`<p>${text}</p>`.repeat(count)}</main>${loop}</body></html>`;
  }
  return null;
}

/** A static server for the test pages. */
export async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // ?delay=ms on any page: the server answers that much later (a navigation the tests can catch in flight).
    const delay = Number(url.searchParams.get('delay') ?? '0');
    if (delay > 0) {
      url.searchParams.delete('delay');
      setTimeout(() => serve(url, res), Math.min(delay, 10_000));
    } else {
      serve(url, res);
    }
  });
  function serve(url: URL, res: http.ServerResponse) {
    if (url.pathname === '/generated/large.html') {
      // A page over the snapshot's element budget (MAX_SNAPSHOT_ELEMENTS in utils/protocol.ts).
      const count = Number(url.searchParams.get('elements') ?? '200000');
      // `repeat` makes each paragraph that many sentences long: a large page with fewer, longer paragraphs.
      const repeat = Math.max(1, Number(url.searchParams.get('repeat') ?? '1'));
      const item = `<p>${'Row of a very long page that nobody reads to the end. '.repeat(repeat).trimEnd()}</p>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const head = '<!DOCTYPE html><html lang="en"><head><title>Large</title></head>';
      res.end(`${head}<body><main>${item.repeat(count)}</main></body></html>`);
      return;
    }
    const generated = generatedPage(url);
    if (generated !== null) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(generated);
      return;
    }
    const prefix = Object.keys(PAGE_DIRS).find((p) => url.pathname.startsWith(p));
    const dir = prefix ? PAGE_DIRS[prefix]! : null;
    const file = dir ? path.join(dir, decodeURIComponent(url.pathname.slice(prefix!.length))) : null;
    if (!file || !file.startsWith(dir!) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = contentType(file);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The shipped build, copied, with the one test host permission added to its manifest. */
export function prepareExtension(
  patchManifest?: (manifest: Record<string, unknown>) => void,
  buildDir: string = BUILD_DIR,
): string {
  if (!fs.existsSync(path.join(buildDir, 'manifest.json'))) {
    throw new Error(`No build at ${buildDir}: run \`npm run test:e2e\` (it runs \`wxt build\` first).`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-ext-'));
  fs.cpSync(buildDir, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  patchManifest?.(manifest);
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

export interface Session {
  context: BrowserContext;
  /** The extension's service worker as currently running (it is restarted after stopWorker). */
  readonly worker: Worker;
  /** Stops the extension's service worker, as the browser does after ~30 s idle. */
  stopWorker(): Promise<void>;
  extensionId: string;
  origin: string;
  /** Opens a URL in a new tab and returns the page with its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens an extension page (popup.html, sidepanel.html…) in a new tab. */
  openExtensionPage(file: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  lang?: string;
  /** Changes the test copy's manifest (only for control runs that show what a manifest setting prevents). */
  patchManifest?: (manifest: Record<string, unknown>) => void;
  /** Another build of the extension than .output/chrome-mv3 (timing scripts compare two builds). */
  buildDir?: string;
  /**
   * An X display (":N", see desktop.ts) to run a headed browser on, for what only the browser's own interface
   * can do (keyboard commands, the context menu, the real side panel). The window is placed at the screen's
   * origin with this size; the page is not resized by emulation, so screen and page coordinates agree.
   */
  headed?: { display: string; width: number; height: number };
  /**
   * An unpacked extension to load exactly as it is, without the test host permission (the store package,
   * unzipped, as a reader installs it). Default: the build, prepared as above.
   */
  extensionDir?: string;
}

/**
 * A headed profile starts without the translation offer: its bubble would take the keyboard focus from the
 * page on a page in another language than the interface (the sample page is Arabic).
 */
function seedHeadedProfile(userDataDir: string): void {
  fs.mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
  const prefs = { translate: { enabled: false } };
  fs.writeFileSync(path.join(userDataDir, 'Default/Preferences'), JSON.stringify(prefs));
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  if (!CHROMIUM) throw new Error('No Chromium');
  const server = await startServer();
  const extensionDir = options.extensionDir ?? prepareExtension(options.patchManifest, options.buildDir);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-profile-'));
  const lang = options.lang ?? 'en-US';
  const { headed } = options;
  if (headed) seedHeadedProfile(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !headed,
    args: [
      ...(headed ? ['--window-position=0,0', `--window-size=${headed.width},${headed.height}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
    // Chromium on Linux takes its interface language from the environment.
    // LC_ALL: a locale every machine has, with UTF-8 file names. LANG's locale (en_US.UTF-8, ar.UTF-8) may not be
    // installed, and then the C locale applies, which is ASCII only: a download named after an Arabic title would
    // be saved as "download". The interface language still comes from LANGUAGE, which is read first.
    env: {
      ...process.env,
      LANGUAGE: lang.replace('-', '_'),
      LANG: `${lang.replace('-', '_')}.UTF-8`,
      LC_ALL: 'C.UTF-8',
      ...(headed ? { DISPLAY: headed.display } : {}),
    },
    viewport: headed ? null : { width: 1100, height: 900 },
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(firstWorker.url()).host;
  const currentWorker = () => context.serviceWorkers().at(-1) ?? firstWorker;
  const worker = new Proxy({} as Worker, {
    get: (_, prop) => {
      const w = currentWorker();
      const value = Reflect.get(w, prop, w);
      return typeof value === 'function' ? value.bind(w) : value;
    },
  });

  const tabIdOf = async (url: string): Promise<number> => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const id = await worker.evaluate(async (u) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id !== null) return id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`No tab for ${url}`);
  };

  return {
    context,
    worker,
    async stopWorker() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await page.close();
    },
    extensionId,
    origin: server.origin,
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { page, tabId: await tabIdOf(page.url()) };
    },
    async openExtensionPage(file, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      if (!options.extensionDir) fs.rmSync(extensionDir, { recursive: true, force: true });
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker through the DevTools session of a page already open, so no tab is
 * opened or activated (a view that follows the active tab stays where it is).
 */
export async function stopWorkerVia(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * What the CLI prints for a page of test/fixtures/pages/ read from `url`
 * (`npm run brief -- --format FORMAT --url URL FILE`), to compare a copy with.
 */
export function cliBrief(file: string, format: 'md' | 'json' | 'text', url: string): string {
  return execFileSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/brief.ts', '--format', format, '--url', url, path.join('test/fixtures/pages', file)],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
  );
}

/** What the UI shows, read from the DOM by role and structure. */
export async function readBriefView(page: Page) {
  return page.evaluate(() => {
    const article = document.querySelector('article.brief');
    const table = document.querySelector('table[data-commitments="true"]');
    return {
      htmlDir: document.documentElement.dir,
      htmlLang: document.documentElement.lang,
      articleDir: article?.getAttribute('dir') ?? null,
      articleLang: article?.getAttribute('lang') ?? null,
      title: document.querySelector('.brief-title')?.textContent ?? null,
      sections: Array.from(document.querySelectorAll('[data-part="section"] .section-heading')).map(
        (e) => e.textContent,
      ),
      steps: Array.from(document.querySelectorAll('[data-part="steps-items"] > li')).map((e) => e.textContent),
      stepsLeadIn: document.querySelector('[data-part="steps"] .lead-in')?.textContent ?? null,
      commitmentsTable: table
        ? {
            caption: table.querySelector('caption')?.textContent ?? null,
            colHeaders: Array.from(table.querySelectorAll('thead th[scope="col"]')).map((e) => e.textContent),
            rowHeaders: Array.from(table.querySelectorAll('tbody th[scope="row"]')).map((e) => e.textContent),
            rows: table.querySelectorAll('tbody tr').length,
          }
        : null,
      flags: Array.from(document.querySelectorAll('[data-flag]')).map((e) => e.getAttribute('data-flag')),
    };
  });
}

/** The slice of the `chrome` API that code evaluated in the extension's worker uses. */
export interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { session: { get(k: string | null): Promise<Record<string, unknown>> } };
  i18n: { getUILanguage(): string };
}
