/** A blog post's footer credit: "Posted by <a rel="author">…</a> on …" (metadata/byline.ts). */
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';

const STORY = [
  'The application deadline for the free summer seminar is Friday morning, and there are still a few places left.',
  'The project launched last month is almost over, and the oversized book is the one thing not yet sold out.',
  'A new book by a favourite writer came out this week, and it is always a treat when he publishes something.',
];

function post(footer: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Two deadlines | A blog</title></head><body>
<div id="container"><div class="entry"><h3 class="entry-header">Two deadlines</h3>
<div class="entry-content">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="entry-footer"><span class="post-footers">${footer}</span> <span class="separator">|</span>
<a class="permalink" href="/2012/07/two-deadlines.html">Permalink</a></div></div>
<div class="footer"><a rel="author" href="/about">About the author</a></div></div></body></html>`;
}

describe('an author link in a post footer', () => {
  it('credits the author when a credit line opens on it', () => {
    const b = briefFromHtml(post('Posted by <a rel="author" href="/profile/jroe">Jane Roe</a> on July 12, 2012'));
    expect(b.byline).toBe('Jane Roe');
  });
  it('credits nobody from an author link in the footer that no credit line opens on', () => {
    const b = briefFromHtml(post('<a rel="author" href="/profile/jroe">Jane Roe</a> wrote this on July 12, 2012'));
    expect(b.byline).toBeNull();
  });
});
