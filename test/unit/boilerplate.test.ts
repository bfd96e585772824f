/**
 * Boilerplate inside the article container: prompts and notices that sit between or after the paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';

const PARAGRAPHS = [
  'The regional court dismissed the copyright claim brought by the publisher against the city library on Monday.',
  'Judges said the library had lent the e-books under a licence that the publisher itself had signed in 2019, and that the contract covered every copy in dispute.',
  'The publisher said it would study the ruling before deciding whether to appeal, while the library association welcomed the decision as a relief for its members.',
  'Libraries across the region had paused their e-book lending while the case was pending, and several said they would resume it this week.',
];

function page(extra: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Court dismisses claim</title></head><body>
<article><h1>Court dismisses copyright claim against library</h1>
<p>${PARAGRAPHS[0]}</p>
<div class="actions"><a href="#print">Print this article</a></div>
<p>${PARAGRAPHS[1]}</p>
<figure><img src="court.jpg" alt=""><p class="credit-line">Photo: © Jane Doe / Agency</p></figure>
<p>${PARAGRAPHS[2]}</p>
<div class="bar">Kommentieren</div>
<p>${PARAGRAPHS[3]}</p>
${extra}
</article></body></html>`;
}

describe('boilerplate inside the article', () => {
  const brief = briefFromHtml(
    page('<div class="notice">© 2025 The Daily Example. All rights reserved. Written permission must be obtained before reprint.</div>'),
  );

  it('keeps every paragraph, including the one that is about copyright', () => {
    for (const p of PARAGRAPHS) expect(brief.text).toContain(p);
  });

  it('drops print and comment prompts in any language', () => {
    expect(brief.text).not.toContain('Print this article');
    expect(brief.text).not.toContain('Kommentieren');
  });

  it('drops copyright, reprint and photo-credit notices', () => {
    expect(brief.text).not.toContain('All rights reserved');
    expect(brief.text).not.toContain('Jane Doe');
  });
});
