/**
 * Is this page an article? A cheap check that also runs in the content script on the live page, so it reads
 * only what standard DOM APIs give without layout: a bounded number of querySelectorAll calls, attributes, and
 * the text of paragraph-like elements (stopping as soon as the answer is clear). No style or layout reads.
 */
import { isArticleNode, readJsonLd, typesOf, type JsonLdNode } from '../metadata/jsonld';
import { elementsNamed, elementsWhere, hasWord, tagOf } from '../common/dom';
import { LISTING_PATH_SEGMENTS } from '../lexicon/page-addresses';
import { archiveClassOf, listingSignals } from './listing';
import { searchResults } from './search-page';
import { READABLE_SCORE, readableScore } from './readable';
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
  /**
   * The page declares itself a person's profile (og:type profile, a JSON-LD ProfilePage) and no story: an author's
   * or a staff page, whose text is a biography.
   */
  profile: boolean;
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

export { listingSignals, MAX_EXCERPT, type Listing } from './listing';

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
  let profile = articleTypes.size === 0 && otherTypes.has('profilepage');

  const ogType = metaContent(doc, 'og:type');
  if (ogType) {
    if (/^(?:article|news|blog|.*:article)$/.test(ogType)) {
      add(2, `og:type=${ogType}`);
      declared = true;
    } else if (/product/.test(ogType)) add(-3, `og:type=${ogType}`);
    else if (ogType === 'website' || ogType === 'profile' || ogType === 'video.other') add(-1, `og:type=${ogType}`);
    if (ogType === 'profile' && articleTypes.size === 0) profile = true;
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
    profile,
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

/** A published time in a meta tag or in microdata. */
function declaresPublished(el: Element): boolean {
  if (hasWord(el.getAttribute('itemprop'), 'datePublished')) return true;
  return (
    tagOf(el) === 'meta' &&
    (el.getAttribute('property') === 'article:published_time' || el.getAttribute('name') === 'article:published_time')
  );
}
