/**
 * The founding article survives any layout: test/fixtures/seed-layouts/<layout>.html publishes the seed article,
 * word for word, in the page layouts Arabic news sites use (AMP, bold-paragraph or bare-line headings, steps as
 * bullet or numbered paragraphs, tables without thead or as ARIA grids, split bodies, a lede outside the body
 * container, character references, CRLF …), each with its site chrome. Every layout must give back the same brief
 * as the original page: lede, section headings and paragraphs, lead-in and steps, table, commitments, closing and
 * the name flag. One `it` per check, so a failure names the layout and the stage at fault.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { normalizeSpace } from '../../utils/common/text';
import type { Brief } from '../../utils/types';
import {
  CLOSING,
  HEADINGS,
  LEAD_IN,
  LEDE,
  NAME_VARIANTS,
  PARAGRAPHS,
  PROSE_COMMITMENTS,
  STEPS,
  TABLE_HEADERS,
  TABLE_ROWS,
  TITLE,
} from './seed-expected';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seed-layouts');
const LAYOUTS = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

/**
 * A list marker written into the item's text ("• ", "1. ", "١- ", "(3) "): how the page numbers or bullets a
 * step is layout, the step is what follows.
 */
const MARKER = /^(?:[•·●▪◦■*–—-]|\(?[0-9٠-٩۰-۹]{1,2}\s*[.)\-–]|\([0-9٠-٩۰-۹]{1,2}\))\s*/u;
const stripMarker = (item: string): string => item.replace(MARKER, '');

/** Every line of the article, as the page must carry it. */
const ARTICLE_LINES = [
  TITLE,
  LEDE,
  ...HEADINGS,
  ...PARAGRAPHS,
  LEAD_IN,
  ...STEPS,
  ...TABLE_HEADERS,
  ...TABLE_ROWS.flat(),
  CLOSING,
];

describe('the seed article in other page layouts', () => {
  it('has at least a dozen layouts', () => expect(LAYOUTS.length).toBeGreaterThanOrEqual(12));

  describe.each(LAYOUTS)('%s', (layout) => {
    const html = readFileSync(path.join(DIR, `${layout}.html`), 'utf8');
    let cached: Brief | undefined;
    // Briefed on first use, so that a page that throws fails its own checks and not the whole file.
    const brief = (): Brief => (cached ??= briefFromHtml(html));

    it('carries the article word for word (the fixture itself)', () => {
      const { document } = parseHTML(html);
      const text = normalizeSpace(document.documentElement?.textContent ?? '');
      for (const line of ARTICLE_LINES)
        expect(text, 'a line of the seed article is missing from the page').toContain(line);
    });

    it('is an Arabic, right-to-left article with its headline', () => {
      const b = brief();
      expect({ isArticle: b.isArticle, title: b.title, lang: b.lang, dir: b.dir }).toEqual({
        isArticle: true,
        title: TITLE,
        lang: 'ar',
        dir: 'rtl',
      });
    });

    it('has the lede', () => expect(brief().lede).toBe(LEDE));

    it('has the three section headings', () => {
      expect(brief().sections.map((s) => s.heading)).toEqual(HEADINGS);
    });

    it('has each section with its one paragraph', () => {
      expect(brief().sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs }))).toEqual(
        HEADINGS.map((heading, i) => ({ heading, paragraphs: [PARAGRAPHS[i]] })),
      );
    });

    it('has the five steps with their lead-in, and no other list', () => {
      const lists = brief().lists.map((l) => ({ leadIn: l.leadIn, kind: l.kind, items: l.items.map(stripMarker) }));
      expect(lists).toEqual([{ leadIn: LEAD_IN, kind: 'steps', items: STEPS }]);
    });

    it('has the table: its two headers and three rows', () => {
      expect(brief().tables.map((t) => ({ headers: t.headers, rows: t.rows }))).toEqual([
        { headers: TABLE_HEADERS, rows: TABLE_ROWS },
      ]);
    });

    it('reads every table row as an EU commitment', () => {
      const table = brief().commitments.filter((c) => c.source === 'table');
      expect(table.map((c) => [c.actor, c.area, c.commitment])).toEqual(
        TABLE_ROWS.map(([area, what]) => ['الاتحاد الأوروبي', area, what]),
      );
    });

    it('reads the two pledges stated in prose, from the article text', () => {
      const prose = brief().commitments.filter((c) => c.source === 'prose');
      expect(prose.map((c) => c.commitment)).toEqual(PROSE_COMMITMENTS);
      for (const c of prose) expect(LEDE + PARAGRAPHS.join(' ')).toContain(c.evidence);
    });

    it('has the closing paragraph', () => expect(brief().closing).toBe(CLOSING));

    it('flags the name written two ways', () => {
      const flag = brief().flags.find((f) => f.kind === 'name-variants');
      expect(flag?.values).toEqual(NAME_VARIANTS);
    });
  });
});
