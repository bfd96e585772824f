/**
 * The founding example, exactly: the seed article published as a news page (test/fixtures/pages/sample--seed-ar.html)
 * must give back every heading, paragraph, step, table row, pledge and the name flag of the article as written; so
 * must its English translation (test/fixtures/seed-translated/en.html), published with its own site chrome, the
 * commitments read as the Arabic ones are (the table's rows by the European Union, the two pledges in prose). The
 * expected values (seed-expected.ts, seed-en-expected.ts) are each text's own lines, written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { briefFromHtml } from '../../utils/brief';
import * as AR from './seed-expected';
import * as EN from './seed-en-expected';

const CASES = [
  {
    name: 'the seed article',
    file: '../fixtures/pages/sample--seed-ar.html',
    url: 'https://www.almadar-news.example/libya/2025/09/16/saddam-haftar-eu-ambassador-tripoli/',
    lang: 'ar',
    dir: 'rtl',
    tableActor: 'الاتحاد الأوروبي',
    proseActor: 'الاتحاد الأوروبي',
    expected: AR,
  },
  {
    name: 'the seed article in English',
    file: '../fixtures/seed-translated/en.html',
    url: 'https://www.northafrica-ledger.example/libya/2025/09/16/saddam-haftar-eu-ambassador-tripoli',
    lang: 'en',
    dir: 'ltr',
    tableActor: 'EU',
    proseActor: 'the European Union',
    expected: EN,
  },
] as const;

describe.each(CASES)('$name, exactly', ({ file, url, lang, dir, tableActor, proseActor, expected: E }) => {
  const brief = briefFromHtml(readFileSync(path.resolve(__dirname, file), 'utf8'), { url });

  it(`is an article in ${lang}, ${dir}, with its headline`, () => {
    expect(brief.isArticle).toBe(true);
    expect(brief.title).toBe(E.TITLE);
    expect(brief.lang).toBe(lang);
    expect(brief.dir).toBe(dir);
  });
  it('has the lede', () => expect(brief.lede).toBe(E.LEDE));
  it('has the three sections, each heading with its paragraph', () => {
    expect(brief.sections.map((s) => s.heading)).toEqual(E.HEADINGS);
    expect(brief.sections.map((s) => s.paragraphs)).toEqual(E.PARAGRAPHS.map((p) => [p]));
  });
  it('has the five steps with their lead-in', () => {
    expect(brief.lists).toEqual([{ leadIn: E.LEAD_IN, kind: 'steps', ordered: false, items: E.STEPS }]);
  });
  it('has the three-row commitments table', () => {
    expect(brief.tables).toEqual([{ caption: null, headers: E.TABLE_HEADERS, rows: E.TABLE_ROWS }]);
  });
  it('reads every table row as an EU commitment, and the two pledges stated in prose', () => {
    const table = brief.commitments.filter((c) => c.source === 'table');
    expect(table.map((c) => [c.actor, c.area, c.commitment])).toEqual(
      E.TABLE_ROWS.map(([area, what]) => [tableActor, area, what]),
    );
    const prose = brief.commitments.filter((c) => c.source === 'prose');
    expect(prose.map((c) => c.commitment)).toEqual(E.PROSE_COMMITMENTS);
    expect(prose.map((c) => c.actor)).toEqual(E.PROSE_COMMITMENTS.map(() => proseActor));
    for (const c of prose) expect(E.LEDE + E.PARAGRAPHS.join(' ')).toContain(c.evidence);
  });
  it('has the closing paragraph', () => expect(brief.closing).toBe(E.CLOSING));
  it('flags the name written two ways', () => {
    const flag = brief.flags.find((f) => f.kind === 'name-variants');
    expect(flag?.values).toEqual(E.NAME_VARIANTS);
  });
  it('keeps no site chrome: the body text is the article and nothing else', () => {
    const article = [
      E.LEDE,
      ...E.HEADINGS.flatMap((h, i) => [h, E.PARAGRAPHS[i]!]),
      E.LEAD_IN,
      E.STEPS.join('\n'),
      [E.TABLE_HEADERS, ...E.TABLE_ROWS].map((r) => r.join(' | ')).join('\n'),
      E.CLOSING,
    ].join('\n\n');
    expect(brief.text).toBe(article);
  });
  it('quotes key points from the article, never invented text', () => {
    expect(brief.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(brief.keyPoints.length).toBeLessThanOrEqual(5);
    for (const k of brief.keyPoints) expect(brief.text).toContain(k);
  });
});
