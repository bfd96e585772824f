/**
 * The brief as Markdown (CommonMark + GitHub tables). Pure: no DOM, no browser or Node API.
 *
 * Page text is hostile input. Every piece of it goes through `mdInline`, which collapses it to one line and
 * backslash-escapes the characters that could start Markdown syntax, so page text cannot make links, images,
 * raw HTML, headings, lists, block quotes, code or math, nor bare addresses that GFM would autolink. The only link
 * in the output is the page URL, and only when it is http(s). (The npm package `markdown-escape` was considered
 * and not used: it leaves backslashes, backticks, `|`, `~`, `$`, `&` entities and line-start list markers
 * unescaped.)
 */
import type { Brief, BriefList, BriefTable } from '../types';
import { briefLabels, briefLayout, cleanLine, commitmentRows, hasText, httpUrl, metadataPairs } from './text';

/**
 * ASCII punctuation that can open or close inline Markdown anywhere in a line, and `&` when it would start a
 * character reference (`&lt;`, `&#106;`). One pass, so an inserted backslash is never escaped again.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~$]|&(?=#?[0-9A-Za-z]+;)/g;

/**
 * What GFM's autolink extension turns into links in plain text: a scheme's colon (`https://`, `http://`, `ftp://`,
 * `mailto:`, `xmpp:`), the dot of `www.`, and the `@` of an e-mail address. Escaping that one character keeps the
 * text as it reads and stops the renderer from recognising the link (cmark-gfm, micromark and marked all match
 * these characters unescaped in the source).
 */
const AUTOLINK_SCHEME = /\b(https?|ftp|mailto|xmpp):/gi;
const AUTOLINK_WWW = /\b(www)\./gi;
const AUTOLINK_EMAIL = /([\w.+-])@(?=[\w-]+\.)/g;

/** One line of page text made inert for Markdown. */
export function mdInline(s: string): string {
  let out = cleanLine(s).replace(INLINE_SPECIAL, '\\$&');
  out = out.replace(AUTOLINK_SCHEME, '$1\\:').replace(AUTOLINK_WWW, '$1\\.').replace(AUTOLINK_EMAIL, '$1\\@');
  // Block syntax is only recognised at the start of a line: list markers ("- ", "+ ", "1. ", "1) "), thematic
  // breaks and setext underlines ("---", "==="). `#`, `>`, `*`, `` ` `` and `~` are already escaped above.
  out = out.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

/** A table cell: inline-escaped (so `|` is `\|`), with the cell's line breaks shown as `<br>`. */
export function mdCell(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map(mdInline)
    .filter((line) => line !== '')
    .join('<br>');
}

/** A GitHub table; always has a header row (empty cells when there are no headers) and pads ragged rows. */
export function mdTable(headers: string[], rows: string[][]): string {
  const width = Math.max(1, headers.length, ...rows.map((r) => r.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => mdCell(cells[i] ?? '')).join(' | ')} |`;
  return [line(headers), `|${' --- |'.repeat(width)}`, ...rows.map(line)].join('\n');
}

/** `<https://…>` autolink, percent-encoding what could end it early or break a table cell. */
function mdUrl(url: string): string {
  return `<${url.replace(/[<>|\s\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

/** A list as Markdown blocks: its lead-in, then its items (numbered for steps). */
function mdList(l: BriefList): string[] {
  const numbered = l.ordered || l.kind === 'steps';
  const items = l.items.filter(hasText).map((it, i) => `${numbered ? `${i + 1}.` : '-'} ${mdInline(it)}`);
  return [...(hasText(l.leadIn) ? [mdInline(l.leadIn)] : []), items.join('\n')];
}

/** A table as Markdown blocks: its caption in bold, then the table. */
function mdTableBlock(t: BriefTable): string[] {
  return [...(hasText(t.caption) ? [`**${mdInline(t.caption)}**`] : []), mdTable(t.headers, t.rows)];
}

function headingLevel(level: number): string {
  return '#'.repeat(Math.min(6, Math.max(2, Number.isInteger(level) ? level : 2)));
}

/**
 * Markdown brief: `# title`, a metadata list, the lede, the article's sections as `##` headings (in the article's
 * order and at its levels, never above `##`) each with its paragraphs, lists (with their lead-in) and tables in
 * place, key points, commitments as a table, the closing paragraph and quality notes. Labels are Arabic for
 * Arabic briefs, English otherwise.
 *
 * Right-to-left briefs are wrapped in `<div dir="rtl" lang="…">` with blank lines inside. CommonMark ends an
 * HTML block at the first blank line, so the Markdown inside still renders, and renderers that keep `dir`
 * (GitHub, most note apps) show the whole brief right to left, tables included. As raw text the wrapper is just
 * one line above and one below; no invisible direction marks are added to lines, because they would travel into
 * whatever the reader pastes the text into. Plain-text editors already lay out each line by its first strong
 * letter, which for an Arabic brief is Arabic.
 */
export function toMarkdown(brief: Brief): string {
  const L = briefLabels(brief);
  const blocks: string[] = [];

  if (hasText(brief.title)) blocks.push(`# ${mdInline(brief.title)}`);
  const meta = metadataPairs(brief).map(([label, value]) => {
    const url = httpUrl(value);
    return `- **${label}:** ${label === L.url && url ? mdUrl(url) : mdInline(value)}`;
  });
  blocks.push(meta.join('\n'));
  if (hasText(brief.lede)) blocks.push(mdInline(brief.lede));

  const layout = briefLayout(brief);
  const lists = layout.lists.map((i) => brief.lists[i]!);
  const tables = layout.tables.map((i) => brief.tables[i]!);
  for (const { section: s, parts } of layout.sections) {
    if (hasText(s.heading)) blocks.push(`${headingLevel(s.level)} ${mdInline(s.heading)}`);
    for (const p of parts) {
      if (p.kind === 'paragraph') blocks.push(mdInline(p.text));
      else if (p.kind === 'list') blocks.push(...mdList(p.list));
      else blocks.push(...mdTableBlock(p.table));
    }
  }

  const points = brief.keyPoints.filter(hasText);
  if (points.length > 0) {
    blocks.push(`## ${L.keyPoints}`, points.map((p) => `- ${mdInline(p)}`).join('\n'));
  }

  if (lists.length > 0) {
    blocks.push(`## ${lists.every((l) => l.kind === 'steps') ? L.steps : L.lists}`);
    for (const l of lists) blocks.push(...mdList(l));
  }
  if (tables.length > 0) {
    blocks.push(`## ${L.tables}`);
    for (const t of tables) blocks.push(...mdTableBlock(t));
  }

  if (brief.commitments.length > 0) {
    blocks.push(`## ${L.commitments}`);
    const { headers, rows } = commitmentRows(brief, L);
    blocks.push(mdTable(headers, rows));
  }

  if (hasText(brief.closing)) blocks.push(`## ${L.closing}`, mdInline(brief.closing));

  if (brief.flags.length > 0) {
    blocks.push(`## ${L.flags}`, brief.flags.map((f) => `- ${mdInline(L.flag(f))}`).join('\n'));
  }

  const body = blocks.filter((b) => b !== '').join('\n\n');
  if (brief.dir !== 'rtl') return `${body}\n`;
  const lang = brief.lang && /^[a-z]{2,3}$/i.test(brief.lang) ? ` lang="${brief.lang.toLowerCase()}"` : '';
  return `<div dir="rtl"${lang}>\n\n${body}\n\n</div>\n`;
}
