import { defineConfig } from 'wxt';
import { AUTO_DETECT_ORIGINS } from './utils/protocol';

// Newsbrief extension build. See README "Architecture".
//
// Permissions are the least each feature needs:
// - activeTab + scripting: read the page the reader asks about (toolbar, context menu, keyboard command), by
//   injecting the content script on demand; no host permission is requested at install.
// - storage: the per-tab brief cache (storage.session, survives the worker being stopped) and settings.
// - sidePanel (Chromium) / sidebar_action (Firefox): the side panel.
// - contextMenus: the "Copy brief" entry.
// - offscreen (Chromium): a document with no window that hosts the extraction Workers (a service worker cannot
//   start one), so that extraction runs off the worker's thread and is stopped at its time budget.
// - optional http://*/* and https://*/*: only when the reader opts in to automatic article detection on every web
//   page (options); detection runs on web pages only, so nothing broader (<all_urls> would add file:, ftp:…).
// Copying from the context menu or a keyboard command writes the clipboard from the page the command was given
// on (entrypoints/background/actions.ts, copyFromWorker), so no clipboardWrite permission is needed (the offscreen
// document is for extraction only).
//
// Content security policy of the extension's own pages and worker: only the packaged scripts, styles, images
// and fonts; no inline or remote code, no plugins, no <base>, no framing, no form submission, no network
// connection (connect-src 'self' allows the packaged files only), and no HTML assigned from strings: Trusted
// Types are required, and exactly two policies may exist. DOMPurify's ("dompurify", created by DOMPurify itself
// the first time it sanitizes, never by our code): "Copy as rich text" sanitizes the brief's HTML with it. And
// "newsbrief-worker", which only makes the script URL of the extraction Worker (entrypoints/offscreen/pool.ts).
// An innerHTML assignment anywhere else still throws. Page text is rendered as text.
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  // DOMPurify's policy for the rich-text copy; the extraction Worker's script URL (entrypoints/offscreen/pool.ts).
  'trusted-types dompurify newsbrief-worker',
].join('; ');

/**
 * The bench build (`NEWSBRIEF_BENCH=1 wxt build`, made by `npm run bench:browser`): the same extension, built into
 * .output/bench/, whose worker, page reader, extraction thread and views also time their stages with
 * performance.now() and hand the figures along the existing messages (an optional `marks` field). In every other
 * build __NEWSBRIEF_BENCH__ is the constant false and the timing code is dropped from the bundle.
 */
const BENCH = process.env.NEWSBRIEF_BENCH === '1';

export default defineConfig({
  ...(BENCH ? { outDir: '.output/bench' } : {}),
  vite: () => ({ define: { __NEWSBRIEF_BENCH__: JSON.stringify(BENCH) } }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  // `npm run zip`: the store packages, and for Firefox the sources zip its reviewers rebuild the add-on from
  // (`npm ci && npm run build:firefox`). The tests, their pages and the screenshots are not needed for that.
  zip: { excludeSources: ['test/**', 'docs/**'] },
  manifest: ({ browser, manifestVersion }) => {
    const firefox = browser === 'firefox';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // MV3 takes an object with one policy for extension pages; MV2 (Firefox) a single string.
      content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
      permissions: [
        'activeTab',
        'scripting',
        'storage',
        'contextMenus',
        ...(firefox ? [] : ['sidePanel', 'offscreen']),
      ],
      // MV2 (Firefox) has no optional_host_permissions: host patterns go in optional_permissions there.
      ...(manifestVersion === 3
        ? { optional_host_permissions: AUTO_DETECT_ORIGINS }
        : { optional_permissions: AUTO_DETECT_ORIGINS }),
      // Suggested keys a browser actually assigns: Chromium leaves a suggested key "Not set" when it is one of its
      // own accelerators (Chromium 156 on Linux refuses Alt+Shift+A, B, C, N, P, R, T, W, X and Z), and Firefox
      // opens its menu bar's menus on Alt+Shift+<access key> (F, E, V, S, B, T, H) besides the command. O (open the
      // brief) and M (Markdown) are free in both; test/e2e/shortcuts-chromium.test.ts checks they are assigned.
      commands: {
        // Firefox opens its sidebar with the reserved command; Chromium's side panel is opened by the worker.
        [firefox ? '_execute_sidebar_action' : 'open-side-panel']: {
          suggested_key: { default: 'Alt+Shift+O' },
          description: '__MSG_commandOpenSidePanel__',
        },
        'copy-brief-markdown': {
          suggested_key: { default: 'Alt+Shift+M' },
          description: '__MSG_commandCopyMarkdown__',
        },
      },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'newsbrief@newsbrief.invalid',
                strict_min_version: '140.0',
                // Newsbrief collects nothing: everything runs locally.
                data_collection_permissions: { required: ['none'] },
              },
              // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140): say so, rather
              // than let Android 140 and 141 install an add-on whose data declaration they cannot read.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
