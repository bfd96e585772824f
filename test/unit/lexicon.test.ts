/**
 * The lexicon compiler (utils/lexicon/compile.ts): word boundaries that hold in Arabic as in Latin script, phrases
 * that span any white space, class tokens, and refusal of an empty list.
 */
import { describe, expect, it } from 'vitest';
import { classWordsRegex, entriesOf, phrasesPattern, wordsRegex } from '../../utils/lexicon/compile';

describe('lexicon compiler', () => {
  it('matches whole Arabic words only', () => {
    const re = wordsRegex(['شارك']);
    expect(re.test('شارك الآن')).toBe(true);
    expect(re.test('«شارك»')).toBe(true);
    expect(re.test('المشاركة في الحوار')).toBe(false);
    expect(re.test('شاركت الوزارة')).toBe(false);
  });

  it('matches whole Latin words only, any case', () => {
    const re = wordsRegex(['share', 'read more']);
    expect(re.test('Share this')).toBe(true);
    expect(re.test('Read\n  more')).toBe(true);
    expect(re.test('Shareholders voted')).toBe(false);
    expect(re.test('already more')).toBe(false);
  });

  it('escapes entries and prefers the longest phrase', () => {
    expect(wordsRegex(['a.b']).test('axb')).toBe(false);
    expect(new RegExp(phrasesPattern(['read', 'read more'])).exec('read more')?.[0]).toBe('read more');
  });

  it('reads class tokens set off by -, _ or spaces', () => {
    const re = classWordsRegex(['related']);
    expect(re.test('post-related-box')).toBe(true);
    expect(re.test('main related')).toBe(true);
    expect(re.test('unrelated')).toBe(false);
  });

  it('refuses an empty list', () => {
    expect(() => wordsRegex([])).toThrow(/empty/);
  });

  it('gathers entries per language without repeats', () => {
    const lex = { en: ['share', 'print'], de: ['teilen', 'print'] };
    expect(entriesOf(lex).sort()).toEqual(['print', 'share', 'teilen']);
    expect(entriesOf(lex, ['de'])).toEqual(['teilen', 'print']);
  });
});
