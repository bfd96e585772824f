/**
 * The one compiler from word lists to regular expressions. The lexicon (this folder) keeps the core's word
 * knowledge as data: one module per role, each a list of plain strings per language, with a comment naming where
 * each entry was seen. Code never writes those words as regex literals; it compiles a list here.
 *
 * Boundaries: JavaScript's `\b` treats Arabic letters as non-word characters, so a word boundary here is a
 * lookaround on letters, marks and digits of any script (`u` flag).
 */

/** One role's entries per language tag ("ar", "en", "de", …). */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

/** A letter, combining mark or digit of any script. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** Start of a word: no letter, mark or digit just before. */
export const WORD_START = `(?<!${WORD_CHAR})`;
/** End of a word: no letter, mark or digit just after. */
export const WORD_END = `(?!${WORD_CHAR})`;

/** A string as a literal pattern. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The entries of a lexicon, for the given languages or all of them, without repeats. */
export function entriesOf(lexicon: Lexicon, langs?: readonly string[]): string[] {
  const out = new Set<string>();
  for (const [lang, list] of Object.entries(lexicon)) {
    if (!langs || langs.includes(lang)) for (const e of list) out.add(e);
  }
  return [...out];
}

/**
 * An alternation of phrases, longest first so that a phrase wins over its own prefix; a space in a phrase matches
 * any run of white space. Refuses an empty list: a role with no words would silently match nothing.
 */
export function phrasesPattern(phrases: readonly string[]): string {
  if (phrases.length === 0) throw new Error('lexicon: an empty word list cannot be compiled');
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => escapeRegex(p.trim()).replace(/\s+/g, '\\s+')).join('|')})`;
}

/**
 * An alternation of pattern sources taken as written (for entries that need a pattern: an optional letter, a run
 * of digits). Refuses an empty list.
 */
export function patternsPattern(patterns: readonly string[]): string {
  if (patterns.length === 0) throw new Error('lexicon: an empty pattern list cannot be compiled');
  return `(?:${patterns.join('|')})`;
}

/** Whole words or phrases anywhere in a text: `(?<!\p{L})(?:a|b c)(?!\p{L})`. */
export function wordsRegex(phrases: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`${WORD_START}${phrasesPattern(phrases)}${WORD_END}`, withUnicode(flags));
}

/** Class or id tokens: a word set off by start, end, white space, `_` or `-` ("related", "post-related-box"). */
export function classWordsRegex(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`(?:^|[\\s_-])${phrasesPattern(words)}(?:$|[\\s_-])`, flags);
}

function withUnicode(flags: string): string {
  return flags.includes('u') || flags.includes('v') ? flags : `${flags}u`;
}
