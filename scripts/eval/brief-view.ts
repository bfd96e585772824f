/**
 * What the brief set's scorer reads of a system's output, the same shape for both systems: Newsbrief's brief as
 * it is, and the reference row, a naive brief built on Readability.js. A field a system does not produce at all
 * is null (the report shows "—"), never an empty list that would score as "found nothing".
 */
import { parseHTML } from 'linkedom';
import type { Brief } from '../../utils/types';
import { htmlToText } from '../lib/pages';
import { readabilityFromHtml } from '../lib/readability-ref';
import { norm, type GotCommitment } from './brief-match';

export interface BriefView {
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  published: string | null;
  lede: string | null;
  closing: string | null;
  /** Section headings in order. */
  headings: string[];
  /** Section paragraphs in order (the lede and the closing are not among them). */
  paragraphs: string[];
  lists: { leadIn: string | null; items: string[] }[];
  tables: { headers: string[]; rows: string[][] }[];
  /** Commitments stated in prose. */
  commitments: GotCommitment[] | null;
  keyPoints: string[] | null;
  /** The spellings of each name-variants flag. */
  nameFlags: string[][] | null;
  /** The whole text the system gives. */
  text: string;
}

/** A view with nothing found, for a system that threw: every field it has is empty. */
export function emptyView(like: 'nb' | 'ref'): BriefView {
  const has = like === 'nb';
  return {
    isArticle: false,
    title: null,
    byline: null,
    published: null,
    lede: null,
    closing: null,
    headings: [],
    paragraphs: [],
    lists: [],
    tables: [],
    commitments: has ? [] : null,
    keyPoints: has ? [] : null,
    nameFlags: has ? [] : null,
    text: '',
  };
}

/**
 * Newsbrief's brief as the scorer reads it: prose commitments only (commitments tables are scored as tables), with
 * `when` and `amount` passed on when the brief has them; name-variants flags only.
 */
export function viewOfBrief(b: Brief): BriefView {
  return {
    isArticle: b.isArticle,
    title: b.title,
    byline: b.byline,
    published: b.published,
    lede: b.lede,
    closing: b.closing,
    headings: b.sections.flatMap((s) => (s.heading === null ? [] : [s.heading])),
    paragraphs: b.sections.flatMap((s) => s.paragraphs),
    lists: b.lists.map((l) => ({ leadIn: l.leadIn, items: l.items })),
    tables: b.tables.map((t) => ({ headers: t.headers, rows: t.rows })),
    commitments: b.commitments
      .filter((c) => c.source === 'prose')
      .map((c) => {
        const { actor, commitment, evidence } = c;
        const extra = c as { when?: string | null; amount?: string | null };
        return {
          actor,
          commitment,
          evidence,
          ...('when' in extra ? { when: extra.when } : {}),
          ...('amount' in extra ? { amount: extra.amount } : {}),
        };
      }),
    keyPoints: b.keyPoints,
    nameFlags: b.flags.filter((f) => f.kind === 'name-variants').map((f) => f.values),
    text: b.text,
  };
}

const textOf = (el: Element) => norm(el.textContent ?? '');
const childrenByTag = (el: Element, tags: string[]) =>
  [...el.children].filter((c) => tags.includes(c.tagName.toUpperCase()));

/** A table's header cells (its thead row, else a first row of th cells only) and its other rows' cells; no spans. */
function naiveTable(table: Element): { headers: string[]; rows: string[][] } {
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  const cells = (tr: Element) => childrenByTag(tr, ['TH', 'TD']);
  const first = rows[0];
  const isHeader =
    !!first &&
    (first.parentElement?.tagName.toUpperCase() === 'THEAD' ||
      cells(first).every((c) => c.tagName.toUpperCase() === 'TH'));
  const body = isHeader ? rows.slice(1) : rows;
  return {
    headers: isHeader && first ? cells(first).map(textOf) : [],
    rows: body.map((tr) => cells(tr).map(textOf)).filter((r) => r.length > 0),
  };
}

/**
 * The reference row: a naive brief built on Readability.js. Its title, byline and publishedTime as Readability
 * gives them; in its content: the lede is the first paragraph (`p` with text), the closing the last, the
 * paragraphs all of them; headings are the h2–h6; lists are the ul/ol not inside another list, items their li
 * children, lead-in the paragraph just before the list in reading order (null when what comes before is not a
 * paragraph); tables are the tables. No commitments, key points or flags. Its text is the text of its content.
 */
export function naiveBrief(html: string, url: string | null): BriefView {
  const r = readabilityFromHtml(html, url);
  const { document } = parseHTML(`<!doctype html><html><body>${r.content}</body></html>`) as unknown as {
    document: Document;
  };
  const body = document.body;
  const paragraphs = [...body.querySelectorAll('p')].map(textOf).filter(Boolean);
  const blocks = [...body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, ul, ol, table')];
  const lists = [...body.querySelectorAll('ul, ol')]
    .filter((l) => !l.parentElement?.closest('ul, ol'))
    .map((list) => {
      const at = blocks.indexOf(list);
      const before = blocks
        .slice(0, at)
        .filter((b) => !b.contains(list) && textOf(b))
        .at(-1);
      const leadIn = before && before.tagName.toUpperCase() === 'P' ? textOf(before) : null;
      // An item's text keeps a nested list's words apart from its own (textContent would glue them).
      const items = childrenByTag(list, ['LI']).map((li) => norm(htmlToText(li.innerHTML)));
      return { leadIn, items: items.filter(Boolean) };
    })
    .filter((l) => l.items.length > 0);
  return {
    isArticle: r.readerable,
    title: r.title,
    byline: r.byline,
    published: r.publishedTime,
    lede: paragraphs[0] ?? null,
    closing: paragraphs.at(-1) ?? null,
    headings: [...body.querySelectorAll('h2, h3, h4, h5, h6')].map(textOf).filter(Boolean),
    paragraphs,
    lists,
    tables: [...body.querySelectorAll('table')].map(naiveTable),
    commitments: null,
    keyPoints: null,
    nameFlags: null,
    text: htmlToText(r.content),
  };
}
