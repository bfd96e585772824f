/**
 * The byline: authors from JSON-LD, meta tags and byline markup or visible "By …" text, cleaned of dates, job
 * titles, URLs and site names.
 */
import { classOf, elementsWhere, firstDescendants, hasWord, readableLines, tagOf } from '../common/dom';
import { typesOf, type JsonLdNode } from './jsonld';
import { key, hasArabic } from './clean';
import { isHidden, placeOf, isArticleHeader, textOf, inForeignItem, isArticleOrMain, shortTexts } from './place';
import { type MetaMap, jsonLdName } from './meta-tags';
import { headlineElement } from './headline-element';
import { SOCIAL_HREF, namesFirst } from './byline-links';
import { entriesOf, phrasesPattern } from '../lexicon/compile';
import { AUTHOR_CREDIT_OPENERS, BYLINE_CLASS_TOKENS } from '../lexicon/byline';
import { sameAgency } from './byline-people';
import { BYLINE_PREFIX, MAX_BYLINE, OPENER_END, cleanByline } from './byline-clean';
import * as ar from './byline-ar';

export { BYLINE_PREFIX, cleanByline };

const MAX_VISIBLE_BYLINE = 150; // the longest element text read as a visible byline (names, a label, a date)
/**
 * The longest element text read as byline markup: names with a desk, a date and a few links. An element named
 * "author" that holds more (an author's bio box, an `<article class="author-jane-doe">`) is a container, and the
 * links inside it are not its authors.
 */
const MAX_BYLINE_ELEMENT = 300;
/** Most words of a line of a byline element: names with a desk and a place, or a date with its label. */
const MAX_BYLINE_LINE_WORDS = 12;

function joinNames(names: string[]): string | null {
  const uniq = [...new Set(names)];
  if (!uniq.length) return null;
  return uniq.join(uniq.some(hasArabic) ? '، ' : ', ');
}

function jsonLdAuthors(
  art: JsonLdNode | undefined,
  nodes: readonly JsonLdNode[],
  siteKeys: readonly string[],
): string | null {
  if (!art) return null;
  // A CMS that fills the author with the site's own account ("المحروسة 24" as a Person beside the publisher
  // "المحروسة 24") credits nobody: a person named like the publishing organisation is the site.
  const publisher = art['publisher'];
  const publisherName = jsonLdName(Array.isArray(publisher) ? publisher[0] : publisher, nodes);
  const publisherKey = publisherName ? key(publisherName) : null;
  for (const field of ['author', 'creator']) {
    const v = art[field];
    if (v === undefined) continue;
    const list = Array.isArray(v) ? v : [v];
    const names: string[] = [];
    for (const a of list.slice(0, 20)) {
      const isPerson = typeof a === 'object' && a !== null && typesOf(a as JsonLdNode).includes('person');
      const n = cleanByline(jsonLdName(a, nodes), isPerson ? [] : siteKeys);
      if (n && isPerson && publisherKey && key(n) === publisherKey) continue;
      // An organisation named after the site ("example.de, Frankfurt") is the site, not an author.
      if (n && !isPerson && typeof a === 'object' && siteKeys.some((k) => k.length >= 5 && key(n).includes(k)))
        continue;
      if (n) names.push(n);
    }
    const joined = joinNames(names);
    if (joined && joined.length <= MAX_BYLINE * 2) return joined;
  }
  return null;
}

/**
 * Byline markup: `[itemprop~="author"]`, `a[rel~="author"]`, `.byline`, `.author`, a class or id holding "byline",
 * "Byline", "author-name", "authorName" or "author_name", `[data-testid*="byline"]`. (`<div id="byline">` holds the
 * byline on the broad corpora's dev pages of washingtonpost.com, boston.com, msnbc.msn.com, thecarconnection.com,
 * allaboutagile.com and more.)
 */
function isBylineMarkup(el: Element): boolean {
  if (hasWord(el.getAttribute('itemprop'), 'author')) return true;
  if (tagOf(el) === 'a' && hasWord(el.getAttribute('rel'), 'author')) return true;
  const cls = classOf(el);
  if (cls && (BYLINE_CLASS.test(cls) || hasWord(cls, 'author'))) return true;
  if (BYLINE_CLASS.test(el.getAttribute('id') ?? '')) return true;
  return (el.getAttribute('data-testid') ?? '').includes('byline');
}
const BYLINE_CLASS = /byline|Byline|author-name|authorName|author_name/;

/**
 * An author link (`rel="author"`) that a credit line opens on: "Posted by <a rel="author">Seth Godin</a> on July 12,
 * 2012", the footer a blog platform sets under each post (Typepad: sethgodin.typepad.com, webinknow.com and
 * experimentalphilosophy.typepad.com on the dragnet corpus's dev pages, where the footer is the post's only credit).
 */
function isCreditedAuthorLink(el: Element): boolean {
  if (tagOf(el) !== 'a' || !hasWord(el.getAttribute('rel'), 'author') || !el.parentElement) return false;
  const line = textOf(el.parentElement) ?? '';
  return line.length <= MAX_VISIBLE_BYLINE && opensByline(line);
}

/** Looser author markup, tried when the usual byline markup gave nothing: a class or id holding "author". */
function isLooseBylineMarkup(el: Element): boolean {
  return /author|Author/.test(classOf(el) ?? '') || (el.getAttribute('id') ?? '').includes('author');
}

function domByline(doc: Document, siteKeys: readonly string[]): string | null {
  return (
    bylineFrom(doc, isBylineMarkup, siteKeys) ??
    bylineFrom(doc, isLooseBylineMarkup, siteKeys) ??
    visibleByline(doc, siteKeys)
  );
}

/** Class, id or itemprop words that name a byline element ("writer", "by", "post-author", "kateb"). */
const BYLINE_TOKEN = new RegExp(`^${phrasesPattern(BYLINE_CLASS_TOKENS)}$`, 'i');

/** Visible text that opens a byline: "كتبت: …", "بقلم …", "By …". */
const BYLINE_OPENING = new RegExp(`^(?:${ar.OPENING}|By(?:\\s*[:：]\\s*|\\s+)\\p{Lu})`, 'u');
/** An author's credit phrase that opens a byline ("Posted by", "Written by"; lexicon/byline.ts), then its separator. */
const CREDIT_OPENING = new RegExp(`^${phrasesPattern(entriesOf(AUTHOR_CREDIT_OPENERS))}(?:\\s*[:：]\\s*|\\s+)`, 'iu');

/**
 * Whether a line opens a byline: "By …" or a credit phrase ("Posted by …", "Written by …"), then a name, which
 * starts with a capital ("Posted by the river" is a sentence), or an Arabic opener.
 */
function opensByline(line: string): boolean {
  if (BYLINE_OPENING.test(line)) return true;
  const credit = CREDIT_OPENING.exec(line);
  return credit !== null && /^\p{Lu}/u.test(line.slice(credit[0].length));
}

/**
 * The byline an element's text holds from its line that opens one on ("Jan. 14, 2008<br>By Helen Ross, Chief of
 * Correspondents": the second line), the lines after it kept apart (bylineText); null when no line opens one.
 */
function openingLines(el: Element, text: string): string | null {
  if (opensByline(text)) return bylineText(el);
  const lines = readableLines(el);
  const at = lines.findIndex(opensByline);
  return at > 0 ? lines.slice(at).join(' | ') : null;
}

/** Elements looked at in each byline zone, in document order. */
const ZONE_ELEMENTS = 80;

function hasBylineToken(el: Element): boolean {
  const attrs = `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  for (const token of attrs.split(/\s+/)) {
    if (!token) continue;
    if (BYLINE_TOKEN.test(token)) return true;
    // "post-writer", "entry_author", "article-reporter": the last word names it.
    const last = token.split(/[-_]/).pop() ?? '';
    if (last !== token && /^(?:writer|author|reporter|byline|kateb|contributor)s?$/i.test(last)) return true;
  }
  return /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '');
}

/**
 * The places a visible byline sits: around the headline (its container, a few levels up) and the start of the
 * article or main element. Each zone is its first ZONE_ELEMENTS elements in document order.
 */
interface BylineZone {
  elements: Element[];
  /**
   * The headline's own block (a header holding the h1 is the article's header, not page chrome): placement is
   * judged below it.
   */
  root: Element | null;
}

function bylineZones(doc: Document, siteKeys: readonly string[]): BylineZone[] {
  const zones: BylineZone[] = [];
  const h1 = headlineElement(doc, siteKeys);
  if (h1) {
    let root: Element = h1;
    for (let i = 0; i < 3 && root.parentElement; i++) {
      const up = root.parentElement;
      const tag = up.tagName.toLowerCase();
      if (tag === 'body' || tag === 'html') break;
      root = up;
      if (tag === 'article' || tag === 'main' || tag === 'header') break;
    }
    zones.push({ elements: firstDescendants(root, ZONE_ELEMENTS), root: isArticleHeader(root) ? root : null });
  }
  const container = elementsWhere(doc, isArticleOrMain, 1)[0];
  if (container) zones.push({ elements: firstDescendants(container, ZONE_ELEMENTS), root: null });
  return zones;
}

/**
 * A byline that exists only as visible text near the headline or at the start of the article: an element
 * whose class, id or itemprop names a writer, a `rel=author` link, or a short element opening with "By" or
 * its Arabic equivalents. Paragraphs, site names, dates and URLs are rejected by cleanByline.
 */
function visibleByline(doc: Document, siteKeys: readonly string[]): string | null {
  const zones = bylineZones(doc, siteKeys);
  // Each element's text is read once for both passes; one too long for a byline is never read in full.
  const texts = shortTexts(zones.map((z) => z.elements).flat(), MAX_VISIBLE_BYLINE);
  const textOnce = (el: Element): string | null => (texts.has(el) ? texts.get(el)! : textOf(el));
  // Named elements first, then elements that open with "By"; the innermost such element, not its container.
  for (const pass of ['token', 'opening'] as const) {
    for (const { elements, root } of zones)
      for (const el of elements) {
        const tag = el.tagName.toLowerCase();
        if (/^(?:h[1-6]|script|style|noscript|template|nav|ul|ol|table|form|button|time)$/.test(tag)) continue;
        if (pass === 'token' && !hasBylineToken(el)) continue; // cheap, and first: few elements have the token
        const text = textOnce(el);
        if (!text || text.length > MAX_VISIBLE_BYLINE) continue;
        let credit: string | null = pass === 'token' ? bylineText(el) : null;
        if (pass === 'opening') {
          // Cheap, and first: the openers' words are rare ("By", "Posted by", "Written by"; the Arabic openers).
          if (!/\bby\b/i.test(text) && !ar.OPENER_WORD.test(text)) continue;
          credit = openingLines(el, text);
          if (credit === null) continue;
          const inner = el.firstElementChild;
          if (inner && opensByline(textOnce(inner) ?? '')) continue;
          if (el.closest('form')) continue;
        }
        const place = placeOf(el, root);
        if (place.comment || place.chrome || isHidden(el)) continue;
        // A "By" line names its authors first; its later links are tools ("Permalink", "Comments (3)").
        const first = pass === 'token' || namesFirst(el, text.replace(BYLINE_PREFIX, ''));
        if (ar.isCreditOrLabel(text)) continue;
        const b = cleanByline((first ? linkedNames(el, siteKeys) : null) ?? credit ?? text, siteKeys);
        if (b && !ar.isSectionName(doc, b)) return b;
      }
  }
  return null;
}

/**
 * The text of a byline element with its lines kept apart: a `<br>` or a block inside it parts what it credits
 * ("BY TOM CANAVAN<br>ASSOCIATED PRESS", "<h4>By LOEY LOCKERBY</h4><h4>Special to The Star</h4>"), so that the
 * line of names is read apart from the desk, agency or date on the next line (cleanByline's segments).
 */
function bylineText(el: Element): string | null {
  const lines = readableLines(el);
  // A line of a sentence's length is a bio or a teaser: the element is no byline of lines, and is read whole.
  if (lines.length < 2 || lines.some((l) => l.split(' ').length > MAX_BYLINE_LINE_WORDS)) return textOf(el);
  // An opener on a line of its own ("— By", "This post was written by") credits the names on the next.
  return lines.reduce((text, line) => (OPENER_END.test(text) ? `${text} ${line}` : `${text} | ${line}`));
}

function bylineFrom(doc: Document, markup: (el: Element) => boolean, siteKeys: readonly string[]): string | null {
  const els = elementsWhere(doc, markup, 40);
  // Prefer bylines inside the article; then any outside the page chrome.
  const placed = els.map((el) => ({ el, place: placeOf(el) }));
  const ordered = [
    ...placed.filter((p) => p.place.article || p.place.main),
    ...placed.filter((p) => !(p.place.article || p.place.main)),
  ];
  for (const { el, place } of ordered) {
    if (place.comment || isHidden(el)) continue;
    const isItemprop = /(?:^|\s)author(?:\s|$)/.test(el.getAttribute('itemprop') ?? '');
    if (isItemprop && inForeignItem(el)) continue;
    // Schema.org author markup is trusted inside the article even in its aside or footer, and so is an author link
    // that a credit line opens on ("Posted by <a rel="author">Seth Godin</a> on July 12, 2012" in a post's footer).
    if (place.chrome && !(isItemprop && place.article) && !isCreditedAuthorLink(el)) continue;
    let raw: string | null;
    if (isItemprop) {
      raw =
        el.getAttribute('content') ??
        textOf(el.querySelector('[itemprop~="name"]')) ??
        el.querySelector('meta[itemprop~="name"]')?.getAttribute('content') ??
        bylineText(el);
    } else {
      if ((el.textContent ?? '').length > MAX_BYLINE_ELEMENT * 4 || (textOf(el) ?? '').length > MAX_BYLINE_ELEMENT)
        continue;
      raw = ar.isCreditOrLabel(textOf(el) ?? '') ? null : (linkedNames(el, siteKeys) ?? bylineText(el));
    }
    if (!raw || raw.length > MAX_BYLINE_ELEMENT) continue;
    const b = cleanByline(raw, siteKeys);
    if (b && !ar.isSectionName(doc, b)) return b;
  }
  return null;
}

/**
 * The names in a byline made of author links ("By <a>A</a> and <a>B</a>"), leaving out job titles and dates
 * that sit beside them; null when the byline is not made of name links.
 */
function linkedNames(el: Element, siteKeys: readonly string[]): string | null {
  const links = Array.from(el.querySelectorAll('a[href], [itemprop~="name"], [class*="name"]')).slice(0, 8);
  if (!links.length || links.length > 5) return null;
  const names: string[] = [];
  // Two links to one author page ("د. هالة المصري", "مقالات أخرى للكاتب") credit one author: the first names them.
  const hrefs = new Set<string>();
  for (const a of links) {
    const href = a.getAttribute('href');
    if (SOCIAL_HREF.test(href ?? '')) continue;
    const page = href && !href.startsWith('#') ? href : null;
    if (page && hrefs.has(page)) continue;
    if (page) hrefs.add(page);
    const n = cleanByline(textOf(a), siteKeys);
    if (!n || n.split(/\s+/).length > 5) return null;
    if (!names.some((x) => x.includes(n) || n.includes(x))) names.push(n);
  }
  return joinNames(names);
}

export function readByline(
  doc: Document,
  meta: MetaMap,
  art: JsonLdNode | undefined,
  nodes: readonly JsonLdNode[],
  siteKeys: readonly string[],
): string | null {
  const fromLd = jsonLdAuthors(art, nodes, siteKeys);
  const fromMeta = metaAuthors(meta, siteKeys);
  if (fromLd) {
    // An agency that the structured data names in one form and the page's byline in another ("وام", "وكالة أنباء
    // الإمارات"): the byline as the page shows it.
    const shown = domByline(doc, siteKeys);
    if (shown && sameAgency(shown, fromLd)) return shown;
    // Structured data that names only the first of several credited authors: the page's fuller list wins.
    return [fromMeta, shown].find((b) => b && namesExtend(b, fromLd)) ?? fromLd;
  }
  return fromMeta ?? domByline(doc, siteKeys);
}

function nameKeys(byline: string): string[] {
  return byline
    .split(/\s*[,،]\s*/)
    .map(key)
    .filter(Boolean);
}

/** Whether a byline names every author of another and more. */
function namesExtend(fuller: string, shorter: string): boolean {
  const more = nameKeys(fuller);
  const less = nameKeys(shorter);
  return more.length > less.length && less.every((n) => more.includes(n));
}

function metaAuthors(meta: MetaMap, siteKeys: readonly string[]): string | null {
  for (const name of [
    'dc.creator',
    'dcterm.creator',
    'dcterms.creator',
    'author',
    'parsely-author',
    'sailthru.author',
    'article:author',
    'byl',
    'citation_author',
  ]) {
    const values = meta.get(name);
    if (!values) continue;
    const names = values
      .slice(0, 10)
      .map((v) => cleanByline(v, siteKeys))
      .filter((v): v is string => !!v);
    const joined = joinNames(names);
    if (joined) return joined;
  }
  return null;
}
