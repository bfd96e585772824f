/**
 * Words that open an English sentence: after a dotted acronym ("in the U.S. The next day"), the sentence splitter
 * (analysis/sentences.ts) ends the sentence only when one of these follows (lower case).
 */
import type { Lexicon } from './compile';

/** Words that start a new sentence after a dotted acronym (U.S., U.K.), where a name would continue it. */
export const SENTENCE_STARTERS: Lexicon = {
  en: [
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
  ],
};
