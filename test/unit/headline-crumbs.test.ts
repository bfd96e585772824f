/** The headline repeated under a breadcrumb over the story is no lede (structure/meta-lines.ts). */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../utils/types';
import { dropMetaLines, isHeadlineUnderCrumbs } from '../../utils/structure/meta-lines';
import { buildSections } from '../../utils/structure/sections';

const p = (text: string): Block => ({ type: 'paragraph', text });
const TITLE = 'Council approves plan to replace the old water pipes';
const LEDE = 'The city council approved a plan on Monday to replace the old water pipes in the capital’s centre.';
const BODY = 'Work will start in the spring and last three years, the mayor said, at a cost of 40 million euros.';
const END = 'Residents will be told a month ahead when the works reach their street, the water company said.';

describe('isHeadlineUnderCrumbs', () => {
  it('reads the headline after a few breadcrumb words as the headline repeated', () => {
    expect(isHeadlineUnderCrumbs(`Home News ${TITLE}`, TITLE)).toBe(true);
    expect(isHeadlineUnderCrumbs(`Home › City › Water › ${TITLE}`, TITLE)).toBe(true);
    expect(isHeadlineUnderCrumbs(TITLE, TITLE)).toBe(true);
  });
  it('leaves a sentence that ends with the headline’s words, another line and a short headline alone', () => {
    expect(isHeadlineUnderCrumbs(`On Monday the mayor told reporters that the ${TITLE}`, TITLE)).toBe(false);
    expect(isHeadlineUnderCrumbs('Home News Council delays its vote on the budget', TITLE)).toBe(false);
    expect(isHeadlineUnderCrumbs('Home News Water pipes', 'Water pipes')).toBe(false);
    expect(isHeadlineUnderCrumbs(`Home News ${TITLE}`, null)).toBe(false);
  });
  it('drops it over the story, so that the lede is the story’s first paragraph', () => {
    const long = `Home Architecture ${TITLE} [Before and After Photos of the Works]`;
    const title = `${TITLE} [Before and After Photos of the Works]`;
    expect(buildSections(dropMetaLines([p(long), p(LEDE), p(BODY), p(END)], title), new Set()).lede).toBe(LEDE);
    expect(buildSections(dropMetaLines([p(`Home News ${TITLE}`), p(LEDE), p(BODY)], TITLE), new Set()).lede).toBe(LEDE);
  });
  it('keeps it where no headline is given, and keeps it below the story’s first paragraph', () => {
    expect(dropMetaLines([p(`Home News ${TITLE}`), p(LEDE), p(BODY)]).length).toBe(3);
    expect(dropMetaLines([p(LEDE), p(`Home News ${TITLE}`), p(BODY)], TITLE).length).toBe(3);
  });
});
