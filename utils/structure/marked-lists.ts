/**
 * Lists written without list markup: consecutive paragraphs or lines that open with the same kind of marker
 * ("• …", "- …", "1. …", "١) …"), numbered items counting up by one.
 */
import type { Block } from '../types';
import { toWesternDigits } from '../common/text';
import { entriesOf, escapeRegex } from '../lexicon/compile';
import { ORDINAL_MARKER_STEMS } from '../lexicon/structure';

/**
 * A bullet written as text at the start of a line: "• item", "- item". Dashes: only the hyphen; en and em dashes
 * open dialogue lines in many languages' news.
 */
const BULLET = /^\s*[•·●▪◦■►▸‣⁃*-]\s+/;

/** A number written as text at the start of a line: "1. item", "١) item", "(3) item". */
const NUMBERED = /^\s*\(?([0-9\u0660-\u0669\u06f0-\u06f9]{1,2})[.)\-–:]\s+/;

/** The ordinal stems in order, first to tenth (lexicon/structure.ts). */
const ORDINALS = entriesOf(ORDINAL_MARKER_STEMS);

/**
 * An ordinal word written as a number at the start of a line, with its colon or dash: "أولاً: item", "ثانيا - item"
 * (the stem, then an alif with its tanween on either side, or none).
 */
const ORDINAL = new RegExp(`^\\s*(${ORDINALS.map(escapeRegex).join('|')})\u064B?ا?\u064B?\\s*[:\\-–]\\s+`, 'u');

export function markerOf(text: string): 'bullet' | 'number' | null {
  if (BULLET.test(text)) return 'bullet';
  if (NUMBERED.test(text) || ORDINAL.test(text)) return 'number';
  return null;
}

function numberOf(text: string): number {
  const ordinal = ORDINAL.exec(text)?.[1];
  if (ordinal) return ORDINALS.indexOf(ordinal) + 1;
  return Number(toWesternDigits(NUMBERED.exec(text)?.[1] ?? '-1'));
}

export function stripMarker(text: string): string {
  return text.replace(BULLET, '').replace(NUMBERED, '').replace(ORDINAL, '').trim();
}

/** Index where a run of two or more lines opening with the same kind of marker ends the group, or -1. */
export function trailingMarkedLines(lines: string[]): number {
  if (lines.length < 2) return -1;
  const kind = markerOf(lines[lines.length - 1]!);
  if (!kind) return -1;
  let k = lines.length - 1;
  while (
    k > 0 &&
    markerOf(lines[k - 1]!) === kind &&
    (kind === 'bullet' || numberOf(lines[k - 1]!) === numberOf(lines[k]!) - 1)
  )
    k--;
  return lines.length - k >= 2 ? k : -1;
}

/** Two or more consecutive paragraphs that open with the same kind of list marker are a list. */
export function markedLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length;) {
    const b = blocks[i]!;
    const kind = b.type === 'paragraph' ? markerOf(b.text) : null;
    if (!kind) {
      out.push(b);
      i++;
      continue;
    }
    let j = i;
    const items: string[] = [];
    const written: string[] = [];
    let last = -1;
    while (j < blocks.length) {
      const c = blocks[j]!;
      if (c.type !== 'paragraph' || markerOf(c.text) !== kind) break;
      // Numbered items count up by one: "2019: …", "3. …" after "1. …" are not a list.
      const n = kind === 'number' ? numberOf(c.text) : 0;
      if (kind === 'number' && last >= 0 && n !== last + 1) break;
      last = n;
      items.push(stripMarker(c.text));
      written.push(c.text);
      j++;
    }
    if (items.length >= 2) out.push({ type: 'list', ordered: kind === 'number', items, written });
    else out.push(b);
    i = Math.max(j, i + 1);
  }
  return out;
}
