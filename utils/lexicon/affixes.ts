/**
 * Affixes: endings and prefixes that change a word's form, not the word. The analysis stage strips or compares
 * them when it decides whether two spellings are one word (analysis/flags/spelling.ts) and when it reads an Arabic
 * commitment clause (analysis/commitments/arabic.ts). Arabic entries are in folded spelling (ة → ه).
 */
import type { Lexicon } from './compile';

/** Endings one word takes in another inflection or with a clitic (المتحدة/المتحد, Minister/Ministers). */
export const WORD_SUFFIXES: Lexicon = {
  ar: [
    'ه',
    'ي',
    'ا',
    'ن',
    'ت',
    'و',
    'ات',
    'ين',
    'ون',
    'ان',
    'ها',
    'هم',
    'يه',
    'يا',
    'وا',
    'تا',
    'نا',
    'ته',
    'ك',
    'كم',
    'كما',
  ],
  // "Africa/African", "Syria/Syrian": a place and its adjective are one name in two forms.
  en: ['s', 'es', "'s", '’s', 'n'],
  // "Wahre/Wahren Tabelle": German adjective and noun endings.
  de: ['e', 'n', 'en', 'er', 'es', 'em', 's'],
};

/** Arabic one-letter prefixes (clitics and imperfect markers) one word takes in another form (قال/وقال, يعمل/تعمل). */
export const WORD_PREFIXES: Lexicon = {
  ar: ['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ي', 'ت', 'ن', 'ا'],
};

/** Endings that mark case, number or gender, not another word: اثنا/اثني, مسلحون/مسلحين, حكومة/حكومه. */
export const INFLECTION_ENDINGS: Lexicon = {
  ar: ['ون', 'ين', 'ان', 'ا', 'ي', 'و', 'ه'],
};

/** Endings of التزام/تعهد: an attached pronoun (the speaker's own pledge) or the plural ات. */
export const COMMITMENT_NOUN_SUFFIXES: Lexicon = {
  ar: ['ه', 'ها', 'هم', 'هما', 'نا', 'ي', 'ات', 'اته', 'اتها', 'اتهم'],
};

/** Beginnings of an Arabic verbal noun after ب (بالعمل، بتعزيز، بمساندة، باستئناف): ب is then a preposition. */
export const VERBAL_NOUN_PREFIXES: Lexicon = {
  ar: ['ال', 'ت', 'م', 'ا', 'است', 'ان'],
};
