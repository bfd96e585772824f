/** The notes that close a story without being it: labelled notes (structure/author-notes.ts). */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../utils/types';
import { dropAuthorNotes, isLabelledNote } from '../../utils/structure/author-notes';
import { buildSections } from '../../utils/structure/sections';

const p = (text: string): Block => ({ type: 'paragraph', text });
const LEDE = 'The city council approved a plan on Monday to replace the old water pipes in the capital’s centre.';
const BODY = 'Work will start in the spring and last three years, the mayor said, at a cost of 40 million euros.';
const END = 'Residents will be told a month ahead when the works reach their street, the water company said.';

describe('isLabelledNote', () => {
  it('reads a short paragraph opening with a note’s label and its colon as a note', () => {
    for (const line of [
      'Disclosure: I have worked with both of them on many projects and I pay them when they help me.',
      'Disclosures: We serve together on the board of advisors, which is where we met.',
      '*Disclosure: Some of the links above are affiliate links.',
      "Editor's Note: On Tuesday night, a local station reported that sources denied the claim.",
      'EDITOR’S NOTE: This story has been updated with the mayor’s comments.',
      'Note: This is a marketing blog, not a political blog.',
      '[Note: in the test above, the woman’s eyes corresponded to “desire”.]',
      'Disclaimer: This news article is copyrighted by the agency that wrote it.',
    ])
      expect(isLabelledNote(line), line).toBe(true);
  });
  it('leaves sentences that open with the same words, and long paragraphs, alone', () => {
    for (const line of [
      'Note the date: the council votes on Friday, not Monday.',
      'Notes from the meeting were published on Tuesday.',
      'Updated figures show the leak rate fell by a third.',
      // An update carries news as often as not ("Update 9/24/2012: … will begin rolling out to all editions."): the
      // story keeps it, as its closing where it comes last.
      'Update 9/24/2012: Larger maps will begin rolling out to all editions next week.',
      'UPDATE: The mayor resigned on Tuesday evening.',
      'Disclosure of the figures was ordered by the court: the company must publish them by May.',
      `Note: ${'The council said the plan would be reviewed each year by an independent panel of engineers. '.repeat(4)}`,
    ])
      expect(isLabelledNote(line), line).toBe(false);
  });
  it('drops a labelled note only where it closes the story, so that the closing is the story’s', () => {
    const note = 'Disclosure: I serve on the water company’s advisory board.';
    const blocks = [p(LEDE), p(`Note: ${BODY}`), p(END), p(note)];
    const story = dropAuthorNotes(blocks, null);
    expect(story.map((b) => (b as { text: string }).text)).toEqual([LEDE, `Note: ${BODY}`, END]);
    expect(buildSections(story, new Set()).closing).toBe(END);
  });
});
