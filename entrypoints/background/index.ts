/**
 * The background worker: answers the popup and side panel (brief of a tab, show a passage), hears the content
 * script (detection, in-page navigation), keeps the badge, the context menu and the commands. Every message is
 * validated by utils/protocol.ts and checked against its sender before anything runs.
 */
import { browser } from 'wxt/browser';
import { type DetectionState, type PageToWorker, type TabChanged, type UiToWorker } from '@/utils/protocol';
import { MENU_COPY, copyFromWorker, createMenus, sidePanelApi, updateBadge } from './actions';
import { syncAutoDetect } from './auto-detect';
import { briefStored, documentChanged, forgetRecent, getBrief, readerPresent, showPassageInTab } from './briefs';
import { keepAnswerInHistory } from './history';
import { acceptExtractorChannel, acceptExtractorPort, type WorkerMessageEvent } from './extractor';
import { messageListener } from './router';
import { dropStale, forgetTab, readTab, saveDetection } from './tab-store';
import { Coalescer, TabRateLimit } from './throttle';

/** A page reader may report this often (a burst of 10, then 2 a second); more is dropped unanswered. */
const pageReports = new TabRateLimit(10, 2);
/**
 * "This tab changed" broadcasts, per tab and reason: one at once, then at most one per window. A view asks for
 * the brief again on "navigated", so a page that changes its address every second makes it ask every 3 s.
 */
const WINDOW_MS: Record<TabChanged['reason'], number> = { navigated: 3000, detected: 1000, closed: 0 };
const coalescers = {
  navigated: new Coalescer<number>(WINDOW_MS.navigated, (tabId) =>
    send({ type: 'tab/changed', tabId, reason: 'navigated' }),
  ),
  detected: new Coalescer<number>(WINDOW_MS.detected, (tabId) =>
    send({ type: 'tab/changed', tabId, reason: 'detected' }),
  ),
};

function send(message: TabChanged): void {
  // No extension page open is the usual case, not an error.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function broadcast(tabId: number, reason: TabChanged['reason']): void {
  if (reason === 'closed') {
    coalescers.navigated.cancel(tabId);
    coalescers.detected.cancel(tabId);
    send({ type: 'tab/changed', tabId, reason });
  } else {
    coalescers[reason].push(tabId);
  }
}

async function handleUi(message: UiToWorker): Promise<unknown> {
  switch (message.type) {
    case 'brief/get': {
      const state = await getBrief(message.tabId, message.refresh === true, true);
      // A brief made now brought its verdict as the tab's detection (tab-store.ts, saveBrief): the badge follows,
      // after the answer, once that is stored.
      if (state.state === 'ready' || state.state === 'not-article') {
        setTimeout(() => void briefStored(message.tabId).then(() => updateBadge(message.tabId)));
      }
      // A view asked in order to show it: history keeps it, after the answer ("Brief it anyway" is not kept).
      if (state.state === 'ready') keepAnswerInHistory(state.brief);
      return state;
    }
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
  if (!pageReports.allow(tabId)) return { ok: false };
  readerPresent(tabId);
  switch (message.type) {
    case 'page/detected':
      await saveDetection(tabId, message.url, message.likely);
      await updateBadge(tabId);
      broadcast(tabId, 'detected');
      return { ok: true };
    case 'page/navigated':
      if (await dropStale(tabId, message.url)) {
        await updateBadge(tabId);
        broadcast(tabId, 'navigated');
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

  browser.runtime.onConnect.addListener((port) => {
    if (!acceptExtractorPort(port)) port.disconnect();
  });
  // The extraction document's channel (Chromium's service worker; a background page has no offscreen document).
  if ('clients' in globalThis) {
    globalThis.addEventListener('message', (e) => void acceptExtractorChannel(e as unknown as WorkerMessageEvent));
  }

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.url === undefined && changeInfo.status !== 'loading') return;
    // A loading document drops everything (and any answer being made from the old one); a URL change (history
    // API, visible when the extension may read the tab) drops what describes another URL.
    if (changeInfo.status === 'loading') documentChanged(tabId);
    void dropStale(tabId, changeInfo.status === 'loading' ? undefined : changeInfo.url).then(async (dropped) => {
      if (!dropped) return;
      await updateBadge(tabId);
      broadcast(tabId, 'navigated');
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    forgetRecent(tabId);
    pageReports.forget(tabId);
    broadcast(tabId, 'closed');
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
