/**
 * Stage 1: HTML text → a DOM Document, with linkedom (the MV3 service worker has no DOMParser, and Node has none
 * either). The content script hands the worker a serialized snapshot; the CLI hands it a file.
 */
import { DOMParser } from 'linkedom';

/** Input the core refuses before parsing: the UI and the CLI turn `code` into a clear message. */
export class BriefInputError extends Error {
  constructor(
    readonly code: 'empty' | 'not-html' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'BriefInputError';
  }
}

/** Largest HTML the core parses (characters). A larger page ends in the "page too large" state. */
export const MAX_HTML_CHARS = 12_000_000;

/**
 * Parse an HTML page. A `<base href>` is added when the page has none so that relative links and images resolve
 * (linkedom's baseURI is empty). NUL bytes are dropped; they only appear in broken or binary input.
 */
export function parseHtml(html: string, url?: string | null): Document {
  if (html.length > MAX_HTML_CHARS) {
    throw new BriefInputError('too-large', `page too large: ${html.length} characters (limit ${MAX_HTML_CHARS})`);
  }
  const clean = html.includes('\u0000') ? html.replace(/\u0000/g, '') : html;
  if (!clean.trim()) throw new BriefInputError('empty', 'the page is empty');
  if (!/<[a-zA-Z!?/]/.test(clean.slice(0, 65536))) {
    throw new BriefInputError('not-html', 'the input is not HTML (no markup found)');
  }
  let doc = new DOMParser().parseFromString(clean, 'text/html') as unknown as Document;
  const closed = closeRunawayTitle(clean, doc);
  if (closed !== null) doc = new DOMParser().parseFromString(closed, 'text/html') as unknown as Document;
  repairRoot(doc);
  if (!doc.documentElement) throw new BriefInputError('empty', 'the page is empty (it has no elements)');
  addBase(doc, url);
  return doc;
}

/** Give a parsed page a `<base href>` from its address when it has none (linkedom's baseURI is empty). */
export function addBase(doc: Document, url?: string | null): void {
  if (!url || !/^https?:/i.test(url)) return;
  const head = doc.head ?? doc.documentElement;
  if (!head) return;
  // <base> belongs in the head: look there, not through the whole page.
  for (let c = head.firstElementChild; c; c = c.nextElementSibling) {
    if ((c.localName || c.tagName).toLowerCase() === 'base' && c.hasAttribute('href')) return;
  }
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  head.insertBefore(base, head.firstChild);
}

/** A title longer than this, holding markup, has swallowed the page. */
const RUNAWAY_TITLE = 2000;

/**
 * A `<title>` whose end tag was lost (a damaged or truncated page: "<title>BBC SPORTi library-->") reads
 * everything after it as its text, and the page parses empty. The page's HTML with the title closed at the end of
 * its first line (or at the first markup), or null when the title is sound. Only such pages are parsed twice.
 */
function closeRunawayTitle(html: string, doc: Document): string | null {
  const title = doc.querySelector('title');
  const text = title?.textContent ?? '';
  if (text.length <= RUNAWAY_TITLE || !/<\/?[a-z]/i.test(text)) return null;
  const open = /<title\b[^>]*>/i.exec(html);
  if (!open) return null;
  const start = open.index + open[0].length;
  const rest = html.slice(start);
  const end = rest.search(/[\n<]/);
  if (end < 0) return null;
  return `${html.slice(0, start)}${rest.slice(0, end)}</title>${rest.slice(end)}`;
}

/**
 * linkedom builds a document with several top-level elements when a page puts content before `<html>` (a
 * `<style>` or `<script>` first, as some CMSs do): the page's `<html>` then sits beside them. Gather them under
 * one root so that every later stage sees the whole page.
 */
function repairRoot(doc: Document): void {
  const tops: Node[] = [];
  let elements = 0;
  // Through childNodes: linkedom's document.firstChild/nextSibling do not walk a document's top level.
  for (const n of Array.from(doc.childNodes)) {
    if (n.nodeType === 10) continue; // doctype
    tops.push(n);
    if (n.nodeType === 1) elements++;
  }
  if (elements <= 1) {
    hoistNestedRoot(doc);
    return;
  }
  const html =
    tops.find((n): n is Element => n.nodeType === 1 && (n as Element).localName === 'html') ??
    doc.createElement('html');
  for (const n of tops) if (n !== html) html.appendChild(n);
  if (!html.parentNode) doc.appendChild(html);
}

/**
 * A page saved inside a wrapper element (`<text id="…"><!DOCTYPE html><html>…`, as some archives store pages)
 * parses with the wrapper as the root and the page's own `<html>` inside it, so the document has no body. The
 * page's `<html>` becomes the root; the wrapper, which a reader never sees, is dropped.
 */
function hoistNestedRoot(doc: Document): void {
  const root = doc.documentElement;
  if (!root || root.localName === 'html') return;
  const inner = root.querySelector('html');
  if (!inner) return;
  doc.removeChild(root);
  doc.appendChild(inner);
}
