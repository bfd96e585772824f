/**
 * The measurement pass: one bottom-up walk of the whole tree that skips page chrome (under the strict or the
 * lenient policy) and measures every other element: text length, link text, commas, paragraph-like descendants.
 * Iterative (pages nest 10,000 deep) and bounded (MAX_ELEMENTS).
 */
import { storyHeadlineHolders, tagOf } from '../common/dom';
import type { Stats } from './model';
import { type GateSettings, isChrome, type Policy } from './policy';
import { CONTENT } from '../settings/content';

/** Largest number of elements measured; beyond it the rest of the page is ignored (huge-page budget). */
export const MAX_ELEMENTS = 150_000;

/** Elements that are a paragraph when they hold 25+ characters. */
const PARA_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'li']);
/** Block elements: a div without any of them as a child is a paragraph. */
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

export interface Measure {
  stats: Map<Element, Stats>;
  /** Chrome elements, not measured (nor anything inside them). */
  skip: Set<Element>;
  /** Paragraph-like elements, in the order the walk finished them. */
  paragraphs: Element[];
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

/** Bottom-up measurement of the whole tree, iterative (pages nest 10,000 deep) and bounded. */
export function measure(body: Element, policy: Policy, gate: GateSettings | null = null): Measure {
  const stats = new Map<Element, Stats>();
  const skip = new Set<Element>();
  const paragraphs: Element[] = [];
  const headline = body.ownerDocument ? storyHeadlineHolders(body.ownerDocument) : undefined;
  // Iterative post-order walk.
  const stack: { el: Element; child: Element | null; inLink: boolean; inTable: boolean }[] = [];
  const enter = (el: Element, inLink: boolean, inTable = false): boolean => {
    const tag = tagOf(el);
    // The root is never dropped: on broken pages the parser may make a <style> or <script> the root element.
    if (el !== body && (isChrome(el, tag, policy, inTable, headline, gate) || stats.size >= MAX_ELEMENTS)) {
      skip.add(el);
      return false;
    }
    stats.set(el, { text: 0, linkText: 0, commas: 0, paras: 0, paraText: 0, itemText: 0, score: 0, scored: false });
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
          st.paraText += cs.paraText;
          st.itemText! += cs.itemText ?? 0;
        }
      }
    }
    const tag = tagOf(el);
    const { paragraphChars, itemLinkDensity, cellParagraphShare } = CONTENT.measure;
    // A table cell whose text is mostly in paragraphs of its own is their container (a layout column), not one
    // more paragraph carrying all their commas to its row: a long comment thread in the column made the row of
    // the page's layout table the best pick.
    const layoutCell = tag === 'td' && st.paraText >= st.text * cellParagraphShare;
    if (st.text >= paragraphChars && ((PARA_TAGS.has(tag) && !layoutCell) || (tag === 'div' && !hasBlockChild(el)))) {
      if (!(tag === 'li' || tag === 'td' || tag === 'dd') || st.linkText / st.text < itemLinkDensity) {
        st.paras += 1;
        paragraphs.push(el);
        st.paraText = st.text;
        if (tag === 'li') st.itemText = st.text;
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

/** Text and link-text length of an element outside the measured tree (inside skipped chrome). */
export function measureLoose(el: Element): { text: number; linkText: number } {
  const text = nonSpaceLength(el.textContent ?? '');
  let linkText = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linkText += nonSpaceLength(a.textContent ?? '');
  return { text, linkText };
}
