/**
 * Sentence and clause segmentation for Latin-script and Arabic news text, plus the word folding the analysis
 * stages use to compare Arabic words. Pure functions, no DOM.
 *
 * Every sentence and clause returned is an exact (trimmed) substring of the input, so later stages can quote the
 * article without rewriting it.
 */

/** Sentence terminators: Latin . ! ? …, Arabic question mark ؟ and the Arabic full stop ۔ (U+06D4). */
const TERMINATORS = /[.!?…؟۔]+/g;
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = /["'”’»›)\]}」』]/;
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]/;
const LATIN_LOWER = /\p{Ll}/u;
const LATIN_UPPER = /\p{Lu}/u;

/** Titles that precede a name: never the end of a sentence. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'sr',
  'jr',
  'fr',
  'hr',
  'fig',
  'no',
  'nos',
  'vol',
  'art',
  'ch',
  'approx',
  'ca',
  'cf',
  'vs',
  'v',
  'dept',
  'e.g',
  'i.e',
  'viz',
  'al',
  'ave',
  'blvd',
  'rd',
]);
/** Abbreviations that may also end a sentence: they end one only when a capitalised word follows. */
const SOFT_ABBREVIATIONS = new Set([
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'bros',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'a.m',
  'p.m',
  'est',
  'ft',
  'km',
  'kg',
  'lb',
  'oz',
  'min',
  'max',
]);
/** After a dotted acronym (U.S., U.K.), only these words show that a new sentence started. */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'in',
  'on',
  'at',
  'as',
  'after',
  'before',
  'for',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'if',
  'when',
  'while',
  'however',
  'meanwhile',
  'still',
  'yet',
  'so',
  'then',
  'now',
  'what',
  'why',
  'how',
]);

/**
 * Split text into sentences. Paragraph breaks (blank lines) always end a sentence. A terminator ends one when
 * white space (or the end) follows, after any closing quotes or brackets; "." does not end one after a title
 * (Mr. Dr.), an initial (J. K.), "e.g.", a dotted acronym followed by a name (U.S. President), a number at the
 * start of a text ("1. …"), a one-letter Arabic abbreviation (د. for doctor), or when a lower-case word follows.
 * Decimals (3.5) never split because no white space follows the point.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n[ \t\u00a0]*\n/)) {
    for (const [s, e] of sentenceSpans(para)) out.push(para.slice(s, e));
  }
  return out;
}

/** Start and end offsets of the sentences of one paragraph (trimmed, non-empty). */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
  };
  TERMINATORS.lastIndex = 0;
  for (let m = TERMINATORS.exec(text); m; m = TERMINATORS.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && CLOSERS.test(text[end]!)) end++;
    TERMINATORS.lastIndex = end;
    if (isBoundary(text, m.index, m[0], end)) {
      push(start, end);
      start = end;
    }
  }
  push(start, text.length);
  return spans;
}

function isBoundary(text: string, at: number, mark: string, end: number): boolean {
  if (end >= text.length) return true;
  const nextChar = text[end]!;
  const prevChar = at > 0 ? text[at - 1]! : '';
  if (!/\s/.test(nextChar)) {
    // "الدائم.وأكد": Arabic text sometimes omits the space after a full stop.
    return ARABIC_LETTER.test(nextChar) && ARABIC_LETTER.test(prevChar);
  }
  const rest = text.slice(end).trimStart();
  const nextWord = /^["'“‘«([]*([^\s]*)/.exec(rest)?.[1] ?? '';
  const first = nextWord[0] ?? '';
  // A lower-case continuation is never a new sentence ("approx. five", "“Really?” he asked").
  if (first && LATIN_LOWER.test(first) && !LATIN_UPPER.test(first)) return false;
  if (!/^\.+$/.test(mark)) return true; // ! ? … ؟ ۔ and mixes like ?! end the sentence
  if (mark.length > 1) return true; // ".." and "..." followed by a capital or another script
  const before = /([\p{L}\p{N}.]*)$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  const word = before.replace(/^\.+/, '');
  if (!word) return true;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. K. Rowling", "George W. Bush"
  if (/^[\u0621-\u064a]$/.test(word)) return false; // Arabic one-letter abbreviations: "د. محمد"
  if (/^\p{L}(\.\p{L})+$/u.test(word)) {
    // Dotted acronyms: "U.S. President" continues, "in the U.S. The next day" ends.
    if (lower === 'e.g' || lower === 'i.e') return false;
    if (SOFT_ABBREVIATIONS.has(lower)) return LATIN_UPPER.test(first);
    return SENTENCE_STARTERS.has(nextWord.replace(/[^\p{L}]/gu, '').toLowerCase());
  }
  if (SOFT_ABBREVIATIONS.has(lower)) return LATIN_UPPER.test(first) || ARABIC_LETTER.test(first);
  // "1. First step" at the start of a text is a list number, not a sentence.
  if (/^\d{1,2}$/.test(word) && text.slice(0, at - word.length).trim() === '') return false;
  return true;
}

/** Clause separators: the Arabic semicolon ؛ and ";". */
const CLAUSE_SEPARATOR = /[؛;]/g;

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
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(sentence[s]!)) s++;
    while (e > s && /\s/.test(sentence[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
  };
  CLAUSE_SEPARATOR.lastIndex = 0;
  for (let m = CLAUSE_SEPARATOR.exec(sentence); m; m = CLAUSE_SEPARATOR.exec(sentence)) {
    push(start, m.index);
    start = m.index + 1;
  }
  push(start, sentence.length);
  return spans;
}

// ---------------------------------------------------------------------------------------------------------------
// Word folding for comparisons (never for output).

/** Arabic diacritics (tashkeel), superscript alef and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

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

const ARABIC_FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };
const foldCache = new Map<string, string>();

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
export const ARABIC_STOP_WORDS = new Set(
  [
    'في',
    'من',
    'على',
    'إلى',
    'الى',
    'عن',
    'مع',
    'أن',
    'إن',
    'ان',
    'أو',
    'او',
    'ثم',
    'قد',
    'لقد',
    'كما',
    'حيث',
    'إذ',
    'اذ',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'التي',
    'الذي',
    'الذين',
    'اللذين',
    'هو',
    'هي',
    'هم',
    'كان',
    'كانت',
    'لم',
    'لن',
    'لا',
    'ما',
    'بين',
    'بعد',
    'قبل',
    'خلال',
    'عند',
    'حول',
    'كل',
    'بعض',
    'غير',
    'أي',
    'اي',
    'ضمن',
    'منذ',
    'لدى',
    'حتى',
    'أيضا',
    'ايضا',
    'وفي',
    'ومن',
    'وعلى',
    'وهو',
    'وهي',
    'مثل',
    'وقد',
    'فقد',
    'عبر',
    'نحو',
    'تحت',
    'فوق',
    'لكن',
    'بل',
    'إلا',
    'الا',
    'وهذا',
    'به',
    'بها',
    'له',
    'لها',
    'فيه',
    'فيها',
    'منه',
    'منها',
    'عليه',
    'عليها',
    'إليه',
    'اليه',
    'يكون',
    'تكون',
    'ليس',
    'ليست',
    'أما',
    'اما',
    'إذا',
    'اذا',
    'لو',
    'ولا',
    'ولم',
    'وما',
    'مما',
    'بما',
    'فيما',
    'بينما',
    'أكثر',
    'اكثر',
    'أقل',
    'عدة',
    'ذات',
    'الى',
    'اللقاء',
  ].map(foldWord),
);

/** English stop words, used by scoring and name comparison. */
export const ENGLISH_STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'as',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'they',
  'we',
  'you',
  'i',
  'his',
  'her',
  'their',
  'our',
  'not',
  'no',
  'so',
  'if',
  'than',
  'then',
  'there',
  'which',
  'who',
  'whom',
  'what',
  'when',
  'where',
  'why',
  'how',
  'also',
  'said',
  'says',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'about',
  'after',
  'before',
  'over',
  'into',
  'more',
  'most',
  'some',
  'such',
  'only',
  'other',
  'new',
  'up',
  'out',
  'all',
  'any',
  'do',
  'did',
  'does',
  'just',
  'while',
  'during',
  'since',
  'between',
  'under',
  'against',
  'them',
  'him',
  'us',
  'one',
  'two',
  'mr',
  'ms',
  'mrs',
]);

/** A word is a stop word in English or Arabic (after folding). */
export function isStopWord(word: string): boolean {
  const f = foldWord(word);
  return ENGLISH_STOP_WORDS.has(f) || ARABIC_STOP_WORDS.has(f);
}
