/**
 * Scoring an extractor's output against a corpus's answers: snippets that must or must not appear (with their
 * confusion counts and ratios), and token overlap with an expected text. Pure: no DOM, no file system.
 */
import { normalizeSpace, words } from '../../utils/common/text';
import { bootstrap, type Interval, mean, median } from '../lib/stats';
import { clip } from '../lib/text';

export interface SnippetScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** `with` snippets not found (lost content). */
  missed: string[];
  /** `without` snippets found (leaked boilerplate). */
  leaked: string[];
}

/** Does `text` contain `snippet` once runs of white space are collapsed on both sides? */
export function containsSnippet(text: string, snippet: string): boolean {
  const s = normalizeSpace(snippet);
  return s.length > 0 && normalizeSpace(text).includes(s);
}

/** Score one output against a page's snippets: `with` found = TP, missed = FN; `without` found = FP, absent = TN. */
export function scoreSnippets(
  text: string,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
): SnippetScore {
  const hay = normalizeSpace(text);
  const has = (snippet: string) => {
    const s = normalizeSpace(snippet);
    return s.length > 0 && hay.includes(s);
  };
  const missed = withSnippets.filter((s) => !has(s));
  const leaked = withoutSnippets.filter((s) => has(s));
  return {
    tp: withSnippets.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: withoutSnippets.length - leaked.length,
    missed,
    leaked,
  };
}

/** Letters and digits only, case-folded and NFKC-normalised: for "is the text there at all?" checks. */
function relaxed(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The snippets that are present in `text` once case, punctuation, white space and soft hyphens are ignored: a
 * lost snippet found this way is in the output but spelled differently (a normalisation problem, not a content
 * selection problem).
 */
export function nearMisses(text: string, snippets: readonly string[]): string[] {
  if (snippets.length === 0) return [];
  const hay = relaxed(text);
  return snippets.filter((s) => {
    const r = relaxed(s);
    return r.length > 0 && hay.includes(r);
  });
}

export interface Confusion {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** Sum confusion counts. */
export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

/** Precision, recall, F1 and accuracy of confusion counts; a ratio with a zero denominator is 0. */
export function prf({ tp, fn, fp, tn }: Confusion): Prf {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    accuracy: ratio(tp + tn, tp + tn + fp + fn),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Token overlap (readability-test-pages, gold text)

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Token precision/recall/F1 of `got` against `expected`: tokens are lower-cased words (letters and digits), and
 * the overlap counts each token as often as it occurs in both (multiset intersection). Two empty texts agree (1);
 * one empty text against a non-empty one scores 0.
 */
export function tokenF1(got: string, expected: string): TokenScore {
  const g = words(got);
  const e = words(expected);
  if (g.length === 0 && e.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (g.length === 0 || e.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const w of e) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of g) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  const precision = common / g.length;
  const recall = common / e.length;
  return { precision, recall, f1: common === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Mean token precision, recall and F1 over pages, each with its bootstrap 95% interval, and the F1 spread. */
export interface TokenTotals {
  precision: Interval;
  recall: Interval;
  f1: Interval;
  f1Median: number;
  /** Pages with F1 < 0.5. */
  below05: number;
}

export function tokenTotals(scores: readonly TokenScore[]): TokenTotals {
  const meanOf = (k: keyof TokenScore) => bootstrap(scores, (sample) => mean(sample.map((s) => s[k])));
  const f1s = scores.map((s) => s.f1);
  return {
    precision: meanOf('precision'),
    recall: meanOf('recall'),
    f1: meanOf('f1'),
    f1Median: median(f1s),
    below05: f1s.filter((x) => x < 0.5).length,
  };
}

/** Pooled snippet precision, recall and F1 of some pages, each with its bootstrap 95% interval (pages resampled). */
export function snippetIntervals(scores: readonly Confusion[]): {
  precision: Interval;
  recall: Interval;
  f1: Interval;
} {
  const pooled = (k: 'precision' | 'recall' | 'f1') =>
    bootstrap(scores, (sample) => prf(sample.reduce(addConfusion, { tp: 0, fn: 0, fp: 0, tn: 0 }))[k]);
  return { precision: pooled('precision'), recall: pooled('recall'), f1: pooled('f1') };
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks lost and leaked, for the worst-page lists

/** Blocks (with at least one word) not contained in `b`, after white-space normalisation. */
export function missingBlocks(blocks: readonly string[], b: string): string[] {
  const hay = normalizeSpace(b);
  return blocks.map(normalizeSpace).filter((s) => words(s).length > 0 && !hay.includes(s));
}

/** The longest few blocks, clipped for a report line. */
export function longestFew(blocks: string[], n = 2): string[] {
  return [...blocks]
    .sort((x, y) => y.length - x.length)
    .slice(0, n)
    .map((s) => clip(s));
}
