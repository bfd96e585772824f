/**
 * The brief set's report: the rules (printed as the header, word for word what ./brief-match.ts does), one table
 * per language group with Newsbrief beside the naive Readability.js brief, and the worst pages per field.
 */
import { clip } from '../lib/text';
import type { Interval } from '../lib/stats';
import { f3, pad, show, tableRow } from './report';
import type { BriefScores, PageField } from './brief-score';
import { type Figure, type Prf3, type SystemTotals } from './brief-totals';

export const BRIEF_RULES = `\
Every field of the brief against the hand-annotated gold (test/brief-set/CONVENTIONS.md), per language group.
Newsbrief: briefFromHtml(html, { url: the gold url }). Reference: a naive brief on Readability.js: its title,
byline and publishedTime; in its content the first <p> as lede, the last as closing, h2-h6 as headings, ul/ol
(not nested) as lists with the <p> just before as lead-in, its tables; no commitments, key points or flags (—).
Normalised: NFC, every double quote as ", single quote as ', dash as -, white space collapsed. Same text: equal
once normalised, or token F1 >= 0.9 (lower-cased words of letters and digits, multiset overlap).
- title: equal once normalised. byline: the same set of names, case-insensitive, split on , ، & "and" and a
  free-standing و (and, when that disagrees, before a و glued to a name too); a null gold wants no byline.
  date: the same day YYYY-MM-DD (an ISO string's own date, else Date.parse in UTC); a null gold wants none.
  lede: the same text as the gold lede or ledeAlt. closing: the same text as the gold closing.
- headings, list items (all lists of a page pooled), table cells (headers and row cells of every table, one
  multiset): matched one-to-one (largest matching), same text (headings and items with a leading list marker
  stripped, cells without); empty items dropped; precision, recall, F1 of counts pooled over pages.
- lead-ins: each gold list is paired with the output list sharing most items; a gold lead-in is matched when
  the paired list's lead-in is the same text.
- commitments (source prose only): one-to-one; a match needs overlapping evidence (containment either way, or
  token F1 >= 0.6) and a matching actor (containment either way lower-cased with Arabic letters folded, or a
  shared content word). Wrong actor: output left unmatched that overlaps a gold one left unmatched on evidence.
  when/amount: on matched pairs whose gold has one, same text or containment; only where the system has them.
- name flags: a name-variants flag is right when each spelling matches (containment either way) a different
  spelling of one gold group; recall: gold groups found by a right flag.
- key points: pages with a key point that is the same text as the brief's lede or the gold lede; key points
  that show a caption (contain it where it is 80+ characters or half the key point, are a part of it of 30+
  characters, or the same text) or contain a junk snippet; summary-box items among the key points (same text,
  one-to-one).
- junk: gold junk snippets found (normalised, lower-cased substring) in the lede, headings, paragraphs,
  closing, key points or list items, and in the whole text; a snippet that is part of the gold's own story
  text is not scored (listed below the tables). Captions: gold captions shown (the caption rule above) as the
  lede, the closing, a paragraph or a key point.
Figures pooled over the pages of a group, k/n counts, 95% intervals by bootstrap over pages (1000 resamples,
fixed seed). (fewer) marks a row where fewer is better.`;

/** The language groups of the report, in order. */
export const GROUPS = [
  { key: 'ar', label: 'Arabic' },
  { key: 'en', label: 'English' },
  { key: 'other', label: 'Other languages' },
  { key: 'all', label: 'All languages' },
] as const;
export type GroupKey = (typeof GROUPS)[number]['key'];

/** The group of a page's language (besides "all"). */
export const groupOf = (lang: string): Exclude<GroupKey, 'all'> =>
  lang === 'ar' ? 'ar' : lang === 'en' ? 'en' : 'other';

const iv = (x: Interval) => `${f3(x.value)} [${f3(x.lo)}, ${f3(x.hi)}]`;
const fig = (x: Figure | null | undefined) =>
  x === null || x === undefined ? '—' : x.n === 0 ? 'none (0)' : `${iv(x)} ${x.k}/${x.n}`;
const f1Cell = (x: Prf3 | null) => (x === null ? '—' : x.tp + x.fp + x.fn === 0 ? 'none (0)' : iv(x.f1));
const prCell = (x: Prf3 | null) =>
  x === null ? '—' : `P ${f3(x.precision.value)} R ${f3(x.recall.value)} (${x.tp}/${x.fp}/${x.fn})`;

const FIELD_LABEL: Record<PageField, string> = {
  title: 'title right (pages)',
  byline: 'byline right (pages)',
  date: 'date right (pages)',
  lede: 'lede right (pages)',
  closing: 'closing right (pages)',
};

/** One group's table: a row per field, Newsbrief beside the reference. */
export function printGroupTable(label: string, nb: SystemTotals | null, ref: SystemTotals) {
  console.log(`\n${label}: ${ref.pages} page${ref.pages === 1 ? '' : 's'}`);
  const row = tableRow([36, 38, 38]);
  row('', 'Newsbrief', 'Readability.js (naive brief)');
  const both = (name: string, get: (t: SystemTotals) => string) => row(name, nb ? get(nb) : 'n/a', get(ref));
  for (const f of ['title', 'byline', 'date', 'lede', 'closing'] as const)
    both(FIELD_LABEL[f], (t) => fig(t.fields[f]));
  const items = [
    ['headings', 'section headings'],
    ['listItems', 'list items'],
    ['tableCells', 'table cells'],
  ] as const;
  for (const [key, name] of items) {
    both(`${name} F1`, (t) => f1Cell(t.items[key]));
    both('  P, R (tp/fp/fn)', (t) => prCell(t.items[key]));
    if (key === 'listItems') both('list lead-ins matched (gold)', (t) => fig(t.leadIns));
  }
  both('commitments precision', (t) => fig(t.commitments?.precision));
  both('commitments recall', (t) => fig(t.commitments?.recall));
  both('  right evidence, wrong actor', (t) => (t.commitments ? String(t.commitments.actorWrong) : '—'));
  both('  when right (matched, gold has)', (t) => fig(t.commitments?.when));
  both('  amount right (matched, gold has)', (t) => fig(t.commitments?.amount));
  both('name flags precision', (t) => fig(t.flags?.precision));
  both('name flags recall (gold groups)', (t) => fig(t.flags?.recall));
  both('key point = lede (pages, fewer)', (t) => fig(t.keyPoints?.ledeRepeat));
  both('key points caption/junk (fewer)', (t) => fig(t.keyPoints?.captionOrJunk));
  both('summary-box items in key points', (t) => fig(t.keyPoints?.summary));
  both('junk in brief fields (fewer)', (t) => fig(t.junk));
  both('junk in text (fewer)', (t) => fig(t.junkInText));
  both('captions as text (fewer)', (t) => fig(t.captions));
  both('pages threw', (t) => String(t.threw));
}

/** One page's scores for the worst-page lists, with what the gold expects. */
export interface WorstPage {
  id: string;
  expected: Record<PageField, string | null> & { ledeAlt: string | null };
  scores: BriefScores;
  /** The other system's verdict on the page fields, for a hint beside each line. */
  other: Record<PageField, boolean> | null;
}

const list = (label: string, xs: readonly string[], n = 3) => {
  for (const x of xs.slice(0, n)) console.log(`        ${label} "${clip(x, 110)}"`);
  if (xs.length > n) console.log(`        ${' '.repeat(label.length)} … ${xs.length - n} more`);
};

function worstOf(pages: readonly WorstPage[], n: number, badness: (p: WorstPage) => number) {
  const bad = pages.filter((p) => badness(p) > 0);
  const shown = [...bad].sort((a, b) => badness(b) - badness(a) || (a.id < b.id ? -1 : 1)).slice(0, n);
  return { bad: bad.length, shown };
}

/** The worst pages per field for one system: what was expected and what came. */
export function printWorstPages(pages: readonly WorstPage[], n: number, system: string, other: string) {
  console.log(`\nWorst pages per field for ${system} (up to ${n} per field; expected, then what came):`);
  const head = (field: string, bad: number, what: string) =>
    console.log(`\n  ${field}: ${bad} page${bad === 1 ? '' : 's'} ${what}`);
  for (const f of ['title', 'byline', 'date', 'lede', 'closing'] as const) {
    const { bad, shown } = worstOf(pages, n, (p) => (p.scores.fields[f].ok ? 0 : 1));
    head(f, bad, 'wrong');
    for (const p of shown) {
      const hint = p.other ? `  (${other} ${p.other[f] ? 'right' : 'wrong'})` : '';
      console.log(`    ${p.id}${hint}`);
      console.log(`        expected ${show(p.expected[f])}`);
      if (f === 'lede' && p.expected.ledeAlt) console.log(`        or       ${show(p.expected.ledeAlt)}`);
      console.log(`        got      ${show(p.scores.fields[f].got)}`);
    }
  }
  for (const [key, name] of [
    ['headings', 'section headings'],
    ['listItems', 'list items'],
    ['tableCells', 'table cells'],
  ] as const) {
    const { bad, shown } = worstOf(pages, n, (p) => p.scores.items[key].fn + p.scores.items[key].fp);
    head(name, bad, 'with a missed or extra item');
    for (const p of shown) {
      const c = p.scores.items[key];
      console.log(`    ${p.id}  matched ${c.tp}, missed ${c.fn}, extra ${c.fp}`);
      list('- missed', c.missed);
      list('+ extra ', c.extra);
    }
  }
  const leads = worstOf(pages, n, (p) => p.scores.leadIns.missed.length);
  head('list lead-ins', leads.bad, 'with a gold lead-in not matched');
  for (const p of leads.shown) {
    const { missed, n: all } = p.scores.leadIns;
    console.log(`    ${p.id}  ${missed.length} of ${all} gold lead-ins not matched`);
    for (const m of missed.slice(0, 3)) {
      console.log(`        expected ${show(m.expected)}`);
      console.log(
        `        got      ${m.got === undefined ? '(no output list shares an item with this list)' : show(m.got)}`,
      );
    }
    if (missed.length > 3) console.log(`        … ${missed.length - 3} more`);
  }
  const com = worstOf(pages, n, (p) => (p.scores.commitments ? p.scores.commitments.fn + p.scores.commitments.fp : 0));
  head('commitments', com.bad, 'with a missed or wrong commitment');
  for (const p of com.shown) {
    const c = p.scores.commitments!;
    console.log(
      `    ${p.id}  matched ${c.tp}, missed ${c.fn}, wrong ${c.fp}` +
        ` (of which right evidence, wrong actor ${c.actorWrong})`,
    );
    list('- missed', c.missed);
    list('+ wrong ', c.wrong);
  }
  const flags = worstOf(pages, n, (p) =>
    p.scores.flags ? p.scores.flags.wrong.length + p.scores.flags.groups - p.scores.flags.found : 0,
  );
  head('name flags', flags.bad, 'with a wrong flag or a gold group not found');
  for (const p of flags.shown) {
    const c = p.scores.flags!;
    console.log(`    ${p.id}  flags ${c.flags}, right ${c.right}; gold groups ${c.groups}, found ${c.found}`);
    list(
      '+ wrong ',
      c.wrong.map((v) => v.join(' / ')),
    );
  }
  const kp = worstOf(pages, n, (p) => {
    const k = p.scores.keyPoints;
    return k ? (k.ledeRepeat ? 1 : 0) + k.captionOrJunk.length + (k.summaryItems - k.summaryFound) : 0;
  });
  head('key points', kp.bad, 'repeating the lede, with a caption or junk, or missing summary-box items');
  for (const p of kp.shown) {
    const k = p.scores.keyPoints!;
    console.log(`    ${p.id}`);
    if (k.ledeRepeat) list('= lede  ', [k.ledeRepeat], 1);
    list('caption/junk', k.captionOrJunk);
    list('- summary', k.summaryMissed);
  }
  const junk = worstOf(pages, n, (p) => p.scores.junk.length + p.scores.captions.length);
  head('junk and captions', junk.bad, 'showing gold junk or a caption in the brief');
  for (const p of junk.shown) {
    console.log(
      `    ${p.id}  junk ${p.scores.junk.length}/${p.scores.junkTotal},` +
        ` captions ${p.scores.captions.length}/${p.scores.captionTotal}`,
    );
    for (const j of [...p.scores.junk, ...p.scores.captions].slice(0, 5))
      console.log(`        ${pad(j.where, 10)} "${clip(j.snippet, 100)}"`);
  }
  console.log(
    '\n  "- missed": gold items no output item matched; "+ extra/wrong": output items that match no gold item.',
  );
}
