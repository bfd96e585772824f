/**
 * The page reader: the script the worker injects into a tab (scripting.executeScript) when the reader asks for a
 * brief, or registers on every page when the reader opts in to automatic detection (options page). It is a plain
 * unlisted script, not a WXT content script: WXT's content-script context announces itself to the page with DOM
 * events and stops when the page dispatches a forged one. Nothing of this script reaches the page: no event, no
 * attribute, no global of the page's world. It runs in the extension's isolated world, which the page cannot see.
 *
 * At start it only runs the cheap article check and tells the worker (for the badge). The snapshot is taken when
 * the worker asks. It reads the page and never writes to it.
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
import { takeSnapshotSliced } from './snapshot';

/** How often the address is compared with the last one seen (history API navigations fire no event we trust). */
const LOCATION_POLL_MS = 1000;
/** After an in-page navigation, how long the new view gets to render before the cheap check runs again. */
const DETECT_AFTER_NAVIGATION_MS = 1500;

/**
 * The guard against a second copy in the same isolated world (the worker injects again when a ping goes
 * unanswered, and automatic detection may have registered the script too). It lives on the isolated world's
 * global object, which the page's scripts never see; a symbol from the global registry, so that a copy from an
 * extension update finds it too. A newer copy stops the older one and takes over.
 */
const GUARD = Symbol.for('newsbrief.reader');

interface Running {
  stop(): void;
}

export default defineUnlistedScript(() => {
  const scriptStarted = performance.now();
  /** The bench build's timings of this script's own work at start (listeners, the article check). */
  const startup: Record<string, number> = {};
  const world = globalThis as unknown as Record<symbol, Running | undefined>;
  world[GUARD]?.stop();

  const alive = new AbortController();
  const send = (message: PageToWorker) => {
    if (alive.signal.aborted) return;
    try {
      browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // The extension was reloaded or removed: this copy is orphaned.
      stop();
    }
  };

  const detect = () => {
    const started = performance.now();
    try {
      const { likely, score, signals } = detectArticle(document);
      send({ type: 'page/detected', url: location.href, likely, score, signals: signals.slice(0, 64) });
    } catch {
      // Detection is a hint for the badge; a page it cannot read simply gets no badge.
    }
    if (__NEWSBRIEF_BENCH__) startup.detect = performance.now() - started;
  };

  const onMessage = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (r: unknown) => void,
  ): Promise<unknown> | undefined => {
    // Only this extension's worker talks to the page reader.
    if (alive.signal.aborted || sender.id !== browser.runtime.id || !isWorkerToPage(message)) return undefined;
    let reply: PingReply | PassageReply | Promise<SnapshotReply>;
    switch (message.type) {
      case 'page/ping':
        reply = { ok: true };
        break;
      case 'snapshot/take': {
        // In slices: a large page's own work goes on between them.
        const stats = { slices: 0, longest: 0 };
        reply = takeSnapshotSliced(document, message.unless, stats).then((r) =>
          __NEWSBRIEF_BENCH__ && r.ok
            ? { ...r, marks: { ...startup, slices: stats.slices, longestSlice: stats.longest } }
            : r,
        );
        break;
      }
      case 'passage/show':
        reply = { found: showPassage(document, message.text) };
        break;
    }
    // Answer both ways: a returned Promise and sendResponse (see the worker's listener).
    const answer = Promise.resolve(reply);
    void answer.then(sendResponse);
    return answer;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // In-page navigations (history API): the brief of the old URL is stale. The address is polled, which costs a
  // string comparison a second and needs no hook in the page; the worker coalesces what it hears.
  let lastUrl = location.href;
  let detectTimer: ReturnType<typeof setTimeout> | undefined;
  const poll = setInterval(() => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    send({ type: 'page/navigated', url: lastUrl });
    clearTimeout(detectTimer);
    detectTimer = setTimeout(detect, DETECT_AFTER_NAVIGATION_MS);
  }, LOCATION_POLL_MS);

  function stop() {
    alive.abort();
    clearInterval(poll);
    clearTimeout(detectTimer);
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // Orphaned: the runtime is gone, and its listeners with it.
    }
    if (world[GUARD] === running) world[GUARD] = undefined;
  }
  const running: Running = { stop };
  world[GUARD] = running;

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', detect, { once: true, signal: alive.signal });
  } else {
    detect();
  }
  if (__NEWSBRIEF_BENCH__) startup.startup = performance.now() - scriptStarted;
});
