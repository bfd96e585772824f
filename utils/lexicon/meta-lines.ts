/**
 * A post's own meta lines set as paragraphs of the post, per language: "This entry was posted in …", "Eingestellt
 * von …", "Last modified:", "Category: …", a likes line, an embed's placeholder
 * (POST_META). Plain phrases, and pattern sources for the entries that need alternatives, a number or
 * a colon after optional space. A trailing space in an entry is part of it.
 */
import type { Lexicon } from './compile';

/** A meta line, matched at the start of the block. */
export const POST_META_LINES: Lexicon = {
  en: [
    'this entry was posted',
    'this post was posted',
    'filed under',
    'external content',
    'show sources',
    'hide sources',
  ],
  de: ['eingestellt von', 'externer inhalt', 'quellen ausblenden', 'quellen einblenden'],
};

/** Meta lines that need a pattern. */
export const POST_META_PATTERNS: Lexicon = {
  en: [
    'posted (in|by|on) ',
    'last (modified|updated)\\s*:',
    'release date\\s*:',
    '(category|categories)\\s*:',
    '\\d+ bloggers? like this',
  ],
  de: ['(der|dieser) (beitrag|artikel|text) wurde ', 'kategorien?\\s*:', '\\d+ bloggern? gefällt das'],
  fr: ['catégories?\\s*:'],
  es: ['categorías?\\s*:'],
};
