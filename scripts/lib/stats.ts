/** Statistics over page figures, for `npm run eval` and `npm run bench`. */

/** The q-quantile (0..1) of numbers by the nearest-rank method; NaN for no numbers. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** The median: the middle value, or the mean of the two middle values. NaN for no numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The sum of numbers. */
export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The arithmetic mean; NaN for no numbers. */
export function mean(values: readonly number[]): number {
  return values.length ? sum(values) / values.length : Number.NaN;
}

/** A 32-bit FNV-1a hash of a string (of its UTF-16 code units): stable across runs, machines and versions. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A seeded pseudo-random generator (mulberry32) of numbers in [0, 1): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of every bootstrap: intervals are the same from run to run, and paired across systems. */
export const BOOTSTRAP_SEED = 20240611;
export const BOOTSTRAP_RESAMPLES = 1000;

/** A value and its 95% interval. */
export interface Interval {
  value: number;
  lo: number;
  hi: number;
}

/**
 * A statistic of some items with its bootstrap 95% percentile interval: the items are resampled with replacement
 * `resamples` times (seeded, so the same items always give the same interval) and the statistic is taken of each
 * resample; the interval is the 2.5th to 97.5th percentile of those. A resample where the statistic is not a number
 * (a ratio whose denominator it happens to leave at 0) is left out of the percentiles. No items: NaN throughout.
 */
export function bootstrap<T>(
  items: readonly T[],
  statistic: (sample: readonly T[]) => number,
  resamples = BOOTSTRAP_RESAMPLES,
  seed = BOOTSTRAP_SEED,
): Interval {
  const value = items.length ? statistic(items) : Number.NaN;
  if (items.length === 0) return { value, lo: Number.NaN, hi: Number.NaN };
  const random = seededRandom(seed);
  const stats: number[] = [];
  const sample: T[] = new Array(items.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(random() * items.length)]!;
    const x = statistic(sample);
    if (!Number.isNaN(x)) stats.push(x);
  }
  return { value, lo: quantile(stats, 0.025), hi: quantile(stats, 0.975) };
}
