/**
 * The content script. Injected on demand (the reader clicks the toolbar button, the context menu or a command),
 * or registered on every page when the reader opts in to automatic detection (options page). It is never in the
 * manifest's content_scripts: `registration: 'runtime'` builds it as content-scripts/content.js for
 * scripting.executeScript / scripting.registerContentScripts.
 *
 * At start it only runs the cheap article check and tells the worker (for the badge). The snapshot is taken
 * when the worker asks. It reads the page and never writes to it.
 */
import { browser } from 'wxt/browser';
import { detectArticle } from '@/utils/extract/detect';
import {
  isWorkerToPage,
  type PageToWorker,
  type PassageReply,
  type PingReply,
  type SnapshotReply,
} from '@/utils/protocol';
import { showPassage } from './passage';
import { takeSnapshot } from './snapshot';

export default defineContentScript({
  registration: 'runtime',
  // Reload-safe: a newer copy of this script (re-injection, extension update) stops the older one through `ctx`.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const send = (message: PageToWorker) => {
      if (ctx.isValid) browser.runtime.sendMessage(message).catch(() => undefined);
    };

    const detect = () => {
      try {
        const { likely, score, signals } = detectArticle(document);
        send({ type: 'page/detected', url: location.href, likely, score, signals: signals.slice(0, 64) });
      } catch {
        // Detection is a hint for the badge; a page it cannot read simply gets no badge.
      }
    };

    const onMessage = (
      message: unknown,
      sender: { id?: string },
      sendResponse: (r: unknown) => void,
    ): Promise<unknown> | undefined => {
      // Only this extension's worker talks to the content script.
      if (sender.id !== browser.runtime.id || !isWorkerToPage(message)) return undefined;
      let reply: PingReply | SnapshotReply | PassageReply;
      switch (message.type) {
        case 'page/ping':
          reply = { ok: true };
          break;
        case 'snapshot/take':
          reply = takeSnapshot(document);
          break;
        case 'passage/show':
          reply = { found: showPassage(document, message.text) };
          break;
      }
      // Answer both ways: a returned Promise and sendResponse (see the worker's listener).
      sendResponse(reply);
      return Promise.resolve(reply);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // In-page navigations (history API): the brief of the old URL is stale.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      send({ type: 'page/navigated', url: newUrl.href });
      // Let the new view render before the cheap check runs again.
      ctx.setTimeout(detect, 1500);
    });

    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', detect, { once: true, signal: ctx.signal });
    } else {
      detect();
    }
  },
});
