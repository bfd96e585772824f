/**
 * The document index the stages share: the element list that replaces CSS selector queries, and its cache,
 * which lives only for one brief (the content script's live page changes between detections).
 */
import { describe, expect, it } from 'vitest';
import {
  classOf,
  elementsNamed,
  elementsOf,
  elementsWhere,
  elementsWithItemprop,
  firstDescendants,
  hasWord,
  withDocumentCache,
} from '../../utils/common/dom';
import { parseHtml } from '../../utils/extract/parse';
import { detectArticle } from '../../utils/extract/detect';

const HTML = `<!DOCTYPE html><html><head><title>T</title><meta name="a" content="1"></head><body>
<div id="d1" class="box  lead box"><p>One</p><template><p>In a template</p></template></div>
<section><h2>Two</h2><p class="x">Three</p></section></body></html>`;

describe('the document index', () => {
  it('lists every element in document order, leaving template contents out as querySelectorAll does', () => {
    const doc = parseHtml(HTML);
    const names = elementsOf(doc).map((e) => e.localName.toLowerCase());
    expect(names).toEqual(Array.from(doc.querySelectorAll('*')).map((e) => e.localName.toLowerCase()));
    expect(names).toEqual(['html', 'head', 'title', 'meta', 'body', 'div', 'p', 'template', 'section', 'h2', 'p']);
  });

  it('finds elements by name and by predicate, in order and up to a limit', () => {
    const doc = parseHtml(HTML);
    expect(elementsNamed(doc, 'p').map((p) => p.textContent)).toEqual(['One', 'Three']);
    expect(elementsWhere(doc, (e) => e.localName.toLowerCase() === 'p', 1).map((p) => p.textContent)).toEqual(['One']);
    expect(firstDescendants(doc.body!, 3).map((e) => e.localName.toLowerCase())).toEqual(['div', 'p', 'template']);
  });

  it('reads the class attribute, null when there is none, and matches words as ~= does', () => {
    const doc = parseHtml(HTML);
    const div = doc.getElementById('d1')!;
    expect(classOf(div)?.split(/\s+/)).toEqual(expect.arrayContaining(['box', 'lead']));
    expect(classOf(doc.body!)).toBeNull();
    expect(hasWord(classOf(div), 'lead')).toBe(true);
    expect(hasWord(classOf(div), 'lea')).toBe(false);
    // A word found first inside a longer one, then on its own; white space of any kind around it; the ends.
    expect(hasWord('leader lead', 'lead')).toBe(true);
    expect(hasWord('leader\tleads', 'lead')).toBe(false);
    expect(hasWord('a\nlead\u00a0b', 'lead')).toBe(true);
    expect(hasWord('lead', 'lead')).toBe(true);
    expect(hasWord('misled', 'led')).toBe(false);
    expect(hasWord('', 'lead')).toBe(false);
    expect(hasWord(null, 'lead')).toBe(false);
  });

  it('leaves nested templates and what follows them right, and finds itemprop words in order', () => {
    const doc = parseHtml(`<!DOCTYPE html><html><head><title>T</title></head><body>
      <template><div><template><p>x</p></template></div></template><span itemprop="author name">A</span>
      <template><i itemprop="author">hidden</i></template><b itemprop="headline">H</b><em itemprop="authorName">N</em>
      <u itemprop=" author ">B</u></body></html>`);
    const names = elementsOf(doc).map((e) => e.localName.toLowerCase());
    expect(names).toEqual(Array.from(doc.querySelectorAll('*')).map((e) => e.localName.toLowerCase()));
    expect(names.slice(4)).toEqual(['template', 'span', 'template', 'b', 'em', 'u']);
    expect(elementsWithItemprop(doc, 'author').map((e) => e.textContent)).toEqual(['A', 'B']);
    expect(elementsWithItemprop(doc, 'headline').map((e) => e.textContent)).toEqual(['H']);
  });

  it('caches only inside one run: a later change to the page is seen', () => {
    const doc = parseHtml(HTML);
    withDocumentCache(doc, () => {
      expect(elementsNamed(doc, 'article')).toHaveLength(0);
      doc.body!.appendChild(doc.createElement('article'));
      // Inside the run the list is the one taken at its start.
      expect(elementsNamed(doc, 'article')).toHaveLength(0);
    });
    expect(elementsNamed(doc, 'article')).toHaveLength(1);
  });

  it('lets detection on a live page see elements added since the last call', () => {
    const doc = parseHtml(`<!DOCTYPE html><html><head><title>T</title></head><body><div id="app"></div></body></html>`);
    expect(detectArticle(doc).signals.join(' ')).not.toContain('published-time');
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2025-01-01');
    doc.head!.appendChild(meta);
    expect(detectArticle(doc).signals).toContain('published-time');
  });
});
