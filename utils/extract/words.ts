/**
 * The extract stage's lexicon roles as regex sources, built with the helpers of lexicon/compile.ts so that they
 * match exactly as the stage's regexes always have: plain entries are literals in their written order (a space
 * matches one space; the texts tested have their white space collapsed already), pattern entries are taken as
 * written, class lists keep their pattern sources.
 */
import { entriesOf, escapeRegex, patternsPattern, WORD_END, type Lexicon } from '../lexicon/compile';

/** A role's plain phrases, as literals, and its pattern entries, if any, as one alternation. */
export function rolePattern(phrases: Lexicon, patterns?: Lexicon): string {
  const sources = entriesOf(phrases).map(escapeRegex);
  if (patterns) sources.push(...entriesOf(patterns));
  return patternsPattern(sources);
}

/** Class or id tokens from pattern sources, each set off by start, end, white space, `_` or `-`. */
export function classTokensRegex(patterns: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`(?:^|[\\s_-])${patternsPattern(patterns)}(?:$|[\\s_-])`, flags);
}

/** Class or id words from pattern sources, matched anywhere (no boundary: "sidebar" in "mysidebar-wrap"). */
export function classWordsAnywhere(patterns: readonly string[], flags = 'i'): RegExp {
  return new RegExp(patternsPattern(patterns), flags);
}

/** A letter, combining mark or digit of any script just after: the entry ended inside a word. */
const NOT_WORD_END = /[\p{L}\p{M}\p{N}]$/u;

/**
 * A role's entries as one alternation, each ending on a word boundary that holds for Arabic letters ("teilen" does
 * not match "Teilenetz", "شارك" not "شاركت", "imprimer" not "Imprimeries"). An entry that ends on a space, a colon
 * or an anchor is taken as written. Use with the `u` flag.
 */
export function labelPattern(phrases: Lexicon, patterns?: Lexicon): string {
  // Longest first: "share this article" is the whole label, not "share this" and a word after it.
  const literals = entriesOf(phrases)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex);
  // Consecutive literals that end inside a word share one word-end check: `(?:a|b)(?!…)` tries the same entries
  // in the same order as `(?:a(?!…)|b(?!…))`, each followed by the same check, so it matches exactly the same;
  // but with the `iu` flags every copy of the check is a large character class, and a role of a few hundred
  // entries, a copy each, compiled to about 30 times the code and took about 30 times as long to run (the extract
  // stage's largest cost on the bench pages). Pattern entries are taken as written, each with its own check: a
  // pattern may hold an alternation of its own.
  const parts: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 0) parts.push(`(?:${run.join('|')})${WORD_END}`);
    run = [];
  };
  for (const literal of literals) {
    if (NOT_WORD_END.test(literal)) run.push(literal);
    else {
      endRun();
      parts.push(literal);
    }
  }
  endRun();
  for (const pattern of patterns ? entriesOf(patterns) : []) {
    parts.push(NOT_WORD_END.test(pattern) ? `${pattern}${WORD_END}` : pattern);
  }
  return patternsPattern(parts);
}
