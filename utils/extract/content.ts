/**
 * Stage 3: find the element that holds the article body.
 *
 * One bottom-up pass measures every element (text length, link text, commas, paragraphs); paragraph-like
 * elements then give points to their ancestors, as reader modes do, and the best-scored container wins, with its
 * siblings that carry article text. Nothing in the document is changed: boilerplate is only *skipped* (a set of
 * dropped elements), so the same document can be scored again with a lenient policy when the strict one finds
 * too little, and the caller's document stays intact.
 *
 * Output is a `ContentResult`: the chosen roots in reading order and the set of elements to skip inside them.
 * utils/blocks.ts turns that into blocks.
 */
import { lowestAncestorHolding } from './ancestors';
import {
  CLOSING_LABEL_MAX,
  firstText,
  isBoilerplateBlock,
  isClosingCallToAction,
  isClosingLabel,
  isOpeningLead,
  LEAD_WORD,
  RELATED_LABEL,
  TAXONOMY_CLASS,
} from './boilerplate';
import {
  classOf,
  HEADER_CLASS,
  headlineHolders,
  hiddenByAttributes,
  isHeadingSlug,
  tagOf,
  readableText,
  storyHeadlineHolders,
} from '../common/dom';

export interface ContentResult {
  /** Containers of the article body, in document order (the top candidate and the siblings merged with it). */
  roots: Element[];
  /** Elements inside the roots that are not article text (ads, share bars, related links, hidden nodes …). */
  skip: Set<Element>;
  /** Per-element measurements, reused by the block builder. */
  stats: Map<Element, Stats>;
  /** Score of the top candidate: how sure the pick is. */
  score: number;
  /** The top candidate (one of the roots). */
  top: Element;
  /**
   * Readerable score of the page: √(length − 140) summed over visible paragraphs of 140+ characters outside
   * list items and page chrome, as utils/detect.ts computes it on its own.
   */
  readable: number;
}

export interface Stats {
  /** Characters of text (white space collapsed, approximately). */
  text: number;
  /** Characters of text inside links. */
  linkText: number;
  /** Commas, Arabic commas and semicolons: a cheap measure of prose. */
  commas: number;
  /** Paragraph-like descendants with ≥ 25 characters. */
  paras: number;
  score: number;
  scored: boolean;
}

/** Elements never part of an article body. */
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'math',
  'link',
  'meta',
  'input',
  'select',
  'textarea',
  'button',
  'nav',
  'aside',
  'dialog',
  'head',
  'title',
  'audio',
  'video',
  'map',
  'frameset',
  'frame',
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-auto-ads',
  'amp-analytics',
  'amp-social-share',
  'amp-consent',
  'amp-user-notification',
]);

/** Landmarks that are page chrome, not article. */
const DROP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);
// Not 'tablist': accordions (Bootstrap's among them) put the article's own sections under role="tablist"; a row
// of tabs is short and link-dense, and the scoring and the link-list rule leave it out on their own.

/** class/id words of page chrome. Matched against `class` and `id` joined, lower-cased. */
const UNLIKELY = new RegExp(
  [
    '-ad-',
    '\\bads?\\b',
    'adsense',
    'advert',
    'banner',
    'breadcrumb',
    'combx',
    'comment',
    'community',
    'cover-wrap',
    'disqus',
    'extra',
    'footer',
    'gdpr',
    'cookie',
    'consent',
    'header',
    'legends',
    'menu',
    'related',
    'remark',
    'replies',
    'rss',
    'shoutbox',
    'sidebar',
    'skyscraper',
    'social',
    'sponsor',
    'supplemental',
    'ad-break',
    'agegate',
    'pagination',
    'pager',
    'popup',
    'newsletter',
    'subscribe',
    'share',
    'sharing',
    'promo',
    'outbrain',
    'taboola',
    'most-?read',
    'most-?popular',
    'trending',
    'widget',
    'masthead',
    'navbar',
    'topbar',
    'ticker',
    'signup',
    'paywall',
    'read-?more',
    'read-?also',
    'see-?also',
    'recommend',
    'teaser',
    'next-?article',
  ].join('|'),
  'i',
);
const READ_MORE_WORD = /read-?more/gi;
/** class/id words that suggest article content: they protect an element from UNLIKELY. */
const MAYBE =
  /and|article|body|column|content|main|shadow|story|entry|post|text|prose|news-?detail|(^|[\s_-])live(?!-?chat)/i;

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|detail/i;
const NEGATIVE =
  /-ad-|(^|\s)hidden($|\s)|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|newsletter|subscribe|author-?(box|bio|info)|byline|teaser|recommend|trending|popular|breadcrumb|nav|menu/i;

const PARA_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'li']);
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
]);

/** Largest number of elements measured; beyond it the rest of the page is ignored (huge-page budget). */
export const MAX_ELEMENTS = 150_000;

function classAndId(el: Element): string {
  return `${(classOf(el) ?? '').replace(TAXONOMY_CLASS, ' ')} ${el.getAttribute('id') ?? ''}`;
}

export function classWeight(el: Element): number {
  const s = classAndId(el);
  if (s.length < 2) return 0;
  let w = 0;
  if (NEGATIVE.test(s)) w -= 25;
  if (POSITIVE.test(s)) w += 25;
  return w;
}

/** Is this element page chrome under the given policy? (`strict` also drops class/id-named chrome.) */
function isChrome(el: Element, tag: string, strict: boolean, inTable = false, headline?: Set<Element>): boolean {
  // Some blog platforms ship the article only inside <noscript>: the lenient pass reads one that holds
  // paragraphs (not a lone "enable JavaScript" line or a tracking pixel).
  if (tag === 'noscript') return strict || el.querySelector('p') === null;
  if (DROP_TAGS.has(tag)) return true;
  if (hiddenByAttributes(el)) return true;
  const role = el.getAttribute('role')?.toLowerCase();
  // A landmark left unclosed swallows the page: one that holds the main content is not chrome.
  if (role && DROP_ROLES.has(role)) return !holdsMainContent(el);
  // A page's header and footer are chrome; an article's own header holds its lead and stays.
  if (tag === 'footer' || tag === 'header') {
    return strict && !el.parentElement?.closest('article, [itemprop="articleBody"]') && !holdsMainContent(el);
  }
  if (!strict || tag === 'body' || tag === 'html' || tag === 'a' || tag === 'main' || tag === 'article') return false;
  // Class names inside data tables ("table-header", "row-social") describe cells, not page chrome.
  if (inTable || TABLE_PARTS.has(tag)) return false;
  const s = classAndId(el);
  if (s.length < 2 || !UNLIKELY.test(s) || MAYBE.test(s)) return false;
  // A section whose id is its own heading's slug ("sharing-with-multiple-developers") names its topic.
  if (isHeadingSlug(el) && !UNLIKELY.test(classOf(el) ?? '')) return false;
  // Collapsed "read more" text ("js_readmore") is the text itself: the boilerplate pass judges it by its content,
  // as it does a "Read more" link box.
  if (!UNLIKELY.test(s.replace(READ_MORE_WORD, ' '))) return false;
  // A container named like chrome ("above-footer", "PageWideBannerPlaceHolder") that holds the headline holds
  // the article; a page header around the headline is still a header (the intro search reads it).
  return !headline?.has(el) || HEADER_CLASS.test(s);
}

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption']);
/** Does this element hold the page's main content (`<main>`, `role="main"`, `itemprop="articleBody"`)? */
function holdsMainContent(el: Element): boolean {
  // A plain walk: headers and footers are small, and a selector query costs more than the walk.
  const stack: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  while (stack.length) {
    const e = stack.pop()!;
    if (tagOf(e) === 'main' || e.getAttribute('role') === 'main' || e.getAttribute('itemprop') === 'articleBody')
      return true;
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  return false;
}

function commaCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0x060c || c === 0x061b || c === 59 || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}

function nonSpaceLength(s: string): number {
  // Approximate collapsed length: count runs of white space as one character.
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

interface Measure {
  stats: Map<Element, Stats>;
  skip: Set<Element>;
  paragraphs: Element[];
}

/** Bottom-up measurement of the whole tree, iterative (pages nest 10,000 deep) and bounded. */
function measure(body: Element, strict: boolean): Measure {
  const stats = new Map<Element, Stats>();
  const skip = new Set<Element>();
  const paragraphs: Element[] = [];
  const headline = strict && body.ownerDocument ? storyHeadlineHolders(body.ownerDocument) : undefined;
  // Iterative post-order walk.
  const stack: { el: Element; child: Element | null; inLink: boolean; inTable: boolean }[] = [];
  const enter = (el: Element, inLink: boolean, inTable = false): boolean => {
    const tag = tagOf(el);
    // The root is never dropped: on broken pages the parser may make a <style> or <script> the root element.
    if (el !== body && (isChrome(el, tag, strict, inTable, headline) || stats.size >= MAX_ELEMENTS)) {
      skip.add(el);
      return false;
    }
    stats.set(el, { text: 0, linkText: 0, commas: 0, paras: 0, score: 0, scored: false });
    stack.push({ el, child: el.firstElementChild, inLink: inLink || tag === 'a', inTable: inTable || tag === 'table' });
    return true;
  };
  enter(body, false);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.child) {
      const next = top.child;
      top.child = next.nextElementSibling;
      enter(next, top.inLink, top.inTable);
      continue;
    }
    stack.pop();
    const el = top.el;
    const st = stats.get(el)!;
    // Own text nodes.
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        const len = nonSpaceLength(data);
        st.text += len;
        if (top.inLink) st.linkText += len;
        st.commas += commaCount(data);
      } else if (n.nodeType === 1) {
        const cs = stats.get(n as Element);
        if (cs) {
          st.text += cs.text;
          st.linkText += cs.linkText;
          st.commas += cs.commas;
          st.paras += cs.paras;
        }
      }
    }
    const tag = tagOf(el);
    if (st.text >= 25 && (PARA_TAGS.has(tag) || (tag === 'div' && !hasBlockChild(el)))) {
      if (!(tag === 'li' || tag === 'td' || tag === 'dd') || st.linkText / st.text < 0.5) {
        st.paras += 1;
        paragraphs.push(el);
      }
    }
  }
  return { stats, skip, paragraphs };
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_TAGS.has(tagOf(c))) return true;
  }
  return false;
}

export function linkDensity(st: Stats): number {
  return st.text ? st.linkText / st.text : 0;
}

function initScore(el: Element, st: Stats): void {
  if (st.scored) return;
  st.scored = true;
  const tag = tagOf(el);
  let s = 0;
  if (tag === 'div' || tag === 'article' || tag === 'main' || tag === 'section') s += 5;
  else if (tag === 'pre' || tag === 'td' || tag === 'blockquote') s += 3;
  else if (['address', 'ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].includes(tag)) s -= 3;
  else if (['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th'].includes(tag)) s -= 5;
  if (tag === 'article') s += 10;
  if (el.getAttribute('itemprop') === 'articleBody') s += 30;
  // A content-like class name counts fully only on an element with real text: a 40-character
  // "image-text" caption must not outrank the body.
  const w = classWeight(el);
  st.score = s + (w > 0 ? w * Math.min(1, st.text / 500) : w);
}

/** Score the tree and pick the article containers. */
function pick(doc: Document, strict: boolean): ContentResult | null {
  // The whole document, not just <body>: broken pages (stray <html> tags, conditional comments) leave the
  // article outside the parser's body element.
  const body = doc.documentElement ?? doc.body;
  if (!body) return null;
  const { stats, skip, paragraphs } = measure(body, strict);
  const candidates: Element[] = [];
  let readable = 0;
  for (const p of paragraphs) {
    const pst = stats.get(p)!;
    if (pst.text >= 140 && tagOf(p) !== 'li') readable += Math.sqrt(pst.text - 140);
    const st = stats.get(p)!;
    const score = 1 + st.commas + Math.min(Math.floor(st.text / 100), 3);
    let anc: Element | null = p.parentElement;
    for (let level = 0; anc && level < 5; level++, anc = anc.parentElement) {
      const ast = stats.get(anc);
      if (!ast) break;
      if (!ast.scored) {
        initScore(anc, ast);
        candidates.push(anc);
      }
      ast.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
      if (anc === body) break;
    }
  }
  if (!candidates.length) return null;
  let best: Element | null = null;
  let bestScore = -Infinity;
  const finalScore = new Map<Element, number>();
  for (const c of candidates) {
    const st = stats.get(c)!;
    const s = st.score * (1 - linkDensity(st));
    finalScore.set(c, s);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  if (!best) return null;

  // Several strong candidates under one ancestor: the ancestor is the article (multi-part bodies).
  const strong = [...finalScore.entries()].filter(([el, s]) => el !== best && s >= bestScore * 0.75).map(([el]) => el);
  if (strong.length >= 2) best = lowestAncestorHolding(best, strong, body) ?? best;
  // Climb while the parent holds clearly more of the same article text (a wrapper around the paragraphs).
  for (let parent = best.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const ps = stats.get(parent);
    const bs = stats.get(best)!;
    if (!ps) break;
    const parentScore = finalScore.get(parent) ?? 0;
    // A single paragraph is not a body container: its parent is, whatever its class name costs it.
    const lone = bs.paras <= 1 && ps.paras >= 3;
    // One entry of a feed of entries (a live blog's updates) is not the article: the feed is.
    const feed = isFeed(parent, stats) || (parent.parentElement !== null && isFeed(parent.parentElement, stats));
    if (
      feed ||
      ((lone || parentScore > (finalScore.get(best) ?? 0) * 0.9) &&
        linkDensity(ps) < 0.35 &&
        (lone || ps.paras <= bs.paras * 1.6))
    ) {
      best = parent;
    } else break;
  }

  // Siblings carrying article text join the top candidate. Wrappers that add no text of their own are
  // transparent: the siblings are those of the outermost one (page builders wrap each block two or three deep).
  const roots: Element[] = [];
  const top = best;
  const topScore = finalScore.get(top) ?? bestScore;
  const threshold = Math.max(10, topScore * 0.2);
  let anchor = top;
  for (
    let up = anchor.parentElement;
    up && up !== body && stats.get(up)?.text === stats.get(top)!.text;
    up = up.parentElement
  ) {
    anchor = up;
  }
  const anchorClass = classOf(anchor) ?? '';
  const parent = anchor.parentElement;
  if (!parent || top === body) {
    roots.push(top);
  } else {
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === anchor) {
        roots.push(top);
        continue;
      }
      const st = stats.get(sib);
      if (!st || skip.has(sib)) continue;
      let s = finalScore.get(sib) ?? -Infinity;
      const sameKind = anchorClass !== '' && classOf(sib) === anchorClass;
      if (sameKind) s += topScore * 0.2;
      const ld = linkDensity(st);
      if (s >= threshold && ld < 0.4) roots.push(sib);
      // A block of the same kind as the body's (its continuation after an ad or a widget) that holds prose.
      else if (sameKind && ld < 0.25 && st.paras >= 1 && st.text > 80) roots.push(sib);
      else if (tagOf(sib) === 'p') {
        if (st.text > 80 && ld < 0.25) roots.push(sib);
        else if (st.text > 0 && st.text <= 80 && ld === 0 && /[.!?؟。]\s*$/.test(sib.textContent ?? ''))
          roots.push(sib);
      }
    }
  }
  const intros = findIntros(top, body, roots, stats, skip);
  return { roots: [...intros, ...roots], skip, stats, score: topScore, top, readable };
}

/** A feed of entries: prose with few links, in five or more blocks most of which are of one kind. */
function isFeed(el: Element, stats: Map<Element, Stats>): boolean {
  const st = stats.get(el);
  return !!st && linkDensity(st) < 0.2 && st.paras >= 5 && isEntryFeed(el, stats);
}

/** Most children of a feed that are of one kind (the same class), at least five of them. */
function isEntryFeed(el: Element, stats: Map<Element, Stats>): boolean {
  const counts = new Map<string, number>();
  let children = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!stats.get(c)?.text) continue;
    children++;
    const cls = classOf(c);
    if (cls) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  }
  let most = 0;
  for (const n of counts.values()) most = Math.max(most, n);
  return most >= 5 && most >= children * 0.6;
}

function isLeadNamed(el: Element): boolean {
  return LEAD_WORD.test(classOf(el) ?? '');
}

/** Text and link-text length of an element outside the measured tree (inside skipped chrome). */
function measureLoose(el: Element): { text: number; linkText: number } {
  const text = nonSpaceLength(el.textContent ?? '');
  let linkText = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linkText += nonSpaceLength(a.textContent ?? '');
  return { text, linkText };
}

/** A lead-named element inside `el` (itself included), searched a few levels down. */
function leadInside(el: Element, depth = 0): Element | null {
  if (isLeadNamed(el)) return el;
  if (depth >= 3) return null;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const found = leadInside(c, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * A prose block fit to be an intro: a lead-named element of a sentence's length (decks are often set as h2), or
 * a plain paragraph-bearing block of 80+ characters.
 */
function isIntroProse(el: Element, st: Stats): boolean {
  if (linkDensity(st) >= 0.2) return false;
  if (isLeadNamed(el)) return st.text >= 40;
  if (st.paras === 0 && st.text >= 80 && isDeckHeading(el)) return true;
  return st.paras >= 1 && classWeight(el) >= 0 && st.text >= 80;
}

/** A heading (or a block holding only one) that is a sentence: a deck, not a title. */
function isDeckHeading(el: Element): boolean {
  const h = /^h[2-6]$/.test(tagOf(el)) ? el : el.querySelector('h2, h3, h4, h5, h6');
  if (!h) return false;
  const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === (el.textContent ?? '').replace(/\s+/g, ' ').trim() && DECK_SENTENCE.test(text);
}

/** Intro prose that follows the h1 inside a header block (kickers, meta and share bars before or around it are left). */
function proseAfterHeadline(block: Element, stats: Map<Element, Stats>, skip: Set<Element>): Element[] {
  const h1 = tagOf(block) === 'h1' ? block : block.querySelector('h1');
  const out: Element[] = [];
  for (let node = h1; node && node !== block; node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const st = stats.get(sib);
      if (st && !skip.has(sib)) {
        if (isIntroProse(sib, st)) out.push(sib);
      } else {
        const lead = looseLead(sib, stats);
        if (lead) out.push(lead);
      }
    }
  }
  return out;
}

/** A sentence of a deck: 80 characters or more, ending as a sentence ends. */
export const DECK_SENTENCE = /^.{80,}[.!?؟。…]["'»”]?$/s;

/** A lead-named prose element in or at `el`, measured or not (inside skipped chrome). */
function looseLead(el: Element, stats: Map<Element, Stats>): Element | null {
  const lead = leadInside(el);
  if (!lead) return null;
  const m = stats.get(lead) ?? measureLoose(lead);
  return m.text >= 40 && m.linkText / m.text < 0.2 ? lead : null;
}

function containsHeadline(el: Element, holdsH1: ReadonlySet<Element>): boolean {
  return tagOf(el) === 'h1' || holdsH1.has(el);
}

/**
 * Intros, leads and standfirsts sit above the body container, between it and the headline, often many levels
 * up (a page-wide header section) and sometimes inside the article's header (which the strict policy skips as
 * page chrome). Walks the previous siblings of the top candidate and of each ancestor, nearest first, up to the
 * headline. At each level a substantial block that is not prose ends the search at that level (what is above
 * it there is not this article's intro).
 */
function findIntros(
  top: Element,
  body: Element,
  roots: Element[],
  stats: Map<Element, Stats>,
  skip: Set<Element>,
): Element[] {
  const intros: Element[] = [];
  const holdsH1 = headlineHolders(body.ownerDocument);
  let node: Element = top;
  for (; node !== body && node.parentElement; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (roots.includes(sib)) continue;
      const headline = containsHeadline(sib, holdsH1);
      const st = stats.get(sib);
      if (st && !skip.has(sib) && st.text > 0) {
        if (headline) {
          // The article's header block: its standfirst is what follows the headline; nothing above it is intro.
          intros.unshift(...proseAfterHeadline(sib, stats, skip));
          return intros;
        }
        if (isIntroProse(sib, stats.get(sib)!)) {
          intros.unshift(sib);
          continue;
        }
      }
      // Inside skipped chrome (a page-level <header>): only a lead-named element, after the headline if there is one.
      if (headline) {
        intros.unshift(...proseAfterHeadline(sib, stats, skip));
        return intros;
      }
      const lead = looseLead(sib, stats);
      if (lead && lead !== sib) intros.unshift(lead);
      // A substantial block that is not prose: what is above it at this level is not this article's intro. A box
      // beside the article (related links, a share bar) is passed over, as skipped chrome is.
      if (
        st &&
        st.text > 200 &&
        !(
          tagOf(sib) === 'aside' ||
          linkDensity(st) >= 0.5 ||
          isBoilerplateBlock(sib, st) ||
          RELATED_LABEL.test(firstText(sib))
        )
      )
        break;
    }
  }
  return intros;
}

/** Characters of article text in a result. */
export function resultLength(r: ContentResult): number {
  return r.roots.reduce((n, el) => n + (r.stats.get(el)?.text ?? 0), 0);
}

/**
 * Find the article body. Scores the page twice: with the strict policy (class/id-named chrome skipped) and a
 * lenient one. The lenient pick wins when the strict one is weak (little text or a low score) and the lenient one
 * is stronger: an article inside a container named like chrome, e.g. `WcmsPageWideBannerPlaceHolder`. The measurement is
 * linear, so the second pass is cheap next to parsing.
 */
export function extractContent(doc: Document): ContentResult | null {
  const strict = pick(doc, true);
  // A confident strict pick with enough text cannot lose to the lenient one: skip the second pass.
  if (strict && strict.score >= 50 && resultLength(strict) >= 400) return withBoilerplate(strict);
  const lenient = pick(doc, false);
  const sl = strict ? resultLength(strict) : 0;
  const ll = lenient ? resultLength(lenient) : 0;
  const weak = !strict || sl < 400 || strict.score < 15 || (strict.score < 50 && ll > sl * 4);
  const best = !strict || (lenient && weak && ll > sl * 1.5 && lenient.score > strict.score) ? lenient : strict;
  return best ? withBoilerplate(best) : null;
}

/** Mark boilerplate blocks inside the chosen roots (related links, share bars, author boxes …) as skipped. */
function withBoilerplate(r: ContentResult): ContentResult {
  for (const root of r.roots) {
    const stack: Element[] = [root];
    while (stack.length) {
      const el = stack.pop()!;
      if (r.skip.has(el)) continue;
      const st = r.stats.get(el);
      if (!st) continue;
      // The top candidate itself is never dropped; a merged sibling or intro can be boilerplate (an author card).
      if (
        (el !== root || (r.roots.length > 1 && el !== r.top)) &&
        isBoilerplateBlock(el, st) &&
        !isOpeningLead(el, st, root, r.stats, r.skip)
      ) {
        r.skip.add(el);
        continue;
      }
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
  }
  trimClosingCalls(r);
  return r;
}

/** Most short blocks looked at from the end of the article for calls to action. */
const CLOSING_BLOCKS = 4;
/** Most short blocks looked at from the end for a closing box ("Kontakt:", "Sources:" and what follows). */
const CLOSING_BOX_BLOCKS = 12;
/** Calls to action and closing boxes are short: a block this long is the story. */
const CLOSING_BLOCK_MAX = 300;
/** Elements read as one block at the end of an article even when too short to count as a paragraph. */
const CLOSING_LEAF = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'address', 'section', 'aside']);

/**
 * What closes an article without being its story, trimmed from the last root:
 * - a closing box: a short label line ("Kontakt:", "Weitere Informationen:", "Sources:") among the last short
 *   blocks, and every short block after it (the contacts, the links, the references it introduces);
 * - calls to action ("Subscribe to our newsletter", "Follow us on Telegram", "Support local journalism"): the last
 *   few short blocks, from the end, while they are such calls.
 */
function trimClosingCalls(r: ContentResult): void {
  const root = r.roots[r.roots.length - 1];
  if (!root) return;
  const blocks: Element[] = [];
  const stack: Element[] = [root];
  // Children are pushed in order and the last popped first: blocks come in reverse document order, and the walk
  // stops at the first long block or once it has the last few.
  while (stack.length && blocks.length < CLOSING_BOX_BLOCKS) {
    const el = stack.pop()!;
    if (r.skip.has(el)) continue;
    const st = r.stats.get(el);
    if (!st || st.text === 0) continue;
    let inner = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if ((r.stats.get(c)?.paras ?? 0) > 0 && !r.skip.has(c)) inner = true;
    }
    // A block: a paragraph, or a leaf that is too short to count as one (a label line such as "Kontakt:").
    if (!inner && (st.paras > 0 || CLOSING_LEAF.has(tagOf(el)))) {
      if (el === r.top || st.text >= CLOSING_BLOCK_MAX) break;
      blocks.push(el);
    } else for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  // The label furthest up that still has only short blocks below it opens the box.
  let box = -1;
  for (let i = blocks.length - 1; i >= 0 && box < 0; i--) {
    if ((r.stats.get(blocks[i]!)?.text ?? 0) <= CLOSING_LABEL_MAX && isClosingLabel(readableText(blocks[i]!))) box = i;
  }
  for (let i = 0; i <= box; i++) r.skip.add(blocks[i]!);
  for (let i = box + 1; i < Math.min(blocks.length, box + 1 + CLOSING_BLOCKS); i++) {
    if (!isClosingCallToAction(readableText(blocks[i]!))) break;
    r.skip.add(blocks[i]!);
  }
}
