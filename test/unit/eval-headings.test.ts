/** The rules of `npm run eval:headings` (scripts/eval/heading-score.ts). */
import { describe, expect, it } from 'vitest';
import { goldHeadings, prf, scoreAgainstGoldText } from '../../scripts/eval/heading-score';

const GOLD = [
  'Council approves the flood barrier',
  'The council voted on Tuesday to build the barrier.',
  'What it costs',
  'The plan costs 40 million over ten years.',
].join('\n');

describe('goldHeadings', () => {
  it('takes page headings that are a gold line, and marks those absent from the gold', () => {
    const gh = goldHeadings(['What it costs', 'Most read', 'what it costs', 'voted on Tuesday'], GOLD);
    expect(gh.headings).toEqual(['What it costs']);
    // In the gold but not a line of its own: neither side.
    expect(gh.notHeadings).toEqual(['Most read']);
  });

  it('leaves out the title and byline shown elsewhere in the brief, and who-and-when lines', () => {
    const gold = `${GOLD}\nBy JANE ROE\nPublished: July 24, 2012`;
    const gh = goldHeadings(
      ['Council approves the flood barrier', 'By JANE ROE', 'Published: July 24, 2012', 'What it costs'],
      gold,
      ['Council approves the flood barrier'],
    );
    expect(gh.headings).toEqual(['What it costs']);
  });
});

describe('scoreAgainstGoldText', () => {
  it('counts brief headings in the gold as right, and gold headings shown, kept as text or lost', () => {
    const gh = { headings: ['What it costs', 'Who voted'], notHeadings: ['Most read'] };
    const s = scoreAgainstGoldText(gh, `${GOLD}\nWho voted`, ['What it costs', 'Most read'], 'Who voted\n\nBody.');
    expect(s.right).toBe(1);
    expect(s.wrong).toEqual(['Most read']);
    expect(s.knownWrong).toEqual(['Most read']);
    expect(s.shown).toBe(1);
    expect(s.inText).toEqual(['Who voted']);
    expect(s.lost).toEqual([]);
  });
});

describe('prf', () => {
  it('gives precision and recall from their own counts, and 0 when one side is empty', () => {
    expect(prf({ tp: 3, fp: 1, rtp: 2, fn: 2 })).toEqual({ p: 0.75, r: 0.5, f1: 0.6 });
    expect(prf({ tp: 0, fp: 0, rtp: 0, fn: 2 }).f1).toBe(0);
    expect(prf({ tp: 0, fp: 0, rtp: 0, fn: 0 }).f1).toBeNull();
  });
});
