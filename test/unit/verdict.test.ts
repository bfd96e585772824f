import { describe, expect, it } from 'vitest';
import type { Detection } from '../../utils/extract/detect';
import { type ContentFacts, isArticlePage } from '../../utils/extract/verdict';

const unsure: Detection = {
  likely: false,
  score: 0,
  signals: [],
  listing: false,
  teaserText: 0,
  teasers: [],
  search: false,
  profile: false,
  manyArticles: false,
  declared: false,
  address: false,
};
const facts = (text: number, paragraphs: number, paragraphText: number, linkDensity: number): ContentFacts => ({
  text,
  paragraphs,
  paragraphText,
  linkDensity,
  keptLinkDensity: linkDensity,
  teasersInStory: 0,
});
const prose = facts(600, 3, 550, 0.05);

describe('the article verdict', () => {
  it('takes a short news item of plain prose that detection is unsure of', () => {
    expect(isArticlePage(unsure, prose)).toBe(true);
    expect(isArticlePage({ ...unsure, score: -1 }, facts(300, 2, 300, 0))).toBe(true);
  });

  it('takes one paragraph that is most of the text, and lines of prose without paragraphs', () => {
    expect(isArticlePage(unsure, facts(400, 1, 370, 0.02))).toBe(true);
    expect(isArticlePage(unsure, facts(1400, 0, 0, 0.08))).toBe(true);
  });

  it('refuses a page without text, a standfirst over a list of stories, or a list of links', () => {
    expect(isArticlePage({ ...unsure, likely: true }, facts(40, 1, 40, 0))).toBe(false);
    expect(isArticlePage(unsure, facts(1200, 1, 220, 0.14))).toBe(false);
    expect(isArticlePage(unsure, facts(1400, 0, 0, 0.3))).toBe(false);
    expect(isArticlePage(unsure, facts(900, 6, 800, 0.6))).toBe(false);
  });

  it('refuses search results and listings whose teasers are the text', () => {
    expect(isArticlePage({ ...unsure, search: true }, prose)).toBe(false);
    const listing = { ...unsure, listing: true, teaserText: 500 };
    expect(isArticlePage(listing, { ...facts(600, 8, 500, 0.1), teasersInStory: 8 })).toBe(false);
    expect(isArticlePage({ ...listing, teaserText: 1300 }, { ...facts(1400, 8, 1300, 0.1), teasersInStory: 8 })).toBe(
      false,
    );
  });

  it('takes a story that holds none of the teasers beside it and runs longer than an excerpt', () => {
    const listing = { ...unsure, listing: true, teaserText: 2000 };
    expect(isArticlePage(listing, facts(1500, 5, 1400, 0.02))).toBe(true);
    // A front's lead block outside its grid of teasers is a standfirst of an excerpt's length, or one paragraph.
    expect(isArticlePage(listing, facts(550, 2, 500, 0.02))).toBe(false);
    expect(isArticlePage(listing, facts(900, 1, 850, 0.02))).toBe(false);
    // …and a story full of links is none.
    expect(isArticlePage(listing, facts(1500, 5, 1400, 0.3))).toBe(false);
  });

  it('takes a story that outweighs the teasers beside it', () => {
    const listing = { ...unsure, listing: true, teaserText: 500 };
    expect(isArticlePage(listing, facts(4000, 20, 3800, 0.08))).toBe(true);
    // …unless the story's text is itself full of links.
    expect(isArticlePage(listing, facts(4000, 20, 3800, 0.3))).toBe(false);
  });

  it('takes a short item of a line or two when the page declares itself one story, and no listing', () => {
    const declared = { ...unsure, declared: true };
    expect(isArticlePage(declared, facts(80, 2, 80, 0.1))).toBe(true);
    expect(isArticlePage(unsure, facts(80, 2, 80, 0.1))).toBe(false);
    // Too short to be a story, a list of links, a listing or search results: refused all the same.
    expect(isArticlePage(declared, facts(30, 1, 30, 0))).toBe(false);
    expect(isArticlePage(declared, facts(80, 1, 80, 0.7))).toBe(false);
    expect(isArticlePage({ ...declared, listing: true }, facts(80, 2, 80, 0.1))).toBe(false);
    expect(isArticlePage({ ...declared, search: true }, facts(80, 2, 80, 0.1))).toBe(false);
  });

  it('takes a photo, video or link post whose own address names one story, unless it shows a listing', () => {
    const post = { ...unsure, address: true };
    expect(isArticlePage(post, facts(0, 0, 0, 0.7))).toBe(true);
    expect(isArticlePage(post, facts(40, 0, 0, 0.3))).toBe(true);
    expect(isArticlePage(unsure, facts(40, 0, 0, 0.3))).toBe(false);
    expect(isArticlePage({ ...post, listing: true }, facts(40, 0, 0, 0.3))).toBe(false);
    expect(isArticlePage({ ...post, search: true }, facts(40, 0, 0, 0.3))).toBe(false);
    // A line of links at such an address (a topic hub) is none, unless detection is sure of the page.
    expect(isArticlePage(post, facts(62, 1, 62, 0.77))).toBe(false);
    expect(isArticlePage({ ...post, likely: true }, facts(58, 1, 58, 0.72))).toBe(true);
    // With text to judge, the text decides as before: the address alone takes no list of links.
    expect(isArticlePage(post, facts(900, 6, 800, 0.6))).toBe(false);
  });

  it('reads lines under one short paragraph as prose when they hold few links, a standfirst over links when not', () => {
    // A headline line over a story set as rows of a layout table; a standfirst over a list of stories.
    expect(isArticlePage(unsure, facts(411, 1, 45, 0))).toBe(true);
    expect(isArticlePage(unsure, facts(1000, 1, 150, 0.09))).toBe(true);
    expect(isArticlePage(unsure, facts(3200, 1, 540, 0.14))).toBe(false);
    expect(isArticlePage(unsure, facts(1068, 1, 191, 0.32))).toBe(false);
    // Lines without a paragraph are judged alike.
    expect(isArticlePage(unsure, facts(1400, 0, 0, 0.12))).toBe(false);
  });

  it('judges a page whose address names one story on the links of the text it keeps', () => {
    const post = { ...unsure, address: true };
    // A photo post of one sentence, its container full of related-post links the brief leaves out.
    const photoPost = { ...facts(148, 1, 148, 0.55), keptLinkDensity: 0.18 };
    expect(isArticlePage(post, photoPost)).toBe(true);
    expect(isArticlePage(unsure, photoPost)).toBe(false);
    // A blog post of lists whose sidebar links sit in its container.
    const lists = { ...facts(6700, 0, 0, 0.2), keptLinkDensity: 0.09 };
    expect(isArticlePage(post, lists)).toBe(true);
    expect(isArticlePage(unsure, lists)).toBe(false);
    // …never on a page that shows a listing, search results or a front's many <article> cards.
    expect(isArticlePage({ ...post, listing: true, teaserText: 900 }, lists)).toBe(false);
    expect(isArticlePage({ ...post, search: true }, lists)).toBe(false);
    expect(isArticlePage({ ...post, manyArticles: true }, lists)).toBe(false);
    // The text kept still decides: links kept are links.
    expect(isArticlePage(post, { ...facts(900, 6, 800, 0.6), keptLinkDensity: 0.6 })).toBe(false);
  });

  it("refuses a person's profile page unless detection is sure of a story", () => {
    const profile = { ...unsure, profile: true };
    expect(isArticlePage(profile, prose)).toBe(false);
    expect(isArticlePage({ ...profile, likely: true }, prose)).toBe(true);
  });

  it('trusts detection when it is sure', () => {
    expect(isArticlePage({ ...unsure, likely: true, listing: true, teaserText: 900 }, prose)).toBe(true);
  });
});
