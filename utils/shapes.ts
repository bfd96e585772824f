/** The small shape checks every message validator is made of (utils/protocol.ts, utils/extract-protocol.ts). */

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Exactly these keys (optional ones may be missing), nothing else: unknown fields are a sign of a foreign sender. */
export function hasOnlyKeys(o: Record<string, unknown>, required: readonly string[], optional: readonly string[] = []) {
  const keys = Object.keys(o);
  return required.every((k) => k in o) && keys.every((k) => required.includes(k) || optional.includes(k));
}

/** A tab id, or any other non-negative integer id. */
export const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
export const isUrl = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 8192;

/**
 * Stage timings in milliseconds by stage name (the bench build's performance.now() marks, carried by the
 * snapshot, the extraction outcome and the brief state): a few finite numbers, nothing else.
 */
export type Marks = Record<string, number>;
export function isMarks(x: unknown): x is Marks {
  if (!isRecord(x)) return false;
  const entries = Object.entries(x);
  return (
    entries.length <= 32 && entries.every(([k, v]) => k.length <= 32 && typeof v === 'number' && Number.isFinite(v))
  );
}
