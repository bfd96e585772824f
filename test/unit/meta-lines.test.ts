/** Labels and meta lines are never content: credit lines, separators and the meta lines at the article's edges. */
import { describe, expect, it } from 'vitest';
import { dropMetaLines, isCreditLine } from '../../utils/structure/meta-lines';
import type { Block } from '../../utils/types';

const p = (text: string): Block => ({ type: 'paragraph', text });
const texts = (blocks: Block[]) => blocks.map((b) => ('text' in b ? b.text : b.type));
const LEDE = 'The ministry announced on Tuesday a new plan to cut water losses across the capital by a fifth.';
const BODY = 'Officials said the first works would start in the spring and run for three years in all districts.';
const END = 'The plan will be reviewed by parliament before the end of the year, the minister said.';

describe('isCreditLine', () => {
  it('reads source, photo, credit, disclaimer and copyright lines in Arabic, English and German', () => {
    for (const line of [
      'المصدر: (أ ش أ)',
      'تصوير: بندر الدوسري',
      'إخلاء مسؤولية: هذا المحتوى لأغراض إعلامية فقط ولا يمثل نصيحة استثمارية.',
      'Source: Reuters',
      'Photo: AP',
      'Quelle: Verbraucherzentrale NRW',
      '© 2007 - 2008 - eFluxMedia',
      'Copyright 2007 Reuters. All rights reserved.',
      'جميع الحقوق محفوظة © 2024',
    ])
      expect(isCreditLine(line), line).toBe(true);
  });
  it('leaves story sentences that name a source alone', () => {
    expect(isCreditLine('A source close to the talks said the deal was near.')).toBe(false);
    expect(isCreditLine('المصدر الرئيسي للمياه في المدينة هو النهر.')).toBe(false);
  });
  it('leaves story sentences that open with the word copyright alone', () => {
    expect(isCreditLine('Copyright law in the country dates from 1956.')).toBe(false);
    expect(isCreditLine('Copyright holders had asked the court to block the site.')).toBe(false);
    expect(isCreditLine('حقوق النشر الرقمي محور خلاف بين الناشرين والمنصات.')).toBe(false);
  });
});

describe('dropMetaLines', () => {
  it('drops a kicker above the first paragraph of prose, and credit lines and separators anywhere', () => {
    const out = dropMetaLines([
      p('لبنان'),
      p('Policy'),
      p(LEDE),
      p('___'),
      p(BODY),
      p(END),
      p('المصدر: المشرق + وكالات'),
    ]);
    expect(texts(out)).toEqual([LEDE, BODY, END]);
  });

  it('keeps a deck written as a headline, a first line of a few words, a date line, a label over a list and headings', () => {
    const deck = "Customs data show the region's economic centre of gravity moving east";
    const blocks: Block[] = [
      p(deck),
      p('Das Konzeptpapier'),
      p('الثلاثاء 5 أغسطس 2025 - 11 صفر 1447 هـ'),
      { type: 'heading', level: 2, text: 'Background' },
      p('Key Points'),
      { type: 'list', ordered: false, items: ['One point here.', 'Another point here.'] },
      p(LEDE),
      p(END),
    ];
    expect(dropMetaLines(blocks)).toEqual(blocks);
  });

  it('keeps every paragraph between the first and the last of prose, short or not', () => {
    const blocks = [p(LEDE), p('Yes.'), p('What next'), p(END)];
    expect(dropMetaLines(blocks)).toEqual(blocks);
  });
});
