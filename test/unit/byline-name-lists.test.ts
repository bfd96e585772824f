/** A byline set as a line of its own over the story, listing several names (structure/meta-lines.ts). */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../utils/types';
import { bylineOfLine, dropMetaLines } from '../../utils/structure/meta-lines';
import { buildSections } from '../../utils/structure/sections';

const p = (text: string): Block => ({ type: 'paragraph', text });
const LEDE = 'The city council approved a plan on Monday to replace the old water pipes in the capital’s centre.';
const BODY = 'Work will start in the spring and last three years, the mayor said, at a cost of 40 million euros.';
const END = 'Residents will be told a month ahead when the works reach their street, the water company said.';

describe('a byline line that lists several names', () => {
  const line = 'Posted by Nathan Parker, Varun Khaneja, Eric Mill and Kiran C Nair - Chrome Safe Browsing team';
  it('reads the names of four people, more words than three with a desk', () => {
    expect(bylineOfLine(line)).toBe('Nathan Parker, Varun Khaneja, Eric Mill and Kiran C Nair');
    expect(bylineOfLine('By Anna Weber, Jan de Vries, Sara Lopez and Tom Ng')).toBe(
      'Anna Weber, Jan de Vries, Sara Lopez and Tom Ng',
    );
  });
  it('is no lede: the story opens with the paragraph after it', () => {
    const story = dropMetaLines([p(line), p(LEDE), p(BODY), p(END)]);
    expect(buildSections(story, new Set()).lede).toBe(LEDE);
  });
  it('leaves sentences, and a roll of more names than a credit holds, alone', () => {
    expect(bylineOfLine('By the end of today, Barack Obama and Hillary Clinton will know who won')).toBeNull();
    expect(bylineOfLine('By Monday, workers in Lyon and Paris were back at their desks')).toBeNull();
    const roll = 'By Ann Lee, Bo Kim, Cy Park, Di Chen, Ed Wu, Flo Ng and Gus Ho';
    expect(bylineOfLine(roll)).toBeNull();
  });
});
