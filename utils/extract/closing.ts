/**
 * What closes an article without being its story, trimmed from the end of the last root: a closing box (a label
 * line such as "Kontakt:", "Sources:" and the short blocks after it) and calls to action ("Subscribe to our
 * newsletter", "Follow us on Telegram", "Support local journalism").
 */
import { readableText, tagOf } from '../common/dom';
import { CLOSING_CALL_PATTERNS, CLOSING_CALLS } from '../lexicon/calls-to-action';
import { CLOSING_BOX_LABELS, FURTHER_INFO_LABELS } from '../lexicon/closing-labels';
import type { ContentResult } from './model';
import { rolePattern } from './words';

/**
 * A call to action or a house notice that closes an article: subscribe, follow, download the app, donate, join a
 * channel, "if you're already a subscriber", "for the latest news …". Only tested on the last short blocks of
 * the article, where a sentence that names these things is not the story.
 */
const CALL_TO_ACTION = new RegExp(rolePattern(CLOSING_CALLS, CLOSING_CALL_PATTERNS), 'i');

/** Words that announce further information, in the languages of the labels below. */
const FURTHER_INFO = rolePattern(FURTHER_INFO_LABELS);

/** A label that opens a closing box of contacts, sources or further information: "Kontakt:", "More information:". */
const CLOSING_LABEL = new RegExp(`^\\s*(?:${FURTHER_INFO}|${rolePattern(CLOSING_BOX_LABELS)})\\s*:`, 'i');

/** "Weitere Informationen zum Coronavirus in Thüringen:", "More information on the scheme:". */
const FURTHER_INFO_LINE = new RegExp(`^\\s*${FURTHER_INFO}\\b`, 'i');

/** Longest block that can be a closing box's label line: the label and a few words after it. */
const CLOSING_LABEL_MAX = 60;
/** Most short blocks looked at from the end of the article for calls to action. */
const CLOSING_BLOCKS = 4;
/** Most short blocks looked at from the end for a closing box ("Kontakt:", "Sources:" and what follows). */
const CLOSING_BOX_BLOCKS = 12;
/** Calls to action and closing boxes are short: a block this long is the story. */
const CLOSING_BLOCK_MAX = 300;
/** Elements read as one block at the end of an article even when too short to count as a paragraph. */
const CLOSING_LEAF = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'address', 'section', 'aside']);

/** Is this closing block (short, at the end of the article) a call to action rather than the story? */
function isClosingCallToAction(text: string): boolean {
  return text.length > 0 && text.length < 300 && (CALL_TO_ACTION.test(text) || CLOSING_LABEL.test(text));
}

/**
 * A label line alone ("Kontakt:", "Weitere Informationen:"), which opens a closing box of contacts, sources or
 * further information. ("Quelle: THW" under a picture is a credit line, not a box.)
 */
function isClosingLabel(text: string): boolean {
  return (
    text.length <= CLOSING_LABEL_MAX && (CLOSING_LABEL.test(text) || FURTHER_INFO_LINE.test(text)) && /:\s*$/.test(text)
  );
}

/**
 * Trims what closes an article without being its story from the last root (adds it to `r.skip`):
 * - a closing box: a short label line ("Kontakt:", "Weitere Informationen:", "Sources:") among the last short
 *   blocks, and every short block after it (the contacts, the links, the references it introduces);
 * - calls to action ("Subscribe to our newsletter", "Follow us on Telegram", "Support local journalism"): the last
 *   few short blocks, from the end, while they are such calls.
 */
export function trimClosingCalls(r: ContentResult): void {
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
