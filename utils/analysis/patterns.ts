/**
 * Lexicon entries as regex sources, read exactly as the analysis stage's patterns have always read them: an
 * alternation of the entries in the order written, each entry literal, a space matching one space.
 *
 * (The lexicon's `phrasesPattern` sorts entries longest first and lets a space match any run of white space;
 * moving these patterns onto it would change what they match, which is a measured change for another day.)
 */
import { entriesOf, escapeRegex, patternsPattern, type Lexicon } from '../lexicon/compile';

/** `(?:a|b c)`: the entries of a lexicon (the given languages, or all in the order written), each literal. */
export function alternation(lexicon: Lexicon, langs?: readonly string[]): string {
  return patternsPattern(entriesOf(lexicon, langs).map(escapeRegex));
}
