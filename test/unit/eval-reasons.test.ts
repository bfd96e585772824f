import { describe, expect, it } from 'vitest';
import { failReason, groupReasons } from '../../scripts/eval/reasons';

const out = (precision: number, recall: number, words: number, error: string | null = null) => ({
  token: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
  words,
  error,
});

describe('the reason of a page below 0.5 F1', () => {
  it('threw, or nothing extracted', () => {
    expect(failReason(out(0, 0, 0, 'boom'), 300)).toBe('threw');
    expect(failReason(out(0, 0, 0), 300)).toBe('nothing');
  });

  it('too little: what was kept is story, most of the story is missing', () => {
    expect(failReason(out(1, 0.05, 15), 300)).toBe('too-little');
  });

  it('too much: the story is there, drowned in chrome', () => {
    expect(failReason(out(0.1, 1, 3000), 300)).toBe('too-much');
  });

  it('wrong text: a long output that is neither', () => {
    expect(failReason(out(0.1, 0.05, 400), 300)).toBe('wrong-text');
    expect(failReason(out(0.3, 0.2, 50), 300)).toBe('too-little');
  });

  it('groups pages by reason, the most frequent first', () => {
    const groups = groupReasons(['a', 'b', 'c'], (s) => (s === 'a' ? 'threw' : 'nothing'));
    expect(groups.map(([r, xs]) => [r, xs.length])).toEqual([
      ['nothing', 2],
      ['threw', 1],
    ]);
  });
});
