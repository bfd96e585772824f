/**
 * Sections of the article: the lede, each heading with its paragraphs, and the closing paragraph.
 *
 * - lede: the first paragraph before any heading;
 * - sections: each heading with the paragraphs up to the next heading; paragraphs between the lede and the first
 *   heading form a section whose heading is null;
 * - closing: the last paragraph of the article. It is not repeated inside a section, so a brief never shows the
 *   same paragraph twice; lead-ins of lists are likewise kept with their list only.
 */
import type { Block, Section } from '../types';

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
  const ledeIdx = paragraphIdx.length && (firstHeading < 0 || paragraphIdx[0]! < firstHeading) ? paragraphIdx[0]! : -1;
  const lastIdx = paragraphIdx[paragraphIdx.length - 1] ?? -1;
  // A closing paragraph needs some body before it: an article of a lede and one paragraph has no closing.
  const closingIdx = paragraphIdx.length >= 3 && lastIdx !== ledeIdx ? lastIdx : -1;

  // A heading with nothing after it (a trailing "Source: …" credit or "Related" label) is not a section.
  const lastHeading = blocks.map((b) => b.type).lastIndexOf('heading');
  const hasTail = blocks.slice(lastHeading + 1).some((b) => b.type !== 'caption');
  const sections: Section[] = [];
  let current: Section | null = null;
  blocks.forEach((b, i) => {
    if (b.type === 'heading') {
      current = { heading: b.text, level: b.level, paragraphs: [] };
      sections.push(current);
      return;
    }
    if (b.type !== 'paragraph' || i === ledeIdx || i === closingIdx || leadIns.has(i)) return;
    if (!current) {
      current = { heading: null, level: 0, paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push(b.text);
  });
  return {
    lede: ledeIdx >= 0 ? (blocks[ledeIdx] as { text: string }).text : null,
    sections: sections.filter((s, i) => s.paragraphs.length > 0 || i < sections.length - 1 || hasTail),
    closing: closingIdx >= 0 ? (blocks[closingIdx] as { text: string }).text : null,
  };
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
