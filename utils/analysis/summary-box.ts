/**
 * The page's own summary box: a short label ("أبرز النقاط", "باختصار", "Key Points | أبرز النقاط", "Highlights")
 * directly over a list of the story's main points. Read from the brief's blocks when the earlier stages kept it (a
 * heading or a label line, then a list), else from the document, where extraction may have dropped it as
 * boilerplate. Its items, quoted, are the brief's key points. Labels are lexicon data (lexicon/summary-labels.ts).
 */
import { foldWord } from './words';
import { elementsNamed, hiddenByAttributes, readableText, tagOf } from '../common/dom';
import { normalizeSpace, words } from '../common/text';
import { entriesOf } from '../lexicon/compile';
import { SUMMARY_LABELS } from '../lexicon/summary-labels';
import { SETTINGS } from '../settings';
import type { Block } from '../types';

const S = SETTINGS.analysis.keyPoints;
const LABELS = new Set(entriesOf(SUMMARY_LABELS).map((l) => foldWord(l)));

/** A summary box's label: the whole line, or one part of a two-language label ("Key Points | أبرز النقاط"). */
export function isSummaryLabel(text: string): boolean {
  return normalizeSpace(text)
    .split(/\s*[|·•/]\s*/)
    .some((part) => LABELS.has(foldWord(part.replace(/[:：]\s*$/, '').trim())));
}

/** The items of a summary box when they look like one: a few full lines, not links or labels. */
function asItems(items: string[]): string[] {
  const clean = items.map(normalizeSpace).filter(Boolean);
  if (clean.length < S.minSummaryItems || clean.length > S.maxSummaryItems) return [];
  return clean.every((i) => words(i).length >= S.minSummaryItemWords) ? clean : [];
}

/** Hidden by the element or one of its ancestors' own markup. */
function hidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (hiddenByAttributes(e)) return true;
  return false;
}

/** Where the summary box sits in the blocks: the index of its label (its list follows), or -1. */
function summaryBoxAt(blocks: Block[]): number {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1]!;
    if ((b.type === 'heading' || b.type === 'paragraph') && next.type === 'list' && isSummaryLabel(b.text)) {
      if (asItems(next.items).length) return i;
    }
  }
  return -1;
}

/**
 * The blocks of the story without the summary box: its label is no section heading or paragraph and its items are
 * no list of the story (they are the key points).
 */
export function withoutSummaryBox(blocks: Block[]): Block[] {
  const at = summaryBoxAt(blocks);
  return at < 0 ? blocks : [...blocks.slice(0, at), ...blocks.slice(at + 2)];
}

/** The summary box's items, from the blocks or else from the document; [] when the page has none. */
export function summaryBoxItems(blocks: Block[], doc: Document | null = null): string[] {
  const at = summaryBoxAt(blocks);
  if (at >= 0) return asItems((blocks[at + 1] as { items: string[] }).items);
  if (!doc) return [];
  for (const list of [...elementsNamed(doc, 'ul'), ...elementsNamed(doc, 'ol')]) {
    const label = list.previousElementSibling;
    if (!label || !isSummaryLabel(readableText(label)) || hidden(list)) continue;
    const items = asItems([...list.children].filter((li) => tagOf(li) === 'li').map((li) => readableText(li)));
    if (items.length) return items;
  }
  return [];
}
