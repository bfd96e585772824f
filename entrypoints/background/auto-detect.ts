/**
 * Opt-in automatic detection: when the reader grants the optional host permissions (options page), the page
 * reader is registered on every web page so the badge shows articles without a click; when the permission is
 * removed, the registration goes with it. The permission itself is the setting.
 */
import { browser } from 'wxt/browser';
import { AUTO_DETECT_ORIGINS } from '@/utils/protocol';
import { READER_SCRIPT_FILE } from './briefs';

const REGISTRATION_ID = 'newsbrief-detect';

export async function syncAutoDetect(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: AUTO_DETECT_ORIGINS });
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  const file = READER_SCRIPT_FILE.replace(/^\//, '');
  // A registration kept from an older version may name a script that is no longer shipped.
  const current = existing.length > 0 && existing.every((s) => s.js?.length === 1 && s.js[0] === file);
  if (existing.length > 0 && (!granted || !current)) {
    await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  }
  if (granted && !current) {
    await browser.scripting.registerContentScripts([
      {
        id: REGISTRATION_ID,
        matches: AUTO_DETECT_ORIGINS,
        js: [file],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
}
