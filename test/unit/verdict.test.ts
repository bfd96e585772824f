import { describe, expect, it } from 'vitest';
import type { Detection } from '../../utils/extract/detect';
import { isArticlePage } from '../../utils/extract/verdict';

const unsure: Detection = { likely: false, score: 0, signals: [], listing: false, teaserText: 0, search: false };
const prose = { text: 600, paragraphs: 3, linkDensity: 0.05 };

describe('the article verdict', () => {
  it('takes a short news item of plain prose that detection is unsure of', () => {
    expect(isArticlePage(unsure, prose)).toBe(true);
    expect(isArticlePage({ ...unsure, score: -1 }, { text: 300, paragraphs: 2, linkDensity: 0 })).toBe(true);
  });

  it('refuses a page without text, one line under a headline, or a list of links', () => {
    expect(isArticlePage({ ...unsure, likely: true }, { text: 40, paragraphs: 1, linkDensity: 0 })).toBe(false);
    expect(isArticlePage(unsure, { text: 900, paragraphs: 1, linkDensity: 0.1 })).toBe(false);
    expect(isArticlePage(unsure, { text: 900, paragraphs: 6, linkDensity: 0.6 })).toBe(false);
  });

  it('refuses search results and listings whose teasers are the text', () => {
    expect(isArticlePage({ ...unsure, search: true }, prose)).toBe(false);
    const listing = { ...unsure, listing: true, teaserText: 500 };
    expect(isArticlePage(listing, { text: 600, paragraphs: 8, linkDensity: 0.1 })).toBe(false);
  });

  it('takes a story that outweighs the teasers beside it', () => {
    const listing = { ...unsure, listing: true, teaserText: 500 };
    expect(isArticlePage(listing, { text: 4000, paragraphs: 20, linkDensity: 0.08 })).toBe(true);
    // …unless the story's text is itself full of links.
    expect(isArticlePage(listing, { text: 4000, paragraphs: 20, linkDensity: 0.3 })).toBe(false);
  });

  it('trusts detection when it is sure', () => {
    expect(isArticlePage({ ...unsure, likely: true, listing: true, teaserText: 900 }, prose)).toBe(true);
  });
});
