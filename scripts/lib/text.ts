/** Small text helpers for report lines of `npm run eval` and `npm run bench`. */
import { normalizeSpace } from '../../utils/common/text';

/** Shorten a string for a report line. */
export function clip(s: string, max = 100): string {
  const n = normalizeSpace(s);
  return n.length <= max ? n : `${n.slice(0, max - 1)}…`;
}

/** The first line of an error, for report lines. */
export function firstLine(err: unknown): string {
  const s = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return clip(s.split('\n')[0] ?? s, 160);
}
