/**
 * Making the brief of a tab: make sure the content script is there (inject it on demand: tabs opened before
 * the extension was installed or updated have none), ask it for a snapshot, run the extraction on it, cache
 * the result per tab and URL. Every path ends in a state the UI can show; nothing waits forever.
 */
import { browser } from 'wxt/browser';
import { briefFromHtml } from '@/utils/brief';
import { BriefInputError } from '@/utils/extract/parse';
import {
  EXTRACT_BUDGET_MS,
  SNAPSHOT_TIMEOUT_MS,
  isPingReply,
  isSnapshotReply,
  type BriefErrorKind,
  type BriefState,
  type SnapshotReply,
  type WorkerToPage,
} from '@/utils/protocol';
import { classifyInjectionError, isUnsupportedUrl, pageKey } from './pages';
import { readTab, saveBrief, type BriefResult } from './tab-store';

/** The built content script (WXT `registration: 'runtime'` output path). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

class BriefError extends Error {
  constructor(
    readonly kind: BriefErrorKind,
    message: string,
  ) {
    super(message);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, kind: BriefErrorKind, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BriefError(kind, `${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function toPage(tabId: number, message: WorkerToPage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** The content script answers in the tab's top frame; inject it when it does not. */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    if (isPingReply(await toPage(tabId, { type: 'page/ping' }))) return;
  } catch {
    // "Receiving end does not exist": not injected yet (or injected by an older version of the extension).
  }
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT_FILE] });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new BriefError(classifyInjectionError(message), message);
  }
}

async function snapshot(tabId: number): Promise<Extract<SnapshotReply, { ok: true }>> {
  let reply: unknown;
  // Twice at most: a page that navigates between the injection and the request loses the script it was given.
  for (let attempt = 1; ; attempt++) {
    await ensureContentScript(tabId);
    try {
      reply = await toPage(tabId, { type: 'snapshot/take' });
      break;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (attempt < 2 && /receiving end does not exist|could not establish connection/i.test(message)) continue;
      throw new BriefError(classifyInjectionError(message), message);
    }
  }
  if (!isSnapshotReply(reply)) {
    throw new BriefError('failed', 'The page answered with something that is not a snapshot');
  }
  if (!reply.ok) {
    throw new BriefError('too-large', `Snapshot over budget: ${reply.elements} elements, ${reply.chars} characters`);
  }
  return reply;
}

async function makeBrief(tabId: number): Promise<BriefResult> {
  const snap = await withTimeout(snapshot(tabId), SNAPSHOT_TIMEOUT_MS, 'too-large', 'The page snapshot');
  const started = performance.now();
  let brief;
  try {
    brief = briefFromHtml(snap.html, { url: snap.url });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // The extraction refuses input over its own size limit with a BriefInputError.
    throw new BriefError(e instanceof BriefInputError && e.code === 'too-large' ? 'too-large' : 'failed', message);
  }
  const ms = performance.now() - started;
  // The extraction is synchronous and cannot be interrupted; the snapshot limits keep it short, and a page
  // that still takes longer is reported as too large rather than shown late and inconsistently.
  if (ms > EXTRACT_BUDGET_MS) throw new BriefError('too-large', `Extraction took ${Math.round(ms)} ms`);
  const result: BriefResult = {
    state: brief.isArticle ? 'ready' : 'not-article',
    tabId,
    url: snap.url,
    brief,
    ms: Math.round(snap.ms + ms),
  };
  await saveBrief(tabId, result);
  return result;
}

const inFlight = new Map<number, Promise<BriefState>>();

/** The brief of a tab: from the cache when it describes the tab's current URL, else made now. */
export async function getBrief(tabId: number, refresh = false): Promise<BriefState> {
  let tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { state: 'error', tabId, error: 'no-tab', message: `No tab ${tabId}` };
  }
  // tab.url is only visible when the extension may read the tab; when it is, refuse browser pages up front.
  if (tab.url && isUnsupportedUrl(tab.url)) {
    return { state: 'error', tabId, error: 'unsupported', message: `Cannot run on ${new URL(tab.url).protocol}` };
  }
  if (!refresh) {
    const { brief } = await readTab(tabId);
    if (brief && (!tab.url || pageKey(tab.url) === pageKey(brief.url))) return brief;
    const running = inFlight.get(tabId);
    if (running) return running;
  }
  const job = makeBrief(tabId).catch((e: unknown): BriefState => {
    if (e instanceof BriefError) return { state: 'error', tabId, error: e.kind, message: e.message };
    return { state: 'error', tabId, error: 'failed', message: e instanceof Error ? e.message : String(e) };
  });
  inFlight.set(tabId, job);
  job.finally(() => {
    if (inFlight.get(tabId) === job) inFlight.delete(tabId);
  });
  return job;
}

/** Scroll the tab to a passage and highlight it. */
export async function showPassageInTab(tabId: number, text: string): Promise<boolean> {
  try {
    await ensureContentScript(tabId);
    const reply = await toPage(tabId, { type: 'passage/show', text });
    return typeof reply === 'object' && reply !== null && (reply as { found?: unknown }).found === true;
  } catch {
    return false;
  }
}
