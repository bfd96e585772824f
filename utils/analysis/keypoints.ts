/**
 * Key points: three to five sentences (or ؛-separated clauses) quoted from the article, never written anew. The
 * page's own summary box ("أبرز النقاط", "Key Points", summary-box.ts) wins when it has one. Otherwise the points
 * never repeat the lede (the reader sees it right above them) and are never a caption or a credit line.
 *
 * Candidates are the sentences of each section; a long Arabic sentence chained with ؛ is cut on
 * its clause boundaries into units of readable length. Each candidate is scored by what it shares with the title
 * and the headings (saturating, so a sentence that only repeats the title does not win), by the new content it
 * brings, by numbers and names, and by its position (first sentences of a part say most). The best candidate of
 * each part comes first so the points cover the article; the rest are filled by score without near-duplicates,
 * then put back in article order.
 */
import { clauseSpans, hasClauseSeparator, sentenceSpans } from './sentences';
import { foldWord, isFoldedStopWord, stripArabicPrefixes } from './words';
import { alternation } from './patterns';
import { words } from '../common/text';
import { CONJUNCTION_HOSTS, CONNECTIVES, DEPENDENT_OPENERS } from '../lexicon/connectives';
import { isCaptionLike } from './captions';
import { SETTINGS } from '../settings';
import type { Section } from '../types';

const {
  minPoints: MIN_POINTS,
  maxPoints: MAX_POINTS,
  minWords: MIN_WORDS,
  maxWords: MAX_WORDS,
  groupWords: GROUP_WORDS,
  nearDuplicate: NEAR_DUPLICATE,
  boilerplateWords: BOILERPLATE_WORDS,
  boilerplateParts: BOILERPLATE_PARTS,
  minSummaryItems: MIN_SUMMARY_ITEMS,
} = SETTINGS.analysis.keyPoints;

interface Candidate {
  text: string;
  part: number;
  indexInPart: number;
  order: number;
  terms: Set<string>;
  wordCount: number;
  eligible: boolean;
  score: number;
  /** Carries a long phrase repeated across parts: at most one such point is chosen. */
  boilerplate: boolean;
  /** Its words as compared, in order (its phrases are read from them). */
  folded: string[];
}

/** A lede that is no sentence: short, a label or a date line without a full stop, or a caption. */
const notALede = (lede: string) =>
  words(lede).length < MIN_WORDS || !/[.!?؟…"'”’»)]$/.test(lede.trim()) || isCaptionLike(lede);

/**
 * Words as compared for overlap: each folded, without Arabic clitics (`folded`, in order), and the set of them
 * without stop words and one-letter words (`terms`). Each word is folded once for both.
 */
function compared(ws: string[]): { folded: string[]; terms: Set<string> } {
  const folded: string[] = [];
  const terms = new Set<string>();
  for (const w of ws) {
    const f = foldWord(w);
    const t = stripArabicPrefixes(f);
    folded.push(t);
    if (w.length >= 2 && !isFoldedStopWord(f)) terms.add(t);
  }
  return { folded, terms };
}

/** The compared words of a text, without stop words and one-letter words. */
function termsOf(text: string): Set<string> {
  return compared(words(text)).terms;
}

/** A leading Arabic connective, with an attached و/ف and the comma and space after it. */
const AR_CONNECTIVE = new RegExp(`^(?:[وف]?${alternation(CONNECTIVES, ['ar'])}[،,]?\\s+)`);
/** A و/ف attached as a conjunction: before the article, a hamza alef, or a particle or verb it often joins. */
const AR_ATTACHED_WAW = new RegExp(`^[وف](?=ال|[أإ]|${alternation(CONJUNCTION_HOSTS)}\\s)`);
/** A leading English connective, with its comma and the space after it. */
const EN_CONNECTIVE = new RegExp(`^${alternation(CONNECTIVES, ['en'])}\\b,?\\s+`, 'i');

/** Drop one leading connective ("كما", an attached "و", "And"): the result is still a substring of the text. */
export function trimConnective(text: string): string {
  let t = text.trim();
  for (const re of [AR_CONNECTIVE, EN_CONNECTIVE]) {
    const m = re.exec(t);
    if (m && t.length - m[0].length > 0) return t.slice(m[0].length);
  }
  const waw = AR_ATTACHED_WAW.exec(t);
  if (waw) t = t.slice(1);
  return t;
}

/**
 * Clause openers that continue the clause before them ("مثل …", "التي …", "شريطة …", "which …"): a unit never
 * starts with one when a clause precedes it.
 */
const DEPENDENT_OPENER = new RegExp(
  `^(?:[وف]?${alternation(DEPENDENT_OPENERS, ['ar'])}|${alternation(DEPENDENT_OPENERS, ['en'])})(?=\\s|$)`,
  'iu',
);

/**
 * Units of a sentence: the sentence, or for a long ؛-chain groups of consecutive clauses — a dependent clause
 * joins the one before it, a short lead-in clause ("وفي هذا السياق") the one after it.
 */
function units(sentence: string): string[] {
  // Without a clause separator the sentence is one clause: no need to count its words.
  if (!hasClauseSeparator(sentence)) return [sentence];
  const n = words(sentence).length;
  const spans = clauseSpans(sentence);
  if (n <= MAX_WORDS || spans.length < 2) return [sentence];
  const groups: { start: number; end: number; words: number }[] = [];
  for (const [s, e] of spans) {
    const w = words(sentence.slice(s, e)).length;
    const last = groups[groups.length - 1];
    const dependent = DEPENDENT_OPENER.test(sentence.slice(s, e));
    if (last && (dependent || last.words < GROUP_WORDS) && last.words + w <= MAX_WORDS) {
      last.end = e;
      last.words += w;
    } else {
      groups.push({ start: s, end: e, words: w });
    }
  }
  return groups.map((g) => sentence.slice(g.start, g.end));
}

/**
 * The key points of an article: the items of its own summary box when it has one; else three to five of its
 * sentences or clause groups, quoted, in article order, never from the lede.
 */
export function pickKeyPoints(input: {
  title: string | null;
  lede: string | null;
  sections: Section[];
  lang: string | null;
  summaryBox?: string[];
}): string[] {
  const box = input.summaryBox ?? [];
  if (box.length >= MIN_SUMMARY_ITEMS) return box.slice(0, MAX_POINTS);
  const parts: { heading: string | null; paragraphs: string[] }[] = [];
  // The lede is not a candidate. When the brief's lede is missing or a mere label, the article's first paragraph
  // is the lede a reader takes in first: it is left out too; so is a deck written as a headline that stands before
  // the lede (no sentence's end), which the reader takes in with it.
  const titleTerms = termsOf(input.title ?? '');
  const ledeTerms = termsOf(input.lede ?? '');
  const opening = input.sections[0]?.heading === null ? input.sections[0].paragraphs[0] : undefined;
  // Without a lede of its own, the brief's first paragraph that reads as one is the lede: the paragraphs up to it
  // are skipped ("31 December 2007, 12:20" is a date line before it). A headline-style deck before a good lede is
  // skipped alone.
  const noLede = !input.lede || notALede(input.lede);
  let skipFirst = noLede || (opening !== undefined && notALede(opening));
  for (const s of input.sections) {
    const lede = noLede ? s.paragraphs.findIndex((p) => !notALede(p)) : s.paragraphs.length ? 0 : -1;
    const paragraphs = skipFirst && lede >= 0 ? s.paragraphs.slice(lede + 1) : s.paragraphs;
    if (lede >= 0) skipFirst = false;
    parts.push({ heading: s.heading, paragraphs });
  }

  const headingTerms = new Set<string>();
  for (const p of parts) for (const t of termsOf(p.heading ?? '')) headingTerms.add(t);

  const candidates: Candidate[] = [];
  const seenText = new Set<string>();
  let order = 0;
  parts.forEach((part, partIndex) => {
    const ownHeading = termsOf(part.heading ?? '');
    let indexInPart = 0;
    for (const paragraph of part.paragraphs) {
      for (const [s, e] of sentenceSpans(paragraph)) {
        for (const unit of units(paragraph.slice(s, e))) {
          const text = trimConnective(unit).replace(/[؛;،,:\s]+$/u, (m) => (/[:]/.test(m) ? m : ''));
          const key = foldWord(text);
          // A caption or a credit line is never a point, not even to make up the number.
          if (!text || seenText.has(key) || isCaptionLike(text)) continue;
          seenText.add(key);
          const ws = words(text);
          const wordCount = ws.length;
          const { folded, terms } = compared(ws);
          const eligible =
            wordCount >= MIN_WORDS && wordCount <= MAX_WORDS && !/[:]$/.test(text) && !DEPENDENT_OPENER.test(text);
          candidates.push({
            text,
            part: partIndex,
            indexInPart,
            order: order++,
            terms,
            wordCount,
            eligible,
            score: score(text, terms, wordCount, indexInPart, titleTerms, headingTerms, ownHeading),
            boilerplate: false,
            folded,
          });
          indexInPart++;
        }
      }
    }
  });
  // A long phrase repeated in three or more parts is padding ("بحث نائب القائد العام للقوات …" opening every
  // section): the sentences carrying it say less than their overlap with the title suggests, and one of them
  // is enough.
  // A phrase is in as many parts at most as the rarest of its words: only phrases of words found in enough parts
  // are spelled out and counted.
  // With fewer parts than that no phrase can be padding: nothing is counted.
  const partsOfWord =
    parts.length < BOILERPLATE_PARTS
      ? new Map<string, number>()
      : partCounts(candidates.map((c) => ({ part: c.part, keys: c.folded })));
  const common = (w: string) => (partsOfWord.get(w) ?? 0) >= BOILERPLATE_PARTS;
  const gramsOf = new Map(candidates.map((c) => [c, grams(c.folded, common)]));
  const partsOfGram = partCounts(candidates.map((c) => ({ part: c.part, keys: gramsOf.get(c)! })));
  for (const c of candidates) {
    if (gramsOf.get(c)!.some((g) => (partsOfGram.get(g) ?? 0) >= BOILERPLATE_PARTS)) {
      c.boilerplate = true;
      c.score -= 0.8;
    }
  }
  // A sentence that restates the lede (a deck and the body's first sentence: "has begun two new investigations" /
  // "has opened two new investigations") repeats what the reader has just read.
  const fresh = candidates.filter((c) => jaccard(c.terms, ledeTerms) < NEAR_DUPLICATE);
  return choose(fresh, parts.length).map((c) => c.text);
}

/**
 * The phrases of a unit (BOILERPLATE_WORDS words each) from its compared words, those whose every word passes
 * `keep`: padding repeated across parts.
 */
function grams(ws: string[], keep: (w: string) => boolean): string[] {
  const out: string[] = [];
  // `run`: how many words up to i pass `keep` in a row.
  let run = 0;
  for (let i = 0; i < ws.length; i++) {
    run = keep(ws[i]!) ? run + 1 : 0;
    if (run >= BOILERPLATE_WORDS) out.push(ws.slice(i + 1 - BOILERPLATE_WORDS, i + 1).join(' '));
  }
  return out;
}

/** In how many distinct parts each key occurs, over items given in part order. */
function partCounts(items: { part: number; keys: string[] }[]): Map<string, number> {
  const count = new Map<string, number>();
  const lastPart = new Map<string, number>();
  for (const { part, keys } of items) {
    for (const k of keys) {
      if (lastPart.get(k) === part) continue;
      lastPart.set(k, part);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  return count;
}

/** A number, and a capitalised word inside a sentence (a name), as counted by score. */
const NUMBER = /\p{N}+/gu;
const NAME = /(?<=\S\s)\p{Lu}\p{Ll}+/gu;

/** How many times a global pattern matches a text, counting no further than `max`. */
function countUpTo(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text)) n++;
  return n;
}

/** How much a candidate says: title and heading overlap, new content, numbers, names, length and position. */
function score(
  text: string,
  terms: Set<string>,
  wordCount: number,
  indexInPart: number,
  titleTerms: Set<string>,
  headingTerms: Set<string>,
  ownHeading: Set<string>,
): number {
  let inTitle = 0;
  let inOwnHeading = 0;
  let novel = 0;
  for (const t of terms) {
    if (titleTerms.has(t)) inTitle++;
    if (ownHeading.has(t)) inOwnHeading++;
    if (!titleTerms.has(t) && !headingTerms.has(t)) novel++;
  }
  const numbers = countUpTo(NUMBER, text, 2);
  const names = countUpTo(NAME, text, 3);
  const lengthFit = wordCount >= 12 && wordCount <= 30 ? 0.5 : 0;
  return (
    Math.min(inTitle, 3) / 3 +
    (0.5 * Math.min(inOwnHeading, 2)) / 2 +
    Math.min(novel, 10) / 10 +
    0.4 * numbers +
    0.1 * names +
    lengthFit +
    1 / (1 + indexInPart) -
    (/[?؟]$/.test(text) ? 0.5 : 0)
  );
}

/** Share of the two vocabularies together that both hold: a restatement, not a sentence that merely reuses words. */
function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

/** Share of the smaller vocabulary that two candidates have in common. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** The points: the best of each part first, then by score without near-duplicates, back in article order. */
function choose(candidates: Candidate[], partCount: number): Candidate[] {
  const want = Math.min(MAX_POINTS, Math.max(MIN_POINTS, partCount));
  const chosen: Candidate[] = [];
  let strict = true;
  const fresh = (c: Candidate) =>
    !chosen.includes(c) &&
    chosen.every((x) => similarity(x.terms, c.terms) < NEAR_DUPLICATE) &&
    !(strict && c.boilerplate && chosen.some((x) => x.boilerplate));
  const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.order - b.order;
  const eligible = candidates.filter((c) => c.eligible).sort(byScore);

  // One point per part first (its best sentence not yet covered), the parts with the strongest sentence first.
  const partOrder: number[] = [];
  for (const c of eligible) if (!partOrder.includes(c.part)) partOrder.push(c.part);
  for (const part of partOrder) {
    if (chosen.length >= want) break;
    const pick = eligible.find((c) => c.part === part && fresh(c));
    if (pick) chosen.push(pick);
  }
  for (const c of eligible) {
    if (chosen.length >= want) break;
    if (fresh(c)) chosen.push(c);
  }
  // Too few readable sentences: fall back to the short and long ones rather than return fewer than three.
  if (chosen.length < MIN_POINTS) {
    strict = false;
    for (const c of eligible) {
      if (chosen.length >= MIN_POINTS) break;
      if (fresh(c)) chosen.push(c);
    }
    for (const c of candidates.filter((x) => !x.eligible).sort(byScore)) {
      if (chosen.length >= MIN_POINTS) break;
      if (c.wordCount >= 2 && fresh(c)) chosen.push(c);
    }
  }
  return chosen.sort((a, b) => a.order - b.order);
}
