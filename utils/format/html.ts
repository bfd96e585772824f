/**
 * The brief as an HTML fragment for "Copy as rich text": pasted into a document or an email it keeps headings,
 * lists and tables. Built from the brief, never from the page's markup. Pure: no DOM, no browser or Node API.
 *
 * Page text is hostile input: every piece of it is escaped as text (`&`, `<`, `>`, `"`, `'`), the only link is
 * the page URL when it is http(s), `lang` must look like a language tag and `dir` is one of two words. The
 * extension still passes the result through DOMPurify before it reaches the clipboard (components/richCopy.ts).
 *
 * Fields this version does not know (a newer brief schema) are ignored; `when` and `amount` on commitments are
 * shown as extra columns when some commitment has them as text.
 */
import { primaryLang } from '../common/text';
import type { Brief, BriefList, Commitment } from '../types';
import { briefLabels, briefLayout, cleanLine, hasText, httpUrl, metadataPairs } from './text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Page text as HTML text (one line, control characters dropped, markup characters escaped). */
export function escapeHtml(s: string): string {
  return cleanLine(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const el = (tag: string, inner: string) => `<${tag}>${inner}</${tag}>`;
const text = (tag: string, s: string) => el(tag, escapeHtml(s));

function headingTag(level: number): string {
  return `h${Math.min(6, Math.max(2, Number.isInteger(level) ? level : 2))}`;
}

function listHtml(list: BriefList): string {
  const items = list.items.filter(hasText).map((item) => text('li', item));
  const tag = list.ordered || list.kind === 'steps' ? 'ol' : 'ul';
  return (hasText(list.leadIn) ? text('p', list.leadIn) : '') + el(tag, items.join(''));
}

function tableHtml(caption: string | null, headers: string[], rows: string[][]): string {
  const width = Math.max(1, headers.length, ...rows.map((r) => r.length));
  const cells = (tag: string, r: string[]) =>
    el('tr', Array.from({ length: width }, (_, i) => text(tag, r[i] ?? '')).join(''));
  const head = headers.some(hasText) ? el('thead', cells('th', headers)) : '';
  const cap = hasText(caption) ? text('caption', caption) : '';
  return el('table', cap + head + el('tbody', rows.map((r) => cells('td', r)).join('')));
}

/** A commitment's optional text field from a newer schema (`when`, `amount`), or null. */
function extra(c: Commitment, key: 'when' | 'amount'): string | null {
  const value = (c as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' && hasText(value) ? value : null;
}

function commitmentsHtml(brief: Brief): string {
  const L = briefLabels(brief);
  const extras = (['when', 'amount'] as const).filter((k) => brief.commitments.some((c) => extra(c, k) !== null));
  const arabic = primaryLang(brief.lang) === 'ar';
  const names = { when: arabic ? 'الموعد' : 'When', amount: arabic ? 'المبلغ' : 'Amount' };
  const headers = [L.actor, L.area, L.commitment, ...extras.map((k) => names[k])];
  const rows = brief.commitments.map((c) => [
    c.actor ?? '—',
    c.area ?? '—',
    c.commitment,
    ...extras.map((k) => extra(c, k) ?? '—'),
  ]);
  return tableHtml(null, headers, rows);
}

function metadataHtml(brief: Brief): string {
  const L = briefLabels(brief);
  const items = metadataPairs(brief).map(([label, value]) => {
    const url = label === L.url ? httpUrl(value) : null;
    const shown = url ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(value);
    return el('li', `${text('strong', `${label}:`)} ${shown}`);
  });
  return el('ul', items.join(''));
}

/**
 * The brief as HTML: title (h1), metadata list, lede, sections at their levels (h2–h6) with their paragraphs,
 * lists (with their lead-in) and tables in place, key points, commitments as a table, closing and quality notes,
 * in one `<article>` carrying the brief's `dir` and `lang`. Labels are in the brief's language, as in the Markdown.
 */
export function toHtml(brief: Brief): string {
  const L = briefLabels(brief);
  const parts: string[] = [];
  if (hasText(brief.title)) parts.push(text('h1', brief.title));
  parts.push(metadataHtml(brief));
  if (hasText(brief.lede)) parts.push(el('p', text('strong', brief.lede)));

  const layout = briefLayout(brief);
  const lists = layout.lists.map((i) => brief.lists[i]!);
  const tables = layout.tables.map((i) => brief.tables[i]!);
  for (const { section: s, parts: shown } of layout.sections) {
    if (hasText(s.heading)) parts.push(text(headingTag(s.level), s.heading));
    for (const p of shown) {
      if (p.kind === 'paragraph') parts.push(text('p', p.text));
      else if (p.kind === 'list') parts.push(listHtml(p.list));
      else parts.push(tableHtml(p.table.caption, p.table.headers, p.table.rows));
    }
  }
  const points = brief.keyPoints.filter(hasText);
  if (points.length > 0) parts.push(text('h2', L.keyPoints), el('ul', points.map((p) => text('li', p)).join('')));

  if (lists.length > 0) parts.push(text('h2', lists.every((l) => l.kind === 'steps') ? L.steps : L.lists));
  for (const l of lists) parts.push(listHtml(l));
  if (tables.length > 0) parts.push(text('h2', L.tables));
  for (const t of tables) parts.push(tableHtml(t.caption, t.headers, t.rows));

  if (brief.commitments.length > 0) parts.push(text('h2', L.commitments), commitmentsHtml(brief));
  if (hasText(brief.closing)) parts.push(text('h2', L.closing), text('p', brief.closing));
  if (brief.flags.length > 0) {
    parts.push(text('h2', L.flags), el('ul', brief.flags.map((f) => text('li', L.flag(f))).join('')));
  }

  const dir = brief.dir === 'rtl' ? 'rtl' : 'ltr';
  const lang = brief.lang && /^[a-z]{2,3}$/i.test(brief.lang) ? ` lang="${brief.lang.toLowerCase()}"` : '';
  return `<article dir="${dir}"${lang}>${parts.join('')}</article>`;
}
