/**
 * The readerable score of a page, in the spirit of Firefox Reader View's check: how much running text stands
 * outside page chrome. Cheap enough for the content script on the live page: a bounded number of elements, their
 * attributes and text, no style or layout reads. The one implementation: detect.ts computes it when it runs alone,
 * and the content stage (content.ts) computes it for the pipeline and hands it to detect.ts.
 */
import { classOf, elementsWhere, hiddenByAttributes, tagOf } from '../common/dom';
import { PAGE_CHROME_CLASSES, WEAK_CHROME_CLASSES } from '../lexicon/chrome-classes';
import { CONTENT_CLASSES } from '../lexicon/content-classes';
import { classWordsAnywhere } from './words';

/** A paragraph shorter than this adds nothing to the readability score. */
const MIN_PARAGRAPH = 140;
/** Readability score at which the page has enough running text to be read as an article. */
export const READABLE_SCORE = 20;
/** Most paragraph-like elements looked at. */
export const MAX_NODES = 400;

/**
 * Class or id words of page parts that are not the story (comments, menus, ads …): the page chrome the strict
 * policy skips, less the words that page builders and collapsible text also use for the story ("widget",
 * "read-more"), which the policy weighs with more than a name.
 */
const UNLIKELY = classWordsAnywhere(PAGE_CHROME_CLASSES.filter((w) => !WEAK_CHROME_CLASSES.includes(w)));
/** …unless they also say they are the content (the same content words as the strict policy's). */
const MAYBE = classWordsAnywhere(CONTENT_CLASSES);

const BOX_NAMES = new Set(['div', 'section', 'td']);
const PARAGRAPH_NAMES = new Set(['p', 'pre', 'blockquote']);

/**
 * A readerable score in the spirit of Firefox Reader View's check: every visible paragraph-like element with at
 * least MIN_PARAGRAPH characters adds sqrt(length − MIN_PARAGRAPH); stops once `stopAt` is reached.
 */
export function readableScore(doc: Document, stopAt = READABLE_SCORE * 2): number {
  const nodes = [
    ...elementsWhere(doc, isParagraphLike, MAX_NODES),
    ...elementsWhere(doc, (el) => BOX_NAMES.has(tagOf(el)), MAX_NODES),
  ];
  const seen = new Set<Element>();
  let score = 0;
  for (const n of nodes) {
    const tag = n.tagName.toLowerCase();
    // "<div>text<br>text</div>": the div is the paragraph.
    const el = tag === 'br' ? n.parentElement : n;
    if (!el || seen.has(el)) continue;
    seen.add(el);
    const len =
      tag === 'div' || tag === 'section' || tag === 'td' ? ownTextLength(el) : (el.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    if (hiddenByAttributes(el)) continue;
    const ident = `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (ident.trim() && UNLIKELY.test(ident) && !MAYBE.test(ident)) continue;
    if (inSkippedPart(el)) continue;
    score += Math.sqrt(len - MIN_PARAGRAPH);
    if (score >= stopAt) break;
  }
  return score;
}

/**
 * In a list item, navigation, footer, aside or a hidden subtree, or close under a comment/menu/sidebar
 * container (one ancestor walk, no selector matching).
 */
export function inSkippedPart(el: Element): boolean {
  let depth = 0;
  for (let e: Element | null = el; e; e = e.parentElement, depth++) {
    const tag = e.tagName.toLowerCase();
    if (tag === 'li' || tag === 'nav' || tag === 'footer' || tag === 'aside') return true;
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    if (depth > 0 && depth <= 4 && tag !== 'body' && tag !== 'html') {
      const ident = `${classOf(e) ?? ''} ${e.getAttribute('id') ?? ''}`;
      if (ident.trim() && UNLIKELY.test(ident) && !MAYBE.test(ident)) return true;
    }
  }
  return false;
}

/** Length of the text directly inside an element (its own text nodes, not its children's). */
function ownTextLength(el: Element): number {
  let len = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) len += (c.textContent ?? '').trim().length;
  }
  return len;
}

/** `p, pre, blockquote, div > br`. */
function isParagraphLike(el: Element): boolean {
  const name = tagOf(el);
  return PARAGRAPH_NAMES.has(name) || (name === 'br' && el.parentElement !== null && tagOf(el.parentElement) === 'div');
}
