/**
 * The rules of `npm run eval:headings`, pure (no DOM, no file system) so that each is tested on its own
 * (test/unit/eval-headings.test.ts):
 * - a reference page (readability-test-pages) gives its article's headings and list items exactly
 *   (expected.html): the brief's section headings and list items are matched one-to-one against them (`scoreItems`
 *   of the brief set's scorer);
 * - a gold-text page (broad/) gives plain text only: the page's own h2–h6 elements whose text is a line of its own
 *   in the gold are gold headings, those whose text is nowhere in the gold must not be headings (`goldHeadings`);
 *   a brief heading is right when its text is in the gold (`scoreAgainstGoldText`).
 */
import { norm, normItem, sameItem, scoreItems, type ItemCounts } from './brief-match';

export type { ItemCounts };

/** Precision, recall and F1 of counts; null where nothing was there to measure. */
export interface Prf {
  p: number | null;
  r: number | null;
  f1: number | null;
}

/**
 * Counts of one page or many: `tp` and `fp` are the output's right and wrong items (precision), `rtp` and `fn` the
 * gold items found and missed (recall). One-to-one matching makes `rtp` equal `tp`; against a gold text they differ
 * (a brief heading in the gold text need not be one of the page's heading elements).
 */
export interface Counts {
  tp: number;
  fp: number;
  rtp: number;
  fn: number;
}

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null;
  const r = c.rtp + c.fn > 0 ? c.rtp / (c.rtp + c.fn) : null;
  if (p === null && r === null) return { p, r, f1: null };
  // One side empty and the other not: nothing of it was right.
  const f1 = p === null || r === null || p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Reference page: the brief's items against the expected items, one to one (headings and list items alike). */
export function scoreReferenceItems(gold: readonly string[], got: readonly string[]): ItemCounts {
  return scoreItems(gold, got);
}

/** A text as compared here: `normItem` (list markers stripped), lower-cased. */
const key = (s: string): string => normItem(s).toLowerCase();

/** The page's h2–h6 texts sorted against a gold text: headings that are a gold line, and headings not in the gold. */
export interface GoldHeadings {
  /** Texts of h2–h6 elements that are a line of their own in the gold (one each). */
  headings: string[];
  /** Texts of h2–h6 elements found nowhere in the gold: they must not be headings of the brief. */
  notHeadings: string[];
}

/**
 * A line that only says who or when ("By JANE PERLEZ", "Published: July 24, 2012", "September 20, 2012"): set as
 * a heading element on many pages and kept in gold texts, but the brief's byline and date, never a section heading.
 */
const META_LINE = /^(?:by\s|posted\b|published\b|updated\b)|\b(?:19|20)\d\d\b/i;
const META_LINE_MAX_WORDS = 10;

function isMetaLine(s: string): boolean {
  return META_LINE.test(s) && s.split(/\s+/).length <= META_LINE_MAX_WORDS;
}

/**
 * The page's headings sorted against the gold. `shownElsewhere` are the brief's title and byline: a heading that is
 * one of them (or a line that only says who or when) is the brief's metadata, not a section heading, and is left
 * out on both sides.
 */
export function goldHeadings(
  pageHeadings: readonly string[],
  gold: string,
  shownElsewhere: readonly string[] = [],
): GoldHeadings {
  const lines = new Set(gold.split('\n').map(key).filter(Boolean));
  const all = key(gold.replace(/\s+/g, ' '));
  const headings: string[] = [];
  const notHeadings: string[] = [];
  const seen = new Set<string>();
  for (const h of pageHeadings) {
    const k = key(h);
    if (!k || seen.has(k) || isMetaLine(h) || shownElsewhere.some((m) => sameItem(m, h))) continue;
    seen.add(k);
    if (lines.has(k)) headings.push(h);
    else if (!all.includes(k)) notHeadings.push(h);
  }
  return { headings, notHeadings };
}

/** One gold-text page scored: the brief's headings against the gold text and the page's headings. */
export interface GoldTextScore {
  /** Brief headings found in the gold text (tp of precision) and not found (fp). */
  right: number;
  wrong: string[];
  /** Of the wrong ones, those that are h2–h6 of the page known not to be in the gold (a box title, a teaser). */
  knownWrong: string[];
  /** Gold headings the brief shows as headings. */
  shown: number;
  /** Gold headings the brief keeps only in its text (as a paragraph, merged into one, …). */
  inText: string[];
  /** Gold headings the brief lost altogether. */
  lost: string[];
}

export function scoreAgainstGoldText(
  gh: GoldHeadings,
  gold: string,
  briefHeadings: readonly string[],
  briefText: string,
): GoldTextScore {
  const all = key(gold.replace(/\s+/g, ' '));
  const text = key(briefText.replace(/\s+/g, ' '));
  const right = briefHeadings.filter((h) => key(h) && all.includes(key(h)));
  const wrong = briefHeadings.filter((h) => key(h) && !all.includes(key(h)));
  const notKeys = gh.notHeadings.map(key);
  const knownWrong = wrong.filter((h) => notKeys.some((k) => sameItem(k, key(h))));
  const pairs = scoreItems(gh.headings, briefHeadings);
  const missed = pairs.missed;
  return {
    right: right.length,
    wrong,
    knownWrong,
    shown: gh.headings.length - missed.length,
    inText: missed.filter((h) => text.includes(key(h))),
    lost: missed.filter((h) => !text.includes(key(h))),
  };
}

/** The text of a heading or item as the report prints it. */
export const show = (s: string): string => norm(s);
