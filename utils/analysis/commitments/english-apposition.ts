/**
 * The subject of an English clause's opening words when an apposition stands between it and the verb: "Riley, the
 * NBA's third most successful coach, said", "Comcast Corp., the largest U.S. cable company, plans to", "The
 * chiropractor, Ethel C. Harvey, told". Read by english.ts before it takes the last words before a verb.
 */
import { normalizeSpace } from '../../common/text';
import { APPOSITION_OPENERS } from '../../lexicon/pledge-clauses';
import { alternation } from '../patterns';

/**
 * What opens an apposition: an article or a possessive (the lexicon's, a whole word), a possessive name, an age or a
 * number ("the largest U.S. cable company", "the NBA's", "26").
 */
const APPOSITION_OPENER = new RegExp(
  `^\\s*(?:${alternation(APPOSITION_OPENERS, ['en'])}(?![\\p{L}\\p{N}])|\\p{Lu}[\\p{L}.'’-]*['’]s|\\d)`,
  'iu',
);
/** The most appositions that may stand between a subject and its verb. */
const MAX_APPOSITIONS = 3;

/**
 * The subject of words that end with an apposition closed by a comma: "Comcast Corp., the largest U.S. cable
 * company," → "Comcast Corp."; "The chiropractor, Ethel C. Harvey," → "Ethel C. Harvey". The part left is a name: it
 * ends in a capitalised word. Null when the words do not end so.
 */
export function apposedName(text: string, actorBreak: RegExp): string | null {
  if (!/,\s*$/.test(text)) return null;
  const parts = text.split(/,(?!\d)/).slice(0, -1);
  for (let k = parts.length - 1, skipped = 0; k >= 0 && skipped <= MAX_APPOSITIONS; k--, skipped++) {
    if (APPOSITION_OPENER.test(parts[k]!) && k > 0) continue;
    const part = normalizeSpace(parts[k]!);
    // With no apposition skipped the part is itself one, a name after a short title that opens the sentence: "The
    // chiropractor, Ethel C. Harvey,"; not a place ("Weis Markets of Sunbury, Northumberland County,").
    const title = k === 1 ? normalizeSpace(parts[0]!) : '';
    if (skipped === 0 && !/^the\s+\p{Ll}+(?:\s+\p{Ll}+)?$/iu.test(title)) return null;
    return /\p{Lu}[\p{L}.'’-]*$/u.test(part) && !actorBreak.test(part) ? part : null;
  }
  return null;
}
