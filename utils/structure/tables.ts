/**
 * Table reader: a `<table>` or an ARIA table/grid element → BriefTable (caption, one header per column, a full
 * grid of body rows), or null for a table used for layout or navigation.
 *
 * Works on any DOM implementation (linkedom, the browser): elements are compared by lower-cased local name and
 * walked with firstElementChild/nextElementSibling, never with layout or style APIs.
 */
import { normalizeSpace, toWesternDigits } from '../common/text';
import { firstDescendants, tagOf, readableText } from '../common/dom';
import type { BriefTable } from '../types';
import { phrasesPattern } from '../lexicon/compile';
import { TABLE_HEADER_WORDS } from '../lexicon/structure';

/**
 * Rows read per table. Longer tables are read up to this many rows (header rows included), so a page with a
 * 100,000-row table still gets its brief promptly; the brief shows the first rows.
 */
export const MAX_TABLE_ROWS = 5000;
/** Widest grid we build; wider colspans are clipped (a hostile colspan="1000" on every cell stays cheap). */
const MAX_COLUMNS = 100;
/** Header rows merged into one header per column (a thead may hold more; the rest are read as body rows). */
const MAX_HEADER_ROWS = 3;

const ARIA_TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
const ARIA_CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
/** Elements whose presence in a cell shows the table holds page layout, not data. */
const PAGE_LAYOUT = new Set([
  'h1',
  'h2',
  'h3',
  'article',
  'nav',
  'main',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
]);
const PARAGRAPH_LIKE = new Set(['p', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'pre']);

/** What a layout cell holds, read in one walk of its descendants (CSS selectors are compiled anew on every call). */
function cellContents(cell: Element): { pageLayout: boolean; tables: number; paragraphs: number; links: Element[] } {
  const out = { pageLayout: false, tables: 0, paragraphs: 0, links: [] as Element[] };
  for (const el of firstDescendants(cell, Number.POSITIVE_INFINITY)) {
    const tag = tagOf(el);
    if (PAGE_LAYOUT.has(tag)) out.pageLayout = true;
    else if (tag === 'table') out.tables++;
    else if (PARAGRAPH_LIKE.has(tag)) out.paragraphs++;
    else if (tag === 'a' && el.hasAttribute('href')) out.links.push(el);
  }
  return out;
}

type Section = 'head' | 'body' | 'foot';

interface RawCell {
  el: Element;
  header: boolean;
  colspan: number;
  rowspan: number;
  text: string;
}

interface RawRow {
  section: Section;
  el: Element;
  cells: RawCell[];
}

interface Slot {
  cell: RawCell;
  origin: boolean;
}

function roleOf(el: Element): string {
  return (el.getAttribute('role') ?? '').trim().toLowerCase().split(/\s+/)[0] ?? '';
}

function isTableElement(el: Element): boolean {
  return tagOf(el) === 'table' || ARIA_TABLE_ROLES.has(roleOf(el));
}

function* elementChildren(el: Element): Generator<Element> {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) yield c;
}

function spanAttr(el: Element, name: string, fallback: number): number {
  const raw = el.getAttribute(name);
  if (raw == null) return fallback;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

function rawCell(el: Element, header: boolean): RawCell {
  return {
    el,
    header,
    colspan: Math.min(Math.max(spanAttr(el, 'colspan', 1) || 1, 1), MAX_COLUMNS),
    rowspan: spanAttr(el, 'rowspan', 1),
    text: readableText(el),
  };
}

/** Rows of an HTML table, thead first and tfoot last, without descending into nested tables. */
function htmlRows(table: Element): RawRow[] {
  const head: RawRow[] = [];
  const body: RawRow[] = [];
  const foot: RawRow[] = [];
  const readRow = (tr: Element, section: Section): RawRow => {
    const cells: RawCell[] = [];
    for (const c of elementChildren(tr)) {
      const n = tagOf(c);
      if (n === 'td' || n === 'th') cells.push(rawCell(c, n === 'th' || roleOf(c) === 'columnheader'));
    }
    return { section, el: tr, cells };
  };
  const full = () => head.length + body.length + foot.length >= MAX_TABLE_ROWS;
  for (const child of elementChildren(table)) {
    if (full()) break;
    const n = tagOf(child);
    if (n === 'tr') body.push(readRow(child, 'body'));
    else if (n === 'thead' || n === 'tbody' || n === 'tfoot') {
      const section: Section = n === 'thead' ? 'head' : n === 'tfoot' ? 'foot' : 'body';
      const target = section === 'head' ? head : section === 'foot' ? foot : body;
      for (const tr of elementChildren(child)) {
        if (full()) break;
        if (tagOf(tr) === 'tr') target.push(readRow(tr, section));
      }
    }
  }
  return [...head, ...body, ...foot];
}

/** Rows of an ARIA table (role=row, cells role=cell/gridcell/columnheader/rowheader), in document order. */
function ariaRows(table: Element): RawRow[] {
  const rows: RawRow[] = [];
  const stack: Element[] = [...elementChildren(table)].reverse();
  while (stack.length && rows.length < MAX_TABLE_ROWS) {
    const el = stack.pop()!;
    if (isTableElement(el)) continue; // a nested table is part of a cell's text, never rows of this one
    if (roleOf(el) === 'row' || tagOf(el) === 'tr') {
      rows.push({ section: 'body', el, cells: ariaCells(el) });
      continue;
    }
    const kids = [...elementChildren(el)];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return rows;
}

function ariaCells(row: Element): RawCell[] {
  const cells: RawCell[] = [];
  const stack: Element[] = [...elementChildren(row)].reverse();
  while (stack.length) {
    const el = stack.pop()!;
    const role = roleOf(el);
    const name = tagOf(el);
    if (ARIA_CELL_ROLES.has(role) || (!role && (name === 'td' || name === 'th'))) {
      cells.push(rawCell(el, role === 'columnheader' || (!role && name === 'th')));
      continue;
    }
    if (role === 'row' || isTableElement(el)) continue;
    const kids = [...elementChildren(el)];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return cells;
}

/** Lay the rows out on a grid: rowspan and colspan repeat a cell over every slot it covers. */
function buildGrid(rows: RawRow[]): (Slot | undefined)[][] {
  const grid: (Slot | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    // A rowspan does not cross from the header into the body (HTML row groups), nor past the rows read.
    let groupEnd = r;
    while (groupEnd + 1 < rows.length && rows[groupEnd + 1]!.section === row.section) groupEnd++;
    const line = grid[r]!;
    let c = 0;
    for (const cell of row.cells) {
      while (line[c]) c++;
      if (c >= MAX_COLUMNS) break;
      const rs = cell.rowspan === 0 ? groupEnd - r + 1 : Math.min(Math.max(cell.rowspan, 1), groupEnd - r + 1);
      for (let dr = 0; dr < rs; dr++) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < cell.colspan && c + dc < MAX_COLUMNS; dc++) {
          target[c + dc] ??= { cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += cell.colspan;
    }
  });
  return grid;
}

function isNumeric(text: string): boolean {
  const t = toWesternDigits(text).replace(/[\s,٬٫'’]/g, '');
  return /^[-+−–(]?[\p{Sc}]?[-+−]?\d[\d.:/]*\)?(%|٪|[\p{Sc}]|[a-z]{1,3}|مليون|مليار|ألف|بالمئة|بالمائة)?$/iu.test(t);
}

function isBold(cell: RawCell): boolean {
  const style = (el: Element) => /font-weight\s*:\s*(bold|[6-9]00)/i.test(el.getAttribute('style') ?? '');
  if (style(cell.el)) return true;
  if (!cell.text) return false;
  let boldText = '';
  cell.el.querySelectorAll('b, strong').forEach((b) => {
    boldText += ' ' + readableText(b);
  });
  return normalizeSpace(boldText).length >= cell.text.length * 0.9;
}

/**
 * Words that name a column rather than fill one (Arabic and English): a first row made of them is a header even
 * without header markup.
 */
const HEADER_LABEL = new RegExp(
  `^(?:ال)?${phrasesPattern(TABLE_HEADER_WORDS.ar ?? [])}(?:ات)?$|^${phrasesPattern(TABLE_HEADER_WORDS.en ?? [])}$`,
  'i',
);

function looksLikeHeaderRow(first: RawRow, firstTexts: string[], body: string[][]): boolean {
  if (body.length === 0) return false;
  const width = firstTexts.length;
  let empties = 0;
  for (let c = 0; c < width; c++) {
    const t = firstTexts[c]!;
    if (!t) {
      if (c !== 0) return false; // only the corner cell above row labels may be empty
      empties++;
      continue;
    }
    if (t.length > 60 || t.split(' ').length > 8 || /[.!?؟:]$/.test(t)) return false;
  }
  if (empties >= width) return false;

  let kindDiffers = false;
  let shorter = 0;
  let compared = 0;
  for (let c = 0; c < width; c++) {
    const column = body.map((r) => r[c] ?? '').filter(Boolean);
    if (!column.length) continue;
    const numericShare = column.filter(isNumeric).length / column.length;
    const head = firstTexts[c]!;
    if (head && isNumeric(head) && numericShare >= 0.5) return false; // a data row, not a header
    if (head && !isNumeric(head) && numericShare >= 2 / 3) kindDiffers = true;
    if (head) {
      const mean = column.reduce((n, t) => n + t.length, 0) / column.length;
      compared++;
      if (head.length <= mean * 0.6) shorter++;
    }
  }
  const labelled = firstTexts.some((t) => t.split(' ').some((w) => HEADER_LABEL.test(w.replace(/[^\p{L}]/gu, ''))));
  const nonEmpty = first.cells.filter((c) => c.text);
  const bold = nonEmpty.length > 0 && nonEmpty.every(isBold);
  const lengthContrast = body.length >= 2 && compared > 0 && shorter / compared > 0.5;
  return kindDiffers || bold || labelled || lengthContrast;
}

/** Why a table is layout or navigation rather than data; null when it is data. */
function layoutReason(el: Element, rows: RawRow[], grid: (Slot | undefined)[][], width: number): string | null {
  if (roleOf(el) === 'presentation' || roleOf(el) === 'none') return 'presentation role';
  if (el.closest?.('nav, menu, [role="navigation"], [role="menu"], [role="menubar"]')) return 'navigation';
  if (rows.length < 2) return 'one row'; // prev/next bars, image strips, single-row link tables
  let nonEmpty = 0;
  let linkCells = 0;
  for (const row of rows) {
    for (const cell of row.cells) {
      if (!cell.text) continue;
      nonEmpty++;
      if (!cell.el.firstElementChild) continue;
      const { pageLayout, tables: nested, paragraphs, links } = cellContents(cell.el);
      if (pageLayout) return 'block layout';
      if (paragraphs >= 3 || nested > 1 || (nested > 0 && paragraphs > 0)) return 'block layout';
      let linkText = 0;
      for (const a of links) linkText += readableText(a).length;
      if (linkText >= cell.text.length * 0.8) linkCells++;
    }
  }
  if (nonEmpty === 0) return 'empty';
  if (nonEmpty === 1) return 'single cell';
  if (linkCells / nonEmpty > 0.5) return 'mostly links';
  // A grid one column wide whose cells are long text is a page stacked in rows.
  if (width === 1) {
    const long = grid.filter((line) => (line[0]?.cell.text.length ?? 0) > 200).length;
    if (long > 0) return 'block layout';
  }
  return null;
}

function captionOf(el: Element): string | null {
  for (const child of elementChildren(el)) {
    if (tagOf(child) === 'caption') {
      const t = readableText(child);
      if (t) return t;
    }
  }
  const label = normalizeSpace(el.getAttribute('aria-label') ?? '');
  if (label) return label;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const doc = el.ownerDocument;
  const labelled = normalizeSpace(
    ids
      .map((id) => doc?.getElementById(id))
      .filter((x): x is HTMLElement => !!x)
      .map((x) => readableText(x))
      .join(' '),
  );
  return labelled || null;
}

/**
 * Read a data table. Returns null for layout and navigation tables (presentation role, inside navigation, one
 * row, one cell, cells holding page blocks or nested layout tables, cells that are mostly links).
 *
 * Headers: the thead rows, else leading rows of `th`/columnheader cells (a second one only under colspan or
 * rowspan group headers), else a first row that reads as a header (short labels, not numbers where the body
 * has numbers, and bold, or of another kind than the body, or column-label words), else none. Several header
 * rows merge into one header per column, "Group – Sub".
 */
export function readTable(el: Element): BriefTable | null {
  const aria = tagOf(el) !== 'table';
  if (aria && !ARIA_TABLE_ROLES.has(roleOf(el))) return null;
  const rows = aria ? ariaRows(el) : htmlRows(el);
  const grid = buildGrid(rows);
  const width = grid.reduce((w, line) => Math.max(w, line.length), 0);
  if (width === 0 || layoutReason(el, rows, grid, width) !== null) return null;

  const texts = grid.map((line) => Array.from({ length: width }, (_, c) => line[c]?.cell.text ?? ''));
  let headerRows = 0;
  const headSection = rows.findIndex((r) => r.section !== 'head');
  if (headSection > 0) headerRows = Math.min(headSection, MAX_HEADER_ROWS);
  else if (headSection === -1 && rows.length > 0) headerRows = 1;
  else {
    const allHeader = (r: number) => rows[r]!.cells.length > 0 && rows[r]!.cells.every((c) => c.header);
    if (allHeader(0) && !rows.every((_, r) => allHeader(r))) {
      headerRows = 1;
      const grouped = rows[0]!.cells.some((c) => c.colspan > 1 || c.rowspan > 1);
      if (grouped && rows.length > 2 && allHeader(1)) headerRows = 2;
    } else if (rows.every((_, r) => allHeader(r))) {
      headerRows = 1;
    } else if (!rows[0]!.cells.some((c) => c.header) && looksLikeHeaderRow(rows[0]!, texts[0]!, texts.slice(1))) {
      headerRows = 1;
    }
  }

  const headers =
    headerRows === 0
      ? []
      : Array.from({ length: width }, (_, c) => {
          const parts: string[] = [];
          for (let r = 0; r < headerRows; r++) {
            const t = texts[r]![c]!;
            if (t && parts[parts.length - 1] !== t) parts.push(t);
          }
          return parts.join(' – ');
        });
  const headerKey = headers.join('\u0000');
  const body = texts
    .slice(headerRows)
    // Empty rows and header rows repeated inside long tables carry nothing.
    .filter((line) => line.some(Boolean) && (headerRows === 0 || line.join('\u0000') !== headerKey));
  if (body.length === 0) return null;
  return { caption: captionOf(el), headers, rows: body };
}
