/**
 * Stage 4: the article containers → blocks in reading order (headings, paragraphs, lists, tables, captions).
 *
 * Headings come in three shapes on news pages: real h2–h6 elements, a paragraph that is one bold run
 * (`<p><strong>…</strong></p>`), and a short bare line between `<br><br>` breaks. All three become heading blocks.
 */
import type { Block } from '../types';
import type { ContentResult } from '../extract/model';
import { DECK_SENTENCE } from '../extract/intros';
import { readTable } from './tables';
import { isDateLine, isMetaHeading } from './meta-lines';
import { LEAD_WORD } from '../extract/boilerplate';
import { classOf, tagOf, readableText } from '../common/dom';
import { isSubheadingLine, promoteCapsCrossheads } from './heading-shapes';
import { normalizeSpace } from '../common/text';
import { markedLists } from './marked-lists';
import { emitRun, type InlineRun } from './line-runs';
import { classWordsRegex } from '../lexicon/compile';
import { CAPTION_CLASS_WORDS } from '../lexicon/structure';
import { commentThreadsByShape } from './comment-threads';
import { isCommentNamed } from '../extract/comments';

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'img',
  'picture',
  'source',
  'big',
  'nobr',
  'ruby',
  'rt',
  'rp',
  'output',
  'br',
]);
const HEADING = /^h([1-6])$/;
/** Class words of an image caption or credit. */
const CAPTION_CLASS = classWordsRegex(CAPTION_CLASS_WORDS);
/** Deepest element nesting walked recursively; deeper content is read as plain text. */
const MAX_DEPTH = 200;
/** A full stop at the end, before a closing quote. */
const FULL_STOP_END = /[.。]["'»”]?$/u;

export interface BlockOptions {
  /** The article title: a heading that repeats it is not a section heading. */
  title: string | null;
  /** The article's byline as read from the page: a heading that is the byline line is not a section heading. */
  byline?: string | null;
}

export function toBlocks(content: ContentResult, opts: BlockOptions): Block[] {
  const out: Block[] = [];
  const { skip } = content;
  const titleKey = opts.title ? key(opts.title) : null;
  let run: InlineRun = { lines: [''], bold: [0] };

  const flush = (quoted = false): void => {
    const r = run;
    run = { lines: [''], bold: [0] };
    emitRun(quoted ? { ...r, quoted } : r, out);
  };

  const addText = (s: string, bold: boolean): void => {
    const i = run.lines.length - 1;
    run.lines[i] += s;
    if (bold) run.bold[i] = (run.bold[i] ?? 0) + normalizeSpace(s).length;
  };

  let depth = 0;
  const inlineWalk = (el: Element, bold: boolean): void => {
    // Pages nest thousands deep: past MAX_DEPTH an element's text is taken whole, without recursion.
    if (depth > MAX_DEPTH) {
      addText(` ${readableText(el)} `, bold);
      return;
    }
    depth++;
    try {
      inlineChildren(el, bold);
    } finally {
      depth--;
    }
  };

  const inlineChildren = (el: Element, bold: boolean): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        addText((n as Text).data, bold);
      } else if (n.nodeType === 1) {
        const c = n as Element;
        if (skip.has(c)) continue;
        const t = tagOf(c);
        if (t === 'br') {
          run.lines.push('');
          run.bold.push(0);
        } else if (INLINE.has(t) && !hasBlockChild(c) && isSubheadingLine(c)) {
          // A subheading set inline between the paragraphs (<span class="cross-head">): a heading, as a block is.
          flush();
          out.push({ type: 'heading', level: 3, text: readableText(c) });
        } else if (INLINE.has(t) && !hasBlockChild(c) && CAPTION_CLASS.test(classOf(c) ?? '')) {
          // A caption set inline at a paragraph's head (<span class="caption">): a caption, as a block is.
          flush();
          const text = readableText(c);
          if (text) out.push({ type: 'caption', text });
        } else if (INLINE.has(t) && !hasBlockChild(c)) {
          inlineWalk(c, bold || isBold(c, t));
        } else {
          visit(c);
        }
      }
    }
  };

  // Reader comment threads: their blocks, once the story has begun, are marked (nothing in or after them is the
  // brief's; the text keeps them).
  const threads = commentThreadsByShape(content.roots);
  let threadFrom = -1;
  const storyBegun = (): boolean => out.some((b) => b.type === 'paragraph');

  const visit = (el: Element): void => {
    if (skip.has(el)) return;
    if (threadFrom < 0 && (threads.has(el) || isCommentNamed(el)) && storyBegun()) {
      flush();
      threadFrom = out.length;
    }
    if (depth > MAX_DEPTH) {
      flush();
      const text = readableText(el);
      if (text) out.push({ type: 'paragraph', text });
      return;
    }
    const tag = tagOf(el);
    const h = HEADING.exec(tag);
    if (h) {
      flush();
      const text = readableText(el);
      if (!text) return;
      if (text.length > 200) {
        out.push({ type: 'paragraph', text });
        return;
      }
      const level = Number(h[1]);
      if ((level === 1 || out.length === 0) && titleKey && key(text) === titleKey) return;
      // A deck set as a heading above the body ("h2.article-deck") is the opening paragraph; a heading that is a
      // long sentence ending in a full stop (BuzzFeed's sub-buzz h2s) is a paragraph wherever it stands (a headline
      // set again over the body may end as a question: "… - wie geht es jetzt weiter?").
      const first = !out.some((b) => b.type === 'paragraph');
      if (
        (DECK_SENTENCE.test(text) && (first || FULL_STOP_END.test(text))) ||
        (LEAD_WORD.test(classOf(el) ?? '') && first)
      ) {
        out.push({ type: 'paragraph', text });
        return;
      }
      out.push({ type: 'heading', level: Math.max(2, level), text });
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      flush();
      const items = listItems(el, skip, 0);
      if (items.length) out.push({ type: 'list', ordered: tag === 'ol', items });
      return;
    }
    const role = el.getAttribute('role');
    if (tag === 'table' || role === 'table' || role === 'grid') {
      flush();
      const table = readTable(el);
      if (table) {
        out.push({ type: 'table', table });
        return;
      }
      // A layout table: its cells are ordinary content.
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
      flush();
      return;
    }
    if (tag === 'figcaption' || CAPTION_CLASS.test(classOf(el) ?? '')) {
      flush();
      const text = readableText(el);
      if (text) out.push({ type: 'caption', text });
      return;
    }
    if (tag === 'hr') {
      flush();
      return;
    }
    if (INLINE.has(tag) && !hasBlockChild(el)) {
      if (tag === 'br') {
        run.lines.push('');
        run.bold.push(0);
      } else inlineWalk(el, isBold(el, tag));
      return;
    }
    // A block named as a subheading ("sub-title", "subhead", "crosshead") with one short line of text.
    if (!hasBlockChild(el) && isSubheadingLine(el)) {
      flush();
      out.push({ type: 'heading', level: 3, text: readableText(el) });
      return;
    }
    // Any other block: its own paragraph boundary. Inside a quotation (an embedded post, a quoted letter) a short
    // first line is the quote's own, never the article's subhead.
    flush();
    inlineWalk(el, false);
    flush(el.closest('blockquote') !== null);
  };

  for (const root of content.roots) {
    visit(root);
    flush();
  }
  if (threadFrom >= 0) for (const b of out.slice(threadFrom)) b.inThread = true;
  // A date line set as a heading is read as the line it is (meta-lines.ts drops it from the story; the date it
  // gives may be the article's).
  const story = out
    .map((b): Block => (b.type === 'heading' && isDateLine(b.text) ? { type: 'paragraph', text: b.text } : b))
    .filter((b) => b.type !== 'heading' || !isMetaHeading(b.text, opts));
  return markedLists(promoteCapsCrossheads(promoteGalleryCaptions(story)));
}

/**
 * A heading that is not a section's: the headline repeated (a second h1, an h2 over the body, a print title), or
 * the byline line set as a heading ("By Nada Tawfik, BBC News", "كتب - محمود سعيد"): short, opening with a byline
 * word or naming the byline the page gives.
 */
/** Bold by element (`strong`, `b`) or by inline style (`font-weight: bold` or 600–900). */
function isBold(el: Element, tag: string): boolean {
  if (tag === 'strong' || tag === 'b') return true;
  const style = el.getAttribute('style');
  return !!style && /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style);
}

/**
 * Captions are kept apart from the text, except in a gallery article whose story is told in its captions: when
 * captions hold more text than the paragraphs, they are the paragraphs.
 */
function promoteGalleryCaptions(blocks: Block[]): Block[] {
  let captions = 0;
  let paragraphs = 0;
  for (const b of blocks) {
    if (b.type === 'caption') captions += b.text.length;
    else if (b.type === 'paragraph') paragraphs += b.text.length;
  }
  if (captions <= paragraphs * 2) return blocks;
  return blocks.map((b) => (b.type === 'caption' ? { type: 'paragraph', text: b.text } : b));
}

function key(s: string): string {
  return normalizeSpace(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!INLINE.has(tagOf(c))) return true;
  }
  return false;
}

/** The items of a list; nested list items follow their parent item, marked "– ". */
function listItems(list: Element, skip: Set<Element>, depth: number): string[] {
  const items: string[] = [];
  for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
    if (skip.has(li)) continue;
    const t = tagOf(li);
    if (t !== 'li') {
      // Wrappers between ul and li (some themes put divs there).
      if (t === 'ul' || t === 'ol' || t === 'div') for (const item of listItems(li, skip, depth)) items.push(item);
      continue;
    }
    const own: string[] = [];
    const nested: string[] = [];
    const collect = (el: Element, level = 0): void => {
      if (level > MAX_DEPTH || depth > MAX_DEPTH) {
        own.push(` ${readableText(el)} `);
        return;
      }
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) own.push((n as Text).data);
        else if (n.nodeType === 1) {
          const c = n as Element;
          if (skip.has(c)) continue;
          const ct = tagOf(c);
          if (ct === 'ul' || ct === 'ol') {
            if (depth < MAX_DEPTH) for (const item of listItems(c, skip, depth + 1)) nested.push(item);
            else own.push(` ${readableText(c)} `);
          } else {
            if (ct === 'br' || ct === 'p' || ct === 'div') own.push(' ');
            collect(c, level + 1);
          }
        }
      }
    };
    collect(li);
    const text = normalizeSpace(own.join(''));
    if (text) items.push(depth > 0 ? `– ${text}` : text);
    for (const item of nested) items.push(item);
  }
  return items;
}
