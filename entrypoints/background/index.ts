/**
 * The background worker: answers the popup and side panel (brief of a tab, show a passage), hears the content
 * script (detection, in-page navigation), keeps the badge, the context menu and the commands. Every message is
 * validated by utils/protocol.ts and checked against its sender before anything runs.
 */
import { browser } from 'wxt/browser';
import { type DetectionState, type PageToWorker, type UiToWorker, type WorkerToUi } from '@/utils/protocol';
import { MENU_COPY, copyFromWorker, createMenus, sidePanelApi, updateBadge } from './actions';
import { syncAutoDetect } from './auto-detect';
import { getBrief, showPassageInTab } from './briefs';
import { messageListener } from './router';
import { dropStale, forgetTab, readTab, saveDetection } from './tab-store';

function broadcast(message: WorkerToUi): void {
  // No extension page open is the usual case, not an error.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

async function handleUi(message: UiToWorker): Promise<unknown> {
  switch (message.type) {
    case 'brief/get':
      return getBrief(message.tabId, message.refresh === true);
    case 'passage/show-in-tab':
      return { found: await showPassageInTab(message.tabId, message.text) };
    case 'detection/get': {
      const { detection } = await readTab(message.tabId);
      const state: DetectionState = {
        tabId: message.tabId,
        url: detection?.url ?? null,
        likely: detection?.likely ?? null,
      };
      return state;
    }
  }
}

async function handlePage(message: PageToWorker, tabId: number): Promise<unknown> {
  switch (message.type) {
    case 'page/detected':
      await saveDetection(tabId, message.url, message.likely);
      await updateBadge(tabId);
      broadcast({ type: 'tab/changed', tabId, reason: 'detected' });
      return { ok: true };
    case 'page/navigated':
      if (await dropStale(tabId, message.url)) {
        await updateBadge(tabId);
        broadcast({ type: 'tab/changed', tabId, reason: 'navigated' });
      }
      return { ok: true };
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    messageListener(
      { ui: handleUi, page: handlePage },
      { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
    ),
  );

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.url === undefined && changeInfo.status !== 'loading') return;
    // A loading document drops everything; a URL change (history API, visible when the extension may read the
    // tab) drops what describes another URL.
    void dropStale(tabId, changeInfo.status === 'loading' ? undefined : changeInfo.url).then(async (dropped) => {
      if (!dropped) return;
      await updateBadge(tabId);
      broadcast({ type: 'tab/changed', tabId, reason: 'navigated' });
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    broadcast({ type: 'tab/changed', tabId, reason: 'closed' });
  });

  browser.runtime.onInstalled.addListener(() => {
    createMenus();
    void syncAutoDetect();
  });
  browser.runtime.onStartup.addListener(() => void syncAutoDetect());
  browser.permissions.onAdded.addListener(() => void syncAutoDetect());
  browser.permissions.onRemoved.addListener(() => void syncAutoDetect());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_COPY && tab?.id !== undefined) void copyFromWorker(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'open-side-panel') {
      // Called at once, inside the command's user gesture, which sidePanel.open() requires.
      void sidePanelApi()?.open({ tabId: tab.id });
    } else if (command === 'copy-brief-markdown') {
      void copyFromWorker(tab.id, 'md');
    }
  });
});
