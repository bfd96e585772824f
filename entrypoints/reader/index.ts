/**
 * The page reader: the script the worker injects into a tab (scripting.executeScript) when the reader asks for a
 * brief, or registers on every page when the reader opts in to automatic detection (options page). It is a plain
 * unlisted script, not a WXT content script: WXT's content-script context announces itself to the page with DOM
 * events and stops when the page dispatches a forged one. Nothing of this script reaches the page: no event, no
 * attribute, no global of the page's world. It runs in the extension's isolated world, which the page cannot see.
 *
 * At start it only schedules the cheap article check, which tells the worker whether the page looks like an article
 * (for the badge). The snapshot is taken when the worker asks. When the worker injected this script to take a
 * snapshot, the request arrives before the check is due: the check is then left out (the worker records the
 * brief's own verdict with the brief, in the same write), so a brief never waits for it. It still runs when the
 * snapshot is refused (the page is too large to brief: the badge has no other source). It reads the page and never
 * writes to it.
 */
import { browser } from 'wxt/browser';
import {
  isWorkerToPage,
  type PageToWorker,
  type PassageReply,
  type PingReply,
  type SnapshotReply,
} from '@/utils/protocol';
import { snapshotHash } from '@/utils/common/hash';
import { showPassage } from './passage';
import { nextTask, takeSnapshotSliced } from './snapshot';
import { SNAPSHOT_SOON, SOON_SNAPSHOT_MS } from './soon';

/** How often the address is compared with the last one seen (history API navigations fire no event we trust). */
const LOCATION_POLL_MS = 1000;
/** After an in-page navigation, how long the new view gets to render before the cheap check runs again. */
const DETECT_AFTER_NAVIGATION_MS = 1500;
/**
 * How long after start the cheap check waits for a snapshot request that makes it unneeded. The worker asks for the
 * snapshot as soon as its injection returns (a few milliseconds); a script registered for automatic detection is
 * never asked, and its badge comes this much later, which no reader sees.
 */
const DETECT_AT_START_MS = 250;

/**
 * The guard against a second copy in the same isolated world (the worker injects again when a ping goes
 * unanswered, and automatic detection may have registered the script too). It lives on the isolated world's
 * global object, which the page's scripts never see; a symbol from the global registry, so that a copy from an
 * extension update finds it too. A newer copy stops the older one and takes over.
 */
const GUARD = Symbol.for('newsbrief.reader');

/**
 * The article check, loaded when first needed. It is bundled into this script, but its module (and the word lists
 * it compiles into patterns as it loads) runs only then: a reader injected to take a snapshot leaves the check to
 * the brief and never runs it, and its injection, which a view waits for, no longer pays for it.
 */
const articleCheck = () => import('@/utils/extract/detect').then((m) => m.detectArticle);

interface Running {
  stop(): void;
}

export default defineUnlistedScript(() => {
  const scriptStarted = performance.now();
  /** The bench build's timings of this script's own work at start (listeners, the article check). */
  const startup: Record<string, number> = {};
  const world = globalThis as unknown as Record<symbol, Running | undefined>;
  world[GUARD]?.stop();
  const marks = globalThis as unknown as Record<symbol, number | undefined>;
  const soon = marks[SNAPSHOT_SOON];
  marks[SNAPSHOT_SOON] = undefined;

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

  /** A snapshot taken in slices, so that a large page's own work goes on between them; `later`: in the next task. */
  const startSnapshot = (later = false) => {
    const stats = { slices: 0, longest: 0 };
    const take = () => takeSnapshotSliced(document, undefined, stats);
    return { at: performance.now(), stats, reply: later ? nextTask().then(take) : take() };
  };
  /**
   * Injected by the worker to take a snapshot (snapshot-soon.ts left its mark): the snapshot starts as soon as this
   * script has returned (the injection is then done), while the worker's request is on its way, and the article
   * check is left to the brief.
   */
  let early = soon !== undefined ? startSnapshot(true) : null;
  let checkOwed = early !== null;

  let detectTimer: ReturnType<typeof setTimeout> | undefined;
  const detect = () => {
    detectTimer = undefined;
    // Timed with the check's first load (its module and word lists), which the first check pays.
    const started = performance.now();
    void articleCheck()
      .then((detectArticle) => {
        if (alive.signal.aborted) return;
        const { likely, score, signals } = detectArticle(document);
        send({ type: 'page/detected', url: location.href, likely, score, signals: signals.slice(0, 64) });
        if (__NEWSBRIEF_BENCH__) startup.detect = performance.now() - started;
      })
      .catch(() => {
        // Detection is a hint for the badge: a page it cannot read, or a check that failed to load, gets no badge.
      });
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
        // The brief's own verdict stands for the check still due (the worker records it with the brief).
        const due = detectTimer !== undefined || checkOwed;
        checkOwed = false;
        clearTimeout(detectTimer);
        detectTimer = undefined;
        const taking = early && performance.now() - early.at < SOON_SNAPSHOT_MS ? early : startSnapshot();
        early = null;
        reply = taking.reply.then((r) => {
          // Refused: no brief will say whether the page is an article; the check runs once the answer is sent.
          if (!r.ok && due) detectTimer = setTimeout(detect, 0);
          if (!r.ok) return r;
          const marks = __NEWSBRIEF_BENCH__
            ? { marks: { ...startup, slices: taking.stats.slices, longestSlice: taking.stats.longest } }
            : {};
          // Asked whether the page changed: when the worker already has a brief of this very snapshot, no HTML
          // again. Otherwise the worker hashes the HTML itself, off the page's thread.
          if ('html' in r && message.unless !== undefined) {
            const { url, elements, ms } = r;
            const hash = snapshotHash(r.html);
            if (hash === message.unless) return { ok: true, same: true, url, hash, elements, ms, ...marks } as const;
            return { ...r, hash, ...marks };
          }
          return { ...r, ...marks };
        });
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

  const detectSoon = () => {
    clearTimeout(detectTimer);
    detectTimer = setTimeout(detect, DETECT_AT_START_MS);
  };
  if (checkOwed) {
    // Left to the brief (see the snapshot request).
  } else if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', detectSoon, { once: true, signal: alive.signal });
  } else {
    detectSoon();
  }
  if (__NEWSBRIEF_BENCH__) startup.startup = performance.now() - scriptStarted;
});
