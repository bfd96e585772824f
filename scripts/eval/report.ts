/** Helpers for the tables and lists `npm run eval` prints. */
import { clip } from '../lib/text';
import type { PageResult, SystemKey } from './scorers/scorer';

/** A ratio with three decimals, or a dash when it is not a number. */
export const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
export const pad = (s: string, n: number) => s.padEnd(n);
export const lpad = (s: string, n: number) => s.padStart(n);

/**
 * A table row printer: the label left-aligned in the first width, each cell right-aligned in the next ones (a
 * missing cell prints as blanks, so every row has the same length).
 */
export function tableRow(widths: readonly number[]): (label: string, ...cells: string[]) => void {
  const [first = 0, ...rest] = widths;
  return (label, ...cells) =>
    console.log(`  ${pad(label, first)}${rest.map((w, i) => lpad(cells[i] ?? '', w)).join('')}`);
}

/** A value quoted and clipped for a report line, or `null`. */
export function show(v: string | null): string {
  return v === null ? 'null' : `"${clip(v, 70)}"`;
}

/** The charsets the pages were read in, most frequent first. */
export function printCharsets(results: readonly { charset: string }[]) {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.charset, (counts.get(r.charset) ?? 0) + 1);
  const list = [...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
  console.log(`\n  Charsets read: ${list.join(', ')}`);
}

/** Why Newsbrief has no figures, or the pages where the core threw (it must never throw), up to `limit`. */
export function printCoreErrors<R extends PageResult & { nb: { error: string | null } | null }>(
  results: readonly R[],
  coreError: string | null,
  limit = Number.POSITIVE_INFINITY,
) {
  if (coreError) {
    console.log(`\n  Newsbrief not scored: ${coreError}`);
    return;
  }
  const threw = results.filter((r) => r.nb?.error);
  if (threw.length === 0) return;
  console.log(`\n  The core threw on ${threw.length} page(s) (must be 0):`);
  for (const r of threw.slice(0, limit)) console.log(`    ${r.id}: ${r.nb!.error}`);
}

/** The system whose worst pages are listed: Newsbrief, or the reference when the core could not be loaded. */
export function worstSystem(coreError: string | null): SystemKey {
  return coreError ? 'ref' : 'nb';
}
