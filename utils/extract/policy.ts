/**
 * The strict and lenient policies: which elements are page chrome, never measured as article. Both drop
 * non-content tags, hidden elements and chrome landmarks; the strict policy also drops page headers and footers
 * and elements whose class or id names chrome ("sidebar", "share", "related" …).
 */
import { classOf, HEADER_CLASS, hiddenByAttributes, isHeadingSlug, tagOf } from '../common/dom';
import { GATE_CLASSES, PAGE_CHROME_CLASSES, READ_MORE_CLASSES, WEAK_CHROME_CLASSES } from '../lexicon/chrome-classes';
import { CONTENT_CLASSES } from '../lexicon/content-classes';
import { classAndId } from './class-weight';
import { classWordsAnywhere } from './words';

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

/**
 * Landmarks that are page chrome, not article. Not 'tablist': accordions (Bootstrap's among them) put the
 * article's own sections under role="tablist"; a row of tabs is short and link-dense, and the scoring and the
 * link-list rule leave it out on their own.
 */
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

/** Parts of a table: class names on them describe cells, not page chrome. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption']);

/** class/id words of page chrome. Matched against `class` and `id` joined, lower-cased. */
const UNLIKELY = classWordsAnywhere(PAGE_CHROME_CLASSES);
/** …less the words page builders also give the story ("widget": a blog platform's post is one), for the 'weak'
 * policy. */
const STRONG_UNLIKELY = classWordsAnywhere(PAGE_CHROME_CLASSES.filter((w) => !WEAK_CHROME_CLASSES.includes(w)));

/**
 * Which elements the measurement skips as chrome: 'strict' skips page headers, footers and every class- or
 * id-named chrome element; 'weak' does too, except elements named only by a word page builders also give the
 * story (a blog platform's post "widget"); 'lenient' skips only tags, roles and hidden elements.
 */
export type Policy = 'strict' | 'weak' | 'lenient';
/** Collapsed "read more" text, set aside before a second look at the class and id. */
const READ_MORE_WORD = classWordsAnywhere(READ_MORE_CLASSES, 'gi');
/** class/id words that suggest article content: they protect an element from UNLIKELY. */
const MAYBE = classWordsAnywhere(CONTENT_CLASSES);

/** A container that gates the story (a paywall): its prompt, or the story's rest (holdsStoryParagraphs). */
const GATE = classWordsAnywhere(GATE_CLASSES);

/** How many paragraphs, of how many characters, make a gate the story's rest (settings/content.ts, gatedStory). */
export interface GateSettings {
  minParagraphs: number;
  minChars: number;
}

/** Does this element hold at least `minParagraphs` paragraphs of `minChars` characters (trimmed)? */
function holdsStoryParagraphs(el: Element, gate: GateSettings): boolean {
  let n = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if ((p.textContent ?? '').trim().length >= gate.minChars && ++n >= gate.minParagraphs) return true;
  }
  return false;
}

/**
 * Is this element page chrome under the given policy? `gate`: when given, a container named as a paywall that holds
 * the story's paragraphs is the story's rest, not chrome.
 */
export function isChrome(
  el: Element,
  tag: string,
  policy: Policy,
  inTable = false,
  headline?: Set<Element>,
  gate?: GateSettings | null,
): boolean {
  const strict = policy !== 'lenient';
  // Some blog platforms ship the article only inside <noscript>: the lenient pass reads one that holds
  // paragraphs (not a lone "enable JavaScript" line or a tracking pixel).
  if (tag === 'noscript') return strict || el.querySelector('p') === null;
  // An <aside> around the story's headline is the story, set in the wrong element by its theme.
  if (DROP_TAGS.has(tag)) return !(tag === 'aside' && headline?.has(el));
  // A page whose </head> or </title> was lost (truncated or broken markup) parses with the whole page inside
  // <head> or <title>: such an element holds the page; a normal head holds only metadata, scripts and styles
  // (dropped as tags of their own), a normal title only its text.
  if (tag === 'head' || tag === 'title') return !holdsPage(el);
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
  const unlikely = policy === 'weak' ? STRONG_UNLIKELY : UNLIKELY;
  const s = classAndId(el);
  if (s.length < 2 || !unlikely.test(s) || MAYBE.test(s)) return false;
  // A section whose id is its own heading's slug ("sharing-with-multiple-developers") names its topic.
  if (isHeadingSlug(el) && !unlikely.test(classOf(el) ?? '')) return false;
  // Collapsed "read more" text ("js_readmore") is the text itself: the boilerplate pass judges it by its content,
  // as it does a "Read more" link box.
  if (!unlikely.test(s.replace(READ_MORE_WORD, ' '))) return false;
  // A paywall that holds the story's paragraphs is the story's rest, shipped in the page for the site's script to hide.
  if (gate && GATE.test(s) && holdsStoryParagraphs(el, gate)) return false;
  // A container named like chrome ("above-footer", "PageWideBannerPlaceHolder") that holds the headline holds
  // the article; a page header around the headline is still a header (the intro search reads it).
  return !headline?.has(el) || HEADER_CLASS.test(s);
}

/** Page content, never found in a well-formed `<head>`. */
const PAGE_CONTENT = new Set(['body', 'div', 'p', 'table', 'article', 'main', 'section', 'h1', 'h2', 'h3', 'ul', 'ol']);

/** Does this `<head>` or `<title>` hold page content (its end tag lost, the page parsed inside it)? */
function holdsPage(head: Element): boolean {
  // A plain walk, as holdsMainContent's: a selector query is compiled anew on every call.
  const stack: Element[] = [];
  for (let c = head.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  while (stack.length) {
    const e = stack.pop()!;
    if (PAGE_CONTENT.has(tagOf(e))) return true;
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  return false;
}

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
