/**
 * labelPattern (utils/extract/words.ts): a role's entries as one alternation, each entry that ends inside a word
 * followed by a word end. Consecutive such entries share one check; the regex must match exactly what the same
 * alternation with one check per entry matches, on the roles the extract stage compiles, and be much smaller.
 */
import { describe, expect, it } from 'vitest';
import {
  AUTHOR_BOX_HEADINGS,
  CLOSING_CALL_PATTERNS,
  CLOSING_CALLS,
  PROMPTS,
} from '../../utils/lexicon/calls-to-action';
import { entriesOf, escapeRegex, patternsPattern, WORD_END, type Lexicon } from '../../utils/lexicon/compile';
import { POST_META_LINES, POST_META_PATTERNS } from '../../utils/lexicon/meta-lines';
import { labelPattern } from '../../utils/extract/words';

/** The same alternation with a word-end check after each entry that ends inside a word (the reference). */
function onePerEntry(phrases: Lexicon, patterns?: Lexicon): string {
  const sources = entriesOf(phrases)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex);
  if (patterns) sources.push(...entriesOf(patterns));
  return patternsPattern(sources.map((s) => (/[\p{L}\p{M}\p{N}]$/u.test(s) ? `${s}${WORD_END}` : s)));
}

/** Texts around each entry: alone, followed by a letter, a space and a word, a colon; upper-cased; cut short. */
function probes(phrases: Lexicon): string[] {
  const out: string[] = [];
  for (const e of entriesOf(phrases)) {
    for (const text of [e, e.toUpperCase(), e.slice(0, -1)]) {
      out.push(text, `${text}x`, `${text}ت`, `${text} and more`, `${text}: the rest`, ` «${text}» next`);
    }
  }
  return out;
}

const ROLES: [string, Lexicon, Lexicon | undefined][] = [
  ['prompts', PROMPTS, undefined],
  ['closing calls', CLOSING_CALLS, CLOSING_CALL_PATTERNS],
  ['post meta lines', POST_META_LINES, POST_META_PATTERNS],
  ['author box headings', AUTHOR_BOX_HEADINGS, undefined],
];

describe('labelPattern', () => {
  it.each(ROLES)('matches what one check per entry matches: %s', (_, phrases, patterns) => {
    const shared = new RegExp(`^\\s*[«"'([]?\\s*(${labelPattern(phrases, patterns)})`, 'iu');
    const reference = new RegExp(`^\\s*[«"'([]?\\s*(${onePerEntry(phrases, patterns)})`, 'iu');
    for (const text of probes(phrases)) {
      expect(shared.exec(text)?.slice(0), text).toEqual(reference.exec(text)?.slice(0));
    }
  });

  it('falls back to a shorter entry when the longer one ends inside a word', () => {
    const re = new RegExp(`^(${labelPattern({ en: ['read more', 'read'] })})`, 'iu');
    expect(re.exec('Read mores of it')?.[1]).toBe('Read');
    expect(re.exec('Read more of it')?.[1]).toBe('Read more');
    expect(re.exec('Reader')).toBeNull();
  });

  it('gives an entry that ends on a mark no word end, in its place among the others', () => {
    const re = new RegExp(`^(${labelPattern({ en: ['share this:', 'share', 'sharing'] })})`, 'iu');
    expect(re.exec('Share this: Facebook')?.[1]).toBe('Share this:');
    expect(re.exec('Shares rose')).toBeNull();
    expect(re.exec('Sharing is caring')?.[1]).toBe('Sharing');
  });

  it('writes the word-end check once per run of entries, not once per entry', () => {
    const phrases = { en: ['share', 'tweet', 'print', 'email', 'save'], ar: ['شارك', 'اطبع'] };
    const checks = (source: string) => source.split(WORD_END).length - 1;
    expect(checks(onePerEntry(phrases))).toBe(7);
    expect(checks(labelPattern(phrases))).toBe(1);
  });
});
