/**
 * The byline: authors from JSON-LD, meta tags and byline markup or visible "By …" text, cleaned of dates, job
 * titles, URLs and site names.
 */
import { classOf, elementsWhere, firstDescendants, hasWord, tagOf } from '../common/dom';
import { normalizeSpace } from '../common/text';
import { dateIndex } from './dates';
import { typesOf, type JsonLdNode } from './jsonld';
import { clean, key, hasArabic } from './clean';
import { isHidden, placeOf, isArticleHeader, textOf, inForeignItem, isArticleOrMain, shortTexts } from './place';
import { type MetaMap, jsonLdName } from './meta-tags';
import { headlineElement } from './headline-element';
import { SOCIAL_HREF, namesFirst } from './byline-links';
import { entriesOf, phrasesPattern } from '../lexicon/compile';
import {
  BYLINE_CLASS_TOKENS,
  BYLINE_CREDIT_PATTERNS,
  BYLINE_OPENERS,
  BYLINE_TIME_WORDS,
  EXCLUSIVE_CREDIT_WORDS,
  JOB_TITLE_WORDS,
  PLACEHOLDER_BYLINES,
  PLACEHOLDER_TAILS,
  WEEKDAY_LEADS,
  WEEKDAYS,
} from '../lexicon/byline';
import { peopleOnly, sameAgency } from './byline-people';
import * as ar from './byline-ar';

const MAX_BYLINE = 120;
const MAX_VISIBLE_BYLINE = 150; // the longest element text read as a visible byline (names, a label, a date)

/** What opens a byline before the names, with its separator ("By:", "بقلم -", "كتب/", "Written by"). */
const OPENER = `(?:${ar.withCorrespondent(BYLINE_CREDIT_PATTERNS)}|${phrasesPattern(entriesOf(BYLINE_OPENERS))})`;
export const BYLINE_PREFIX = new RegExp(`^${OPENER}(?:\\s*[:：\\-–—|/]\\s*|\\s+)(?=\\S)`, 'iu');

/** An opener with no name after it: the label of an author slot ("بواسطة", "By:"). */
const BARE_OPENER = new RegExp(`^${OPENER}\\s*[:：\\-–—|]?$`, 'iu');

/** A job title or desk as a word of a byline segment. */
const JOB_WORD = new RegExp(`(?:^|\\s)${phrasesPattern(entriesOf(JOB_TITLE_WORDS))}(?:\\s|$)`, 'i');

const CREDENTIAL = /^(?:M\.?[AD]|Ph\.?D|R\.?N|M\.?S|B\.?A|MPH|MBA|Jr\.?|Sr\.?|III?)$/;

/** A clock time or a time word, where a byline's names end. */
const TIME_NOISE = new RegExp(
  `\\d{1,2}:\\d{2}|\\b${phrasesPattern(BYLINE_TIME_WORDS.en ?? [])}\\b|${ar.words(BYLINE_TIME_WORDS.ar ?? [])}`,
  'iu',
);

/** A placeholder instead of a name ("admin", "View all posts"). */
const GENERIC_BYLINE = new RegExp(
  `^${phrasesPattern(entriesOf(PLACEHOLDER_BYLINES))}(?:\\s+${phrasesPattern(PLACEHOLDER_TAILS)})?$`,
  'i',
);

/** A weekday left at the end once a date is cut off ("Jane Doe Sunday, 2 March" → "Jane Doe"). */
const WEEKDAY_END = new RegExp(
  `[\\s,،|•·\\-–—]*(?:${phrasesPattern(entriesOf(WEEKDAY_LEADS))}\\s+)?${phrasesPattern(entriesOf(WEEKDAYS))}[\\s,،]*$`,
  'iu',
);
/** A word left at the end once a date is cut off ("Bill McBride on 8/20/2012" → "Bill McBride"). */
const LEAD_END = new RegExp(`[\\s,]+${phrasesPattern(entriesOf(WEEKDAY_LEADS))}$`, 'iu');
/** A credit-line segment that says the outlet's own ("خاص"). */
const EXCLUSIVE_SEGMENT = new RegExp(`^${phrasesPattern(entriesOf(EXCLUSIVE_CREDIT_WORDS))}$`, 'iu');

/** A segment that names the site itself, in full or in part ("المشرق" of "قناة المشرق"). */
function isSiteSegment(seg: string, siteKeys: readonly string[]): boolean {
  const k = key(seg);
  return k.length >= 2 && siteKeys.some((s) => s === k || (k.length >= 4 && s.includes(k)));
}

const URLISH = /(?:https?:\/\/|www\.)\S+|\S+\.(?:com|net|org)(?:\/\S*)?/gi;

/** A byline as a reader expects it, or null when the text is not one (a URL, the site, a paragraph, a date). */
export function cleanByline(raw: string | null | undefined, siteKeys: readonly string[] = []): string | null {
  let s = clean(raw);
  if (!s || ar.isCreditOrLabel(s)) return null;
  const hadUrl = URLISH.test(s);
  URLISH.lastIndex = 0;
  s = normalizeSpace(
    s
      .replace(URLISH, ' ')
      .replace(/\(\s*\)/g, ' ')
      .replace(/(?:^|\s)@[\w.]+/g, ' '),
  );
  if (!s) return null;
  for (let i = 0; i < 2; i++) s = s.replace(BYLINE_PREFIX, '').trim();
  const creditAt = s.search(
    /\s(?:edited|photos?|photographs|illustrations?|illustrated|translated|additional reporting)\s+by\s/i,
  );
  if (creditAt > 0) s = s.slice(0, creditAt);
  // "Tech Industry by Steven Musil": the name follows the last "by".
  const by = /^.{1,40}?\s(?:by|von|par|por|بقلم)\s+(?=[\p{Lu}\u0600-\u06ff])/u.exec(s);
  if (by) s = s.slice(by[0].length);

  // Cut at glued dates and times ("John Smith | 14 March 2025", "Lucas Nolan22 Dec 2016").
  const at = dateIndex(s);
  if (at >= 0) s = s.slice(0, at).replace(WEEKDAY_END, '');
  else if (at === -2) s = s.split(/\s[|•·–—-]\s/)[0] ?? s;
  const timeAt = s.search(TIME_NOISE);
  if (timeAt >= 0) s = s.slice(0, timeAt);

  // Segments after a separator: keep names, drop job titles, credentials and empty bits.
  const segments = ar.segmentsOf(ar.namesEnd(s, WEEKDAY_END).split(/\s*[|•·]\s*|\s+[–—-]\s+|\s*\n\s*/), JOB_WORD);
  // "Place - Outlet - خاص": the outlet's own credit line, naming no person.
  if (segments.length > 1 && segments.some((seg) => EXCLUSIVE_SEGMENT.test(seg))) return null;
  const kept: string[] = [];
  for (const seg of segments) {
    if (segments.length > 1 && isSiteSegment(seg, siteKeys)) continue;
    if (JOB_WORD.test(seg) && kept.length) break;
    const pieces = seg.split(/\s*[,،]\s*/).filter(Boolean);
    const names = pieces.filter(
      (p) =>
        !CREDENTIAL.test(p) &&
        !(JOB_WORD.test(p) && pieces.length > 1 && p !== pieces[0]) &&
        !(pieces.length > 1 && p !== pieces[0] && isSiteSegment(p, siteKeys)),
    );
    if (names.length) kept.push(names.join(hasArabic(seg) ? '، ' : ', '));
    if (kept.length) break;
  }
  s = normalizeSpace((kept[0] ?? '').replace(/^[\s,،:;|.\-–—]+|[\s,،:;|\-–—]+$/g, '')).replace(LEAD_END, '');
  if (!s || !/\p{L}/u.test(s)) return null;
  if (hadUrl && s.split(/\s+/).length < 2 && !/\p{Lu}/u.test(s[0] ?? '')) return null;
  if (GENERIC_BYLINE.test(s) || BARE_OPENER.test(s)) return null;
  if (s.length > MAX_BYLINE || s.split(/\s+/).length > 16) return null;
  // Each name is a few words ("Bruno (Henrique Zecchin) Rodrigues" counts without its parenthesis).
  const names = s.replace(/\([^)]*\)/g, ' ').split(/\s*[,،&]\s*|\s+(?:and|und|et|y|e)\s+|\s+و(?=\S)/);
  if (names.some((n) => n.trim().split(/\s+/).length > 5)) return null;
  // A sentence, not a name.
  if (/[.!?؟]\s+\p{Ll}/u.test(s) || /[.!?؟]\s+\S+\s+\S+\s+\S+\s+\S+/u.test(s)) return null;
  if (siteKeys.includes(key(s))) return null;
  return peopleOnly(s);
}

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
 * Byline markup: `[itemprop~="author"]`, `a[rel~="author"]`, `.byline`, `.author`, a class holding "byline",
 * "Byline", "author-name", "authorName" or "author_name", `[data-testid*="byline"]`.
 */
function isBylineMarkup(el: Element): boolean {
  if (hasWord(el.getAttribute('itemprop'), 'author')) return true;
  if (tagOf(el) === 'a' && hasWord(el.getAttribute('rel'), 'author')) return true;
  const cls = classOf(el);
  if (cls && (BYLINE_CLASS.test(cls) || hasWord(cls, 'author'))) return true;
  return (el.getAttribute('data-testid') ?? '').includes('byline');
}
const BYLINE_CLASS = /byline|Byline|author-name|authorName|author_name/;

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
        if (pass === 'opening' && !BYLINE_OPENING.test(text)) continue;
        if (pass === 'opening') {
          const inner = el.firstElementChild;
          if (inner && BYLINE_OPENING.test(textOnce(inner) ?? '')) continue;
          if (el.closest('form')) continue;
        }
        const place = placeOf(el, root);
        if (place.comment || place.chrome || isHidden(el)) continue;
        // A "By" line names its authors first; its later links are tools ("Permalink", "Comments (3)").
        const first = pass === 'token' || namesFirst(el, text.replace(BYLINE_PREFIX, ''));
        if (ar.isCreditOrLabel(text)) continue;
        const b = cleanByline((first ? linkedNames(el, siteKeys) : null) ?? text, siteKeys);
        if (b && !ar.isSectionName(doc, b)) return b;
      }
  }
  return null;
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
    // Schema.org author markup is trusted inside the article even in its aside or footer.
    if (place.chrome && !(isItemprop && place.article)) continue;
    let raw: string | null;
    if (isItemprop) {
      raw =
        el.getAttribute('content') ??
        textOf(el.querySelector('[itemprop~="name"]')) ??
        el.querySelector('meta[itemprop~="name"]')?.getAttribute('content') ??
        textOf(el);
    } else {
      raw = ar.isCreditOrLabel(textOf(el) ?? '') ? null : (linkedNames(el, siteKeys) ?? textOf(el));
    }
    if (!raw || raw.length > 300) continue;
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
