import { defineConfig } from 'wxt';

// Newsbrief extension build. See README "Architecture".
//
// Permissions are the least each feature needs:
// - activeTab + scripting: read the page the reader asks about (toolbar, context menu, keyboard command), by
//   injecting the content script on demand; no host permission is requested at install.
// - storage: the per-tab brief cache (storage.session, survives the worker being stopped) and settings.
// - sidePanel (Chromium) / sidebar_action (Firefox): the side panel.
// - contextMenus: the "Copy brief" entry.
// - optional <all_urls>: only when the reader opts in to automatic article detection on every page (options).
// Copying from the context menu or a keyboard command writes the clipboard from the page the command was given
// on (entrypoints/background/actions.ts, copyFromWorker), so no offscreen or clipboardWrite permission is needed.
//
// Content security policy of the extension's own pages and worker: only the packaged scripts, styles, images
// and fonts; no inline or remote code, no plugins, no <base>, no framing, no form submission, no network
// connection (connect-src 'self' allows the packaged files only), and no HTML assigned from strings: Trusted
// Types are required, and exactly one policy may exist, DOMPurify's ("dompurify", created by DOMPurify itself
// the first time it sanitizes, never by our code). "Copy as rich text" sanitizes the brief's HTML with it; an
// innerHTML assignment anywhere else still throws. Page text is rendered as text.
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
  'trusted-types dompurify',
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
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(firefox ? [] : ['sidePanel'])],
      // MV2 (Firefox) has no optional_host_permissions: host patterns go in optional_permissions there.
      ...(manifestVersion === 3
        ? { optional_host_permissions: ['<all_urls>'] }
        : { optional_permissions: ['<all_urls>'] }),
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
