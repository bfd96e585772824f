/**
 * Spelling comparison for the name-variants flag: whether two words are one word in another form (an inflection
 * ending, a clitic, an imperfect prefix), whether two words are two spellings of one name (one letter apart, as
 * written or once sound-alike Arabic letters are merged), and which pairs of many words are close enough to ask.
 */
import { entriesOf } from '../../lexicon/compile';
import { INFLECTION_ENDINGS, WORD_PREFIXES, WORD_SUFFIXES } from '../../lexicon/affixes';
import { alternation } from '../patterns';

/** Shortest name token (letters, after Arabic clitics are removed) compared for variants. */
export const MIN_NAME_LETTERS = 4;

/** An Arabic letter. */
export const ARABIC = /[\u0621-\u064a]/;
/** Letters Arabic transliterations of one sound swap between (ص/س, ض/د, ط/ت, ظ ذ/ز, ث/س, ق/ك, ح/ه, ع ء/ا). */
const SOUND_ALIKE: Record<string, string> = {
  ص: 'س',
  ث: 'س',
  ض: 'د',
  ط: 'ت',
  ظ: 'ز',
  ذ: 'ز',
  ق: 'ك',
  ح: 'ه',
  ع: 'ا',
  ء: 'ا',
};
/** A word with sound-alike Arabic letters merged. */
const soundKey = (w: string) => (ARABIC.test(w) ? [...w].map((c) => SOUND_ALIKE[c] ?? c).join('') : w);

/** Arabic endings of one word in another form (lexicon/affixes.ts). */
const AR_SUFFIXES = new Set(entriesOf(WORD_SUFFIXES, ['ar']));
/** Arabic one-letter prefixes of one word in another form. */
const AR_PREFIXES = new Set(entriesOf(WORD_PREFIXES, ['ar']));
/** Latin-script endings of one word in another form (plural, possessive, adjective; German inflections). */
const EN_SUFFIXES = new Set(entriesOf(WORD_SUFFIXES, ['en', 'de']));

/** Levenshtein distance of two words, or max + 1 as soon as it exceeds max. */
function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Endings that mark case, number or gender, not a different word: اثنا/اثني, مسلحون/مسلحين, اثنان/اثنين,
 * حكومة/حكومه (folded alike). Two words whose stems match once one such ending is removed are one word.
 */
const AR_INFLECTION_ENDING = new RegExp(`${alternation(INFLECTION_ENDINGS)}$`);
/** An Arabic word without one inflection ending. */
export const arabicStem = (w: string) => w.replace(AR_INFLECTION_ENDING, '');

/**
 * Latin script: two words that differ only in their ending, the shorter's last letter against at most the longer's
 * last two ("Villa/Villy", "Manchester/Manchesteru", "Tusk/Tuska"), are one name in two cases (Czech, Polish,
 * Turkish, German endings), not two spellings; a difference before the ending ("Mohammed/Mohammad",
 * "Saddam/Saadam") is a spelling.
 */
function caseEnding(short: string, long: string): boolean {
  let shared = 0;
  while (shared < short.length && short[shared] === long[shared]) shared++;
  return shared >= MIN_CASE_STEM && shared >= short.length - 1 && shared >= long.length - 2;
}

/** Letters a Latin-script stem keeps before a case ending. */
const MIN_CASE_STEM = 3;

/** The same word in another inflection or with a clitic: المتحدة/المتحد, قال/قالت, يعمل/تعمل, Minister/Ministers. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (ARABIC.test(a) && ARABIC.test(b)) {
    const sa = arabicStem(a);
    if (sa.length >= 3 && sa === arabicStem(b)) return true;
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!ARABIC.test(long) && caseEnding(short, long)) return true;
  const suffixes = ARABIC.test(long) ? AR_SUFFIXES : EN_SUFFIXES;
  if (long.startsWith(short) && suffixes.has(long.slice(short.length))) return true;
  if (ARABIC.test(long) && long.endsWith(short) && AR_PREFIXES.has(long.slice(0, long.length - short.length)))
    return true;
  // Same stem, different imperfect prefix: يعمل/تعمل.
  if (
    ARABIC.test(long) &&
    a.length === b.length &&
    a.slice(1) === b.slice(1) &&
    AR_PREFIXES.has(a[0]!) &&
    AR_PREFIXES.has(b[0]!)
  ) {
    return true;
  }
  return false;
}

/** Two spellings of one name: one letter apart (or one apart once sound-alike Arabic letters are merged). */
export function areNameVariants(a: string, b: string): boolean {
  if (sameWord(a, b)) return false;
  if (a.length < MIN_NAME_LETTERS || b.length < MIN_NAME_LETTERS) return false;
  if (editDistance(a, b, 1) <= 1) return true;
  if (ARABIC.test(a) && ARABIC.test(b)) {
    const sa = soundKey(a);
    const sb = soundKey(b);
    return sa !== sb ? editDistance(sa, sb, 1) <= 1 : true;
  }
  return false;
}

/** The word and every form of it with one letter deleted: two words one edit apart share one of these. */
function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++)
    out.push(w.slice(0, i) + '\u0001' + w.slice(i + 1), w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * Pairs of forms within one edit of each other (as written or as sounded), found through shared deletion keys
 * instead of comparing every pair: linear in the number of forms.
 */
export function closePairs<T extends { key: string }>(forms: T[]): [T, T][] {
  const byKey = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const keys = new Set([...deletions(f.key), ...deletions(soundKey(f.key)).map((k) => `~${k}`)]);
    for (const k of keys) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  const seen = new Set<string>();
  const out: [T, T][] = [];
  for (const list of byKey.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const id = `${list[a]},${list[b]}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push([forms[list[a]!]!, forms[list[b]!]!]);
      }
    }
  }
  return out;
}
