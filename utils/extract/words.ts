/**
 * The extract stage's lexicon roles as regex sources, built with the helpers of lexicon/compile.ts so that they
 * match exactly as the stage's regexes always have: plain entries are literals in their written order (a space
 * matches one space; the texts tested have their white space collapsed already), pattern entries are taken as
 * written, class lists keep their pattern sources.
 */
import { entriesOf, escapeRegex, patternsPattern, type Lexicon } from '../lexicon/compile';

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
