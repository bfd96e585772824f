/**
 * A heading whose links all point into the page (its own permalink "¶", a contents anchor on the heading, a
 * back-reference to the contents) heads a section of the story; a heading that links to another page is a teaser's.
 */
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';

const para = (n: number) =>
  `<p>Paragraph ${n} tells the reader what happened on the night of the vote, and who said what about it in the chamber afterwards.</p>`;
const page = (body: string) =>
  `<html lang="en"><head><title>Alerts that find bugs</title></head><body><article><h1>Alerts that find bugs</h1>${body}</article>` +
  '<aside><h3>Elsewhere</h3><ul><li><a href="https://other.example/a">Another story</a></li></ul></aside></body></html>';
const headings = (html: string) =>
  briefFromHtml(html, { url: 'https://blog.example/post' }).sections.flatMap((s) => (s.heading ? [s.heading] : []));

describe('headings anchored in the page', () => {
  it('keeps a heading that links to its own anchor', () => {
    const html = page(
      `${para(1)}<h2 id="z-score"><a class="toclink" href="#z-score">Understanding the score</a></h2>${para(2)}` +
        `<h2 id="median"><a class="toclink" href="#median">Using the median</a></h2>${para(3)}${para(4)}`,
    );
    expect(headings(html)).toEqual(['Understanding the score', 'Using the median']);
  });

  it('keeps a heading with a back-reference to the contents and a permalink', () => {
    const html = page(
      `<ul id="toc"><li><a id="r1" href="#setting-up">Setting up</a></li></ul>${para(1)}` +
        `<div id="setting-up"><h2><a class="toc-backref" href="#r1">Setting up</a><a class="headerlink" href="#setting-up">¶</a></h2>${para(2)}${para(3)}</div>${para(4)}`,
    );
    expect(headings(html)).toContain('Setting up¶');
  });

  it('still drops a heading that only links to another page, and one whose anchor the page lacks', () => {
    const html = page(
      `${para(1)}<h2 id="vote">The vote</h2>${para(2)}` +
        `<h3><a href="https://other.example/story">Read our other story about the vote</a></h3>` +
        `<h3><a href="#nowhere">Jump somewhere</a></h3>${para(3)}${para(4)}`,
    );
    const hs = headings(html);
    expect(hs).toContain('The vote');
    expect(hs).not.toContain('Read our other story about the vote');
    expect(hs).not.toContain('Jump somewhere');
  });
});
