/**
 * Labels that open a box of related articles inside the article ("اقرأ أيضا", "Read more", "Lesen Sie auch",
 * "À lire aussi"), per language (RELATED_LABEL). Plain phrases, and pattern sources for the
 * entries that need alternatives or a wildcard.
 */
import type { Lexicon } from './compile';

/** Verbs that open an Arabic "read also" label, matched at the start of the block with nothing required after. */
export const RELATED_VERBS: Lexicon = {
  ar: ['اقرأ', 'إقرأ', 'اقرا', 'إقرا', 'طالع', 'شاهد', 'انظر', 'أنظر', 'تابع', 'اقرأ المزيد'],
};

/** What may follow such a verb ("أيضاً", "كذلك", "المزيد"). */
export const RELATED_VERB_OBJECTS: Lexicon = {
  ar: ['أيض', 'أيضاً', 'أيضا', 'ايض', 'ايضاً', 'ايضا', 'كذلك', 'المزيد', 'ايضًا', 'أيضًا'],
};

/** Verbs of a "read more" label, followed by one of READ_OBJECTS as a separate word. */
export const READ_VERBS: Lexicon = { en: ['read', 'see', 'watch', 'listen'] };

/** What a READ_VERBS verb asks to read: "Read more", "See also", "Watch next". */
export const READ_OBJECTS: Lexicon = { en: ['more', 'also', 'next'] };

/** Labels of a related-articles box, each a whole phrase at the start of the block. */
export const RELATED_LABELS: Lexicon = {
  en: [
    'related',
    'more on this',
    'more from',
    'also read',
    'recommended',
    'you may also like',
    'further reading',
    'next article',
    'next post',
    'next story',
    'previous article',
    'previous post',
    'previous story',
  ],
  de: [
    'lesen sie auch',
    'mehr zum thema',
    'mehr themen',
    'auch interessant',
    'zum weiterlesen',
    'schon gelesen',
    'weitere artikel',
    'weitere beiträge',
    'vorschau auf den nächsten artikel',
    'nächster artikel',
    'vorheriger artikel',
    'verwandte themen',
    'verwandte themenbereiche',
    'verwandte artikel',
    'verwandte beiträge',
    'empfehlungen aus',
    'mehr kolumnen',
    'ähnliche artikel',
    'ähnliche beiträge',
  ],
  fr: [
    "plus d'articles",
    'à lire aussi',
    'lire aussi',
    'à lire également',
    'sur le même sujet',
    'pour aller plus loin',
    'voir aussi',
  ],
  es: [
    'lee también',
    'te puede interesar',
    'le puede interesar',
    'te podría interesar',
    'le podría interesar',
    'puedes ver',
    'también te puede interesar',
  ],
  pt: ['veja também', 'leia também', 'leia mais'],
  it: ['leggi anche'],
  pl: [
    'czytaj też',
    'czytaj także',
    'czytaj również',
    'przeczytaj też',
    'przeczytaj także',
    'przeczytaj również',
    'zobacz też',
    'zobacz także',
    'zobacz również',
  ],
  ar: ['أخبار ذات صلة', 'مواضيع ذات صلة', 'قد يهمك'],
};

/** Labels of a related-articles box that need a pattern (a wildcard, many combinations). */
export const RELATED_LABEL_PATTERNS: Lexicon = {
  de: ['weitere \\S*tipps', 'das könnte (sie|dich|euch) (auch )?interessieren'],
};

/**
 * Titles of a box of other stories or picks set as a heading inside the article, besides RELATED_LABELS: the box
 * title and the links or short lines under it are no section of the story (structure/meta-lines.ts,
 * dropBoxTitles). "Editor's Choice" over a box of picks on the broad corpora's dev pages of three sites (Reuters,
 * The Bolton News, Harrow Times; l3s-gn1 35ab6379, 3ae52969, c4957377, 310a3b31).
 */
export const BOX_TITLES: Lexicon = {
  en: ["editor's choice", 'editors choice', "editors' choice"],
};
