/**
 * DOM helpers shared by the stages. Standard DOM only (linkedom in the worker and Node, the real DOM in the
 * content script); no layout or style reads.
 */
import { normalizeSpace } from './text';

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'button', 'svg', 'select', 'input']);
const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'pre', 'address', 'hr',
]);

/** Lower-cased element name, the same on linkedom and the browser. */
export function nameOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/**
 * The text of an element as a reader sees it: white space collapsed, `<br>` and block boundaries as spaces,
 * scripts, styles and hidden elements left out. Nested tables give their text.
 */
export function readableText(root: Element): string {
  const parts: string[] = [];
  const stack: (Node | ' ')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === ' ') {
      parts.push(' ');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = nameOf(el);
    if (name === 'br') {
      parts.push(' ');
      continue;
    }
    if (el !== root && (SKIPPED.has(name) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) {
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      parts.push(' ');
      stack.push(' ');
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return normalizeSpace(parts.join(''));
}


/** Hidden by its own markup: the `hidden` attribute, aria-hidden="true", or an inline display:none / visibility:hidden. */
export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Class words of a page header: it may hold the headline and still be chrome. */
export const HEADER_CLASS = /masthead|header|top-?bar|navbar|nav|menu|logo|brand/i;

const headlineHoldersCache = new WeakMap<Document, Set<Element>>();

/**
 * Every ancestor of the page's story headlines: h1 elements of three words or more (not a logo's one-word h1).
 * A container that holds one holds the article, whatever its class name says ("above-footer", a page-wide
 * "BannerPlaceHolder"). Computed once per document.
 */
export function storyHeadlineHolders(doc: Document): Set<Element> {
  let out = headlineHoldersCache.get(doc);
  if (out) return out;
  out = new Set<Element>();
  for (const h of Array.from(doc.getElementsByTagName('h1'))) {
    if ((h.textContent ?? '').trim().split(/\s+/).length < 3) continue;
    for (let up = h.parentElement; up && !out.has(up); up = up.parentElement) out.add(up);
  }
  headlineHoldersCache.set(doc, out);
  return out;
}
