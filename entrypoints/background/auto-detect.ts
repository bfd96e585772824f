/**
 * Opt-in automatic detection: when the reader grants the optional host permission (options page), the content
 * script is registered on every web page so the badge shows articles without a click; when the permission is
 * removed, the registration goes with it. The permission itself is the setting.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from './briefs';

const REGISTRATION_ID = 'newsbrief-detect';
export const ALL_PAGES = ['<all_urls>'];

export async function syncAutoDetect(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: ALL_PAGES });
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (granted && existing.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: REGISTRATION_ID,
        matches: ['http://*/*', 'https://*/*'],
        js: [CONTENT_SCRIPT_FILE.replace(/^\//, '')],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  } else if (!granted && existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  }
}
