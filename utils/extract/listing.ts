/**
 * Signs that a page lists several posts (a tag, category, search or front page) rather than tells one story: post
 * boxes and linked headings over short excerpts, excerpts closed by a read-on link, archive words in the body's
 * classes. Read by detect.ts; like it, a bounded number of DOM reads and no layout.
 */
import { classOf, elementsNamed, elementsWhere, hasWord, tagOf } from '../common/dom';
import { entriesOf, phrasesPattern, patternsPattern } from '../lexicon/compile';
import { ARCHIVE_BODY_CLASSES, SINGLE_BODY_CLASSES } from '../lexicon/page-classes';
import { READ_ON_LINKS } from '../lexicon/teaser-links';
import { inSkippedPart, MAX_NODES } from './readable';

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

/** Whether a heading's text is mostly a link, as a teaser's headline is. */
function isLinkedHeading(h: Element): boolean {
  const a = h.querySelector('a[href]');
  return !!a && (a.textContent ?? '').trim().length >= (h.textContent ?? '').trim().length * 0.6;
}

/** A heading (h1–h4) in or at the top of `el` whose text is a link, as teasers have. */
function linkedHeading(el: Element): Element | null {
  return Array.from(el.querySelectorAll('h1, h2, h3, h4')).slice(0, 3).find(isLinkedHeading) ?? null;
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
    if (!isLinkedHeading(h) || inSkippedPart(h)) continue;
    let len = 0;
    // An excerpt that closes on a read-on link ("Continue reading") says it is one, whatever its length.
    let continued = false;
    for (
      let e = h.nextElementSibling, i = 0;
      e && i < 3 && !/^H[1-6]$/i.test(e.tagName);
      e = e.nextElementSibling, i++
    ) {
      if (e.tagName.toLowerCase() === 'p' || e.tagName.toLowerCase() === 'div')
        len += (e.textContent ?? '').trim().length;
      continued ||= holdsReadOn(e);
    }
    if (len > 0 && (len <= MAX_EXCERPT || continued)) {
      excerpts++;
      excerptText += len;
      linked.push(teaserBox(h));
    }
  }
  if (excerpts >= 4 && excerptText * 2 >= bodyText())
    return { teasers: excerpts, teaserText: excerptText, archiveClass, elements: linked };

  // No linked headings: excerpts each closed by a link that leads on to the story ("Read more", "Weiterlesen",
  // "التفاصيل"), in cards or in the lines of an old table front.
  const readOn = readOnTeasers(doc);
  if (readOn.elements.length >= 3 && readOn.text * 2 >= bodyText())
    return { teasers: readOn.elements.length, teaserText: readOn.text, archiveClass, elements: readOn.elements };
  return { teasers: 0, teaserText: 0, archiveClass, elements: [] };
}

/** A read-on link's whole text ("Read more", "Weiterlesen →", "التفاصيل"). */
const READ_ON = new RegExp(`^${phrasesPattern(entriesOf(READ_ON_LINKS))}\\s*[»›…→.]*$`, 'iu');

/**
 * A teaser heading's box: its parent when the heading is the only one there (the box then holds the excerpt, which
 * the content stage may have picked as the story), else the heading itself.
 */
function teaserBox(h: Element): Element {
  const box = h.parentElement;
  if (!box || box === box.ownerDocument.body) return h;
  return box.querySelectorAll('h1, h2, h3, h4, h5, h6').length === 1 ? box : h;
}

/** Whether an element is a read-on link: a link whose whole text says to read on. */
function isReadOn(el: Element): boolean {
  return tagOf(el) === 'a' && el.hasAttribute('href') && READ_ON.test((el.textContent ?? '').trim());
}

/** Whether an element is, or holds, a read-on link. */
function holdsReadOn(el: Element): boolean {
  return isReadOn(el) || Array.from(el.getElementsByTagName('a')).some(isReadOn);
}

/**
 * Excerpts closed by a read-on link: for each such link (outside the page's chrome), the text before it in its
 * parent back to the parent's start or the previous read-on link; an excerpt of a story's length is none. Returns
 * the read-on links (one a teaser) and the excerpts' characters.
 */
function readOnTeasers(doc: Document): { elements: Element[]; text: number } {
  const elements: Element[] = [];
  let text = 0;
  const seen = new Set<Element>();
  for (const a of elementsWhere(doc, (el) => tagOf(el) === 'a' && el.hasAttribute('href'), MAX_NODES)) {
    const parent = a.parentElement;
    if (!parent || seen.has(parent) || !isReadOn(a)) continue;
    seen.add(parent);
    if (inSkippedPart(parent)) continue;
    let len = 0;
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || !isReadOn(n as Element)) {
        len += (n.textContent ?? '').trim().length;
        continue;
      }
      if (len > 0 && len <= MAX_EXCERPT) {
        elements.push(n as Element);
        text += len;
      }
      len = 0;
      if (elements.length >= MAX_TEASERS) return { elements, text };
    }
  }
  return { elements, text };
}

/** The archive word in the body classes, unless the body is also classed as a single story. */
export function archiveClassOf(doc: Document): string | null {
  const bodyClasses = (doc.body?.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  if (bodyClasses.some((c) => SINGLE_CLASS.test(c))) return null;
  return bodyClasses.find((c) => ARCHIVE_CLASS.test(c)) ?? null;
}

/** Headings of post teasers in a listing. */
const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4']);

/** `[class~="post"], [class~="entry"], [class~="teaser"], [class~="card"]`. */
function isPostBox(el: Element): boolean {
  const cls = classOf(el);
  return !!cls && (hasWord(cls, 'post') || hasWord(cls, 'entry') || hasWord(cls, 'teaser') || hasWord(cls, 'card'));
}
