/**
 * A commitment's when and amount (utils/analysis/commitments/details.ts), copied from its sentence, and their
 * columns in the Markdown and plain-text briefs.
 */
import { describe, expect, it } from 'vitest';
import { commitmentDetails } from '../../utils/analysis/commitments/details';
import { toMarkdown, toPlainText } from '../../utils/format';
import { SCHEMA_VERSION, type Brief, type Commitment } from '../../utils/types';

const details = (evidence: string, commitment: string) => commitmentDetails(evidence, commitment);

describe('commitmentDetails: when', () => {
  it('copies an Arabic deadline from the commitment, up to its last time word', () => {
    const e =
      'وتعهدت الوزارة بتسليم ٤٠ ألف وحدة سكنية جاهزة قبل نهاية عام ٢٠٢٥، في مشاريع تنفذها الشركة الوطنية للإسكان.';
    expect(details(e, 'تسليم ٤٠ ألف وحدة سكنية جاهزة قبل نهاية عام ٢٠٢٥').when).toBe('قبل نهاية عام ٢٠٢٥');
    const e2 = 'وقال إن الوزارة ستفتح 450 نقطة تجميع قبل نهاية مارس المقبل لتشغيل الخط.';
    expect(details(e2, '450 نقطة تجميع قبل نهاية مارس المقبل لتشغيل الخط').when).toBe('قبل نهاية مارس المقبل');
  });

  it('reads "من خلال" (through) and "قبل" before a non-time word as no time', () => {
    const e = 'وأكدت الهيئة أنها ستمنح المنشآت مهلة قبل تطبيق الغرامات من خلال منصة إلكترونية.';
    expect(details(e, 'المنشآت مهلة قبل تطبيق الغرامات من خلال منصة إلكترونية').when).toBeNull();
  });

  it('copies an English time, never across a name ("from Iraq next year") nor from "in recent years"', () => {
    const e = "He also has pledged to withdraw Poland's 900 troops from Iraq next year.";
    expect(details(e, "to withdraw Poland's 900 troops from Iraq next year").when).toBe('next year');
    const e2 = 'The U.S. has invested $1 billion in recent years and is providing an extra $80 million.';
    expect(details(e2, 'an extra $80 million').when).toBeNull();
    const e3 = 'Whole Foods plans more than 300 such Prime promotions in the next few months.';
    expect(details(e3, 'more than 300 such Prime promotions in the next few months').when).toBe(
      'in the next few months',
    );
  });

  it('leaves out what precedes the pledge ("on Wednesday" said)', () => {
    const e = 'Mubarak on Wednesday said he will work hand in hand with the United States.';
    expect(details(e, 'work hand in hand with the United States').when).toBeNull();
  });

  it('takes the time that opens an announced action’s sentence, never one further in nor a pledge’s date', () => {
    const e = 'Then, on Friday, the chief executives will front the committee.';
    expect(details(e, 'will front the committee').when).toBe('on Friday');
    const e2 = 'The company hired a contractor in November and said it will make other preparations.';
    expect(details(e2, 'will make other preparations').when).toBeNull();
    const e3 = 'On Friday, the ministry pledged to build two schools.';
    expect(details(e3, 'to build two schools').when).toBeNull();
  });
});

describe('commitmentDetails: amount', () => {
  it('prefers money to a count, wherever the sentence gives it', () => {
    const e =
      'التزمت الحكومة بتزويد 40 جماعة قروية بمحطات متنقلة قبل متم دجنبر المقبل، في إطار برنامج رصد له غلاف مالي يناهز 320 مليون درهم.';
    expect(details(e, 'تزويد 40 جماعة قروية بمحطات متنقلة قبل متم دجنبر المقبل')).toEqual({
      when: 'قبل متم دجنبر المقبل',
      amount: '320 مليون درهم',
    });
  });

  it('keeps currency signs, scales, units, percent and openers; skips years, dates and durations', () => {
    expect(details('Clinton said the U.S. will provide $40 million this year.', 'provide $40 million').amount).toBe(
      '$40 million',
    );
    expect(details('تلتزم الشركة بنصب محطة بقدرة ٥٠٠ ميغاواط خلال ٩٠ يوماً.', 'نصب محطة بقدرة ٥٠٠ ميغاواط')).toEqual({
      when: 'خلال ٩٠ يوماً',
      amount: '٥٠٠ ميغاواط',
    });
    expect(details('وقرر المجلس رفع التعرفة بنسبة 20 في المئة في عام 2026.', 'رفع التعرفة').amount).toBe('20 في المئة');
    expect(details('He said the closure on January 28 would wait until 2025.', 'wait').amount).toBeNull();
    expect(details('الوزارة ستدفع بـ23 قطاراً جديداً.', 'بـ23 قطاراً جديداً').amount).toBe('23 قطاراً');
  });
});

function briefWith(commitments: Commitment[]): Brief {
  return {
    schema: SCHEMA_VERSION,
    url: null,
    isArticle: true,
    title: 'Aid',
    byline: null,
    published: null,
    siteName: null,
    lang: 'en',
    dir: 'ltr',
    lede: null,
    sections: [],
    keyPoints: [],
    lists: [],
    tables: [],
    commitments,
    closing: null,
    flags: [],
    text: '',
  };
}

const prose = (over: Partial<Commitment>): Commitment => ({
  actor: 'the EU',
  commitment: 'to provide aid',
  area: null,
  source: 'prose',
  evidence: 'The EU pledged to provide aid.',
  when: null,
  amount: null,
  ...over,
});

describe('when and amount in the Markdown and text briefs', () => {
  it('adds the When and Amount columns only when a commitment has one', () => {
    const plain = briefWith([prose({})]);
    expect(toMarkdown(plain)).toContain(
      '| Actor | Area | Commitment |\n| --- | --- | --- |\n| the EU | — | to provide aid |',
    );
    const dated = briefWith([
      prose({ when: 'by 2030', amount: '5 million euros' }),
      prose({ commitment: 'to train staff' }),
    ]);
    const md = toMarkdown(dated);
    expect(md).toContain('| Actor | Area | Commitment | When | Amount |');
    expect(md).toContain('| the EU | — | to provide aid | by 2030 | 5 million euros |');
    expect(md).toContain('| the EU | — | to train staff | — | — |');
    expect(toPlainText(dated)).toContain('the EU | — | to provide aid | by 2030 | 5 million euros');
  });
});
