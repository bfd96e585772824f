/**
 * Making the brief of a tab: make sure the page reader is there (inject it on demand: tabs opened before the
 * extension was installed or updated have none), ask it for a snapshot, run the extraction on it off the worker's
 * thread (extractor.ts), cache the result per tab and URL. Every path ends in a state the UI can show; nothing
 * waits forever, and nothing one tab does makes another tab's answer wait.
 */
import { browser } from 'wxt/browser';
import {
  EXTRACT_BUDGET_MS,
  PING_TIMEOUT_MS,
  SNAPSHOT_TIMEOUT_MS,
  isPingReply,
  isSnapshotReply,
  type BriefErrorKind,
  type BriefState,
  type SnapshotReply,
  type WorkerToPage,
} from '@/utils/protocol';
import { snapshotHash } from '@/utils/common/hash';
import type { Marks } from '@/utils/shapes';
import { extractOffThread, prepareExtractor } from './extractor';
import { classifyInjectionError, isUnsupportedUrl, pageKey } from './pages';
import { readTab, saveBrief, type BriefResult, type BriefSizes } from './tab-store';

/** The built page reader (the unlisted script entrypoints/reader/). */
export const READER_SCRIPT_FILE = '/reader.js' as const;
/** Injected just before the reader when a snapshot is wanted at once (entrypoints/snapshot-soon.ts). */
const SNAPSHOT_SOON_FILE = '/snapshot-soon.js' as const;
/** How long a view's request waits for a tab that is loading a new document before reading it anyway. */
const LOADING_WAIT_MS = 5_000;
/** How long the probe of a page that gave no answer waits for a one-line script (see rendererDied). */
const PROBE_TIMEOUT_MS = 1_000;
/** Attempts at a brief whose document changed while it was read, before giving up. */
const ATTEMPTS = 3;

class BriefError extends Error {
  constructor(
    readonly kind: BriefErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The tab loaded another document while its brief was being made: the answer describes a page no longer there. */
class DocumentChanged extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, kind: BriefErrorKind, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BriefError(kind, `${what} got no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function toPage(tabId: number, message: WorkerToPage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

// ---------------------------------------------------------------------------------------------------------------
// Documents: which document of a tab an answer describes.
// ---------------------------------------------------------------------------------------------------------------

/** Per tab, how many documents it has started loading since the worker started (tabs.onUpdated "loading"). */
const generations = new Map<number, number>();
const generation = (tabId: number) => generations.get(tabId) ?? 0;

/**
 * The tabs where the page reader has run since the worker started (injected by the worker, or it reported from
 * the page). In a tab where it never has, the worker injects it without asking first: a message to a tab with no
 * listener can take more than a second to fail on a large page, the injection itself a few milliseconds. Where it
 * has, the worker asks first (a document may keep its reader across history navigations, which Chromium reports
 * as loading too).
 */
const readers = new Set<number>();

/** The page reader of this tab spoke (a page report) or was injected. */
export function readerPresent(tabId: number): void {
  readers.add(tabId);
}

/** The tab started loading a document: an answer made from the previous one is dropped. */
export function documentChanged(tabId: number): void {
  generations.set(tabId, generation(tabId) + 1);
}

/**
 * Wait (bounded) while the tab is navigating to another document (pendingUrl: not yet committed, the old page
 * still shown), so the request reads the new one. A page that is merely still loading its images is read now.
 */
async function settledTab(tabId: number) {
  let tab = await browser.tabs.get(tabId);
  const until = Date.now() + LOADING_WAIT_MS;
  while (tab.pendingUrl && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    tab = await browser.tabs.get(tabId);
  }
  return tab;
}

// ---------------------------------------------------------------------------------------------------------------
// The page reader and the snapshot.
// ---------------------------------------------------------------------------------------------------------------

const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;
/** The channel to the page closed with no answer: its renderer died, or it navigated away. */
const CLOSED = /message port closed|message channel closed|closed before a response|frame .*(?:removed|crashed)/i;

/** Chromium's answer when the tab has no document to script, which is also its answer without permission. */
const NO_CONTENTS = /cannot access contents of the page/i;

/**
 * What a failed message to the page means. The channel closing with no answer on the same document is a crash.
 * Otherwise a tab whose address the extension can see (it may read the tab: activeTab or the host permission) but
 * whose top frame cannot run a one-line script has no live document: its renderer died. That probe also catches a
 * crash reported in other words, or one whose sad-tab page arrived as a "loading" event before the failure did.
 */
async function pageFailure(message: string, tabId: number, since: number): Promise<BriefError> {
  if (CLOSED.test(message) && generation(tabId) === since) return new BriefError('crashed', message);
  const kind = classifyInjectionError(message);
  if ((NO_CONTENTS.test(message) || kind === 'failed') && (await rendererDied(tabId))) {
    return new BriefError('crashed', `The page crashed: ${message}`);
  }
  return new BriefError(kind, message);
}

/**
 * A page that gave no answer in time hung, unless its renderer died meanwhile: a dead renderer does not always
 * close the channel (a script injection waiting for the page to finish loading may never settle).
 */
async function timeoutFailure(e: BriefError, tabId: number): Promise<BriefError> {
  if (e.kind !== 'hung' || !(await rendererDied(tabId))) return e;
  return new BriefError('crashed', `The page crashed: ${e.message}`);
}

/** The tab shows a web page the extension may read, and its top frame cannot run a script (see pageFailure). */
async function rendererDied(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || !/^(?:https?|file):/i.test(tab.url)) return false;
  // Chromium shows a tab whose renderer died as "unloaded" (as it shows a discarded one).
  if ((tab.status as string | undefined) === 'unloaded' && !tab.discarded) return true;
  try {
    const probe = browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => true });
    // A busy page runs it late, a dead one fails at once: a short wait tells them apart.
    await withTimeout(probe, PROBE_TIMEOUT_MS, 'hung', 'The page');
    return false;
  } catch (e) {
    if (e instanceof BriefError) return false;
    return NO_CONTENTS.test(e instanceof Error ? e.message : String(e)) || /crash/i.test(String(e));
  }
}

/**
 * The bench build's stage timings of one brief (milliseconds), filled as the stages run; null in other builds.
 * `snapshotTrip`: asking for the snapshot until its answer arrived; `extractTrip`: the same for the extraction.
 */
type Timings = Marks | null;
const newTimings = (): Timings => (__NEWSBRIEF_BENCH__ ? {} : null);
/** Adds the time since `since` to the stage `name` (a stage that runs twice counts both). */
function mark(t: Timings, name: string, since: number): void {
  if (t) t[name] = (t[name] ?? 0) + performance.now() - since;
}

/**
 * The page reader answers in the tab's top frame; inject it when it does not. A page that cannot answer is hung.
 * `forSnapshot`: a snapshot is asked for next; a reader injected now starts it at once.
 */
export async function ensureReader(tabId: number, t: Timings = null, forSnapshot = false): Promise<void> {
  const since = generation(tabId);
  const pinged = performance.now();
  try {
    // Not known to be there: injected at once (a copy already there hands over to the new one).
    if (readers.has(tabId)) {
      const reply = await withTimeout(toPage(tabId, { type: 'page/ping' }), PING_TIMEOUT_MS, 'hung', 'The page');
      if (isPingReply(reply)) return;
    }
  } catch (e) {
    mark(t, 'ping', pinged);
    if (e instanceof BriefError) throw await timeoutFailure(e, tabId);
    const message = e instanceof Error ? e.message : String(e);
    // Not injected yet (or injected by an older version of the extension): inject it.
    if (!NO_RECEIVER.test(message)) throw await pageFailure(message, tabId, since);
  }
  try {
    const target = { tabId, frameIds: [0] };
    const files = forSnapshot ? [SNAPSHOT_SOON_FILE, READER_SCRIPT_FILE] : [READER_SCRIPT_FILE];
    const injected = browser.scripting.executeScript({ target, files });
    await withTimeout(injected, PING_TIMEOUT_MS, 'hung', 'Reading the page');
    readerPresent(tabId);
  } catch (e) {
    if (e instanceof BriefError) throw await timeoutFailure(e, tabId);
    throw await pageFailure(e instanceof Error ? e.message : String(e), tabId, since);
  }
}

async function snapshot(
  tabId: number,
  unless: string | null,
  t: Timings,
): Promise<Extract<SnapshotReply, { ok: true }>> {
  const since = generation(tabId);
  let reply: unknown;
  // Twice at most: a page that navigates between the injection and the request loses the script it was given.
  for (let attempt = 1; ; attempt++) {
    const injecting = performance.now();
    await ensureReader(tabId, t, true);
    mark(t, 'injection', injecting);
    try {
      const take: WorkerToPage = unless ? { type: 'snapshot/take', unless } : { type: 'snapshot/take' };
      // The reader's walk stops itself within its own time limit: a snapshot with no answer is a page that hung.
      const asked = performance.now();
      reply = await withTimeout(toPage(tabId, take), SNAPSHOT_TIMEOUT_MS, 'hung', 'The page snapshot');
      mark(t, 'snapshotTrip', asked);
      break;
    } catch (e) {
      if (e instanceof BriefError) throw await timeoutFailure(e, tabId);
      const message = e instanceof Error ? e.message : String(e);
      if (attempt < 2 && NO_RECEIVER.test(message)) continue;
      throw await pageFailure(message, tabId, since);
    }
  }
  if (!isSnapshotReply(reply)) {
    throw new BriefError('failed', 'The page answered with something that is not a snapshot');
  }
  if (!reply.ok) throw new BriefError('too-large', `Page too large: ${reply.detail}, ${reply.chars} characters`);
  return reply;
}

// ---------------------------------------------------------------------------------------------------------------
// Briefs.
// ---------------------------------------------------------------------------------------------------------------

interface Made {
  result: BriefResult;
  hash: string;
  /** The tab's document generation it was made in: served only while the tab shows that document. */
  generation: number;
}

/**
 * The last brief made per tab, whole, with the hash of its snapshot, while the worker lives: answers at once when
 * the stored copy was cut or not stored, and lets an unchanged page (same snapshot hash, after an in-page
 * navigation) keep its brief without another extraction. A few tabs at most.
 */
const recent = new Map<number, Made>();
const RECENT_TABS = 6;

function remember(tabId: number, made: Made): void {
  recent.delete(tabId);
  recent.set(tabId, made);
  while (recent.size > RECENT_TABS) recent.delete(recent.keys().next().value!);
}

export function forgetRecent(tabId: number): void {
  recent.delete(tabId);
  readers.delete(tabId);
  generations.delete(tabId);
}

async function makeBrief(tabId: number, previous: Made | null, t: Timings): Promise<BriefResult> {
  const since = generation(tabId);
  const snap = await snapshot(tabId, previous?.hash ?? null, t);
  if (t) Object.assign(t, snap.marks, { snapshot: snap.ms });
  let result: BriefResult;
  let sizes: BriefSizes | undefined;
  let hash: string;
  if ('same' in snap) {
    hash = snap.hash;
    if (!previous) throw new BriefError('failed', 'The page said it was unchanged, but there is no brief of it');
    // The same snapshot under a new address (an in-page navigation that changed nothing): the same brief.
    const old = previous.result;
    const url = old.brief.url === old.url ? snap.url : old.brief.url;
    result = { ...old, url: snap.url, brief: { ...old.brief, url }, ms: Math.round(snap.ms) };
  } else {
    // Handing a big snapshot on takes the worker's thread for a while: let the requests already waiting go first.
    await new Promise((r) => setTimeout(r, 0));
    const asked = performance.now();
    const extracting = extractOffThread(snap.html, snap.url, EXTRACT_BUDGET_MS);
    extracting.catch(() => undefined);
    // The page reader hashes its snapshot only when asked whether the page changed: this one is hashed here, once
    // the job has left for the extraction thread (the next task), while the extraction runs.
    if (snap.hash === undefined) {
      await new Promise((r) => setTimeout(r, 0));
      hash = snapshotHash(snap.html);
    } else hash = snap.hash;
    const outcome = await extracting;
    mark(t, 'extractTrip', asked);
    if (!outcome.ok) throw new BriefError(outcome.error, outcome.message);
    if (t) Object.assign(t, outcome.marks);
    const state = outcome.brief.isArticle ? 'ready' : 'not-article';
    result = { state, tabId, url: snap.url, brief: outcome.brief, ms: Math.round(snap.ms + outcome.ms) };
    sizes = { chars: outcome.chars, textChars: outcome.textChars };
  }
  if (generation(tabId) !== since) throw new DocumentChanged();
  remember(tabId, { result, hash, generation: since });
  keep(tabId, saveBrief(tabId, result, hash, sizes));
  return result;
}

/**
 * Per tab, the write of its last brief while it runs. The answer does not wait for it: this worker answers the tab
 * from memory meanwhile (`recent`), and the stored copy is for a worker started again later. Two round trips to
 * storage.session and the brief's serialization were on every fresh brief's path (bench:browser's storage stage).
 */
const storing = new Map<number, Promise<unknown>>();

function keep(tabId: number, saving: Promise<unknown>): void {
  // A brief that could not be stored is still answered (as it is when it is too large to store).
  const done = saving.catch(() => undefined);
  storing.set(tabId, done);
  void done.then(() => {
    if (storing.get(tabId) === done) storing.delete(tabId);
  });
}

/** Resolves once the tab's last brief is stored (or could not be): what reads the stored record waits for it. */
export async function briefStored(tabId: number): Promise<void> {
  await storing.get(tabId);
}

const inFlight = new Map<string, Promise<BriefState>>();

function asState(tabId: number, e: unknown): BriefState {
  if (e instanceof BriefError) return { state: 'error', tabId, error: e.kind, message: e.message };
  return { state: 'error', tabId, error: 'failed', message: e instanceof Error ? e.message : String(e) };
}

async function attempt(tabId: number, previous: Made | null, t: Timings): Promise<BriefState> {
  for (let n = 1; ; n++) {
    try {
      const result = await makeBrief(tabId, previous, t);
      // The bench build answers with the stage timings of this brief (never stored, nor served from the cache).
      return t ? { ...result, marks: { ...t } } : result;
    } catch (e) {
      if (!(e instanceof DocumentChanged)) return t ? { ...asState(tabId, e), marks: { ...t } } : asState(tabId, e);
      if (n >= ATTEMPTS) return asState(tabId, new BriefError('failed', 'The page kept changing while it was read'));
    }
  }
}

/**
 * The brief of a tab: from the cache when it describes the tab's current URL, else made now. `wholeText`: the
 * caller needs the brief's `text` (a view, the JSON copy); a stored brief whose text was cut is then made again.
 */
export async function getBrief(tabId: number, refresh = false, wholeText = true): Promise<BriefState> {
  const t = newTimings();
  const started = performance.now();
  // Unless a brief in memory may answer, the stored record is read while the tab is looked up (both are round trips
  // to the browser); read again if the tab started loading another document meanwhile.
  const before = generation(tabId);
  const early = !refresh && recent.get(tabId)?.generation === before ? null : readTab(tabId);
  early?.catch(() => undefined);
  let tab;
  try {
    tab = await settledTab(tabId);
  } catch {
    return { state: 'error', tabId, error: 'no-tab', message: `No tab ${tabId}` };
  }
  const reading = generation(tabId) === before ? early : null;
  // tab.url is only visible when the extension may read the tab; when it is, refuse browser pages up front.
  if (tab.url && isUnsupportedUrl(tab.url)) {
    return { state: 'error', tabId, error: 'unsupported', message: `Cannot run on ${new URL(tab.url).protocol}` };
  }
  const describes = (url: string) => !tab.url || pageKey(tab.url) === pageKey(url);
  const memory = recent.get(tabId) ?? null;
  // A brief in memory answers before anything else is read (storage.session's copy is validated whole on reading).
  if (!refresh && memory && memory.generation === generation(tabId) && describes(memory.result.url)) {
    return memory.result;
  }
  const record = await (reading ?? readTab(tabId));
  if (!refresh && record.brief && describes(record.brief.url) && (!record.textCut || !wholeText)) return record.brief;
  const key = `${tabId} ${tab.url ?? ''} ${generation(tabId)}`;
  const running = inFlight.get(key);
  if (running && !refresh) return running;
  const stored =
    record.brief && record.hash && !record.textCut ? { result: record.brief, hash: record.hash, generation: -1 } : null;
  mark(t, 'lookup', started);
  // The extraction document starts (if it must) while the page is read.
  prepareExtractor();
  // A tab briefed again starts once its previous brief is stored: one tab's writes never pile up behind its answers.
  const job = briefStored(tabId).then(() => attempt(tabId, memory ?? stored, t));
  inFlight.set(key, job);
  void job.finally(() => {
    if (inFlight.get(key) === job) inFlight.delete(key);
  });
  return job;
}

/** Scroll the tab to a passage and highlight it. */
export async function showPassageInTab(tabId: number, text: string): Promise<boolean> {
  try {
    await ensureReader(tabId);
    const reply = await toPage(tabId, { type: 'passage/show', text });
    return typeof reply === 'object' && reply !== null && (reply as { found?: unknown }).found === true;
  } catch {
    return false;
  }
}
