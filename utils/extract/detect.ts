/**
 * Is this page an article? A cheap check that also runs in the content script on the live page, so it reads
 * only what standard DOM APIs give without layout: a bounded number of querySelectorAll calls, attributes, and
 * the text of paragraph-like elements (stopping as soon as the answer is clear). No style or layout reads.
 */
import { isArticleNode, readJsonLd, typesOf, type JsonLdNode } from '../metadata/jsonld';
import { classOf, elementsNamed, elementsOf, elementsWhere, hasWord, tagOf } from '../common/dom';
import { patternsPattern } from '../lexicon/compile';
import { ARCHIVE_BODY_CLASSES, SINGLE_BODY_CLASSES } from '../lexicon/page-classes';
import { LISTING_PATH_SEGMENTS } from '../lexicon/page-addresses';
import { inSkippedPart, MAX_NODES, READABLE_SCORE, readableScore } from './readable';
import { CONTENT } from '../settings/content';

export interface Detection {
  likely: boolean;
  /** Sum of the signal weights; `likely` is score >= LIKELY_SCORE. */
  score: number;
  /** What was seen, e.g. "jsonld:newsarticle", "og:type=article", "readerable:34". */
  signals: string[];
  /**
   * The page lists several posts (archive, tag, category, search or front page): its running text is excerpts,
   * so a long text alone does not make it an article.
   */
  listing: boolean;
  /** Characters of excerpt text under the teasers seen (0 when there are none or the scan was skipped). */
  teaserText: number;
  /** The teasers seen (their boxes, or their linked headings); empty when there are none or the scan was skipped. */
  teasers: readonly Element[];
  /** The page shows search results. */
  search: boolean;
  /** The page holds CONTENT.verdict.manyArticles `<article>` elements or more (a front's cards), teasers or not. */
  manyArticles: boolean;
  /**
   * The page declares itself one story in its metadata: a JSON-LD article node, an article og:type, or a
   * published time (article:published_time, itemprop datePublished).
   */
  declared: boolean;
  /**
   * The page's own address (canonical link, else og:url) names one story: a date in the path followed by the
   * story's name, or a long slug, and no listing word (lexicon/page-addresses.ts) among its segments.
   */
  address: boolean;
}

/** Score at which a page is likely an article. */
const LIKELY_SCORE = 2;

const NON_ARTICLE_TYPES = new Set([
  'product',
  'website',
  'searchresultspage',
  'collectionpage',
  'itemlist',
  'store',
  'offer',
  'profilepage',
  'aboutpage',
  'contactpage',
  'checkoutpage',
  'realestatelisting',
]);

/** Most headings and excerpt containers looked at by listingSignals. */
const MAX_TEASERS = 120;
/** An excerpt under a teaser heading is at most this long; a story's paragraphs run on. */
export const MAX_EXCERPT = 600;
/** Body class words of archive, tag, category, author and search-result pages (WordPress and alike). */
const ARCHIVE_CLASS = new RegExp(`^${patternsPattern(ARCHIVE_BODY_CLASSES)}$`, 'i');
/** Body class words of a single story. */
const SINGLE_CLASS = new RegExp(`^${patternsPattern(SINGLE_BODY_CLASSES)}$`, 'i');

export interface Listing {
  /** Post excerpts seen: elements with their own linked heading whose text is short; 0 when not a listing. */
  teasers: number;
  /** Characters of their excerpts. */
  teaserText: number;
  /** The archive word in the body classes, when the body is not also classed as a single story. */
  archiveClass: string | null;
  /** The teasers seen: their boxes, or their linked headings where the page has no boxes. */
  elements: Element[];
}

/** The text of the paragraphs in an element (the first MAX_NODES), up to `limit` characters. */
function paragraphText(el: Element, limit: number): number {
  let len = 0;
  for (const p of Array.from(el.querySelectorAll('p')).slice(0, MAX_NODES)) {
    len += (p.textContent ?? '').trim().length;
    if (len > limit) break;
  }
  return len;
}

/** A heading (h1–h4) in or at the top of `el` whose text is a link, as teasers have. */
function linkedHeading(el: Element): Element | null {
  for (const h of Array.from(el.querySelectorAll('h1, h2, h3, h4')).slice(0, 3)) {
    const a = h.querySelector('a[href]');
    if (a && (a.textContent ?? '').trim().length >= (h.textContent ?? '').trim().length * 0.6) return h;
  }
  return null;
}

/**
 * Signs that the page lists several posts (a tag, category, search or front page) rather than telling one
 * story: several `<article>` (or post-classed) elements each with its own linked heading and a short excerpt,
 * or running text that is mostly short blocks under linked headings; archive words in the body classes.
 */
export function listingSignals(doc: Document): Listing {
  const archiveClass = archiveClassOf(doc);

  // Post containers: <article> elements, else elements classed as posts or entries.
  const articleEls: Element[] = elementsNamed(doc, 'article').slice(0, MAX_TEASERS);
  let boxes = articleEls;
  if (boxes.length < 3) {
    boxes = elementsWhere(doc, isPostBox, MAX_TEASERS);
  }
  let teasers = 0;
  let teaserText = 0;
  const elements: Element[] = [];
  for (const box of boxes) {
    if (inSkippedPart(box)) continue;
    if (!linkedHeading(box)) continue;
    const len = paragraphText(box, MAX_EXCERPT);
    if (len > MAX_EXCERPT) continue; // a full story, not an excerpt
    teasers++;
    teaserText += len;
    elements.push(box);
  }
  // Teasers beside a story (related links, more from the section) leave most of the text to the story.
  const bodyText = (): number => paragraphText(doc.body ?? doc.documentElement, Number.POSITIVE_INFINITY);
  if (teasers >= 3 && teaserText * 2 >= bodyText()) return { teasers, teaserText, archiveClass, elements };

  // No post containers: most of the paragraph text sits in short blocks right after linked headings. Inside
  // the page's one <article>, such headings are the story's own items (a list of products, of places).
  const headings =
    articleEls.length === 1 ? [] : elementsWhere(doc, (el) => TEASER_HEADINGS.has(tagOf(el)), MAX_TEASERS);
  let excerptText = 0;
  let excerpts = 0;
  const linked: Element[] = [];
  for (const h of headings) {
    const a = h.querySelector('a[href]');
    if (!a || (a.textContent ?? '').trim().length < (h.textContent ?? '').trim().length * 0.6) continue;
    if (inSkippedPart(h)) continue;
    let len = 0;
    for (
      let e = h.nextElementSibling, i = 0;
      e && i < 3 && !/^H[1-6]$/i.test(e.tagName);
      e = e.nextElementSibling, i++
    ) {
      if (e.tagName.toLowerCase() === 'p' || e.tagName.toLowerCase() === 'div')
        len += (e.textContent ?? '').trim().length;
    }
    if (len > 0 && len <= MAX_EXCERPT) {
      excerpts++;
      excerptText += len;
      linked.push(h);
    }
  }
  if (excerpts >= 4 && excerptText * 2 >= bodyText())
    return { teasers: excerpts, teaserText: excerptText, archiveClass, elements: linked };
  return { teasers: 0, teaserText: 0, archiveClass, elements: [] };
}

/** The archive word in the body classes, unless the body is also classed as a single story. */
function archiveClassOf(doc: Document): string | null {
  const bodyClasses = (doc.body?.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  if (bodyClasses.some((c) => SINGLE_CLASS.test(c))) return null;
  return bodyClasses.find((c) => ARCHIVE_CLASS.test(c)) ?? null;
}

/** The content of the first `<meta property=key>` or `<meta name=key>`, lower-cased. */
function metaContent(doc: Document, key: string): string | null {
  const meta = elementsNamed(doc, 'meta').find(
    (m) => m.getAttribute('property') === key || m.getAttribute('name') === key,
  );
  return meta?.getAttribute('content')?.trim().toLowerCase() ?? null;
}

/**
 * Whether the document looks like an article, with a score and the signals that made it.
 * `jsonLd`: the page's JSON-LD when the caller has read it already; `readable`: the readerable score when the
 * caller has measured the page already (the pipeline's content stage does): each saves a pass over the page.
 */
export function detectArticle(doc: Document, jsonLd?: JsonLdNode[], readable?: number): Detection {
  const signals: string[] = [];
  let score = 0;
  const add = (weight: number, signal: string): void => {
    score += weight;
    signals.push(signal);
  };

  const nodes = jsonLd ?? readJsonLd(doc);
  const articleTypes = new Set<string>();
  const otherTypes = new Set<string>();
  for (const node of nodes) {
    const types = typesOf(node);
    if (isArticleNode(node)) types.forEach((t) => articleTypes.add(t));
    else types.forEach((t) => otherTypes.add(t));
    for (const key of ['mainEntity', 'mainEntityOfPage']) {
      const inner = node[key];
      if (
        typeof inner === 'object' &&
        inner !== null &&
        !Array.isArray(inner) &&
        isArticleNode(inner as Record<string, unknown>)
      ) {
        typesOf(inner as Record<string, unknown>).forEach((t) => articleTypes.add(t));
      }
    }
  }
  let declared = articleTypes.size > 0;
  if (articleTypes.size) add(3, `jsonld:${[...articleTypes].join('+')}`);
  else {
    const negative = [...otherTypes].filter((t) => NON_ARTICLE_TYPES.has(t));
    const strong = negative.some((t) => t === 'product' || t === 'collectionpage' || t === 'searchresultspage');
    if (negative.length) add(strong ? -3 : -1, `jsonld-non-article:${negative.join('+')}`);
  }

  const ogType = metaContent(doc, 'og:type');
  if (ogType) {
    if (/^(?:article|news|blog|.*:article)$/.test(ogType)) {
      add(2, `og:type=${ogType}`);
      declared = true;
    } else if (/product/.test(ogType)) add(-3, `og:type=${ogType}`);
    else if (ogType === 'website' || ogType === 'profile' || ogType === 'video.other') add(-1, `og:type=${ogType}`);
  }

  if (elementsWhere(doc, declaresPublished, 1).length) {
    add(1, 'published-time');
    declared = true;
  }

  const archiveClass = archiveClassOf(doc);
  if (archiveClass) add(-2, `archive-page:${archiveClass}`);
  readable ??= readableScore(doc);
  const articles = elementsNamed(doc, 'article').length;
  const manyArticles = articles >= CONTENT.verdict.manyArticles;
  // Teasers can lower the score by at most TEASER_SWING (−3, and the article-element and readerable points they
  // take away) and search results by 2; when the score stays likely even so, those scans cannot change the
  // verdict and are skipped.
  const upper = score + (articles === 1 ? 1 : manyArticles ? -2 : 0) + readablePoints(readable, false);
  const decided = upper - TEASER_SWING - 2 >= LIKELY_SCORE;
  const search = !decided && searchResults(doc);
  const listed =
    decided || upper - TEASER_SWING - (search ? 2 : 0) >= LIKELY_SCORE
      ? { teasers: 0, teaserText: 0, elements: [] }
      : listingSignals(doc);
  const teasers = listed.teasers;
  if (articles === 1 && !teasers) add(1, 'article-element');
  else if (manyArticles && !teasers) add(-2, `listing:${articles}-articles`);
  if (teasers) add(-3, `listing:${teasers}-teasers`);

  const rounded = Math.round(readable);
  const points = readablePoints(readable, teasers > 0);
  if (points > 0) add(points, `readerable:${rounded}`);
  else if (points < 0) add(points, `little-text:${rounded}`);
  else signals.push(`readerable:${rounded}`);

  if (search) add(-2, 'search-results');
  // The address weighs nothing in the score (the badge's hint is unchanged); the verdict reads it for pages whose
  // story is a photo, a video or a line (verdict.ts).
  const address = storyAddress(doc);
  if (address) signals.push('story-address');

  return {
    likely: score >= LIKELY_SCORE,
    score,
    signals,
    listing: teasers > 0 || archiveClass !== null,
    teaserText: listed.teaserText,
    teasers: listed.elements,
    search,
    manyArticles,
    declared,
    address,
  };
}

const LISTING_SEGMENTS = new Set(LISTING_PATH_SEGMENTS);
/** A year (1990–2099) in a path segment. */
const YEAR = /^(?:19|20)\d\d$/;
/** A month or day in a path segment. */
const MONTH_OR_DAY = /^\d\d?$/;
/** A file ending of a story's address (".html", ".php", ".aspx"). */
const FILE_ENDING = /\.[a-z]{2,5}$/i;
/** Words of a slug: runs of letters between hyphens, underscores and digits. */
const SLUG_WORD = /\p{L}+/gu;

/** The page's own address: its canonical link, else its og:url (`href` as written). */
function ownAddress(doc: Document): string | null {
  for (const link of elementsNamed(doc, 'link')) {
    if (hasWord(link.getAttribute('rel'), 'canonical') && link.getAttribute('href')) return link.getAttribute('href');
  }
  const og = elementsNamed(doc, 'meta').find(
    (m) => m.getAttribute('property') === 'og:url' || m.getAttribute('name') === 'og:url',
  );
  return og?.getAttribute('content')?.trim() || null;
}

/**
 * Whether the page's own address names one story: a date in the path (year and month) followed by a segment that
 * names the story ("/2012/09/prepping-for-new-week.html", "/2012/11/lfw.html"), or a last segment whose slug holds
 * CONTENT.verdict.storySlugWords words or more ("/diy/20546/wie-man-eine-runde-tischdecke-…"); never when a segment
 * is a listing word ("/tag/…", "/search/label/…", "/2012/11/page/2/"). A home page's, a section's or a date
 * archive's address ("/", "/sport/", "/2012/11/") names none.
 */
export function storyAddress(doc: Document): boolean {
  const href = ownAddress(doc);
  if (!href) return false;
  let path: string;
  try {
    path = new URL(href, 'http://address.invalid/').pathname;
  } catch {
    return false;
  }
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((seg) => {
      try {
        return decodeURIComponent(seg).toLowerCase();
      } catch {
        return seg.toLowerCase();
      }
    });
  if (!segments.length || segments.some((seg) => LISTING_SEGMENTS.has(seg.replace(FILE_ENDING, '')))) return false;
  const year = segments.findIndex((seg) => YEAR.test(seg));
  if (year >= 0 && MONTH_OR_DAY.test(segments[year + 1] ?? '')) {
    const after = segments.slice(year + 2).filter((seg) => !MONTH_OR_DAY.test(seg));
    if (after.some((seg) => /\p{L}/u.test(seg))) return true;
  }
  const last = segments[segments.length - 1]!.replace(FILE_ENDING, '');
  return (last.match(SLUG_WORD) ?? []).length >= CONTENT.verdict.storySlugWords;
}

/** Most that post teasers can take off a page's score (see detectArticle). */
const TEASER_SWING = 6;

/** Points of the readerable score; excerpts under teaser headings earn at most one. */
function readablePoints(readable: number, teasers: boolean): number {
  if (teasers && readable >= READABLE_SCORE) return 1;
  if (readable >= READABLE_SCORE * 2) return 3;
  if (readable >= READABLE_SCORE) return 2;
  if (readable < READABLE_SCORE / 2) return -1;
  return 0;
}

/**
 * Search results: a results container that holds results (links). An article page's site search often ships an
 * empty container ("search-results") that a script fills as the reader types: that is no results page.
 */
function searchResults(doc: Document): boolean {
  const holdsResults = (el: Element): boolean =>
    el.getElementsByTagName('a').length >= CONTENT.verdict.searchResultLinks;
  for (const el of elementsOf(doc)) {
    if (
      ((classOf(el) ?? '').includes('search-results') || el.getAttribute('id') === 'search-results') &&
      holdsResults(el)
    )
      return true;
  }
  // Results after a search form: `form[role="search"] ~ * [class*="result"]`.
  for (const form of elementsNamed(doc, 'form')) {
    if (form.getAttribute('role') !== 'search') continue;
    for (let sib = form.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const results = sib.querySelector('[class*="result"]');
      if (results && holdsResults(results)) return true;
    }
  }
  return false;
}

/** Headings of post teasers in a listing. */
const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4']);

/** `[class~="post"], [class~="entry"], [class~="teaser"], [class~="card"]`. */
function isPostBox(el: Element): boolean {
  const cls = classOf(el);
  return !!cls && (hasWord(cls, 'post') || hasWord(cls, 'entry') || hasWord(cls, 'teaser') || hasWord(cls, 'card'));
}

/** A published time in a meta tag or in microdata. */
function declaresPublished(el: Element): boolean {
  if (hasWord(el.getAttribute('itemprop'), 'datePublished')) return true;
  return (
    tagOf(el) === 'meta' &&
    (el.getAttribute('property') === 'article:published_time' || el.getAttribute('name') === 'article:published_time')
  );
}
