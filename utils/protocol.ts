/**
 * The extension's one message protocol: every message between the content script, the background worker and the
 * extension pages (popup, side panel, options), as discriminated unions on `type`, each with a hand-written
 * validator. Types and validators only: no browser API, so it is unit-tested in Node.
 *
 * Names say the direction:
 * - PageToWorker: sent by the content script in a web page (sender.tab is that page).
 * - WorkerToPage: sent by the worker to the content script (tabs.sendMessage).
 * - UiToWorker: sent by an extension page to the worker (runtime.sendMessage); never accepted from a web page.
 * - WorkerToUi: broadcast by the worker to open extension pages.
 *
 * Anything that does not validate is dropped by the receiver without an answer.
 */
import type { Brief } from './types';
import { validateBrief } from './format/json';
import { isBriefFormat, type BriefFormat } from './format/index';

import { hasOnlyKeys, isMarks, isRecord, isTabId, isUrl, type Marks } from './shapes';

export * from './budgets';
export * from './extract-protocol';

// ---------------------------------------------------------------------------------------------------------------
// Content script → worker
// ---------------------------------------------------------------------------------------------------------------

/** The cheap article check ran on the live page (at load, or after an in-page navigation). */
export interface PageDetected {
  type: 'page/detected';
  url: string;
  likely: boolean;
  score: number;
  signals: string[];
}

/** The page changed its URL without loading a new document (history.pushState and friends). */
export interface PageNavigated {
  type: 'page/navigated';
  url: string;
}

export type PageToWorker = PageDetected | PageNavigated;

// ---------------------------------------------------------------------------------------------------------------
// Worker → content script
// ---------------------------------------------------------------------------------------------------------------

/** Is the content script there? Answered with PingReply. */
export interface PagePing {
  type: 'page/ping';
}
export interface PingReply {
  ok: true;
}

/**
 * Take a snapshot of what the reader sees. Answered with SnapshotReply. With `unless`, the hash of the snapshot
 * the worker already briefed for this tab: when the new snapshot hashes the same, the reply carries no HTML.
 */
export interface SnapshotTake {
  type: 'snapshot/take';
  unless?: string;
}
/**
 * `marks`: the bench build's timings of the page reader (its start-up work), absent in other builds. `hash`
 * (snapshotHash, utils/common/hash.ts) comes with the HTML only when the request had `unless`.
 */
export type SnapshotReply =
  | { ok: true; html: string; url: string; hash?: string; elements: number; ms: number; marks?: Marks }
  | { ok: true; same: true; url: string; hash: string; elements: number; ms: number; marks?: Marks }
  | { ok: false; reason: 'too-large'; chars: number; elements: number; detail: string };

/** Scroll to a passage of the page and highlight it for a moment. Answered with PassageReply. */
export interface PassageShowInPage {
  type: 'passage/show';
  text: string;
}
export interface PassageReply {
  found: boolean;
}

export type WorkerToPage = PagePing | SnapshotTake | PassageShowInPage;

// ---------------------------------------------------------------------------------------------------------------
// Extension page → worker
// ---------------------------------------------------------------------------------------------------------------

/** The brief of a tab (cached, or made now). `anyway` briefs a page that does not look like an article. */
export interface BriefGet {
  type: 'brief/get';
  tabId: number;
  /** Ignore the cached brief and snapshot the page again. */
  refresh?: boolean;
}
/** Show a passage of the brief in its page. Answered with PassageReply. */
export interface PassageShow {
  type: 'passage/show-in-tab';
  tabId: number;
  text: string;
}
/** The article-detection state of a tab (for UIs that show it before briefing). Answered with DetectionState. */
export interface DetectionGet {
  type: 'detection/get';
  tabId: number;
}

export type UiToWorker = BriefGet | PassageShow | DetectionGet;

/** Why there is no brief. */
export type BriefErrorKind =
  /** chrome://, the extension stores, other extensions' pages, about:, view-source:, PDF viewer… */
  | 'unsupported'
  /** The extension may not read this tab: the reader has not invoked it here and detection is not opted in. */
  | 'no-access'
  /** The snapshot or the extraction is over budget. */
  | 'too-large'
  /** The tab is gone. */
  | 'no-tab'
  /** Anything else (message gives details for bug reports). */
  | 'failed'
  /** The tab's page crashed (its renderer died) while it was read. */
  | 'crashed'
  /** The page does not answer: its own scripts keep it busy. */
  | 'hung';

/** `marks`: the bench build's stage timings of a brief made (or refused) for this request, absent in other builds. */
export type BriefState =
  | { state: 'ready'; tabId: number; url: string; brief: Brief; ms: number; marks?: Marks }
  /** Extracted, but the page does not look like an article; the UI offers "Brief it anyway". */
  | { state: 'not-article'; tabId: number; url: string; brief: Brief; ms: number; marks?: Marks }
  | { state: 'error'; tabId: number; error: BriefErrorKind; message: string; marks?: Marks };

export interface DetectionState {
  tabId: number;
  url: string | null;
  likely: boolean | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Worker → extension pages
// ---------------------------------------------------------------------------------------------------------------

/** A tab's brief was dropped (navigation) or its detection changed: views of that tab should ask again. */
export interface TabChanged {
  type: 'tab/changed';
  tabId: number;
  reason: 'navigated' | 'detected' | 'closed';
}

export type WorkerToUi = TabChanged;

// ---------------------------------------------------------------------------------------------------------------
// Settings (storage.local), shared by the options page, the UIs and the worker.
// ---------------------------------------------------------------------------------------------------------------

export interface Settings {
  copyFormat: BriefFormat;
}
export const DEFAULT_SETTINGS: Settings = { copyFormat: 'md' };
export const SETTINGS_KEY = 'settings';

export function parseSettings(x: unknown): Settings {
  if (!isRecord(x)) return { ...DEFAULT_SETTINGS };
  return { copyFormat: isBriefFormat(x.copyFormat) ? x.copyFormat : DEFAULT_SETTINGS.copyFormat };
}

// ---------------------------------------------------------------------------------------------------------------
// Validators
// ---------------------------------------------------------------------------------------------------------------

const isPassage = (x: unknown): x is string =>
  typeof x === 'string' && x.trim().length > 0 && x.length <= MAX_PASSAGE_CHARS;

export function isPageToWorker(x: unknown): x is PageToWorker {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'page/detected':
      return (
        hasOnlyKeys(x, ['type', 'url', 'likely', 'score', 'signals']) &&
        isUrl(x.url) &&
        typeof x.likely === 'boolean' &&
        typeof x.score === 'number' &&
        Number.isFinite(x.score) &&
        Array.isArray(x.signals) &&
        x.signals.length <= 64 &&
        x.signals.every((s) => typeof s === 'string' && s.length <= 200)
      );
    case 'page/navigated':
      return hasOnlyKeys(x, ['type', 'url']) && isUrl(x.url);
    default:
      return false;
  }
}

export function isWorkerToPage(x: unknown): x is WorkerToPage {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'page/ping':
      return hasOnlyKeys(x, ['type']);
    case 'snapshot/take':
      return hasOnlyKeys(x, ['type'], ['unless']) && (x.unless === undefined || isHash(x.unless));
    case 'passage/show':
      return hasOnlyKeys(x, ['type', 'text']) && isPassage(x.text);
    default:
      return false;
  }
}

export function isUiToWorker(x: unknown): x is UiToWorker {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'brief/get':
      return (
        hasOnlyKeys(x, ['type', 'tabId'], ['refresh']) &&
        isTabId(x.tabId) &&
        (x.refresh === undefined || typeof x.refresh === 'boolean')
      );
    case 'passage/show-in-tab':
      return hasOnlyKeys(x, ['type', 'tabId', 'text']) && isTabId(x.tabId) && isPassage(x.text);
    case 'detection/get':
      return hasOnlyKeys(x, ['type', 'tabId']) && isTabId(x.tabId);
    default:
      return false;
  }
}

export function isWorkerToUi(x: unknown): x is WorkerToUi {
  if (!isRecord(x)) return false;
  return (
    x.type === 'tab/changed' &&
    hasOnlyKeys(x, ['type', 'tabId', 'reason']) &&
    isTabId(x.tabId) &&
    (x.reason === 'navigated' || x.reason === 'detected' || x.reason === 'closed')
  );
}

const isHash = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{8,64}$/.test(x);

export function isSnapshotReply(x: unknown): x is SnapshotReply {
  if (!isRecord(x)) return false;
  if (x.ok === true) {
    const common =
      isUrl(x.url) &&
      typeof x.elements === 'number' &&
      typeof x.ms === 'number' &&
      (x.marks === undefined || isMarks(x.marks));
    if (x.same === true) {
      return common && isHash(x.hash) && hasOnlyKeys(x, ['ok', 'same', 'url', 'hash', 'elements', 'ms'], ['marks']);
    }
    // The HTML comes with its hash only when the worker asked whether the page changed (it hashes it otherwise).
    const keys = ['ok', 'html', 'url', 'elements', 'ms'];
    return (
      common &&
      (x.hash === undefined || isHash(x.hash)) &&
      hasOnlyKeys(x, keys, ['hash', 'marks']) &&
      typeof x.html === 'string'
    );
  }
  return (
    x.ok === false &&
    hasOnlyKeys(x, ['ok', 'reason', 'chars', 'elements', 'detail']) &&
    x.reason === 'too-large' &&
    typeof x.chars === 'number' &&
    typeof x.elements === 'number' &&
    typeof x.detail === 'string'
  );
}

export function isPassageReply(x: unknown): x is PassageReply {
  return isRecord(x) && hasOnlyKeys(x, ['found']) && typeof x.found === 'boolean';
}

export function isPingReply(x: unknown): x is PingReply {
  return isRecord(x) && x.ok === true;
}

const ERROR_KINDS: readonly BriefErrorKind[] = [
  'unsupported',
  'no-access',
  'too-large',
  'no-tab',
  'failed',
  'crashed',
  'hung',
];

export function isBriefState(x: unknown): x is BriefState {
  if (!isRecord(x) || !isTabId(x.tabId)) return false;
  switch (x.state) {
    case 'ready':
    case 'not-article':
      return (
        hasOnlyKeys(x, ['state', 'tabId', 'url', 'brief', 'ms'], ['marks']) &&
        isUrl(x.url) &&
        typeof x.ms === 'number' &&
        (x.marks === undefined || isMarks(x.marks)) &&
        validateBrief(x.brief)
      );
    case 'error':
      return (
        hasOnlyKeys(x, ['state', 'tabId', 'error', 'message'], ['marks']) &&
        (x.marks === undefined || isMarks(x.marks)) &&
        ERROR_KINDS.includes(x.error as BriefErrorKind) &&
        typeof x.message === 'string'
      );
    default:
      return false;
  }
}

export function isDetectionState(x: unknown): x is DetectionState {
  return (
    isRecord(x) &&
    hasOnlyKeys(x, ['tabId', 'url', 'likely']) &&
    isTabId(x.tabId) &&
    (x.url === null || isUrl(x.url)) &&
    (x.likely === null || typeof x.likely === 'boolean')
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Senders
// ---------------------------------------------------------------------------------------------------------------

/** The parts of runtime.MessageSender the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/**
 * Who sent a message: one of this extension's own pages, this extension's content script in a web page, or
 * anything else (another extension, a web page through externally_connectable). `extensionOrigin` is
 * runtime.getURL('/'). An extension page opened in a tab (popup.html?tabId=N) has a tab but an extension URL.
 */
export function senderKind(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content-script';
  return 'foreign';
}

/** Do two addresses have the same origin? False when either is missing or not an absolute URL. */
export function sameOrigin(a: string | undefined, b: string | undefined): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  try {
    const origin = new URL(a).origin;
    return origin !== 'null' && origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * Is this the extension's own background worker (the service worker in MV3, the generated background page in
 * Firefox's MV2)? `workerUrls` are its possible addresses. Views accept broadcasts from it only: a content script
 * (which has a tab) or another extension page is not the worker.
 */
export function isWorkerSender(sender: SenderInfo, extensionId: string, workerUrls: readonly string[]): boolean {
  return sender.id === extensionId && !sender.tab && typeof sender.url === 'string' && workerUrls.includes(sender.url);
}

/**
 * Which messages a sender may send: extension pages may make UI requests; content scripts may only report on
 * their own page, from the top frame, about an address of the origin the browser says that frame is on
 * (sender.url): a page cannot claim another site's address. The origin, not the whole address: sender.url is the
 * document's first address, and the history API moves a document to other paths of its own origin only.
 */
export function acceptFrom(
  message: unknown,
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): { kind: 'ui'; message: UiToWorker } | { kind: 'page'; message: PageToWorker; tabId: number } | null {
  const kind = senderKind(sender, extensionId, extensionOrigin);
  if (kind === 'extension-page' && isUiToWorker(message)) return { kind: 'ui', message };
  if (
    kind === 'content-script' &&
    isPageToWorker(message) &&
    (sender.frameId ?? 0) === 0 &&
    sameOrigin(message.url, sender.url)
  ) {
    return { kind: 'page', message, tabId: sender.tab!.id! };
  }
  return null;
}

export type { BriefFormat };
