/**
 * What closes an article without being its story, trimmed from the end of the last root: a closing box (a label
 * line such as "Kontakt:", "Sources:" and the short blocks after it) and calls to action ("Subscribe to our
 * newsletter", "Follow us on Telegram", "Support local journalism").
 */
import { readableText, tagOf } from '../common/dom';
import { ADDRESSED_CALLS, CLOSING_CALL_PATTERNS, CLOSING_CALLS } from '../lexicon/calls-to-action';
import { CLOSING_BOX_LABELS, FURTHER_INFO_LABELS } from '../lexicon/closing-labels';
import { BOILERPLATE, type BoilerplateSettings } from '../settings/boilerplate';
import { wordCount } from './boilerplate';
import type { ContentResult } from './model';
import { labelPattern, rolePattern } from './words';

/**
 * A call to action or a house notice that closes an article: subscribe, follow, download the app, donate, join a
 * channel, "if you're already a subscriber", "for the latest news …". Only tested on the last short blocks of
 * the article, and only where it opens the block or one of its clauses: "residents were urged to sign up for the
 * scheme" reports a call, it does not make one.
 */
const CALL_TO_ACTION = new RegExp(`[\\s«"'“„([*•►▶→]*(?:${labelPattern(CLOSING_CALLS, CLOSING_CALL_PATTERNS)})`, 'iuy');
/** Where a clause may open: after a stop, comma, colon or semicolon (and at the start of the block). */
const CLAUSE_OPENING = /[.,;:!?،؛]\s*/gu;

/** Where each call to action that opens the block or one of its clauses ends (a sticky match at each opening). */
function callEnds(text: string): number[] {
  const ends: number[] = [];
  for (const start of [0, ...Array.from(text.matchAll(CLAUSE_OPENING), (m) => m.index + m[0].length)]) {
    if (start < (ends.at(-1) ?? 0)) continue;
    CALL_TO_ACTION.lastIndex = start;
    if (CALL_TO_ACTION.exec(text)) ends.push(CALL_TO_ACTION.lastIndex);
  }
  return ends;
}

/** Calls addressed to the reader in words ("you're already a subscriber"), anywhere in a closing block. */
const ADDRESSED_CALL = new RegExp(labelPattern(ADDRESSED_CALLS), 'iu');

/** Where a sentence ends, and where a clause does. */
const SENTENCE_END = /[.!?؟](?:\s|$)/u;
const COMMA = /[,،]/u;

/** Words that announce further information, in the languages of the labels below. */
const FURTHER_INFO = rolePattern(FURTHER_INFO_LABELS);

/** A label that opens a closing box of contacts, sources or further information: "Kontakt:", "More information:". */
const CLOSING_LABEL = new RegExp(`^\\s*(?:${FURTHER_INFO}|${rolePattern(CLOSING_BOX_LABELS)})\\s*:`, 'i');

/** "Weitere Informationen zum Coronavirus in Thüringen:", "More information on the scheme:". */
const FURTHER_INFO_LINE = new RegExp(`^\\s*${FURTHER_INFO}\\b`, 'i');

/** Elements read as one block at the end of an article even when too short to count as a paragraph. */
const CLOSING_LEAF = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'address', 'section', 'aside']);

/**
 * Is this closing block (short, at the end of the article) a call to action rather than the story? A call that
 * opens a clause, unless its sentence goes on after a comma with a clause of a few words: then the story quotes it
 * ("Support local businesses, the mayor told shoppers", "Síguenos, gritó el bombero").
 */
export function isClosingCallToAction(text: string, s: BoilerplateSettings = BOILERPLATE): boolean {
  if (text.length === 0 || text.length >= s.closing.blockMaxChars) return false;
  if (CLOSING_LABEL.test(text) || ADDRESSED_CALL.test(text)) return true;
  // A block that opens with a sentence of prose is the story, or an end note in sentences, whatever call a later
  // sentence makes ("Joab Jackson covers enterprise software for the IDG News Service. Follow Joab on Twitter …",
  // "The fun starts every week at 3:00pm ET … Join us on Twitter"): only its calls in the opening sentence count.
  const first = text.split(SENTENCE_END, 1)[0]!;
  const prose = first.length < text.length && wordCount(first) >= s.closing.proseOpeningWords;
  for (const end of callEnds(text).filter((e) => !prose || e <= first.length)) {
    const after = text.slice(end);
    const sentence = after.split(SENTENCE_END, 1)[0]!;
    const comma = sentence.search(COMMA);
    // The clause after the comma, not the rest of a list ("Síguenos en Telegram, Instagram, Facebook y Twitter").
    const clause = sentence.slice(comma + 1).split(COMMA, 1)[0]!;
    if (comma < 0 || wordCount(clause) < s.closing.reportedTailWords) return true;
  }
  return false;
}

/**
 * A label line alone ("Kontakt:", "Weitere Informationen:"), which opens a closing box of contacts, sources or
 * further information. ("Quelle: THW" under a picture is a credit line, not a box.)
 */
function isClosingLabel(text: string, s: BoilerplateSettings): boolean {
  return (
    text.length <= s.closing.labelMaxChars &&
    (CLOSING_LABEL.test(text) || FURTHER_INFO_LINE.test(text)) &&
    /:\s*$/.test(text)
  );
}

/**
 * Trims what closes an article without being its story from the last root (adds it to `r.skip`):
 * - a closing box: a short label line ("Kontakt:", "Weitere Informationen:", "Sources:") among the last short
 *   blocks, and every short block after it (the contacts, the links, the references it introduces);
 * - calls to action ("Subscribe to our newsletter", "Follow us on Telegram", "Support local journalism"): the last
 *   few short blocks, from the end, while they are such calls.
 */
export function trimClosingCalls(r: ContentResult, s: BoilerplateSettings = BOILERPLATE): void {
  if (!s.rules.closingBox && !s.rules.closingCalls) return;
  const root = r.roots[r.roots.length - 1];
  if (!root) return;
  const blocks: Element[] = [];
  const stack: Element[] = [root];
  // Children are pushed in order and the last popped first: blocks come in reverse document order, and the walk
  // stops at the first long block or once it has the last few.
  while (stack.length && blocks.length < s.closing.boxBlocks) {
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
      if (el === r.top || st.text >= s.closing.blockMaxChars) break;
      blocks.push(el);
    } else for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  // The label furthest up that still has only short blocks below it opens the box.
  let box = -1;
  for (let i = blocks.length - 1; i >= 0 && box < 0 && s.rules.closingBox; i--) {
    const short = (r.stats.get(blocks[i]!)?.text ?? 0) <= s.closing.labelMaxChars;
    if (short && isClosingLabel(readableText(blocks[i]!), s)) box = i;
  }
  for (let i = 0; i <= box; i++) r.skip.add(blocks[i]!);
  for (let i = box + 1; s.rules.closingCalls && i < Math.min(blocks.length, box + 1 + s.closing.callBlocks); i++) {
    if (!isClosingCallToAction(readableText(blocks[i]!), s)) break;
    r.skip.add(blocks[i]!);
  }
}
