/**
 * Sentence and clause segmentation for Latin-script and Arabic news text. Pure functions, no DOM.
 *
 * Every sentence and clause returned is an exact (trimmed) substring of the input, so later stages can quote the
 * article without rewriting it. The abbreviations a "." may follow without ending a sentence are lexicon data
 * (lexicon/abbreviations.ts, lexicon/sentence-starters.ts).
 */
import { LETTER_NAMES, MONTHS_AFTER_ORDINAL, SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import { entriesOf } from '../lexicon/compile';
import { SENTENCE_STARTERS } from '../lexicon/sentence-starters';
import { textMemo } from '../common/memo';

/** Sentence terminators: Latin . ! ? …, Arabic question mark ؟ and the Arabic full stop ۔ (U+06D4). */
const TERMINATORS = /[.!?…؟۔]+/g;
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = /["'”’»›)\]}」』]/;
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]/;
const LATIN_LOWER = /\p{Ll}/u;
const LATIN_UPPER = /\p{Lu}/u;

/** Titles that precede a name: never the end of a sentence. */
const TITLES = new Set(entriesOf(TITLE_ABBREVIATIONS));
/** Abbreviations that may also end a sentence: they end one only when a capitalised word follows. */
const SOFT = new Set(entriesOf(SOFT_ABBREVIATIONS));
/** After a dotted acronym (U.S., U.K.), only these words show that a new sentence started. */
const STARTERS = new Set(entriesOf(SENTENCE_STARTERS));
/** Latin letters written as Arabic names ("إف" in "جون إف. كينيدي"): initials, like "F." in "John F. Kennedy". */
const ARABIC_INITIALS = new Set(entriesOf(LETTER_NAMES));
/** Months that follow a day written as an ordinal ("1. Januar"). */
const ORDINAL_MONTHS = new Set(entriesOf(MONTHS_AFTER_ORDINAL));

/**
 * Split text into sentences. Paragraph breaks (blank lines) always end a sentence. A terminator ends one when
 * white space (or the end) follows, after any closing quotes or brackets; "." does not end one after a title
 * (Mr. Dr.), an initial (J. K.), "e.g.", a dotted acronym followed by a name (U.S. President), a number at the
 * start of a text ("1. …"), a one-letter Arabic abbreviation (د. for doctor), an initial written as an Arabic letter
 * name ("جون إف. كينيدي"), a day before its month ("1. Januar"), or when a lower-case word follows.
 * Decimals (3.5) never split because no white space follows the point.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n[ \t\u00a0]*\n/)) {
    for (const [s, e] of sentenceSpans(para)) out.push(para.slice(s, e));
  }
  return out;
}

/** Start and end offsets of the sentences of one paragraph (trimmed, non-empty). Shared within a brief: read only. */
export function sentenceSpans(text: string): readonly (readonly [number, number])[] {
  return textMemo('sentenceSpans', text, spansOf);
}

/** Add the span from s to e of a text, without white space at its ends, unless nothing is left. */
function pushTrimmed(spans: [number, number][], text: string, s: number, e: number): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push([s, e]);
}

function spansOf(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  TERMINATORS.lastIndex = 0;
  for (let m = TERMINATORS.exec(text); m; m = TERMINATORS.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && CLOSERS.test(text[end]!)) end++;
    TERMINATORS.lastIndex = end;
    if (isBoundary(text, m.index, m[0], end)) {
      pushTrimmed(spans, text, start, end);
      start = end;
    }
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/** The word after a terminator: past white space and opening quotes or brackets, up to the next white space. */
const NEXT_WORD = /\s*["'“‘«([]*(\S*)/y;
/** One letter, digit or "." at a given offset (a surrogate pair is one letter). */
const WORD_CHAR = /[\p{L}\p{N}.]/uy;
/** How far back the word before a terminator is looked for. */
const WORD_BEFORE_REACH = 40;

/**
 * Where the run of letters, digits and dots ending at `at` starts, looking back at most WORD_BEFORE_REACH
 * characters: read back one character at a time rather than matching the window anew at every offset.
 */
function wordStart(text: string, at: number): number {
  const lo = Math.max(0, at - WORD_BEFORE_REACH);
  let i = at;
  while (i > lo) {
    const c = text.charCodeAt(i - 1);
    // A low surrogate is a letter only with its high surrogate, inside the window.
    const width = c >= 0xdc00 && c <= 0xdfff ? 2 : 1;
    if (i - width < lo) break;
    WORD_CHAR.lastIndex = i - width;
    if (!WORD_CHAR.test(text) || WORD_CHAR.lastIndex !== i) break;
    i -= width;
  }
  return i;
}

function isBoundary(text: string, at: number, mark: string, end: number): boolean {
  if (end >= text.length) return true;
  const nextChar = text[end]!;
  const prevChar = at > 0 ? text[at - 1]! : '';
  if (!/\s/.test(nextChar)) {
    // "الدائم.وأكد": Arabic text sometimes omits the space after a full stop.
    return ARABIC_LETTER.test(nextChar) && ARABIC_LETTER.test(prevChar);
  }
  NEXT_WORD.lastIndex = end;
  const nextWord = NEXT_WORD.exec(text)?.[1] ?? '';
  const first = nextWord[0] ?? '';
  // A lower-case continuation is never a new sentence ("approx. five", "“Really?” he asked").
  if (first && LATIN_LOWER.test(first) && !LATIN_UPPER.test(first)) return false;
  if (!/^\.+$/.test(mark)) return true; // ! ? … ؟ ۔ and mixes like ?! end the sentence
  if (mark.length > 1) return true; // ".." and "..." followed by a capital or another script
  const before = text.slice(wordStart(text, at), at);
  const word = before.replace(/^\.+/, '');
  if (!word) return true;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. K. Rowling", "George W. Bush"
  if (/^[\u0621-\u064a]$/.test(word)) return false; // Arabic one-letter abbreviations: "د. محمد"
  // An initial written as an Arabic letter name ("جون إف. كينيدي"); a و-led word after it starts a new sentence.
  if (ARABIC_INITIALS.has(word) && !/^و/.test(nextWord)) return false;
  // A day written as an ordinal before its month: "ab 1. Januar 2024".
  if (/^\d{1,2}$/.test(word) && ORDINAL_MONTHS.has(nextWord.toLowerCase())) return false;
  if (/^\p{L}(\.\p{L})+$/u.test(word)) {
    // Dotted acronyms: "U.S. President" continues, "in the U.S. The next day" ends.
    if (lower === 'e.g' || lower === 'i.e') return false;
    if (SOFT.has(lower)) return LATIN_UPPER.test(first);
    return STARTERS.has(nextWord.replace(/[^\p{L}]/gu, '').toLowerCase());
  }
  if (SOFT.has(lower)) return LATIN_UPPER.test(first) || ARABIC_LETTER.test(first);
  // "1. First step" at the start of a text is a list number, not a sentence.
  if (/^\d{1,2}$/.test(word) && text.slice(0, at - word.length).trim() === '') return false;
  return true;
}

/** A clause separator: the Arabic semicolon ؛ or ";". */
const CLAUSE_MARK = /[؛;]/;
const CLAUSE_SEPARATOR = new RegExp(CLAUSE_MARK.source, 'g');

/** Does a sentence hold more than one clause to cut (clauseSpans)? Without a separator it is one clause. */
export function hasClauseSeparator(sentence: string): boolean {
  return CLAUSE_MARK.test(sentence);
}

/**
 * Split a sentence into its ؛- or ;-separated clauses (trimmed, non-empty, exact substrings). Arabic news often
 * writes a paragraph as one sentence chained with ؛: the clause is the unit that states one fact.
 */
export function splitClauses(sentence: string): string[] {
  return clauseSpans(sentence).map(([s, e]) => sentence.slice(s, e));
}

/** Start and end offsets of the clauses of a sentence (trimmed, non-empty). */
export function clauseSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  CLAUSE_SEPARATOR.lastIndex = 0;
  for (let m = CLAUSE_SEPARATOR.exec(sentence); m; m = CLAUSE_SEPARATOR.exec(sentence)) {
    pushTrimmed(spans, sentence, start, m.index);
    start = m.index + 1;
  }
  pushTrimmed(spans, sentence, start, sentence.length);
  return spans;
}
