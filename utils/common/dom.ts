/**
 * DOM helpers shared by the stages. Standard DOM only (linkedom in the worker and Node, the real DOM in the
 * content script); no layout or style reads.
 */
import { normalizeSpace } from './text';
import { withTextMemo } from './memo';
import { phrasesPattern } from '../lexicon/compile';
import { HIDDEN_CLASSES, RESPONSIVE_DISPLAYS } from '../lexicon/hidden-classes';

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'button', 'svg', 'select', 'input']);
/** Elements that start a new line of text for the reader. */
export const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'table',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'pre',
  'address',
  'hr',
]);

/**
 * The `class` attribute as written, or null. (linkedom's getAttribute('class') rebuilds it from a token set on
 * every call; the attribute node is read directly, on linkedom and in the browser alike.)
 */
export function classOf(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}

/** Is the element a heading, h1 to h6? */
export function isHeadingElement(el: Element): boolean {
  return /^h[1-6]$/.test(tagOf(el));
}

/** Lower-cased element name, the same on linkedom and the browser. */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** A line break in the text `readableWalk` gives for lines: where a `<br>` or a block boundary is. */
const LINE = '\n';

/**
 * The text of an element as a reader sees it, white space not yet collapsed: `<br>` and block boundaries as a
 * line break (`lines`) or a space, scripts, styles and hidden elements left out. Nested tables give their text.
 */
function readableWalk(root: Element, lines: boolean): string {
  // As one text, a break is a space, and the text's own line breaks are white space like any other.
  const brk = lines ? LINE : ' ';
  const parts: string[] = [];
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(lines ? (node as Text).data.replace(/[\r\n]+/g, ' ') : (node as Text).data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = tagOf(el);
    if (name === 'br') {
      parts.push(brk);
      continue;
    }
    if (el !== root && (SKIPPED.has(name) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) {
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      parts.push(brk);
      stack.push(brk);
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/**
 * The text of an element as a reader sees it: white space collapsed, `<br>` and block boundaries as spaces,
 * scripts, styles and hidden elements left out. Nested tables give their text.
 */
export function readableText(root: Element): string {
  return normalizeSpace(readableWalk(root, false));
}

/**
 * The lines of an element as a reader sees them: `readableText` broken where a `<br>` or a block boundary is,
 * each line's white space collapsed, empty lines left out ("By JANE DOE<br>ASSOCIATED PRESS": two lines).
 */
export function readableLines(root: Element): string[] {
  return readableWalk(root, true)
    .split(LINE)
    .map(normalizeSpace)
    .filter((line) => line !== '');
}

/** A class that hides the element ("sr-only", "visually-hidden", "screen-reader-text"), as a whole token. */
const HIDDEN_CLASS = new RegExp(`(?:^|\\s)${phrasesPattern(HIDDEN_CLASSES)}(?:\\s|$)`, 'i');
/** A class that shows the element again from a breakpoint on ("md:block", "lg:flex"). */
const SHOWN_AT_BREAKPOINT = new RegExp(`(?:^|\\s)[\\w-]+:${phrasesPattern(RESPONSIVE_DISPLAYS)}(?:\\s|$)`, 'i');

/**
 * Hidden by its own markup: the `hidden` attribute, aria-hidden="true", a screen-reader-only class, or an inline
 * display:none / visibility:hidden.
 */
export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const cls = classOf(el);
  if (cls && HIDDEN_CLASS.test(cls) && !SHOWN_AT_BREAKPOINT.test(cls)) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Class words of a page header: it may hold the headline and still be chrome. */
export const HEADER_CLASS = /masthead|header|top-?bar|navbar|nav|menu|logo|brand/i;

interface DocumentCache {
  elements?: Element[];
  byName?: Map<string, Element[]>;
  headlineHolders?: Set<Element>;
  storyHeadlineHolders?: Set<Element>;
  /** Other results computed once per brief (documentMemo), by name. */
  memo?: Map<string, unknown>;
}
const caches = new WeakMap<Document, DocumentCache>();

/**
 * Run `fn` with the document's element list and headline holders computed once and shared by every stage. The
 * document must not change meanwhile; outside such a run nothing is cached (the content script's live page
 * changes between calls).
 */
export function withDocumentCache<T>(doc: Document, fn: () => T): T {
  if (caches.has(doc)) return fn();
  caches.set(doc, {});
  try {
    return withTextMemo(fn);
  } finally {
    caches.delete(doc);
  }
}

/**
 * Every element of the document in document order (template contents left out, as querySelectorAll does),
 * walked once per brief. The stages filter this list instead of running CSS selectors, which linkedom compiles
 * and matches anew on every call.
 */
export function elementsOf(doc: Document): Element[] {
  const cache = caches.get(doc);
  if (cache?.elements) return cache.elements;
  const root = doc.documentElement;
  const out = root ? allElements(doc, root) : [];
  if (cache) cache.elements = out;
  return out;
}

/** What a tree walker shows: elements only (NodeFilter.SHOW_ELEMENT). */
const SHOW_ELEMENT = 1;

/**
 * `root` and every element under it in document order, but not a `<template>`'s contents. A tree walker is the
 * cheap way through a whole page: linkedom's follows its node list, where a walk by child and sibling pays a getter
 * at every step.
 */
function allElements(doc: Document, root: Element): Element[] {
  const out: Element[] = [root];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  // A parsed <template>'s children stay in the tree (linkedom) or are none (a browser): skipped either way.
  let template: Element | null = null;
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (template?.contains(n)) continue;
    template = null;
    out.push(n);
    if (tagOf(n) === 'template') template = n;
  }
  return out;
}

/**
 * `compute()` once per brief for this document and name: a stage that needs a result another stage has already
 * computed (the headline element, for the byline and the date) gets it again for free. Outside a brief's run
 * (withDocumentCache) it is computed every time.
 */
export function documentMemo<T>(doc: Document, name: string, compute: () => T): T {
  const cache = caches.get(doc);
  if (!cache) return compute();
  const memo = (cache.memo ??= new Map());
  if (memo.has(name)) return memo.get(name) as T;
  const value = compute();
  memo.set(name, value);
  return value;
}

/** The document's elements with this (lower-case) name, in document order. */
export function elementsNamed(doc: Document, name: string): Element[] {
  const cache = caches.get(doc);
  let map = cache?.byName;
  if (!map) {
    map = new Map();
    for (const el of elementsOf(doc)) {
      const n = tagOf(el);
      const list = map.get(n);
      if (list) list.push(el);
      else map.set(n, [el]);
    }
    if (cache) cache.byName = map;
  }
  return map.get(name) ?? [];
}

/** The first `max` elements of a document that pass `test`, in document order. */
export function elementsWhere(doc: Document, test: (el: Element) => boolean, max = Infinity): Element[] {
  const out: Element[] = [];
  for (const el of elementsOf(doc)) {
    if (test(el)) {
      out.push(el);
      if (out.length >= max) break;
    }
  }
  return out;
}

/**
 * The document's elements whose `itemprop` holds this word (`[itemprop~="word"]`), in document order. The elements
 * with an itemprop are found once per brief; the title and the dates each ask for their own words.
 */
export function elementsWithItemprop(doc: Document, word: string): Element[] {
  const holders = documentMemo(doc, 'itemprop', () => elementsWhere(doc, (e) => e.hasAttribute('itemprop')));
  return holders.filter((e) => hasWord(e.getAttribute('itemprop'), word));
}

/** Does a space-separated attribute value hold this word (the `~=` of CSS)? */
export function hasWord(value: string | null, word: string): boolean {
  if (!value || !word) return false;
  // Found where white space or an end stands on both sides: no split, no array per element asked (every element
  // of a page is asked, several times).
  for (let i = value.indexOf(word); i >= 0; i = value.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || SPACE.test(value[i - 1]!)) && (end === value.length || SPACE.test(value[end]!))) return true;
  }
  return false;
}
const SPACE = /\s/;

/** The first `max` elements under `root` (itself excluded), in document order. */
export function firstDescendants(root: Element, max: number): Element[] {
  const start: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) start.push(c);
  return walkElements(start, max);
}

/**
 * Up to `max` elements in document order, from a stack of starting elements (the first to visit on top) and
 * their descendants; a `<template>`'s contents are not the page.
 */
function walkElements(stack: Element[], max: number): Element[] {
  const out: Element[] = [];
  while (stack.length && out.length < max) {
    const el = stack.pop()!;
    out.push(el);
    if (tagOf(el) === 'template') continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/** Every ancestor of the page's h1 elements. Computed once per brief. */
export function headlineHolders(doc: Document): Set<Element> {
  const cache = caches.get(doc);
  return cache ? (cache.headlineHolders ??= ancestorsOfHeadlines(doc, 1)) : ancestorsOfHeadlines(doc, 1);
}

/**
 * Every ancestor of the page's story headlines: h1 elements of three words or more (not a logo's one-word h1).
 * A container that holds one holds the article, whatever its class name says ("above-footer", a page-wide
 * "BannerPlaceHolder"). Computed once per brief.
 */
export function storyHeadlineHolders(doc: Document): Set<Element> {
  const cache = caches.get(doc);
  return cache ? (cache.storyHeadlineHolders ??= ancestorsOfHeadlines(doc, 3)) : ancestorsOfHeadlines(doc, 3);
}

function ancestorsOfHeadlines(doc: Document, minWords: number): Set<Element> {
  const out = new Set<Element>();
  for (const h of elementsNamed(doc, 'h1')) {
    if (minWords > 1 && (h.textContent ?? '').trim().split(/\s+/).length < minWords) continue;
    for (let up = h.parentElement; up && !out.has(up); up = up.parentElement) out.add(up);
  }
  return out;
}

/**
 * Is the element's id the slug of its own heading ("sharing-with-multiple-developers-code-review" on a section
 * headed "Sharing with multiple developers: code review")? Documentation and wiki generators name sections so;
 * the words are the heading's, not a chrome name.
 */
export function isHeadingSlug(el: Element): boolean {
  const id = el.getAttribute('id');
  if (!id || id.split(/[-_]/).length < 3) return false;
  let h: Element | null = el.firstElementChild;
  while (h && !isHeadingElement(h)) h = h.nextElementSibling;
  if (!h) return false;
  const slug = (h.textContent ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return slug.length > 0 && slug.startsWith(id.toLowerCase().replace(/_/g, '-').replace(/-\d+$/, '').slice(0, 40));
}

/**
 * Whether every link of an element points into the page, to an anchor the page has (an id, or an `<a name>`), and
 * it has at least one: a heading's own permalink ("¶"), a table-of-contents anchor on the heading, a
 * back-reference to the contents. Seen on the dev pages of a documentation site (Sphinx's "headerlink" and
 * "toc-backref"), a developer's blog ("toclink" on h2/h3) and a marketing blog (an "anchor" icon on each h2); a
 * teaser's headline links to another page.
 */
export function linksOnlyInPage(el: Element): boolean {
  const links = [...el.querySelectorAll('a[href]')];
  if (links.length === 0) return false;
  const doc = el.ownerDocument;
  return links.every((a) => {
    const href = a.getAttribute('href') ?? '';
    if (!/^#./.test(href)) return false;
    const id = href.slice(1);
    return (
      doc.getElementById(id) !== null || [...doc.querySelectorAll('a[name]')].some((n) => n.getAttribute('name') === id)
    );
  });
}
