/**
 * The words of an Arabic clause as the commitment readers see them: offsets into the clause, the folded form, the
 * form without an attached conjunction (و/ف), and whether a comma stands before the word.
 */
import { foldWord } from '../words';
import { normalizeSpace } from '../../common/text';
import { entriesOf, type Lexicon } from '../../lexicon/compile';
import { ROOT_INITIAL_WAW } from '../../lexicon/pledge-clauses';

/** A word of a clause with its offsets and its folded forms. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded, without diacritics. */
  f: string;
  /** Folded, without an attached conjunction و/ف. */
  core: string;
  /** A comma (or a dash aside) stands between this word and the one before. */
  comma: boolean;
  /** Written inside «…»: a name the page quotes when the quote is short. */
  quoted: boolean;
  /** Words in the «…» run this word belongs to (0 when not quoted). */
  quoteLen: number;
}

/** The Arabic entries of a lexicon, folded, as a set. */
export const arabicSet = (lexicon: Lexicon) => new Set(entriesOf(lexicon, ['ar']).map(foldWord));

/** Words that begin with و or ف as part of the root: never split off as a conjunction. */
const KEEP_INITIAL_WAW = new Set(entriesOf(ROOT_INITIAL_WAW));

/** The words of a clause (letters, marks, digits, inner apostrophes and hyphens). */
export function tokenize(clause: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
  let last = 0;
  let quote = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const gap = clause.slice(last, m.index);
    for (const c of gap) quote += c === '«' ? 1 : c === '»' ? -1 : 0;
    last = m.index + m[0].length;
    const f = foldWord(m[0]);
    const core = /^[وف][\u0621-\u064a]{2,}/.test(f) && !KEEP_INITIAL_WAW.has(f) ? f.slice(1) : f;
    const comma = /[،,.؛;:!؟?]|\s[-—–]\s/.test(gap);
    out.push({ text: m[0], start: m.index, end: last, f, core, comma, quoted: quote > 0, quoteLen: 0 });
  }
  // The length of each «…» run: a short one names (a company, a programme), a long one quotes speech.
  for (let i = 0; i < out.length;) {
    let j = i;
    while (j < out.length && out[j]!.quoted && (j === i || !/«/.test(clause.slice(out[j - 1]!.end, out[j]!.start))))
      j++;
    for (let k = i; k < j; k++) out[k]!.quoteLen = j - i;
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The clause text from token `from` to token `to` (exclusive), or null when empty. */
export function arabicSpan(clause: string, tokens: Token[], from: number, to: number): string | null {
  if (to <= from || from < 0) return null;
  const s = normalizeSpace(clause.slice(tokens[from]!.start, tokens[to - 1]!.end));
  return s || null;
}

/**
 * A definite word: with the article, or the article after a preposition ("للكهرباء", "بالمئة"). Read on the word
 * as written (the article has no hamza): "ألمانيا" folds to "المانيا" but is a name, not a definite word.
 */
export function definite(t: Token): boolean {
  const raw = t.text.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
  const rawCore = t.f !== t.core ? raw.slice(1) : raw;
  return /^(?:[بلك]?ال|لل)[\u0621-\u064a]{2}/.test(rawCore);
}

/** A word's core without the article: "الوزارة" → "وزاره", "للشرب" → "شرب"; "ألمانيا" keeps its letters. */
export const bare = (t: Token) => (definite(t) ? t.core.replace(/^(?:[بلك]?ال|لل)/, '') : t.core);
