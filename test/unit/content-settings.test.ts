import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { CONTENT, type ContentSettings } from '../../utils/settings/content';

const sentence = (i: number): string =>
  `The council met on Tuesday evening to weigh the plan for the river bank, item ${i}, and heard from residents, ` +
  `engineers and the mayor's office before it voted.`;

/** A story whose only container is named like chrome: the strict pass skips it, the lenient pass finds it. */
const chromeNamed = `<html><head><title>Council votes</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <div class="PageWideBannerPlaceHolder"><h1>Council votes</h1>
    ${[1, 2, 3, 4].map((i) => `<p>${sentence(i)}</p>`).join('\n')}
  </div>
  <footer><p>Contact us</p></footer></body></html>`;

/** A story in two sibling parts: the second joins the first as a sibling carrying article text. */
const twoParts = `<html><head><title>Council votes</title></head><body>
  <div class="story"><h1>Council votes</h1>${[1, 2, 3, 4, 5].map((i) => `<p>${sentence(i)}</p>`).join('')}</div>
  <div class="story">${[6, 7, 8].map((i) => `<p>${sentence(i)}</p>`).join('')}</div>
  </body></html>`;

const teaser = (i: number): string =>
  `<li><a href="/story-${i}">Other story ${i}</a> <p>Teaser ${i}: the county, the school board and the water ` +
  `authority met, argued, and agreed on a budget for the coming year, with cuts, delays and a new levy.</p></li>`;

/** A story beside two lists of other stories with their excerpts, all in one wrapper. */
const storyAndTeasers = `<html><head><title>Council votes</title></head><body><div id="wrap">
  <div class="post"><h1>Council votes</h1>${[1, 2, 3, 4].map((i) => `<p>${sentence(i)}</p>`).join('')}</div>
  <div class="more"><ul>${[1, 2, 3, 4, 5].map(teaser).join('')}</ul></div>
  <div class="latest"><ul>${[6, 7, 8, 9, 10].map(teaser).join('')}</ul></div>
  </div></body></html>`;

describe('content settings overrides', () => {
  it('does not take lists of teasers beside the story for parts of its body, nor merge them with it', () => {
    const text = briefFromHtml(storyAndTeasers).text;
    expect(text).toContain('item 4');
    expect(text).not.toContain('Teaser 2');
    expect(text).not.toContain('Teaser 7');
    // With lists counted as parts (a share never reached), the wrapper of story and lists is the body.
    const counted = { ...CONTENT, settle: { ...CONTENT.settle, partItemShare: 2 } } as unknown as ContentSettings;
    expect(briefFromHtml(storyAndTeasers, { settings: { content: counted } }).text).toContain('Teaser 7');
  });

  it('switches the lenient pass off for one call only, leaving the defaults as they are', () => {
    const off = { ...CONTENT, rules: { ...CONTENT.rules, lenientPolicy: false } };
    expect(briefFromHtml(chromeNamed).text).toContain('item 3');
    expect(briefFromHtml(chromeNamed, { settings: { content: off } }).text).not.toContain('item 3');
    expect(CONTENT.rules.lenientPolicy).toBe(true);
  });

  it('switches the sibling merge off: the pick stands alone', () => {
    const off = { ...CONTENT, rules: { ...CONTENT.rules, siblings: false } };
    expect(briefFromHtml(twoParts).text).toContain('item 7');
    const alone = briefFromHtml(twoParts, { settings: { content: off } }).text;
    expect(alone).toContain('item 2');
    expect(alone).not.toContain('item 7');
  });
});
