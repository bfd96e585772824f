/**
 * Sections of the article: the lede, each heading with its paragraphs, and the closing paragraph.
 *
 * - lede: the first paragraph of prose before any heading (else the first paragraph there);
 * - sections: each heading with the paragraphs, lists and tables up to the next heading, in reading order; what
 *   comes between the lede and the first heading forms a section whose heading is null; a section with nothing in
 *   it is dropped (see isParentHeading);
 * - closing: the last paragraph of the article. It is not repeated inside a section, so a brief never shows the
 *   same paragraph twice; lead-ins of lists are likewise kept with their list only.
 */
import type { Block, Section } from '../types';
import { isProse } from './meta-lines';
import { isReaderPointer } from './line-shapes';

export interface SectionsResult {
  lede: string | null;
  sections: Section[];
  closing: string | null;
}

export function buildSections(blocks: Block[], leadIns: Set<number>): SectionsResult {
  const paragraphIdx: number[] = [];
  blocks.forEach((b, i) => {
    if (b.type === 'paragraph' && !leadIns.has(i)) paragraphIdx.push(i);
  });
  const firstHeading = blocks.findIndex((b) => b.type === 'heading');
  // The lede is the first paragraph of prose before any heading (a deck written as a headline, without a
  // sentence's end, stays a paragraph), else the first paragraph there.
  const beforeHeading = paragraphIdx.filter((i) => firstHeading < 0 || i < firstHeading);
  // When the story opens with a heading (a dateline or a kicker set in bold over the first paragraph), the lede is
  // the first paragraph of prose after it.
  const isProseAt = (i: number): boolean => isProse((blocks[i] as { text: string }).text);
  const ledeIdx = beforeHeading.find(isProseAt) ?? beforeHeading[0] ?? paragraphIdx.find(isProseAt) ?? -1;
  // The closing is the last paragraph of prose that does not end in a colon: a line announcing what is not there
  // ("For the latest news:", "The paper is here:") is no closing, and nor is a line that is no sentence (a credit
  // "AAP", "(Agencies)", a pager "Page 1 of 1", a link "Google+", "‹ Back to Story").
  // A pointer to more elsewhere ("For more information on …, visit …") is no closing either.
  const closers = paragraphIdx.filter((i) => {
    const text = (blocks[i] as { text: string }).text;
    return isProse(text) && !/[:：]\s*$/.test(text) && !isReaderPointer(text);
  });
  const lastIdx = closers[closers.length - 1] ?? -1;
  // A closing paragraph needs some body before it: an article of a lede and one paragraph has no closing.
  const closingIdx = paragraphIdx.length >= 3 && lastIdx !== ledeIdx ? lastIdx : -1;

  const sections: Section[] = [];
  let current: Section | null = null;
  const open = (): Section => {
    if (!current) {
      current = { heading: null, level: 0, paragraphs: [], parts: [] };
      sections.push(current);
    }
    return current;
  };
  // Lists and tables are numbered in block order, as buildLists and the brief's tables count them.
  let lists = 0;
  let tables = 0;
  let closingSection: Section | null = null;
  let ledeSection: Section | null = null;
  blocks.forEach((b, i) => {
    if (i === closingIdx) closingSection = current;
    if (i === ledeIdx) ledeSection = current;
    if (b.type === 'heading') {
      current = { heading: b.text, level: b.level, paragraphs: [], parts: [] };
      sections.push(current);
    } else if (b.type === 'list') open().parts.push({ kind: 'list', index: lists++ });
    else if (b.type === 'table') open().parts.push({ kind: 'table', index: tables++ });
    // The lines after the closing are no story: a credit ("AAP", "Additional reporting by …"), a pager, a link.
    else if (b.type === 'paragraph' && i !== ledeIdx && !(closingIdx >= 0 && i >= closingIdx) && !leadIns.has(i)) {
      const s = open();
      s.parts.push({ kind: 'paragraph', index: s.paragraphs.length });
      s.paragraphs.push(b.text);
    }
  });
  return {
    lede: ledeIdx >= 0 ? (blocks[ledeIdx] as { text: string }).text : null,
    sections: sections.filter(
      (s, i) => s.parts.length > 0 || s === closingSection || s === ledeSection || isParentHeading(s, sections[i + 1]),
    ),
    closing: closingIdx >= 0 ? (blocks[closingIdx] as { text: string }).text : null,
  };
}

/**
 * An empty section is dropped (a "Source: …" or "Related" label left over, a box title over nothing), unless a
 * deeper heading follows it: then it heads its subsections. The section the closing paragraph ends keeps its
 * heading in the model, with no parts when the closing was its only paragraph (the renderers leave it out).
 */
function isParentHeading(s: Section, next: Section | undefined): boolean {
  return s.heading !== null && next !== undefined && next.heading !== null && next.level > s.level;
}

/** The article body as plain text: headings, paragraphs, list items and table rows, blank lines between blocks. */
export function blocksToText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') parts.push(b.text);
    // The text keeps list markers that were text on the page ("1. …"); a list element's numbers are its own.
    else if (b.type === 'list') parts.push((b.written ?? b.items).join('\n'));
    else if (b.type === 'table') {
      const rows = [b.table.headers, ...b.table.rows].filter((r) => r.some((c) => c));
      parts.push(rows.map((r) => r.join(' | ')).join('\n'));
    }
  }
  return parts.join('\n\n');
}
