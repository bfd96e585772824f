/**
 * A snapshot of what the reader sees: the live page copied node by node into an inert document, keeping only
 * what is rendered. The live page is read, never written: no attribute, node or style of it changes.
 *
 * - Hidden nodes are dropped, decided on the live element (checkVisibility, computed style).
 * - Scripts, styles, iframes, noscript, templates, embedded objects and forms' controls are dropped. JSON-LD
 *   (`<script type="application/ld+json">`) is data, not code, and holds the article metadata: it is kept as
 *   text, inert in the copy.
 * - Lazy images get their real address (the live image's currentSrc, else data-src / data-lazy-src, else the
 *   largest srcset candidate), made absolute.
 * The copy lives in a document without a browsing context, so nothing in it loads or runs.
 */
import { standsApart } from './block-gaps';
import { MAX_SNAPSHOT_CHARS, MAX_SNAPSHOT_ELEMENTS, type SnapshotReply } from '@/utils/protocol';

const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'NOSCRIPT',
  'TEMPLATE',
  'OBJECT',
  'EMBED',
  'APPLET',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'SOURCE',
  'TRACK',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'DIALOG',
  'PORTAL',
  'SLOT',
]);
/** Head elements carry metadata and are never "visible": kept without a visibility check. */
const HEAD_KEPT = new Set(['TITLE', 'META', 'LINK', 'BASE']);
const LAZY_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy'];

function isJsonLd(el: Element): boolean {
  return el.tagName === 'SCRIPT' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** Is this live element rendered? An element with `display: contents` has no box but its children do. */
function isRendered(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    if (el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
    return getComputedStyle(el).display === 'contents';
  }
  const style = getComputedStyle(el);
  if (style.display === 'contents') return true;
  return !(style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0');
}

function absolute(url: string, base: string): string | null {
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

/** The largest candidate of a srcset ("a.jpg 480w, b.jpg 960w" → b.jpg). */
export function largestSrcsetCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = descriptor ? Number.parseFloat(descriptor) : 1;
    if (Number.isFinite(size) && size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

function realImageSource(live: HTMLImageElement, base: string): string | null {
  const current = live.currentSrc;
  if (current && !current.startsWith('data:')) return current;
  for (const name of LAZY_ATTRIBUTES) {
    const v = live.getAttribute(name);
    if (v && v.trim()) return absolute(v.trim(), base);
  }
  const srcset = live.getAttribute('data-srcset') ?? live.getAttribute('srcset');
  if (srcset) {
    const candidate = largestSrcsetCandidate(srcset);
    if (candidate) return absolute(candidate, base);
  }
  const src = live.getAttribute('src');
  return src && !src.startsWith('data:') ? absolute(src, base) : null;
}

interface Budget {
  elements: number;
}

function copyElement(live: Element, target: Document, inHead: boolean, budget: Budget): Element | null {
  if (isJsonLd(live)) {
    const script = target.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = live.textContent;
    return script;
  }
  if (DROPPED.has(live.tagName)) return null;
  // SVG content is drawing, not text.
  if (live.namespaceURI === 'http://www.w3.org/2000/svg') return null;
  const isHead = live.tagName === 'HEAD';
  if (!inHead && !isHead && !HEAD_KEPT.has(live.tagName) && !isRendered(live)) return null;
  if (live.tagName === 'LINK' && !/\b(canonical|author|alternate)\b/i.test(live.getAttribute('rel') ?? '')) {
    return null;
  }
  budget.elements += 1;
  if (budget.elements > MAX_SNAPSHOT_ELEMENTS) throw new SnapshotTooLarge(budget.elements);

  const copy = target.importNode(live, false) as Element;
  // Event-handler attributes and inline styles are never needed to read the text.
  for (const attr of Array.from(copy.attributes)) {
    if (/^on/i.test(attr.name) || attr.name === 'style') copy.removeAttribute(attr.name);
  }
  if (live instanceof HTMLImageElement) {
    const src = realImageSource(live, live.baseURI);
    if (src) copy.setAttribute('src', src);
    else copy.removeAttribute('src');
    copy.removeAttribute('srcset');
  }
  const childInHead = inHead || isHead;
  for (let child = live.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.ELEMENT_NODE) {
      const c = copyElement(child as Element, target, childInHead, budget);
      // An inline element shown as a block of its own keeps a word break on each side (block-gaps.ts).
      if (c && !childInHead && standsApart(child as Element)) copy.append(' ', c, ' ');
      else if (c) copy.appendChild(c);
    } else if (child.nodeType === Node.TEXT_NODE) {
      copy.appendChild(target.createTextNode(child.nodeValue ?? ''));
    }
  }
  return copy;
}

export class SnapshotTooLarge extends Error {
  constructor(
    readonly elements: number,
    readonly chars = 0,
  ) {
    super('Page too large to snapshot');
  }
}

/**
 * Types of documents that are pages to read. Others are data the browser displays its own way (an XML tree
 * viewer, an SVG drawing, an image): they hold no article, and what the browser shows for them is its own text.
 */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/** An empty page: what there is to read in a document that is not a page. */
function emptySnapshot(doc: Document, started: number): SnapshotReply {
  const html = '<!DOCTYPE html>\n<html><head></head><body></body></html>';
  return { ok: true, html, url: doc.location.href, elements: 0, ms: performance.now() - started };
}

/** The serialized snapshot of `doc` (the live document), or the reason there is none. */
export function takeSnapshot(doc: Document): SnapshotReply {
  const started = performance.now();
  if (!PAGE_TYPES.has(doc.contentType ?? 'text/html') || !doc.documentElement) return emptySnapshot(doc, started);
  const budget: Budget = { elements: 0 };
  const inert = doc.implementation.createHTMLDocument('');
  let root: Element | null;
  try {
    root = copyElement(doc.documentElement, inert, false, budget);
  } catch (e) {
    if (e instanceof SnapshotTooLarge) return { ok: false, reason: 'too-large', chars: 0, elements: e.elements };
    throw e;
  }
  // A root that is not rendered, or is a drawing (an SVG document), leaves nothing to read: not "too large".
  if (!root) return emptySnapshot(doc, started);
  const html = `<!DOCTYPE html>\n${root.outerHTML}`;
  if (html.length > MAX_SNAPSHOT_CHARS) {
    return { ok: false, reason: 'too-large', chars: html.length, elements: budget.elements };
  }
  return { ok: true, html, url: doc.location.href, elements: budget.elements, ms: performance.now() - started };
}
