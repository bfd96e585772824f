/**
 * Page metadata: title, byline, dates, site name, canonical URL, declared language/direction and description,
 * from JSON-LD, meta tags and a bounded look at the article's header markup. Every query here is bounded:
 * no full-document text walk, so it stays cheap on large pages.
 */
import type { Direction, Metadata } from '../types';
import {
  classOf,
  elementsNamed,
  elementsWhere,
  firstDescendants,
  hasWord,
  HEADER_CLASS,
  tagOf,
  storyHeadlineHolders,
} from '../common/dom';
import { directionOf, guessLatinLang, normalizeSpace, primaryLang, RTL_LANGS, scriptLang, words } from '../common/text';
import { dateIndex, findDateInText, parseDate, type DateOptions } from './dates';
import { ARTICLE_TYPES, articleNodes, nodeById, readJsonLd, typesOf, type JsonLdNode } from './jsonld';

const MAX_BYLINE = 120;
const MAX_TITLE = 400;

// ---------------------------------------------------------------------------------------------------------
// Text helpers

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
};

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '';
}

/**
 * Decode entities that survive in attribute values (double-encoded `&amp;#1589;`, stray `&#x627;`). Text nodes
 * and attributes are already decoded once by the parser; this handles what is left, up to two levels.
 */
export function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 2 && out.includes('&'); i++) {
    out = out.replace(
      /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi,
      (all, dec?: string, hex?: string, name?: string) => {
        if (dec) return codePoint(Number.parseInt(dec, 10));
        if (hex) return codePoint(Number.parseInt(hex, 16));
        return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? all;
      },
    );
  }
  return out;
}

/** Decoded, space-normalised text, or null when nothing is left. */
function clean(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = normalizeSpace(decodeEntities(s));
  return t ? t : null;
}

/** Lower-case letters and digits only: for comparing names ("NYTimes.com" ≈ "nytimes"). */
function key(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');
}

function hasArabic(s: string): boolean {
  return /[\u0600-\u06ff]/.test(s);
}

// ---------------------------------------------------------------------------------------------------------
// Markup helpers (attribute-based only: no layout or style reads)

const HIDDEN_CLASS =
  /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader|element-invisible|offscreen|hidden|d-none|is-hidden)(?:\s|$)/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by its own or an ancestor's attributes (hidden, aria-hidden, inline style, screen-reader classes). */
function isHidden(el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 12; e = e.parentElement, depth++) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    const style = e.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return true;
    const cls = classOf(e);
    if (cls && HIDDEN_CLASS.test(cls)) return true;
  }
  return false;
}

const CHROME_CLASS =
  /(?:^|[\s_-])(?:masthead|site-?header|top-?bar|topbar|navbar|nav|navigation|menu|breadcrumbs?|logo|brand|branding|ticker|clock|today|weather|footer|sidebar|widget|related|recommended|comments?|promo|newsletter)(?:$|[\s_-])/i;

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
function placeOf(el: Element, stop: Element | null = null): Place {
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
function inChromeBesidesArticleHeader(el: Element): boolean {
  if (!inPageChrome(el)) return false;
  const header = el.closest('header');
  return !header || !isArticleHeader(header) || placeOf(el, header).chrome;
}

/** A `<header>` that is not the site's banner and sits in no other page chrome. */
function isArticleHeader(el: Element): boolean {
  return (
    tagOf(el) === 'header' && !inSiteBanner(el) && !(el.parentElement !== null && placeOf(el.parentElement).chrome)
  );
}

/** Inside the page's own header, navigation, footer or side matter, and not inside the article itself. */
function inPageChrome(el: Element): boolean {
  return placeOf(el).chrome;
}

function textOf(el: Element | null | undefined): string | null {
  // Headings may end with a permalink sign ("Title¶").
  // Normalise first: a pattern with \s* on both sides of the sign backtracks quadratically on long space runs.
  return el ? clean(normalizeSpace(el.textContent ?? '').replace(/ ?[¶§#]$/, '')) : null;
}

/**
 * True when a microdata property belongs to an item that is not the article (a video, a comment, a product):
 * its nearest enclosing `itemscope` has a type that is neither an article nor a web page.
 */
function inForeignItem(el: Element): boolean {
  let scope: Element | null = el.parentElement;
  while (scope && !scope.hasAttribute('itemscope')) scope = scope.parentElement;
  if (!scope) return false;
  const type = (scope.getAttribute('itemtype') ?? '').trim().split(/\s+/)[0] ?? '';
  if (!type) return false;
  const name = type.replace(/^.*[/#:]/, '').toLowerCase();
  return !ARTICLE_TYPES.has(name) && !/page$/.test(name);
}

type MetaMap = Map<string, string[]>;

/** All `<meta>` values keyed by lower-cased name, property, itemprop and http-equiv (space-separated lists split). */
function readMetaTags(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  for (const meta of elementsNamed(doc, 'meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    const value = clean(content);
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const names = meta.getAttribute(attr);
      if (!names) continue;
      if (attr === 'itemprop' && inForeignItem(meta)) continue;
      for (const raw of names.toLowerCase().split(/\s+/)) {
        if (!raw) continue;
        // "dc:title", "dcterms:creator" → "dc.title", "dcterms.creator"
        const n = /^(?:dc|dcterms?):/.test(raw) ? raw.replace(':', '.') : raw;
        const list = map.get(n);
        // Repeated values (several authors) count only in the attribute that gave the first one; a `property`
        // (RDFa, Open Graph) value outranks a `name` one for the same key wherever it stands.
        const from = (list as (string[] & { attr?: string }) | undefined)?.attr;
        if (!list || (attr === 'property' && from !== 'property')) map.set(n, Object.assign([value], { attr }));
        else if (from === attr) list.push(value);
      }
    }
  }
  return map;
}

function firstMeta(meta: MetaMap, names: readonly string[]): string | null {
  for (const n of names) {
    const v = meta.get(n)?.[0];
    if (v) return v;
  }
  return null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return String(v);
  return null;
}

/** `name` of a JSON-LD value that is a string, an object with a name, or a reference resolved by `@id`. */
function jsonLdName(v: unknown, nodes: readonly JsonLdNode[]): string | null {
  if (typeof v === 'string') return clean(v);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const obj = v as JsonLdNode;
  const direct = str(obj['name']);
  if (direct) return direct;
  const id = obj['@id'];
  if (typeof id === 'string') {
    const ref = nodeById(nodes, id);
    if (ref && ref !== obj) return str(ref['name']);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Site name and host

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.replace(/^www\d*\./, '') : null;
  } catch {
    return null;
  }
}

/** The distinctive label of a host name ("www.nytimes.com" → "nytimes", "news.bbc.co.uk" → "bbc"). */
function hostLabel(host: string): string | null {
  const labels = host.split('.').filter(Boolean);
  const generic = /^(?:www\d*|m|amp|news|com|net|org|gov|edu|co|ac|info|biz)$/;
  while (labels.length > 1 && (labels[labels.length - 1]!.length <= 3 || generic.test(labels[labels.length - 1]!))) {
    labels.pop();
  }
  const label = labels.reverse().find((l) => !generic.test(l));
  return label && label.length >= 3 ? label : null;
}

function readSiteName(
  doc: Document,
  meta: MetaMap,
  nodes: readonly JsonLdNode[],
  arts: readonly JsonLdNode[],
): string | null {
  const og = firstMeta(meta, ['og:site_name']);
  if (og) return og;
  for (const node of [...arts, ...nodes]) {
    const pub = node['publisher'];
    const name = jsonLdName(Array.isArray(pub) ? pub[0] : pub, nodes);
    if (name) return name;
  }
  const app = firstMeta(meta, ['application-name', 'apple-mobile-web-app-title']);
  const docTitle = docTitleText(doc);
  if (app && app.split(/\s+/).length <= 5 && (!docTitle || key(app) !== key(docTitle))) return app;
  for (const node of nodes) {
    if (typesOf(node).includes('website')) {
      const name = str(node['name']);
      if (name) return name;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Title

const TITLE_SEPARATOR = /\s+(?:\||-{1,2}|–|—|::|»|«|·|•|\/|~|\\)\s+|\s*(?:\||::|_)\s*|\s+:\s+/g;

interface TitlePart {
  text: string;
  /** The separator before this part ('' for the first). */
  sep: string;
}

function splitTitle(title: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let last = 0;
  let sep = '';
  for (const m of title.matchAll(TITLE_SEPARATOR)) {
    const text = title.slice(last, m.index).trim();
    if (text) {
      parts.push({ text, sep });
      sep = m[0];
    } else if (parts.length) {
      sep += m[0];
    }
    last = m.index + m[0].length;
  }
  const tail = title.slice(last).trim();
  if (tail) parts.push({ text: tail, sep });
  return parts;
}

function joinParts(parts: readonly TitlePart[]): string {
  return parts
    .map((p, i) => (i === 0 ? p.text : `${p.sep}${p.text}`))
    .join('')
    .trim();
}

function looksLikeSite(part: string, siteKeys: readonly string[]): boolean {
  const k = key(part);
  if (!k) return false;
  for (const s of siteKeys) {
    if (k === s) return true;
    if (s.length >= 4 && k.includes(s) && part.split(/\s+/).length <= 6) return true;
    if (k.length >= 4 && s.includes(k)) return true;
  }
  return /^(?:www\.)?[\p{L}\p{N}-]+\.(?:com|net|org|co|info|news|tv|de|fr|uk|eu|ae|sa|eg|ma|dz|tn|jo|lb|qa|kw|ps|iq|sy|ly)(?:\.[a-z]{2})?$/iu.test(
    part,
  );
}

/**
 * Remove site names from either end of a title ("Headline | Site", "Site - Headline", "Headline - الموقع").
 * A part is a site name when it matches a known site name or host label; a trailing part after " | " that is
 * short is taken as one too when nothing else is known.
 */
export function stripSiteFromTitle(title: string, siteKeys: readonly string[]): string {
  let parts = splitTitle(title);
  if (parts.length < 2) return title;
  const before = parts.length;
  let changed = true;
  while (changed && parts.length > 1) {
    changed = false;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    if (looksLikeSite(last.text, siteKeys)) {
      parts = parts.slice(0, -1);
      changed = true;
    } else if (looksLikeSite(first.text, siteKeys)) {
      const siteSep = parts[1]!.sep.trim();
      parts = parts.slice(1).map((p, i) => (i === 0 ? { ...p, sep: '' } : p));
      changed = true;
      // "Site :: Section :: Headline": a short label after the site, set off the same way, is a section.
      const label = parts[0]!;
      const after = parts[1];
      if (
        after &&
        after.sep.trim() === siteSep &&
        label.text.split(/\s+/).length <= 3 &&
        !/[.!?؟…]$/.test(label.text) &&
        joinParts(parts.slice(1)).split(/\s+/).length >= 4
      ) {
        parts = parts.slice(1).map((p, i) => (i === 0 ? { ...p, sep: '' } : p));
      }
    }
  }
  if (parts.length > 1 && parts.length === before) {
    // Nothing matched a known site: a short capitalised tail after " | " or a dash is taken as the site.
    const last = parts[parts.length - 1]!;
    const rest = joinParts(parts.slice(0, -1));
    const tailWords = last.text.split(/\s+/).length;
    const siteLike = !/^\p{Ll}/u.test(last.text) && !/[!?]{2}|[?.…]$/.test(last.text);
    if (/\||[-–—]/.test(last.sep) && siteLike && tailWords <= 3 && rest.split(/\s+/).length >= 3) {
      parts = parts.slice(0, -1);
    }
  }
  const out = joinParts(parts);
  return out || title;
}

/** The h1 elements worth considering: visible, not in the page chrome, not a logo or the site name. */
function headlineCandidates(doc: Document, siteKeys: readonly string[]): Element[] {
  const out: Element[] = [];
  for (const h of elementsNamed(doc, 'h1').slice(0, 20)) {
    if (isHidden(h)) continue;
    const text = textOf(h);
    if (!text || text.length > MAX_TITLE) continue;
    if (siteKeys.includes(key(text))) continue;
    if (inChromeBesidesArticleHeader(h)) continue;
    out.push(h);
  }
  return out;
}

const PROMINENT_NAMES = new Set(['h1', 'h2', 'b', 'strong']);

/** `h1, h2, b, strong, font[size], [class*="title"], [class*="headline"]`. */
function isProminent(el: Element): boolean {
  const name = tagOf(el);
  if (PROMINENT_NAMES.has(name) || (name === 'font' && el.hasAttribute('size'))) return true;
  const cls = classOf(el);
  return !!cls && (cls.includes('title') || cls.includes('headline'));
}

/** A `<font size>` that makes its text large (size 4 and up, or a relative "+n"). */
function isLargeFont(el: Element): boolean {
  const size = (el.getAttribute('size') ?? '').trim();
  return /^\+\d/.test(size) || Number.parseInt(size, 10) >= 4;
}

/**
 * Texts of visible, prominent elements that could be the page's headline where it has no usable h1: h1 and
 * h2 headings, bold or large text, elements classed as a title. Not in the page chrome, not a link or wholly
 * a link (a teaser, the logo), at least three words.
 */
function prominentTexts(doc: Document, siteKeys: readonly string[]): string[] {
  const out: string[] = [];
  for (const el of elementsWhere(doc, isProminent, 120)) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'font' && !isLargeFont(el)) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_TITLE || text.split(/\s+/).length < 3) continue;
    if (siteKeys.includes(key(text)) || out.includes(text)) continue;
    if (el.closest('a') || isHidden(el) || inPageChrome(el)) continue;
    // A heading that is wholly a link points elsewhere (a teaser, a permalink list).
    const link = el.querySelector('a[href]');
    if (link && textOf(link) === text) continue;
    out.push(text);
  }
  return out;
}

/** The part of a "Site :: Section :: Headline" title that a prominent element on the page shows, if any. */
function prominentPart(title: string, prominent: () => readonly string[]): string | null {
  const parts = splitTitle(title);
  if (parts.length < 2) return null;
  const texts = prominent();
  if (!texts.length) return null;
  const keys = new Set(texts.map(key));
  // The headline carries most of the title; the other parts are short labels (site, section).
  const total = parts.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  const matches = parts.filter((p) => {
    const n = p.text.split(/\s+/).length;
    return n >= 3 && n * 2 >= total && keys.has(key(p.text));
  });
  if (!matches.length) return null;
  return matches.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
}

function docTitleText(doc: Document): string | null {
  const titles = elementsNamed(doc, 'title');
  const el =
    titles.find((t) => t.parentElement !== null && tagOf(t.parentElement) === 'head') ??
    titles.find((t) => !t.closest('svg'));
  return textOf(el);
}

/** True when `h` is one end of `title` cut at a separator ("Headline | Site" vs "Headline"). */
function isTitleEnd(title: string, h: string): boolean {
  if (title === h) return true;
  if (title.startsWith(h)) return /^\s*(?:\||-{1,2}|–|—|::|»|«|·|•|\/|~|_|:)/.test(title.slice(h.length));
  if (title.endsWith(h))
    return /(?:\||-{1,2}|–|—|::|»|«|·|•|\/|~|_|:)\s*$/.test(title.slice(0, title.length - h.length));
  return false;
}

function overlap(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = words(b);
  if (!wa.size || !wb.length) return 0;
  return wb.filter((w) => wa.has(w)).length / Math.max(wa.size, wb.length);
}

function readTitle(
  doc: Document,
  meta: MetaMap,
  art: JsonLdNode | undefined,
  siteKeys: readonly string[],
): string | null {
  const h1s = headlineCandidates(doc, siteKeys);
  const h1Texts = h1s.map((h) => textOf(h)).filter((t): t is string => !!t);
  const articleH1 = textOf(
    h1s.find((h) => {
      const place = placeOf(h);
      return place.article || place.main;
    }),
  );
  const docTitle = docTitleText(doc);
  let prominentCache: string[] | null = null;
  const prominent = (): string[] => (prominentCache ??= prominentTexts(doc, siteKeys));

  const refine = (t: string | null): string | null => {
    if (!t || t.length > MAX_TITLE * 2) return null;
    if (h1Texts.includes(t)) return t;
    // The visible headline is one end of the title: use it as is.
    const ends = h1Texts.filter((h) => isTitleEnd(t, h) && h.split(/\s+/).length >= 2);
    const end = ends.find((h) => t.startsWith(h)) ?? ends[0];
    if (end) return end;
    // A prominent element (an h2, bold or large text) shows one part of a title made of several.
    const part = prominentPart(t, prominent);
    if (part) return part;
    const stripped = stripSiteFromTitle(t, siteKeys);
    return stripped.length > MAX_TITLE || siteKeys.includes(key(stripped)) ? null : stripped;
  };

  // In order of preference; a candidate another source confirms wins over an unconfirmed one.
  const raw: (string | null)[] = [
    str(art?.['headline']),
    firstMeta(meta, ['dc.title', 'dcterm.title', 'dcterms.title']),
    firstMeta(meta, ['og:title']),
    firstMeta(meta, ['twitter:title', 'parsely-title', 'sailthru.title']),
    textOf(
      elementsWhere(doc, (e) => hasWord(e.getAttribute('itemprop'), 'headline') && tagOf(e) !== 'meta', 1)[0] ?? null,
    ),
    articleH1,
    docTitle,
    ...h1Texts.slice(0, 3),
  ];
  const cands = raw.map(refine);
  const keys = cands.map((c) => (c ? key(c) : ''));
  const docKey = docTitle ? key(docTitle) : '';
  const supported = (i: number): boolean => {
    const k = keys[i]!;
    if (!k) return false;
    if (keys.some((o, j) => j !== i && o === k && raw[j] !== raw[i])) return true;
    return i !== 6 && k.length >= 8 && docKey.includes(k);
  };
  let pick = cands.findIndex((_, i) => supported(i));
  if (pick < 0) {
    // Unconfirmed: metadata titles first, then a headline that resembles the document title, then the title.
    const order = [0, 1, 2, 3];
    pick = order.find((i) => cands[i]) ?? -1;
    if (pick < 0 && articleH1 && docTitle && overlap(docTitle, articleH1) >= 0.5) pick = 5;
    if (pick < 0) pick = [6, 4, 5, 7, 8, 9].find((i) => cands[i]) ?? -1;
  }
  let t = pick >= 0 ? cands[pick]! : null;
  if (!t) return null;
  // A truncated headline ("… very long headl…"): prefer a fuller candidate that starts the same way.
  const trunc = /(?:…|\.\.\.)$/.exec(t);
  if (trunc) {
    const stem = t.slice(0, trunc.index).trim();
    const fuller = cands.find((o) => o && o.length > stem.length + 1 && o.startsWith(stem));
    if (fuller) t = fuller;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------
// Byline

const BYLINE_PREFIX =
  /^(?:(?:written|posted|reported|edited|story|text|words|photos?)\s+(?:and\s+\w+\s+)?by|by|von|par|por|di|door|av|af|بقلم|بقلم\s+الكاتب|كتب|كتبت|كتبه|كتبها|كتب\s+ـ|بواسطة|إعداد|اعداد|تحرير|تقرير|author|autor|auteur|autore|الكاتب|المحرر|نشر\s+بواسطة)(?:\s*[:：\-–—|]\s*|\s+)(?=\S)/iu;
const JOB_WORD =
  /(?:^|\s)(?:correspondent|reporter|editor|writer|contributor|columnist|staff|senior|chief|producer|analyst|bureau|journalist|photographer|director|founder|ceo|head|intern|news|desk|مراسل|مراسلة|محرر|محررة|صحفي|صحفية|رئيس|رئيسة|مدير|مديرة|كاتب|كاتبة|مندوب)(?:\s|$)/i;
const CREDENTIAL = /^(?:M\.?[AD]|Ph\.?D|R\.?N|M\.?S|B\.?A|MPH|MBA|Jr\.?|Sr\.?|III?)$/;
const TIME_NOISE =
  /\d{1,2}:\d{2}|\b(?:updated|published|posted|last\s+updated|min(?:ute)?s?\s+read|hours?\s+ago|days?\s+ago)\b|تحديث|نشر\s+في|آخر\s+تحديث|منذ/i;
const GENERIC_BYLINE =
  /^(?:follow|author|authors|admin|administrator|publisher|webmaster|staff|share|by|von|par|por|بقلم|كتب|more|read more|view all posts|editor|editorial|contributors?|guest|anonymous|unknown|null|undefined|none)(?:\s+(?:author|posts?|me))?$/i;
/** A weekday left at the end once a date is cut off ("Jane Doe Sunday, 2 March" → "Jane Doe"). */
const WEEKDAY_END =
  /[\s,،|•·\-–—]*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:يوم\s+)?(?:الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت))[\s,،]*$/iu;
const URLISH = /(?:https?:\/\/|www\.)\S+|\S+\.(?:com|net|org)(?:\/\S*)?/gi;

/** A byline as a reader expects it, or null when the text is not one (a URL, the site, a paragraph, a date). */
export function cleanByline(raw: string | null | undefined, siteKeys: readonly string[] = []): string | null {
  let s = clean(raw);
  if (!s) return null;
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
  const segments = s
    .split(/\s*[|•·]\s*|\s+[–—-]\s+|\s*\n\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  const kept: string[] = [];
  for (const seg of segments) {
    if (JOB_WORD.test(seg) && kept.length) break;
    const pieces = seg.split(/\s*[,،]\s*/).filter(Boolean);
    const names = pieces.filter(
      (p) => !CREDENTIAL.test(p) && !(JOB_WORD.test(p) && pieces.length > 1 && p !== pieces[0]),
    );
    if (names.length) kept.push(names.join(hasArabic(seg) ? '، ' : ', '));
    if (kept.length) break;
  }
  s = normalizeSpace((kept[0] ?? '').replace(/^[\s,،:;|.\-–—]+|[\s,،:;|\-–—]+$/g, ''));
  if (!s || !/\p{L}/u.test(s)) return null;
  if (hadUrl && s.split(/\s+/).length < 2 && !/\p{Lu}/u.test(s[0] ?? '')) return null;
  if (GENERIC_BYLINE.test(s)) return null;
  if (s.length > MAX_BYLINE || s.split(/\s+/).length > 16) return null;
  // Each name is a few words ("Bruno (Henrique Zecchin) Rodrigues" counts without its parenthesis).
  const names = s.replace(/\([^)]*\)/g, ' ').split(/\s*[,،&]\s*|\s+(?:and|und|et|y|e)\s+|\s+و(?=\S)/);
  if (names.some((n) => n.trim().split(/\s+/).length > 5)) return null;
  // A sentence, not a name.
  if (/[.!?؟]\s+\p{Ll}/u.test(s) || /[.!?؟]\s+\S+\s+\S+\s+\S+\s+\S+/u.test(s)) return null;
  if (siteKeys.includes(key(s))) return null;
  return s;
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
  for (const field of ['author', 'creator']) {
    const v = art[field];
    if (v === undefined) continue;
    const list = Array.isArray(v) ? v : [v];
    const names: string[] = [];
    for (const a of list.slice(0, 20)) {
      const isPerson = typeof a === 'object' && a !== null && typesOf(a as JsonLdNode).includes('person');
      const n = cleanByline(jsonLdName(a, nodes), isPerson ? [] : siteKeys);
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
const BYLINE_TOKEN =
  /^(?:by|byline|by-?line|writer|writers|author|authors|author-?name|reporter|reporters|kateb|katib|كاتب|الكاتب|contributor|contributors|creator)$/i;
/** Visible text that opens a byline: "كتبت: …", "بقلم …", "By …". */
const BYLINE_OPENING = /^(?:(?:كتب|كتبت|كتبه|بقلم)(?:\s*[:：\-–—]\s*|\s+)\S|By(?:\s*[:：]\s*|\s+)\p{Lu})/u;
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
  const h1 = headlineCandidates(doc, siteKeys)[0];
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
  // Named elements first, then elements that open with "By"; the innermost such element, not its container.
  for (const pass of ['token', 'opening'] as const) {
    for (const { elements, root } of zones)
      for (const el of elements) {
        const tag = el.tagName.toLowerCase();
        if (/^(?:h[1-6]|script|style|noscript|template|nav|ul|ol|table|form|button|time)$/.test(tag)) continue;
        const text = textOf(el);
        if (!text || text.length > 150) continue;
        if (pass === 'token' ? !hasBylineToken(el) : !BYLINE_OPENING.test(text)) continue;
        if (pass === 'opening') {
          const inner = el.firstElementChild;
          if (inner && BYLINE_OPENING.test(textOf(inner) ?? '')) continue;
          if (el.closest('form')) continue;
        }
        const place = placeOf(el, root);
        if (place.comment || place.chrome || isHidden(el)) continue;
        const b = cleanByline(linkedNames(el, siteKeys) ?? text, siteKeys);
        if (b) return b;
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
      raw = linkedNames(el, siteKeys) ?? textOf(el);
    }
    if (!raw || raw.length > 300) continue;
    const b = cleanByline(raw, siteKeys);
    if (b) return b;
  }
  return null;
}

const SOCIAL_HREF =
  /^(?:mailto:|tel:|javascript:)|(?:twitter|x|facebook|instagram|linkedin|t\.me|youtube|tiktok)\.com/i;

/**
 * The names in a byline made of author links ("By <a>A</a> and <a>B</a>"), leaving out job titles and dates
 * that sit beside them; null when the byline is not made of name links.
 */
function linkedNames(el: Element, siteKeys: readonly string[]): string | null {
  const links = Array.from(el.querySelectorAll('a[href], [itemprop~="name"], [class*="name"]')).slice(0, 8);
  if (!links.length || links.length > 5) return null;
  const names: string[] = [];
  for (const a of links) {
    if (SOCIAL_HREF.test(a.getAttribute('href') ?? '')) continue;
    const n = cleanByline(textOf(a), siteKeys);
    if (!n || n.split(/\s+/).length > 5) return null;
    if (!names.some((x) => x.includes(n) || n.includes(x))) names.push(n);
  }
  return joinNames(names);
}

function readByline(
  doc: Document,
  meta: MetaMap,
  art: JsonLdNode | undefined,
  nodes: readonly JsonLdNode[],
  siteKeys: readonly string[],
): string | null {
  const fromLd = jsonLdAuthors(art, nodes, siteKeys);
  if (fromLd) return fromLd;
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
  return domByline(doc, siteKeys);
}

// ---------------------------------------------------------------------------------------------------------
// Dates

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'datecreated',
  'citation_publication_date',
  'citation_date',
  'article.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'rnews:datepublished',
  'article_date_original',
  'originalpublicationdate',
  'cxenseparse:recs:publishtime',
  'date',
  'og:pubdate',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'article:modified',
  'modified_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'parsely-updated',
];

function firstDate(values: readonly (string | null | undefined)[], opts: DateOptions): string | null {
  for (const v of values) {
    if (!v) continue;
    const d = parseDate(v, opts);
    if (d) return d;
  }
  return null;
}

const UPDATE_HINT = /updat|modif|edited|revis|تحديث|عدل/i;

function hintOf(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
    parts.push(classOf(e) ?? '', e.getAttribute('id') ?? '', e.getAttribute('itemprop') ?? '');
  }
  return parts.join(' ');
}

function timeElementDate(doc: Document, opts: DateOptions): string | null {
  let best: { score: number; iso: string } | null = null;
  for (const t of elementsNamed(doc, 'time').slice(0, 40)) {
    const place = placeOf(t);
    if (place.chrome || isHidden(t)) continue;
    const iso = parseDate(t.getAttribute('datetime') ?? '', opts) ?? parseDate(textOf(t) ?? '', opts);
    if (!iso) continue;
    const hint = hintOf(t);
    let score = 0;
    if (place.article || place.main) score += 2;
    if (t.hasAttribute('pubdate')) score += 2;
    if (/publish|pubdate|posted|created/i.test(hint)) score += 2;
    if (UPDATE_HINT.test(hint) || /updat|modif|تحديث/i.test(t.previousSibling?.textContent ?? '')) score -= 3;
    if (!best || score > best.score) best = { score, iso };
  }
  return best && best.score >= 0 ? best.iso : null;
}

/** Elements that may hold a date line: a class holding date, publish, posted, time, meta, byline or info; an id holding "date". */
function isDateLine(el: Element): boolean {
  return DATE_LINE_CLASS.test(classOf(el) ?? '') || (el.getAttribute('id') ?? '').includes('date');
}
const DATE_LINE_CLASS = /date|Date|publish|posted|time|meta|byline|info/;

/** A date written near the headline or byline, read as text (for pages with no machine-readable date). */
function visibleDate(doc: Document, opts: DateOptions): string | null {
  const candidates: Element[] = [];
  const h1 = elementsNamed(doc, 'h1').find((h) => !isHidden(h) && !inPageChrome(h));
  if (h1) {
    // The few elements after the headline, and the headline container's siblings.
    let e: Element | null = h1.nextElementSibling;
    for (let i = 0; e && i < 4; e = e.nextElementSibling, i++) candidates.push(e);
    const parent = h1.parentElement;
    if (parent) {
      let s: Element | null = parent.nextElementSibling;
      for (let i = 0; s && i < 3; s = s.nextElementSibling, i++) candidates.push(s);
    }
  }
  candidates.push(...elementsWhere(doc, isDateLine, 60));
  for (const el of candidates) {
    if (isHidden(el) || inPageChrome(el)) continue;
    const text = el.textContent ?? '';
    if (text.length > 300) continue;
    const iso = findDateInText(text, opts);
    if (!iso) continue;
    const hint = `${hintOf(el)} ${text.slice(0, 40)}`;
    // An update line is not the publication date.
    if (UPDATE_HINT.test(hint) && !/publish|نشر/i.test(hint)) continue;
    return iso;
  }
  return null;
}

function readDates(
  doc: Document,
  meta: MetaMap,
  art: JsonLdNode | undefined,
  nodes: readonly JsonLdNode[],
  opts: DateOptions,
): { published: string | null; modified: string | null } {
  const published =
    firstDate([str(art?.['datePublished']), str(art?.['dateCreated'])], opts) ??
    firstDate(
      PUBLISHED_META.flatMap((n) => meta.get(n)?.slice(0, 1) ?? []),
      opts,
    ) ??
    firstDate(
      elementsWhere(doc, (e) => hasWord(e.getAttribute('itemprop'), 'datePublished'))
        .filter((e) => !inForeignItem(e))
        .slice(0, 5)
        .map((e) => e.getAttribute('content') ?? e.getAttribute('datetime') ?? e.textContent),
      opts,
    ) ??
    firstDate(
      nodes.map((n) => str(n['datePublished'])),
      opts,
    ) ??
    timeElementDate(doc, opts) ??
    visibleDate(doc, opts);
  const modified =
    firstDate([str(art?.['dateModified'])], opts) ??
    firstDate(
      MODIFIED_META.flatMap((n) => meta.get(n)?.slice(0, 1) ?? []),
      opts,
    ) ??
    firstDate(
      elementsWhere(doc, (e) => hasWord(e.getAttribute('itemprop'), 'dateModified'))
        .filter((e) => !inForeignItem(e))
        .slice(0, 3)
        .map((e) => e.getAttribute('content') ?? e.getAttribute('datetime') ?? e.textContent),
      opts,
    ) ??
    firstDate(
      nodes.map((n) => str(n['dateModified'])),
      opts,
    );
  return { published, modified };
}

// ---------------------------------------------------------------------------------------------------------
// Language, direction, canonical URL, description

function readDeclaredLang(
  doc: Document,
  meta: MetaMap,
  art: JsonLdNode | undefined,
  nodes: readonly JsonLdNode[],
): string | null {
  const html = doc.documentElement;
  const inLanguage = (n: JsonLdNode | undefined): string | null => {
    const v = n?.['inLanguage'];
    if (typeof v === 'string') return v;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      return str((v as JsonLdNode)['alternateName']) ?? str((v as JsonLdNode)['name']);
    }
    return null;
  };
  const tags = [
    html?.getAttribute('lang'),
    html?.getAttribute('xml:lang'),
    doc.body?.getAttribute('lang'),
    firstMeta(meta, ['content-language', 'language', 'dc.language', 'dcterms.language']),
    firstMeta(meta, ['og:locale']),
    inLanguage(art),
    ...nodes.slice(0, 10).map(inLanguage),
  ];
  for (const t of tags) {
    const p = primaryLang(t);
    if (p && !['und', 'zxx', 'mul', 'mis'].includes(p)) return p;
  }
  return null;
}

function readDeclaredDir(doc: Document): Direction | null {
  for (const el of [doc.documentElement, doc.body]) {
    const d = el?.getAttribute('dir')?.trim().toLowerCase();
    if (d === 'rtl' || d === 'ltr') return d;
  }
  return null;
}

function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function baseUrlOf(doc: Document, url: string | null | undefined): string | null {
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  return resolveUrl(baseHref, url) ?? resolveUrl(url, null);
}

// ---------------------------------------------------------------------------------------------------------

/** Read the page's metadata. `url` is the page address, used to resolve relative links and as a site-name fallback. */
export function extractMetadata(doc: Document, url?: string | null, jsonLd?: JsonLdNode[]): Metadata {
  const meta = readMetaTags(doc);
  const nodes = jsonLd ?? readJsonLd(doc);
  const arts = articleNodes(nodes);
  // Pages without an article-typed node often still describe the story in another node (WebPage, …).
  const art = arts[0] ?? nodes.find((n) => typeof n['headline'] === 'string' || n['datePublished'] !== undefined);
  const base = baseUrlOf(doc, url);

  const canonicalUrl =
    resolveUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base) ??
    resolveUrl(firstMeta(meta, ['og:url']), base);

  const host = hostOf(url) ?? hostOf(canonicalUrl);
  const declaredSite = readSiteName(doc, meta, nodes, arts);
  const siteName = declaredSite ?? host;
  const siteKeys = [
    ...new Set(
      [declaredSite, firstMeta(meta, ['twitter:site']), host, host ? hostLabel(host) : null]
        .filter((s): s is string => !!s)
        .map(key)
        .filter((k) => k.length >= 2),
    ),
  ];

  const declaredLang = readDeclaredLang(doc, meta, art, nodes);
  const rawLang = doc.documentElement?.getAttribute('lang') ?? '';
  const opts: DateOptions = { monthFirst: /^en[-_]us$/i.test(rawLang.trim()) };

  const { published, modified } = readDates(doc, meta, art, nodes, opts);

  return {
    title: readTitle(doc, meta, art, siteKeys),
    byline: readByline(doc, meta, art, nodes, siteKeys),
    published,
    modified,
    siteName,
    canonicalUrl,
    declaredLang,
    declaredDir: readDeclaredDir(doc),
    description:
      firstMeta(meta, [
        'og:description',
        'description',
        'twitter:description',
        'dc.description',
        'dcterms.description',
      ]) ?? str(art?.['description']),
  };
}

/** Scripts shared by several languages: a declared tag in the same family agrees with the text. */
const SCRIPT_FAMILY: Record<string, readonly string[]> = {
  ar: ['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb', 'ku', 'ks', 'bal'],
  he: ['he', 'yi', 'iw', 'lad'],
  ru: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'tg', 'mn', 'ba', 'tt', 'cv'],
  el: ['el'],
  zh: ['zh', 'ja', 'yue', 'wuu'],
  ja: ['ja'],
  ko: ['ko'],
};

/**
 * The article's language and direction, from the declared metadata checked against the text's script: an
 * Arabic article in a page marked lang="en-US" is Arabic. A declared tag is kept when the script agrees with it
 * or the text is Latin (Latin script does not say which language), except that a right-to-left tag on a text
 * that is plainly left-to-right is dropped. With no usable tag, a Latin-script text's language is guessed from
 * its function words (guessLatinLang), or left null when that is unsure.
 */
export function inferLangDir(meta: Metadata, bodyText: string): { lang: string | null; dir: Direction } {
  const declared = meta.declaredLang;
  const sample = bodyText.length > 20000 ? bodyText.slice(0, 20000) : bodyText;
  const fromScript = scriptLang(sample);
  const textDir = directionOf(sample);
  let lang: string | null;
  if (fromScript) {
    lang = declared && (SCRIPT_FAMILY[fromScript] ?? [fromScript]).includes(declared) ? declared : fromScript;
  } else if (declared && RTL_LANGS.has(declared) && textDir === 'ltr' && sample.length >= 200) {
    lang = guessLatinLang(sample); // marked right-to-left, written left-to-right
  } else {
    // Latin script does not name its language: the markup does, else the function words may.
    lang = declared ?? guessLatinLang(sample);
  }
  let dir: Direction;
  if (lang) dir = RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
  else dir = textDir ?? meta.declaredDir ?? 'ltr';
  return { lang, dir };
}

/** `article, [role="article"], main, [role="main"]`. */
function isArticleOrMain(el: Element): boolean {
  const name = tagOf(el);
  if (name === 'article' || name === 'main') return true;
  const role = el.getAttribute('role');
  return role === 'article' || role === 'main';
}
