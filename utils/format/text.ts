/**
 * The brief as readable plain text, and the labels every text formatter writes around the article's own words
 * ("Key points", "Steps", …) in the brief's language. Pure: no DOM, no browser or Node API.
 */
import { normalizeSpace, primaryLang } from '../common/text';
import type { Brief, BriefList, BriefTable, Flag, Section } from '../types';

export interface BriefLabels {
  byline: string;
  published: string;
  site: string;
  url: string;
  language: string;
  direction: { ltr: string; rtl: string };
  keyPoints: string;
  steps: string;
  lists: string;
  tables: string;
  commitments: string;
  actor: string;
  area: string;
  commitment: string;
  when: string;
  amount: string;
  closing: string;
  flags: string;
  /** A flag in words, from its kind and values (the flag's English message is the fallback). */
  flag: (flag: Flag) => string;
}

const listOf = (values: string[], sep: string): string => values.join(sep);

const EN: BriefLabels = {
  byline: 'By',
  published: 'Published',
  site: 'Site',
  url: 'URL',
  language: 'Language',
  direction: { ltr: 'left to right', rtl: 'right to left' },
  keyPoints: 'Key points',
  steps: 'Steps',
  lists: 'Lists',
  tables: 'Tables',
  commitments: 'Commitments',
  actor: 'Actor',
  area: 'Area',
  commitment: 'Commitment',
  when: 'When',
  amount: 'Amount',
  closing: 'Closing',
  flags: 'Notes on quality',
  flag: (f) => f.message || `${f.kind}: ${listOf(f.values, ', ')}`,
};

const AR: BriefLabels = {
  byline: 'الكاتب',
  published: 'تاريخ النشر',
  site: 'الموقع',
  url: 'الرابط',
  language: 'اللغة',
  direction: { ltr: 'من اليسار إلى اليمين', rtl: 'من اليمين إلى اليسار' },
  keyPoints: 'نقاط رئيسية',
  steps: 'الخطوات',
  lists: 'القوائم',
  tables: 'الجداول',
  commitments: 'الالتزامات',
  actor: 'الجهة',
  area: 'المحور',
  commitment: 'الالتزام',
  when: 'الموعد',
  amount: 'القيمة',
  closing: 'الخاتمة',
  flags: 'ملاحظات على الجودة',
  flag: (f) => {
    const values = f.values.length > 0 ? `: ${listOf(f.values, ' / ')}` : '';
    switch (f.kind) {
      case 'name-variants':
        return `اسم مكتوب بأكثر من صيغة${values}`;
      case 'repeated-heading-phrase':
        return `عبارة تتكرر في العناوين${values}`;
      case 'no-byline':
        return 'لم يُعثر على اسم الكاتب';
      case 'no-date':
        return 'لم يُعثر على تاريخ النشر';
      default:
        return f.message;
    }
  },
};

/** Labels in the brief's language: Arabic for Arabic briefs, English otherwise. */
export function briefLabels(brief: Pick<Brief, 'lang'>): BriefLabels {
  return primaryLang(brief.lang) === 'ar' ? AR : EN;
}

/** C0/C1 control characters other than tab and newline: page text must not drive a terminal. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Page text as one clean line: control characters removed, white space collapsed. */
export function cleanLine(s: string): string {
  return normalizeSpace(s.replace(CONTROL, ' '));
}

/** Whether a text has anything left once cleaned. */
export const hasText = (s: string | null | undefined): s is string => typeof s === 'string' && cleanLine(s) !== '';

/**
 * Paragraphs that are shown elsewhere in the brief (lede, closing, list lead-ins) are left out of the sections so
 * every passage is printed once.
 */
export function shownElsewhere(brief: Brief): Set<string> {
  const seen = new Set<string>();
  for (const s of [brief.lede, brief.closing, ...brief.lists.map((l) => l.leadIn)]) {
    if (hasText(s)) seen.add(cleanLine(s));
  }
  return seen;
}

/** One thing a section shows, in reading order: a paragraph, a list with its lead-in, a table. */
export type ShownPart =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; list: BriefList; index: number }
  | { kind: 'table'; table: BriefTable; index: number };

/** What a brief shows, section by section, and the lists and tables no section places. */
export interface BriefLayout {
  sections: { section: Section; parts: ShownPart[] }[];
  /** Indexes of the lists and tables outside every section: a brief of schema 1 (kept in history) places none. */
  lists: number[];
  tables: number[];
}

export const filledList = (l: BriefList | undefined): l is BriefList => !!l && l.items.some(hasText);
export const filledTable = (t: BriefTable | undefined): t is BriefTable =>
  !!t && (t.rows.length > 0 || t.headers.some(hasText));

/**
 * Each section with its paragraphs, lists and tables in the article's order (schema 2's `parts`), leaving out
 * empty ones and paragraphs shown elsewhere; a section without parts (schema 1) shows its paragraphs.
 */
export function briefLayout(brief: Brief): BriefLayout {
  const elsewhere = shownElsewhere(brief);
  const placedLists = new Set<number>();
  const placedTables = new Set<number>();
  const paragraph = (p: string | undefined): ShownPart[] =>
    hasText(p) && !elsewhere.has(cleanLine(p)) ? [{ kind: 'paragraph', text: p }] : [];
  const sections = brief.sections.map((section) => {
    const parts: ShownPart[] = Array.isArray(section.parts)
      ? section.parts.flatMap((part): ShownPart[] => {
          if (part.kind === 'paragraph') return paragraph(section.paragraphs[part.index]);
          if (part.kind === 'list') {
            placedLists.add(part.index);
            const list = brief.lists[part.index];
            return filledList(list) ? [{ kind: 'list', list, index: part.index }] : [];
          }
          placedTables.add(part.index);
          const table = brief.tables[part.index];
          return filledTable(table) ? [{ kind: 'table', table, index: part.index }] : [];
        })
      : [];
    return { section, parts: section.parts?.length ? parts : section.paragraphs.flatMap(paragraph) };
  });
  // A section that shows nothing (its only paragraph is the closing, shown at the end) is left out, unless it
  // heads deeper sections.
  const shown = sections.filter(
    ({ section, parts }, i) =>
      parts.length > 0 || (hasText(section.heading) && (sections[i + 1]?.section.level ?? 0) > section.level),
  );
  return {
    sections: shown,
    lists: brief.lists.flatMap((l, i) => (!placedLists.has(i) && filledList(l) ? [i] : [])),
    tables: brief.tables.flatMap((t, i) => (!placedTables.has(i) && filledTable(t) ? [i] : [])),
  };
}

/** A safe http(s) URL for display, or null for anything else (javascript:, data:, relative, malformed). */
export function httpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The metadata lines shared by the text formatters, as [label, value] pairs (values still raw page text). */
export function metadataPairs(brief: Brief): [string, string][] {
  const L = briefLabels(brief);
  const pairs: [string, string][] = [];
  if (hasText(brief.byline)) pairs.push([L.byline, cleanLine(brief.byline)]);
  if (hasText(brief.published)) pairs.push([L.published, cleanLine(brief.published)]);
  if (hasText(brief.siteName)) pairs.push([L.site, cleanLine(brief.siteName)]);
  const url = httpUrl(brief.url);
  if (url) pairs.push([L.url, url]);
  const lang = brief.lang ? cleanLine(brief.lang) : '';
  const dir = L.direction[brief.dir === 'rtl' ? 'rtl' : 'ltr'];
  pairs.push([L.language, lang ? `${lang} (${dir})` : dir]);
  return pairs;
}

function underline(text: string, ch: string): string {
  return ch.repeat(Math.max(3, Math.min(72, [...text].length)));
}

function tableRows(headers: string[], rows: string[][]): string[] {
  const width = Math.max(headers.length, ...rows.map((r) => r.length), 0);
  const pad = (r: string[]) => Array.from({ length: width }, (_, i) => cleanLine(r[i] ?? ''));
  const join = (r: string[]) => pad(r).join(' | ').trimEnd();
  const out: string[] = [];
  if (headers.some(hasText)) {
    const head = join(headers);
    out.push(head, '-'.repeat(Math.min(72, [...head].length)));
  }
  for (const r of rows) out.push(join(r));
  return out;
}

/**
 * A plain-text brief: title underlined, metadata lines, lede, sections with underlined headings, lists (steps
 * numbered), tables as " | "-joined rows, commitments, key points, closing and quality notes.
 */
export function toPlainText(brief: Brief): string {
  const L = briefLabels(brief);
  const blocks: string[] = [];
  const heading = (text: string, ch = '-') => `${text}\n${underline(text, ch)}`;

  if (hasText(brief.title)) blocks.push(heading(cleanLine(brief.title), '='));
  blocks.push(
    metadataPairs(brief)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  );
  if (hasText(brief.lede)) blocks.push(cleanLine(brief.lede));

  const listText = (l: BriefList): string => {
    const numbered = l.ordered || l.kind === 'steps';
    const items = l.items.filter(hasText).map((it, i) => `${numbered ? `${i + 1}.` : '-'} ${cleanLine(it)}`);
    return [...(hasText(l.leadIn) ? [cleanLine(l.leadIn)] : []), ...items].join('\n');
  };
  const tableText = (t: BriefTable): string =>
    [...(hasText(t.caption) ? [cleanLine(t.caption)] : []), ...tableRows(t.headers, t.rows)].join('\n');
  const layout = briefLayout(brief);
  const lists = layout.lists.map((i) => brief.lists[i]!);
  const tables = layout.tables.map((i) => brief.tables[i]!);
  for (const { section: s, parts } of layout.sections) {
    if (hasText(s.heading)) blocks.push(heading(cleanLine(s.heading)));
    for (const p of parts) {
      blocks.push(
        p.kind === 'paragraph' ? cleanLine(p.text) : p.kind === 'list' ? listText(p.list) : tableText(p.table),
      );
    }
  }

  if (brief.keyPoints.some(hasText)) {
    blocks.push(heading(L.keyPoints));
    blocks.push(
      brief.keyPoints
        .filter(hasText)
        .map((p) => `- ${cleanLine(p)}`)
        .join('\n'),
    );
  }

  if (lists.length > 0) {
    blocks.push(heading(lists.every((l) => l.kind === 'steps') ? L.steps : L.lists));
    for (const l of lists) blocks.push(listText(l));
  }
  if (tables.length > 0) {
    blocks.push(heading(L.tables));
    for (const t of tables) blocks.push(tableText(t));
  }

  if (brief.commitments.length > 0) {
    blocks.push(heading(L.commitments));
    const { headers, rows } = commitmentRows(brief, L);
    blocks.push(tableRows(headers, rows).join('\n'));
  }

  if (hasText(brief.closing)) blocks.push(heading(L.closing), cleanLine(brief.closing));

  if (brief.flags.length > 0) {
    blocks.push(heading(L.flags));
    blocks.push(brief.flags.map((f) => `- ${cleanLine(L.flag(f))}`).join('\n'));
  }

  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}

/**
 * The commitments as table rows: actor, area, commitment, and the when and amount columns when any commitment has
 * one (a brief without them renders as before).
 */
export function commitmentRows(brief: Brief, L: BriefLabels): { headers: string[]; rows: string[][] } {
  const withWhen = brief.commitments.some((c) => hasText(c.when));
  const withAmount = brief.commitments.some((c) => hasText(c.amount));
  const headers = [L.actor, L.area, L.commitment, ...(withWhen ? [L.when] : []), ...(withAmount ? [L.amount] : [])];
  const rows = brief.commitments.map((c) => [
    c.actor ?? '—',
    c.area ?? '—',
    c.commitment,
    ...(withWhen ? [c.when ?? '—'] : []),
    ...(withAmount ? [c.amount ?? '—'] : []),
  ]);
  return { headers, rows };
}
