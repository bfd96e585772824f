/**
 * The worker ↔ extraction thread part of the protocol (utils/protocol.ts re-exports it): jobs for the offscreen
 * document's dedicated Workers (Chromium, each over a port of its own to the worker) or the background page's
 * Worker (Firefox, postMessage), never broadcast to the views. Types and validators only.
 */
import type { Brief } from './types';
import { validateBrief } from './format/json';
import { hasOnlyKeys, isMarks, isRecord, isTabId as isId, isUrl, type Marks } from './shapes';

// ---------------------------------------------------------------------------------------------------------------

/** The name of the port the offscreen document opens to the worker. */
export const EXTRACTOR_PORT = 'newsbrief-extractor';

export interface ExtractRun {
  type: 'extract/run';
  id: number;
  html: string;
  url: string;
  budgetMs: number;
}
export type ExtractOutcome =
  /** `chars` and `textChars`: the JSON length of the brief and of its text, so the worker need not measure them. */
  | { ok: true; brief: Brief; ms: number; chars: number; textChars: number; marks?: Marks }
  | { ok: false; error: 'too-large' | 'failed'; message: string };
/**
 * The outcome travels as JSON text made on the extraction thread: a string is cloned at once wherever it goes (no
 * object graph of a big brief cloned on the way), and the worker validates it as it parses it (parseOutcome).
 */
export interface ExtractDone {
  type: 'extract/done';
  id: number;
  outcome: string;
}

export function isExtractRun(x: unknown): x is ExtractRun {
  return (
    isRecord(x) &&
    x.type === 'extract/run' &&
    hasOnlyKeys(x, ['type', 'id', 'html', 'url', 'budgetMs']) &&
    isId(x.id) &&
    typeof x.html === 'string' &&
    isUrl(x.url) &&
    typeof x.budgetMs === 'number' &&
    x.budgetMs > 0
  );
}

export function isExtractDone(x: unknown): x is ExtractDone {
  return (
    isRecord(x) &&
    x.type === 'extract/done' &&
    hasOnlyKeys(x, ['type', 'id', 'outcome']) &&
    isId(x.id) &&
    typeof x.outcome === 'string'
  );
}

/** The outcome in an ExtractDone's JSON text, validated (the brief included); null when it is not one. */
export function parseOutcome(json: string): ExtractOutcome | null {
  let o: unknown;
  try {
    o = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(o)) return null;
  if (o.ok === true) {
    const sizes = typeof o.chars === 'number' && typeof o.textChars === 'number';
    const marks = o.marks === undefined || isMarks(o.marks);
    const keys = ['ok', 'brief', 'ms', 'chars', 'textChars'];
    const ok = hasOnlyKeys(o, keys, ['marks']) && typeof o.ms === 'number' && sizes && marks;
    return ok && validateBrief(o.brief) ? (o as ExtractOutcome) : null;
  }
  const failed =
    o.ok === false &&
    hasOnlyKeys(o, ['ok', 'error', 'message']) &&
    (o.error === 'too-large' || o.error === 'failed') &&
    typeof o.message === 'string';
  return failed ? (o as ExtractOutcome) : null;
}
