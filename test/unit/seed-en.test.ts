/**
 * The founding article translated into English (test/fixtures/seed-translated/en.html), published as an English
 * news page with its site chrome, must brief as exactly as the Arabic original: every heading, paragraph, step,
 * table row, pledge and the name flag, the commitments read as the Arabic ones are (the table's rows by the
 * European Union, the two pledges in prose). The expected values (seed-en-expected.ts) are the translation's own
 * lines, written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { briefFromHtml } from '../../utils/brief';
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
} from './seed-en-expected';

const html = readFileSync(path.resolve(__dirname, '../fixtures/seed-translated/en.html'), 'utf8');
const brief = briefFromHtml(html, {
  url: 'https://www.northafrica-ledger.example/libya/2025/09/16/saddam-haftar-eu-ambassador-tripoli',
});

describe('the seed article in English, exactly', () => {
  it('is an English, left-to-right article with its headline', () => {
    expect(brief.isArticle).toBe(true);
    expect(brief.title).toBe(TITLE);
    expect(brief.lang).toBe('en');
    expect(brief.dir).toBe('ltr');
  });
  it('has the lede', () => expect(brief.lede).toBe(LEDE));
  it('has the three sections, each heading with its paragraph', () => {
    expect(brief.sections.map((s) => s.heading)).toEqual(HEADINGS);
    expect(brief.sections.map((s) => s.paragraphs)).toEqual(PARAGRAPHS.map((p) => [p]));
  });
  it('has the five steps with their lead-in', () => {
    expect(brief.lists).toEqual([{ leadIn: LEAD_IN, kind: 'steps', ordered: false, items: STEPS }]);
  });
  it('has the three-row commitments table', () => {
    expect(brief.tables).toEqual([{ caption: null, headers: TABLE_HEADERS, rows: TABLE_ROWS }]);
  });
  it('reads every table row as an EU commitment, and the two pledges stated in prose, as the Arabic ones', () => {
    const table = brief.commitments.filter((c) => c.source === 'table');
    expect(table.map((c) => [c.actor, c.area, c.commitment])).toEqual(
      TABLE_ROWS.map(([area, what]) => ['EU', area, what]),
    );
    const prose = brief.commitments.filter((c) => c.source === 'prose');
    expect(prose.map((c) => c.commitment)).toEqual(PROSE_COMMITMENTS);
    expect(prose.map((c) => c.actor)).toEqual(['the European Union', 'the European Union']);
    for (const c of prose) expect(LEDE + PARAGRAPHS.join(' ')).toContain(c.evidence);
  });
  it('has the closing paragraph', () => expect(brief.closing).toBe(CLOSING));
  it('flags the name written two ways', () => {
    const flag = brief.flags.find((f) => f.kind === 'name-variants');
    expect(flag?.values).toEqual(NAME_VARIANTS);
  });
  it('keeps no site chrome: the body text is the article and nothing else', () => {
    const article = [
      LEDE,
      ...HEADINGS.flatMap((h, i) => [h, PARAGRAPHS[i]!]),
      LEAD_IN,
      STEPS.join('\n'),
      [TABLE_HEADERS, ...TABLE_ROWS].map((r) => r.join(' | ')).join('\n'),
      CLOSING,
    ].join('\n\n');
    expect(brief.text).toBe(article);
  });
  it('quotes key points from the article, never invented text', () => {
    expect(brief.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(brief.keyPoints.length).toBeLessThanOrEqual(5);
    for (const k of brief.keyPoints) expect(brief.text).toContain(k);
  });
});
