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
// on (entrypoints/background/actions.ts, copyFromWorker), so no offscreen or clipboardWrite permission is needed.
//
// Content security policy of the extension's own pages and worker: only the packaged scripts, styles, images
// and fonts; no inline or remote code, no plugins, no <base>, no framing, no form submission, no network
// connection (connect-src 'self' allows the packaged files only), and no HTML assigned from strings (Trusted
// Types with one policy that only makes script URLs for the extraction Worker: an innerHTML assignment throws).
// Page text is rendered as text, so none of it is needed.
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
  // One policy, for the one script URL an extraction Worker may load (entrypoints/offscreen/pool.ts); none makes HTML.
  'trusted-types newsbrief-worker',
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
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
      commands: {
        // Firefox opens its sidebar with the reserved command; Chromium's side panel is opened by the worker.
        [firefox ? '_execute_sidebar_action' : 'open-side-panel']: {
          suggested_key: { default: 'Alt+Shift+B' },
          description: '__MSG_commandOpenSidePanel__',
        },
        'copy-brief-markdown': {
          suggested_key: { default: 'Alt+Shift+C' },
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
            },
          }
        : {}),
    };
  },
});
