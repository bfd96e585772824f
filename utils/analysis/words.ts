/**
 * Word folding for comparisons (never for output): the spelling variants Arabic writers use interchangeably are
 * folded to one form, attached Arabic clitics are stripped, and stop words (lexicon/stop-words.ts) are recognised.
 * Every analysis stage compares words through these functions.
 */
import { entriesOf } from '../lexicon/compile';
import { STOP_WORDS } from '../lexicon/stop-words';

/** Arabic diacritics (tashkeel), superscript alef and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/** The letter each Arabic spelling variant folds to. */
const ARABIC_FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };
/** Folded forms of the Arabic words seen so far (cleared when it grows past 50,000). */
const foldCache = new Map<string, string>();

/**
 * Fold the spelling variants Arabic writers use interchangeably: diacritics and tatweel removed, alef forms
 * (أ إ آ ٱ) → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; other scripts lower-cased.
 */
export function foldWord(word: string): string {
  // Hot path (every token of every page): Latin words skip the Arabic folding, and folded words are memoised.
  if (!/[\u0600-\u06ff]/.test(word)) return word.toLowerCase();
  const hit = foldCache.get(word);
  if (hit !== undefined) return hit;
  const folded = word
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱىةؤئ]/g, (c) => ARABIC_FOLD[c] ?? c)
    .toLowerCase();
  if (foldCache.size >= 50_000) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

/**
 * A folded Arabic word without its attached conjunction (و ف), preposition (ب ل ك) and article (ال, لل):
 * "وبالاتحاد" → "اتحاد", "للجيش" → "جيش". Keeps at least three letters. Non-Arabic words are returned as is.
 */
export function stripArabicPrefixes(folded: string): string {
  if (!/^[\u0621-\u064a]/.test(folded)) return folded;
  let w = folded;
  const cut = (n: number) => {
    if (w.length - n >= 3) w = w.slice(n);
  };
  if (/^[وف]/.test(w) && w.length > 4) cut(1);
  if (w.startsWith('لل') && w.length > 4) cut(2);
  else if (/^[بلك]ال/.test(w)) cut(3);
  else if (w.startsWith('ال')) cut(2);
  return w;
}

/** Arabic stop words (folded), used by scoring and name comparison. */
export const ARABIC_STOP_WORDS = new Set(entriesOf(STOP_WORDS, ['ar']).map(foldWord));

/** English stop words, used by scoring and name comparison. */
export const ENGLISH_STOP_WORDS = new Set(entriesOf(STOP_WORDS, ['en']));

/** A word is a stop word in English or Arabic (after folding). */
export function isStopWord(word: string): boolean {
  return isFoldedStopWord(foldWord(word));
}

/** A word already folded (foldWord) is a stop word in English or Arabic. */
export function isFoldedStopWord(folded: string): boolean {
  return ENGLISH_STOP_WORDS.has(folded) || ARABIC_STOP_WORDS.has(folded);
}
