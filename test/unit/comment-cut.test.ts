import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';

const story = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>The council met on Tuesday evening to weigh the plan for the river bank, part ${i}, and heard from ` +
      `residents, engineers and the mayor's office before it voted to go ahead.</p>`,
  ).join('');
const comments =
  '<p>Great post, thanks for sharing this with all of us, I had no idea the river plan was back.</p>' +
  '<p class="posted">Posted by: Ellen at September 10, 2012 11:40 AM</p>' +
  '<p>I disagree with most of it, but it was an interesting read all the same, and well argued.</p>' +
  '<p class="posted">Posted by: Toni at September 10, 2012 12:11 PM</p>';
const page = (body: string): string =>
  `<html><head><title>Council votes</title></head><body><div class="content"><h1>Council votes</h1>${body}` +
  `</div></body></html>`;

describe('the comment section of an old blog template', () => {
  for (const heading of ['Comments', '7 Comments', '13 comments:', 'Post a comment', 'Leave a Reply']) {
    it(`ends the story at "${heading}"`, () => {
      const text = briefFromHtml(page(`${story(4)}<h2>${heading}</h2>${comments}`)).text;
      expect(text).toContain('part 3');
      expect(text).not.toContain('Great post');
      expect(text).not.toContain('I disagree');
    });
  }

  it('keeps a heading that only opens with the word, and the story under it', () => {
    const text = briefFromHtml(page(`${story(3)}<h2>Comments from the minister</h2>${story(2)}`)).text;
    expect(text).toContain('Comments from the minister');
  });

  it('cuts nothing when the heading stands above the story (a comment count under the headline)', () => {
    const text = briefFromHtml(page(`<h3>7 Comments</h3>${story(4)}`)).text;
    expect(text).toContain('part 3');
  });
});
