/**
 * The toolbar button's badge, the context menu, the keyboard commands and copying from them.
 */
import { browser } from 'wxt/browser';
import { formatBrief, type BriefFormat } from '@/utils/format/index';
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings } from '@/utils/protocol';
import { getBrief } from './briefs';
import { workerMessage } from './i18n';
import { readTab } from './tab-store';

export const MENU_COPY = 'newsbrief-copy';
const FLASH_MS = 2500;

/** `action` in MV3; Firefox's MV2 build calls it browserAction. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Badge from the tab's last detection: a mark when the page looks like an article, nothing otherwise. */
export async function updateBadge(tabId: number): Promise<void> {
  const { detection } = await readTab(tabId);
  const action = toolbarAction();
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#1a73e8' });
    await action.setBadgeText({ tabId, text: detection?.likely ? workerMessage('badgeArticle') : '' });
    await action.setTitle({
      tabId,
      title: detection?.likely ? workerMessage('actionTitleArticle') : workerMessage('actionTitle'),
    });
  } catch {
    // The tab closed meanwhile.
  }
}

async function flashBadge(tabId: number, ok: boolean): Promise<void> {
  const action = toolbarAction();
  try {
    await action.setBadgeBackgroundColor({ tabId, color: ok ? '#188038' : '#d93025' });
    await action.setBadgeText({ tabId, text: ok ? workerMessage('badgeCopied') : workerMessage('badgeFailed') });
  } catch {
    return;
  }
  setTimeout(() => void updateBadge(tabId), FLASH_MS);
}

export function createMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_COPY,
      title: workerMessage('menuCopyBrief'),
      contexts: ['page', 'selection'],
    });
  });
}

async function defaultFormat(): Promise<BriefFormat> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return (got[SETTINGS_KEY] === undefined ? DEFAULT_SETTINGS : parseSettings(got[SETTINGS_KEY])).copyFormat;
}

/**
 * Copy the tab's brief from the worker (context menu, keyboard command), where there is no clipboard.
 *
 * Two ways exist: an offscreen document (needs the `offscreen` permission, Chromium only) or running the copy in
 * the page the command was given on. The second needs nothing more: the menu click or the command grants
 * activeTab on that very tab, which is also what reading the page for the brief needs, and it works the same
 * in Firefox. The function runs in the content script's isolated world, so the page's scripts cannot see the
 * text before it is on the clipboard, and it writes nothing into the page.
 */
export async function copyFromWorker(tabId: number, format?: BriefFormat): Promise<boolean> {
  const chosen = format ?? (await defaultFormat());
  // The Markdown and text copies are made from the brief's structure; only JSON carries its whole `text`.
  const state = await getBrief(tabId, false, chosen === 'json');
  if (state.state === 'error') {
    await flashBadge(tabId, false);
    return false;
  }
  const text = formatBrief(state.brief, chosen);
  let ok: boolean;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: async (value: string) => {
        try {
          await navigator.clipboard.writeText(value);
          return true;
        } catch {
          return false;
        }
      },
      args: [text],
    });
    ok = result?.result === true;
  } catch {
    ok = false;
  }
  await flashBadge(tabId, ok);
  return ok;
}

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Chromium's side panel API (not in the polyfill's types; absent in Firefox, which uses its own sidebar). */
export function sidePanelApi(): SidePanelApi | undefined {
  return (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
}
