/**
 * Where an element sits on the page (article, main, page chrome, comments) and whether it is hidden, read from
 * attributes only: no layout or style reads.
 */
import { classOf, HEADER_CLASS, tagOf, storyHeadlineHolders, hiddenByAttributes, readableText } from '../common/dom';
import { normalizeSpace } from '../common/text';
import { ARTICLE_TYPES } from './jsonld';
import { clean } from './clean';
import { classWordsRegex } from '../lexicon/compile';
import { PAGE_CHROME_CLASS_WORDS } from '../lexicon/page-regions';

/** Hidden by its own or an ancestor's attributes (hidden, aria-hidden, inline style, screen-reader classes). */
export function isHidden(el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 12; e = e.parentElement, depth++) {
    if (hiddenByAttributes(e)) return true;
  }
  return false;
}

/** Class or id words of page chrome. */
const CHROME_CLASS = classWordsRegex(PAGE_CHROME_CLASS_WORDS);

interface Place {
  /** Inside an `article` (or role=article, itemprop=articleBody). */
  article: boolean;
  /** Inside `main` (or role=main). */
  main: boolean;
  /** In page chrome: header, navigation, footer, side matter, comments, related links. */
  chrome: boolean;
  /** In a comment thread. */
  comment: boolean;
}

/**
 * Where an element sits, from one walk up its ancestors (linkedom compiles a selector on every `closest`,
 * so hand-written checks keep this cheap). Inside the article or `main`, only asides, footers, navigation,
 * comments and related lists count as chrome; a header there is the article's own header.
 */
/** Where an element sits, looking at its ancestors up to (not including) `stop`, or up to the root. */
export function placeOf(el: Element, stop: Element | null = null): Place {
  let article = false;
  let main = false;
  let comment = false;
  let chromeInside = false; // chrome below the article/main container
  let chromeOutside = false;
  const holders = el.ownerDocument ? storyHeadlineHolders(el.ownerDocument) : null;
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    const role = e.getAttribute('role') ?? '';
    let ident = `${e.getAttribute('id') ?? ''} ${classOf(e) ?? ''}`;
    // A box named like chrome ("above-footer") that holds the story's headline holds the article.
    if (holders?.has(e) && !HEADER_CLASS.test(ident)) ident = '';
    const container = article || main;
    if (tag === 'article' || role === 'article' || /(?:^|\s)articleBody(?:\s|$)/.test(e.getAttribute('itemprop') ?? ''))
      article = true;
    if (tag === 'main' || role === 'main') main = true;
    const isComment = /comment|disqus/i.test(ident);
    if (isComment) comment = true;
    const landmark =
      tag === 'aside' ||
      tag === 'footer' ||
      tag === 'nav' ||
      role === 'navigation' ||
      role === 'contentinfo' ||
      role === 'complementary';
    if (!container && !article && !main) {
      if (landmark || isComment || /(?:^|[\s_-])related/i.test(ident)) chromeInside = true;
      if (tag === 'header' || role === 'banner' || CHROME_CLASS.test(ident)) chromeOutside = true;
    } else if (landmark || tag === 'header' || role === 'banner' || CHROME_CLASS.test(ident)) {
      chromeOutside = true;
    }
  }
  const chrome = article || main ? chromeInside : chromeInside || chromeOutside;
  return { article, main, chrome, comment };
}

/** In the site's banner: a `role="banner"` landmark or the header that holds the site's navigation. */
function inSiteBanner(el: Element): boolean {
  return el.closest('[role="banner"]') !== null || (el.closest('header')?.querySelector('nav') ?? null) !== null;
}

/**
 * In page chrome other than the article's own header: a `<header>` that holds the headline outside any
 * `<article>` element is the article's header when it is not the site's banner.
 */
export function inChromeBesidesArticleHeader(el: Element): boolean {
  if (!inPageChrome(el)) return false;
  const header = el.closest('header');
  return !header || !isArticleHeader(header) || placeOf(el, header).chrome;
}

/** A `<header>` that is not the site's banner and sits in no other page chrome. */
export function isArticleHeader(el: Element): boolean {
  return (
    tagOf(el) === 'header' && !inSiteBanner(el) && !(el.parentElement !== null && placeOf(el.parentElement).chrome)
  );
}

/** Inside the page's own header, navigation, footer or side matter, and not inside the article itself. */
export function inPageChrome(el: Element): boolean {
  return placeOf(el).chrome;
}

export function textOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  // Headings may end with a permalink sign ("Title¶").
  // Normalise first: a pattern with \s* on both sides of the sign backtracks quadratically on long space runs.
  return clean(normalizeSpace(brokenText(el)).replace(/ ?[¶§#]$/, ''));
}

/**
 * The text of an element with a line break read as a space: a kicker set on its own line inside a headline
 * ("<span>Open Progress</span><br/><span>Why …</span>") is a part of its own, not glued to the headline's first word.
 * Such an element is read as a reader sees it (readableText); any other by its text content.
 */
function brokenText(el: Element): string {
  return el.querySelector('br') ? readableText(el) : (el.textContent ?? '');
}

/**
 * True when a microdata property belongs to an item that is not the article (a video, a comment, a product):
 * its nearest enclosing `itemscope` has a type that is neither an article nor a web page.
 */
export function inForeignItem(el: Element): boolean {
  let scope: Element | null = el.parentElement;
  while (scope && !scope.hasAttribute('itemscope')) scope = scope.parentElement;
  if (!scope) return false;
  const type = (scope.getAttribute('itemtype') ?? '').trim().split(/\s+/)[0] ?? '';
  if (!type) return false;
  const name = type.replace(/^.*[/#:]/, '').toLowerCase();
  return !ARTICLE_TYPES.has(name) && !/page$/.test(name);
}

/** `article, [role="article"], main, [role="main"]`. */
export function isArticleOrMain(el: Element): boolean {
  const name = tagOf(el);
  if (name === 'article' || name === 'main') return true;
  const role = el.getAttribute('role');
  return role === 'article' || role === 'main';
}

/**
 * The text of each element of a list (as textOf reads it), or null for one whose text is longer than `max`, read
 * innermost first: an element holding a child too long is too long itself, and its text (a walk of its whole
 * subtree: the article's body for the first elements of a zone) is never read. Elements in document order.
 */
export function shortTexts(elements: readonly Element[], max: number): Map<Element, string | null> {
  const texts = new Map<Element, string | null>();
  const tooLong = new Set<Element>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (texts.has(el)) continue;
    const text = tooLong.has(el) ? null : textOf(el);
    const long = text === null ? tooLong.has(el) : text.length > max;
    texts.set(el, long ? null : text);
    if (long && el.parentElement) tooLong.add(el.parentElement);
  }
  return texts;
}
