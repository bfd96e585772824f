/**
 * The matching rules of the brief set's scorer (`npm run eval:brief`), one function per rule, pure (no DOM, no
 * file system) so that each rule is tested on its own (test/unit/eval-brief.test.ts). Every rule below is also
 * printed in the report's header (BRIEF_RULES in ./brief-report.ts): change both together.
 */
import { normalizeSpace, toWesternDigits, words } from '../../utils/common/text';
import { tokenF1 } from './metrics';

/** Token F1 at or above which two texts (a lede, a heading, a list item, a key point …) are the same text. */
export const SAME_TEXT_F1 = 0.9;
/** Token F1 at or above which a commitment's evidence overlaps the gold evidence. */
export const EVIDENCE_F1 = 0.6;
/** A block contained in a caption counts as that caption from this length on (shorter is a fragment). */
export const CAPTION_PART_MIN = 30;
/**
 * A caption this long is distinctive: a block that contains it shows it. A shorter caption ("The Apple Vision
 * Pro.", "Foreign Minister Tzipi Livni") also opens story sentences, so a block shows it only when it is at least
 * half the block.
 */
export const CAPTION_DISTINCT = 80;

const QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02]/g;
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;

/**
 * A text normalised for comparison: NFC, every double quote (“ ” „ « » …) as `"`, every single quote as `'`,
 * every dash (‐ – — − …) as `-`, runs of white space (NBSP, zero-width and bidi marks included) as one space,
 * ends trimmed. Case, digits, diacritics and tatweel are kept.
 */
export function norm(s: string): string {
  return normalizeSpace(s.normalize('NFC').replace(QUOTES, '"').replace(APOSTROPHES, "'").replace(DASHES, '-'));
}

/**
 * A list marker written as text at the start of an item or heading: a bullet ("•", "-", "*", "–" …), a number
 * of one to three digits (Latin, Arabic-Indic or Persian) with ".", ")", "-", "–" or ":" after it, "(1)", or a
 * single letter with ")" ("a)", "(b)").
 */
const BULLET = String.raw`[•◦▪▫●○■□·*‣⁃\-–—]\s*`;
const NUMBER = String.raw`\(?[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}\s*[.)\-–:]\s*`;
const LETTER = String.raw`\(?\p{L}\)\s+`;
const LIST_MARKER = new RegExp(`^(?:${BULLET}|${NUMBER}|${LETTER})`, 'u');

/** An item or heading normalised for comparison: `norm`, then a leading list marker stripped. */
export function normItem(s: string): string {
  return norm(norm(s).replace(LIST_MARKER, ''));
}

/** Lower-cased `norm`: for "does this text appear in that one" checks (junk, captions, actors, flags). */
export const normLower = (s: string): string => norm(s).toLowerCase();

/**
 * Two texts are the same text when they are equal after `norm`, or their token F1 (lower-cased words of letters
 * and digits, multiset overlap) is at least 0.9. Null or empty never matches.
 */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  return x === y || tokenF1(x, y).f1 >= SAME_TEXT_F1;
}

/** The same rule for items and headings, compared after `normItem` (list markers stripped). */
export function sameItem(a: string, b: string): boolean {
  return sameText(normItem(a), normItem(b));
}

/**
 * A one-to-one matching of `gold` to `got` of the greatest size, where `match(g, o)` says whether a pair may be
 * matched (Kuhn's augmenting paths; the candidates of each gold item are tried in `got` order). Returns, for each
 * gold index, the `got` index it is matched to, or -1.
 */
export function matchOneToOne<G, O>(gold: readonly G[], got: readonly O[], match: (g: G, o: O) => boolean): number[] {
  const candidates = gold.map((g) => got.flatMap((o, j) => (match(g, o) ? [j] : [])));
  const owner: number[] = new Array<number>(got.length).fill(-1);
  const pairOf: number[] = new Array<number>(gold.length).fill(-1);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of candidates[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j] === -1 || augment(owner[j]!, seen)) {
        owner[j] = i;
        pairOf[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) augment(i, new Array<boolean>(got.length).fill(false));
  return pairOf;
}

/** Matched, missed and extra items of one page's pooled items (headings, list items or table cells). */
export interface ItemCounts {
  tp: number;
  fn: number;
  fp: number;
  /** Gold items no output item matched. */
  missed: string[];
  /** Output items that matched no gold item. */
  extra: string[];
}

/**
 * Pooled items of a page scored one-to-one: an output item matches a gold item when `same` says so (headings and
 * list items: `sameItem`; table cells: `sameCell`). Items empty once cleaned (`normItem`; cells: `norm`) are left
 * out on both sides.
 */
export function scoreItems(
  gold: readonly string[],
  got: readonly string[],
  same: (a: string, b: string) => boolean = sameItem,
  clean: (s: string) => string = normItem,
): ItemCounts {
  const g = gold.filter((s) => clean(s));
  const o = got.filter((s) => clean(s));
  const pairs = matchOneToOne(g, o, same);
  const used = new Set(pairs.filter((j) => j >= 0));
  const missed = g.filter((_, i) => pairs[i] === -1);
  const extra = o.filter((_, j) => !used.has(j));
  return { tp: g.length - missed.length, fn: missed.length, fp: extra.length, missed, extra };
}

/** A table cell matches a gold cell by `sameText` after `norm` (no marker stripping: "1." is a rank, not a bullet). */
export function sameCell(a: string, b: string): boolean {
  return sameText(a, b);
}

/** Every cell of some tables, headers and rows alike, as one multiset. */
export function tableCells(tables: readonly { headers: readonly string[]; rows: readonly (readonly string[])[] }[]) {
  return tables.flatMap((t) => [...t.headers, ...t.rows.flat()]);
}

// ---------------------------------------------------------------------------------------------------------------
// Byline and date

/**
 * The names of a byline: `norm`, lower-cased, split on ",", "،", "&", the word "and" and a free-standing "و".
 * With `prefixedWa`, also before a "و" glued to a name ("أحمد ومحمد"); see `sameByline`.
 */
export function bylineNames(byline: string, prefixedWa = false): string[] {
  const parts = normLower(byline).split(/\s*(?:[,،&]|\band\b|(?<!\S)و(?!\S))\s*/u);
  const split = prefixedWa ? parts.flatMap((p) => p.split(/\s+و(?=\p{L})/u)) : parts;
  return split.map((p) => p.trim()).filter(Boolean);
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((s) => y.has(s));
};

/**
 * A byline is right when it names the same set of names as the gold (case-insensitive, `bylineNames`); a null
 * gold wants no byline. The "و" glued to a following name is tried as a split only when the plain split does not
 * agree, so that a name beginning with "و" (وليد، وائل، وكالة) is never cut in two on both sides.
 */
export function sameByline(gold: string | null, got: string | null): boolean {
  const empty = got === null || !norm(got);
  if (gold === null) return empty;
  if (empty) return false;
  return sameSet(bylineNames(gold), bylineNames(got)) || sameSet(bylineNames(gold, true), bylineNames(got, true));
}

/**
 * The day of a date as `YYYY-MM-DD`: the date an ISO string starts with (its own local date, whatever its
 * offset), else the UTC day of what `Date.parse` reads (for RFC 2822 and other strings); null when none.
 */
export function dayOf(date: string | null): string | null {
  if (!date || !date.trim()) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(toWesternDigits(date));
  if (iso) return iso[1]!;
  const t = Date.parse(date);
  return Number.isNaN(t) ? date.trim() : new Date(t).toISOString().slice(0, 10);
}

/** The published date is right on the same day as the gold's; a null gold wants no date. */
export function sameDay(gold: string | null, got: string | null): boolean {
  return gold === null ? dayOf(got) === null : dayOf(got) === gold;
}

/** The title is right when it equals the gold title after `norm` (white space, quotes, dashes); no overlap rule. */
export function sameTitle(gold: string, got: string | null): boolean {
  return got !== null && norm(got) !== '' && norm(got) === norm(gold);
}

/** The lede is right when it is `sameText` as the gold lede or, when the page has a standfirst, `ledeAlt`. */
export function ledeOk(gold: { lede: string; ledeAlt: string | null }, got: string | null): boolean {
  return sameText(got, gold.lede) || sameText(got, gold.ledeAlt);
}

// ---------------------------------------------------------------------------------------------------------------
// Junk and captions

/**
 * The junk snippets of a gold that are part of its own story text (title, lede, ledeAlt, closing, headings, list
 * lead-ins and items, table cells, summary box, commitment evidence): by the conventions junk is never story text,
 * so such a snippet is a gold error, and a substring test could not tell it from the story. They are not scored
 * (and the report lists them).
 */
export function junkInGoldStory(gold: {
  junk: readonly string[];
  title: string;
  lede: string;
  ledeAlt: string | null;
  closing: string;
  headings: readonly string[];
  lists: readonly { leadIn: string | null; items: readonly string[] }[];
  tables: readonly { headers: readonly string[]; rows: readonly (readonly string[])[] }[];
  summaryBox: readonly string[];
  commitments: readonly { evidence: string }[];
}): string[] {
  const story = [
    gold.title,
    gold.lede,
    gold.ledeAlt,
    gold.closing,
    ...gold.headings,
    ...gold.lists.flatMap((l) => [l.leadIn, ...l.items]),
    ...tableCells(gold.tables),
    ...gold.summaryBox,
    ...gold.commitments.map((c) => c.evidence),
  ];
  return gold.junk.filter((j) => story.some((t) => appears(j, t)));
}

/** Whether `snippet` appears in `text` (`normLower` on both sides, substring). */
export function appears(snippet: string, text: string | null | undefined): boolean {
  const s = normLower(snippet);
  return s.length > 0 && !!text && normLower(text).includes(s);
}

/**
 * Whether a block (a lede, paragraph, closing or key point) shows a caption: it contains the gold caption, when the
 * caption is 80+ characters or at least half the block; or it is a part of the caption at least 30 characters
 * long; or the two are `sameText`.
 */
export function isCaption(block: string, caption: string): boolean {
  const b = normLower(block);
  const c = normLower(caption);
  if (!b || !c) return false;
  const holds = b.includes(c) && (c.length >= CAPTION_DISTINCT || 2 * c.length >= b.length);
  return holds || (b.length >= CAPTION_PART_MIN && c.includes(b)) || sameText(b, c);
}

// ---------------------------------------------------------------------------------------------------------------
// Commitments

/** An Arabic word folded for comparison: hamza forms of alef, ta marbuta, alef maqsura; harakat and tatweel dropped. */
function foldArabic(w: string): string {
  return w
    .replace(/[\u064b-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

/** Function words an actor may share without naming the same actor (English, German, French, Arabic). */
const ACTOR_STOP_WORDS = new Set(
  (
    'the a an of and for to in on at by with from its his her their our this that said ' +
    'der die das des dem den und von im le la les de du des et au aux ' +
    'في من على الى عن مع ان او ذلك هذا هذه التي الذي'
  )
    .split(' ')
    .map(foldArabic),
);

const ARABIC_ARTICLE = /^(?:وال|بال|فال|كال|لل|ال)/u;

/**
 * The content words of an actor: folded words, each without a leading Arabic article or clitic ("وال", "بال",
 * "لل", "ال") when two letters or more remain, and without function words.
 */
export function contentWords(s: string): string[] {
  return words(foldArabic(s))
    .filter((w) => !ACTOR_STOP_WORDS.has(w))
    .map((w) => {
      const bare = w.replace(ARABIC_ARTICLE, '');
      return bare.length >= 2 ? bare : w;
    })
    .filter((w) => w.length >= 2 && !ACTOR_STOP_WORDS.has(w));
}

/**
 * An actor matches the gold actor when one contains the other (lower-cased, Arabic folded, `norm`), or they share
 * a content word (`contentWords`). A missing actor never matches.
 */
export function actorMatches(gold: string, got: string | null): boolean {
  if (!got) return false;
  const g = foldArabic(normLower(gold));
  const o = foldArabic(normLower(got));
  if (!g || !o) return false;
  if (g.includes(o) || o.includes(g)) return true;
  const mine = new Set(contentWords(got));
  return contentWords(gold).some((w) => mine.has(w));
}

/** Evidence overlaps the gold evidence when one contains the other (`normLower`), or their token F1 is ≥ 0.6. */
export function evidenceOverlaps(gold: string, got: string): boolean {
  const g = normLower(gold);
  const o = normLower(got);
  if (!g || !o) return false;
  return g.includes(o) || o.includes(g) || tokenF1(g, o).f1 >= EVIDENCE_F1;
}

/** A `when` or `amount` is right when it is `sameText` as the gold's, or one contains the other (`normLower`). */
export function detailMatches(gold: string, got: string | null | undefined): boolean {
  if (!got || !norm(got)) return false;
  const g = normLower(gold);
  const o = normLower(got);
  return g.includes(o) || o.includes(g) || sameText(g, o);
}

export interface GoldCommitment {
  actor: string;
  commitment: string;
  evidence: string;
  when?: string;
  amount?: string;
}

/** A commitment as a system gives it; `when`/`amount` are absent (not null) when the system has no such field. */
export interface GotCommitment {
  actor: string | null;
  commitment: string;
  evidence: string;
  when?: string | null;
  amount?: string | null;
}

/** A `when` or `amount` scored on matched commitments whose gold has one (null: the system has no such field). */
export interface DetailCounts {
  n: number;
  ok: number;
}

export interface CommitmentCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Output commitments left unmatched that overlap an unmatched gold one on evidence, with a wrong actor. */
  actorWrong: number;
  when: DetailCounts | null;
  amount: DetailCounts | null;
  /** Unmatched gold commitments, as "actor | commitment | evidence". */
  missed: string[];
  /** Unmatched output commitments, as "actor | commitment | evidence". */
  wrong: string[];
}

const describeCommitment = (c: { actor: string | null; commitment: string; evidence: string }) =>
  `${c.actor ?? '(no actor)'} | ${c.commitment} | ${c.evidence}`;

/**
 * Commitments in prose scored one-to-one: an output commitment matches a gold one when its evidence overlaps the
 * gold evidence (`evidenceOverlaps`) and its actor matches (`actorMatches`). Of those left unmatched on both sides,
 * the largest one-to-one set that overlaps on evidence alone is counted as `actorWrong`. `when` and `amount` are
 * scored on matched pairs whose gold has them, for a system whose commitments carry the field at all.
 */
export function scoreCommitments(gold: readonly GoldCommitment[], got: readonly GotCommitment[]): CommitmentCounts {
  const pairs = matchOneToOne(
    gold,
    got,
    (g, o) => evidenceOverlaps(g.evidence, o.evidence) && actorMatches(g.actor, o.actor),
  );
  const used = new Set(pairs.filter((j) => j >= 0));
  const goldLeft = gold.filter((_, i) => pairs[i] === -1);
  const gotLeft = got.filter((_, j) => !used.has(j));
  const actorWrong = matchOneToOne(goldLeft, gotLeft, (g, o) => evidenceOverlaps(g.evidence, o.evidence)).filter(
    (j) => j >= 0,
  ).length;
  const detail = (key: 'when' | 'amount'): DetailCounts | null => {
    if (!got.some((c) => key in c)) return null;
    const counts = { n: 0, ok: 0 };
    gold.forEach((g, i) => {
      const value = g[key];
      if (pairs[i] === -1 || value === undefined) return;
      counts.n++;
      if (detailMatches(value, got[pairs[i]!]![key])) counts.ok++;
    });
    return counts;
  };
  return {
    tp: used.size,
    fp: got.length - used.size,
    fn: gold.length - used.size,
    actorWrong,
    when: detail('when'),
    amount: detail('amount'),
    missed: goldLeft.map(describeCommitment),
    wrong: gotLeft.map(describeCommitment),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Name flags

/**
 * A name-variants flag is right when its spellings belong to one gold group: each spelling matches a different
 * spelling of that group, one containing the other (`normLower`). Returns the index of that group, or -1.
 */
export function flagGroup(values: readonly string[], groups: readonly (readonly string[])[]): number {
  if (values.length < 2) return -1;
  const near = (v: string, s: string) => {
    const a = normLower(v);
    const b = normLower(s);
    return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
  };
  return groups.findIndex((group) => matchOneToOne(values, group, near).every((j) => j >= 0));
}

export interface FlagCounts {
  /** Name-variants flags raised, and how many are right. */
  flags: number;
  right: number;
  /** Gold groups, and how many a right flag found. */
  groups: number;
  found: number;
  /** The wrong flags' spellings. */
  wrong: string[][];
}

/** Name-variants flags against the gold groups: precision of the flags, recall of the groups. */
export function scoreFlags(flags: readonly (readonly string[])[], groups: readonly (readonly string[])[]): FlagCounts {
  const hit = flags.map((values) => flagGroup(values, groups));
  return {
    flags: flags.length,
    right: hit.filter((g) => g >= 0).length,
    groups: groups.length,
    found: new Set(hit.filter((g) => g >= 0)).size,
    wrong: flags.filter((_, i) => hit[i] === -1).map((v) => [...v]),
  };
}
