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
 * - Open shadow roots are read as rendered: the shadow tree, with each <slot> replaced by what is assigned to it.
 * The copy lives in a document without a browsing context, so nothing in it loads or runs. The walk is iterative
 * and bounded (elements, depth, time): a page nested thousands deep ends in "page too large", not a stack overflow.
 */
import { standsApart } from './block-gaps';
import { snapshotHash } from '@/utils/common/hash';
import {
  EXTRACT_BUDGET_MS,
  MAX_SNAPSHOT_CHARS,
  MAX_SNAPSHOT_DEPTH,
  MAX_SNAPSHOT_ELEMENTS,
  SNAPSHOT_WALK_MS,
  extractCostMs,
  type SnapshotCost,
  type SnapshotReply,
} from '@/utils/protocol';

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

/** What the walk has measured so far; the walk stops (SnapshotTooLarge) when a limit is passed. */
interface Walk extends SnapshotCost {
  deadline: number;
}

/** One node of the live page waiting to be copied under `parent` (a node of the copy). */
interface Task {
  live: Node;
  parent: Element | DocumentFragment;
  depth: number;
  inHead: boolean;
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The children the reader sees in place of an element's own: an element with an open shadow root shows the
 * shadow tree (an article rendered by a web component), and a <slot> shows the nodes assigned to it, or its
 * fallback content when none are.
 */
function renderedChildren(live: Element): ArrayLike<Node> {
  if (live.tagName === 'SLOT') {
    const assigned = (live as HTMLSlotElement).assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : live.childNodes;
  }
  return live.shadowRoot ? live.shadowRoot.childNodes : live.childNodes;
}

/** "on…" in any case: an event-handler attribute (onclick, ONLOAD). */
function isHandlerName(name: string): boolean {
  return name.length > 2 && (name.charCodeAt(0) | 32) === 111 && (name.charCodeAt(1) | 32) === 110;
}

/** The copy of one live element (without its children), or null when it is left out. */
function copyOne(live: Element, target: Document, inHead: boolean): Element | null {
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
  const copy = target.importNode(live, false) as Element;
  // Event-handler attributes and inline styles are never needed to read the text. Names are compared by their
  // first two characters (no Attr objects, no regular expression): this runs for every element of the page.
  if (live.hasAttributes()) {
    const names = live.getAttributeNames();
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (name === 'style' || isHandlerName(name)) copy.removeAttribute(name);
    }
  }
  if (live instanceof HTMLImageElement) {
    const src = realImageSource(live, live.baseURI);
    if (src) copy.setAttribute('src', src);
    else copy.removeAttribute('src');
    copy.removeAttribute('srcset');
  }
  return copy;
}

function pushChildren(
  stack: Task[],
  children: ArrayLike<Node>,
  parent: Element | DocumentFragment,
  depth: number,
  inHead: boolean,
) {
  // Last child first: the stack hands them back in document order.
  for (let i = children.length - 1; i >= 0; i--) stack.push({ live: children[i]!, parent, depth, inHead });
}

/** A copy of the rendered tree under way: what is copied so far, and the live nodes still to visit. */
interface TreeCopy {
  holder: DocumentFragment;
  stack: Task[];
}

function startCopy(root: Element, target: Document): TreeCopy {
  const holder = target.createDocumentFragment();
  return { holder, stack: [{ live: root, parent: holder, depth: 1, inHead: false }] };
}

/**
 * Copy the rendered tree into `target`, depth first with an explicit stack (a page nested thousands deep cannot
 * overflow the call stack), within the element, depth and time limits; until the copy is done (true) or the
 * clock passes `until` (false: call again to go on).
 */
function copySome(c: TreeCopy, target: Document, walk: Walk, until: number): boolean {
  const { stack } = c;
  let visited = 0;
  while (stack.length > 0) {
    if ((++visited & 63) === 0 && performance.now() > until) return false;
    const { live, parent, depth, inHead } = stack.pop()!;
    if (live.nodeType === Node.TEXT_NODE) {
      const text = live.nodeValue ?? '';
      if (text.length > walk.longestText) walk.longestText = text.length;
      parent.appendChild(target.createTextNode(text));
      continue;
    }
    if (live.nodeType !== Node.ELEMENT_NODE) continue;
    const el = live as Element;
    // A slot is not rendered itself: what is assigned to it takes its place.
    if (el.tagName === 'SLOT') {
      pushChildren(stack, renderedChildren(el), parent, depth, inHead);
      continue;
    }
    const copy = copyOne(el, target, inHead);
    if (!copy) continue;
    walk.elements += 1;
    if (depth > walk.depth) walk.depth = depth;
    if (HEADINGS.has(el.tagName)) walk.headings += 1;
    if (walk.elements > MAX_SNAPSHOT_ELEMENTS) throw new SnapshotTooLarge(walk, 'elements');
    if (depth > MAX_SNAPSHOT_DEPTH) throw new SnapshotTooLarge(walk, 'depth');
    if ((walk.elements & 1023) === 0 && performance.now() > walk.deadline) throw new SnapshotTooLarge(walk, 'time');
    // An inline element shown as a block of its own keeps a word break on each side (block-gaps.ts).
    if (!inHead && standsApart(el)) parent.append(' ', copy, ' ');
    else parent.appendChild(copy);
    if (copy.tagName === 'SCRIPT') continue; // JSON-LD: its text is already in
    pushChildren(stack, renderedChildren(el), copy, depth + 1, inHead || el.tagName === 'HEAD');
  }
  return true;
}

export class SnapshotTooLarge extends Error {
  constructor(
    readonly cost: SnapshotCost,
    readonly limit: 'elements' | 'depth' | 'time' | 'chars' | 'estimate',
  ) {
    super(`Page too large to snapshot (${limit})`);
  }
}

/**
 * Types of documents that are pages to read. Others are data the browser displays its own way (an XML tree
 * viewer, an SVG drawing, an image): they hold no article, and what the browser shows for them is its own text.
 */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/** `ms`: the time on the page's thread, `earlier` (slices before the last) and since `started` (the last one). */
function reply(
  html: string,
  url: string,
  elements: number,
  started: number,
  unless?: string,
  earlier = 0,
): SnapshotReply {
  // Hashed here only to tell the worker the page is unchanged: otherwise the worker hashes the HTML it receives.
  const hash = unless === undefined ? undefined : snapshotHash(html);
  const ms = earlier + performance.now() - started;
  if (hash !== undefined && unless === hash) return { ok: true, same: true, url, hash, elements, ms };
  return { ok: true, html, url, elements, ms };
}

function tooLarge(e: SnapshotTooLarge): SnapshotReply {
  const { elements, chars, depth, headings, longestText } = e.cost;
  const detail = `${e.limit}: ${elements} elements, depth ${depth}, ${headings} headings, longest text ${longestText}`;
  return { ok: false, reason: 'too-large', chars, elements, detail };
}

/**
 * The serialized snapshot of `doc` (the live document), or the reason there is none: over the element, depth,
 * time or size limit, or an estimated extraction time over the budget (extractCostMs). `unless` is the hash of
 * the snapshot the worker already has for this tab: when nothing changed, no HTML is sent again.
 */
export function takeSnapshot(doc: Document, unless?: string): SnapshotReply {
  const started = performance.now();
  const begun = begin(doc, started, unless);
  if ('reply' in begun) return begun.reply;
  try {
    copySome(begun.copy, begun.inert, begun.walk, Number.POSITIVE_INFINITY);
  } catch (e) {
    if (e instanceof SnapshotTooLarge) return tooLarge(e);
    throw e;
  }
  return finish(doc, begun, started, unless);
}

const EMPTY_HTML = '<!DOCTYPE html>\n<html><head></head><body></body></html>';

interface Begun {
  walk: Walk;
  inert: Document;
  copy: TreeCopy;
}

/** The snapshot's start: its limits and the checks that answer before any walk, or the walk ready to go. */
function begin(doc: Document, started: number, unless?: string): Begun | { reply: SnapshotReply } {
  const url = doc.location.href;
  if (!PAGE_TYPES.has(doc.contentType ?? 'text/html') || !doc.documentElement) {
    return { reply: reply(EMPTY_HTML, url, 0, started, unless) };
  }
  const walk: Walk = {
    elements: 0,
    chars: 0,
    depth: 0,
    headings: 0,
    longestText: 0,
    deadline: started + SNAPSHOT_WALK_MS,
  };
  // A page with more elements than the whole limit is refused before any of it is read: the walk would stop at
  // the limit anyway, after seconds of the page's thread (styles computed for every element on the way). Counting
  // the live elements is a lookup the browser answers at once.
  const live = doc.getElementsByTagName('*').length;
  if (live > MAX_SNAPSHOT_ELEMENTS) {
    return { reply: tooLarge(new SnapshotTooLarge({ ...walk, elements: live }, 'elements')) };
  }
  const inert = doc.implementation.createHTMLDocument('');
  return { walk, inert, copy: startCopy(doc.documentElement, inert) };
}

/** The walk done: the HTML, measured against the size limit and the extraction estimate. */
function finish(doc: Document, b: Begun, started: number, unless?: string, earlier = 0): SnapshotReply {
  const { walk } = b;
  const url = doc.location.href;
  const root = b.copy.holder.firstElementChild;
  // A root that is not rendered, or is a drawing (an SVG document), leaves nothing to read: not "too large".
  if (!root) return reply(EMPTY_HTML, url, 0, started, unless, earlier);
  const html = `<!DOCTYPE html>\n${root.outerHTML}`;
  walk.chars = html.length;
  if (html.length > MAX_SNAPSHOT_CHARS) return tooLarge(new SnapshotTooLarge(walk, 'chars'));
  if (extractCostMs(walk) > EXTRACT_BUDGET_MS) return tooLarge(new SnapshotTooLarge(walk, 'estimate'));
  return reply(html, url, walk.elements, started, unless, earlier);
}

/**
 * Longest stretch (milliseconds) the sliced snapshot keeps the page's thread before letting the page's own work
 * (input, animation, its scripts) run: about a frame.
 */
export const SNAPSHOT_SLICE_MS = 16;

/** The next task of the page's thread: after whatever the page has queued. Not throttled in a background tab. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** How the sliced snapshot went (the bench build reports it). */
export interface SliceStats {
  slices: number;
  longest: number;
}

/**
 * The snapshot in slices of SNAPSHOT_SLICE_MS, so a large page's thread is never held for long; `ms` is its time
 * on that thread, not the wait. A page that adds, removes or moves nodes between slices could have a node copied
 * twice or missed: then the snapshot is taken again in one go (takeSnapshot), as it was before slices.
 */
export async function takeSnapshotSliced(doc: Document, unless?: string, stats?: SliceStats): Promise<SnapshotReply> {
  let sliceStart = performance.now();
  const begun = begin(doc, sliceStart, unless);
  if ('reply' in begun) return begun.reply;
  const moves = new MutationObserver(() => undefined);
  moves.observe(doc, { childList: true, subtree: true });
  let earlier = 0;
  try {
    for (;;) {
      let done: boolean;
      try {
        done = copySome(begun.copy, begun.inert, begun.walk, sliceStart + SNAPSHOT_SLICE_MS);
      } catch (e) {
        if (e instanceof SnapshotTooLarge) return tooLarge(e);
        throw e;
      }
      const slice = performance.now() - sliceStart;
      if (stats) {
        stats.slices += 1;
        stats.longest = Math.max(stats.longest, slice);
      }
      if (done) break;
      earlier += slice;
      await nextTask();
      if (moves.takeRecords().length > 0) return takeSnapshot(doc, unless);
      sliceStart = performance.now();
    }
    return finish(doc, begun, sliceStart, unless, earlier);
  } finally {
    moves.disconnect();
  }
}
