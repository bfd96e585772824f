/** buildSections: the lede, each heading with its paragraphs, lists and tables in order, and the closing. */
import { describe, expect, it } from 'vitest';
import { buildLists } from '../../utils/structure/lists';
import { buildSections } from '../../utils/structure/sections';
import type { Block } from '../../utils/types';
import { briefFromHtml } from '../../utils/brief';
import { isCaptionLike } from '../../utils/analysis/captions';

const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (text: string, level = 2): Block => ({ type: 'heading', level, text });
const list: Block = { type: 'list', ordered: false, items: ['One.', 'Two.'] };
const table: Block = { type: 'table', table: { caption: null, headers: ['A', 'B'], rows: [['1', '2']] } };

function sectionsOf(blocks: Block[]) {
  return buildSections(blocks, buildLists(blocks).leadIns);
}

describe('buildSections', () => {
  it('places each list and table in its section, in reading order, with the lead-in kept by the list', () => {
    const r = sectionsOf([
      p('Lede.'),
      p('Before any heading.'),
      table,
      h('First'),
      p('Body one.'),
      p('Do this:'),
      list,
      p('After the list.'),
      h('Second'),
      p('Body two.'),
      p('The end.'),
    ]);
    expect(r.lede).toBe('Lede.');
    expect(r.closing).toBe('The end.');
    expect(r.sections.map((s) => [s.heading, s.paragraphs, s.parts])).toEqual([
      [
        null,
        ['Before any heading.'],
        [
          { kind: 'paragraph', index: 0 },
          { kind: 'table', index: 0 },
        ],
      ],
      [
        'First',
        ['Body one.', 'After the list.'],
        [
          { kind: 'paragraph', index: 0 },
          { kind: 'list', index: 0 },
          { kind: 'paragraph', index: 1 },
        ],
      ],
      ['Second', ['Body two.'], [{ kind: 'paragraph', index: 0 }]],
    ]);
  });

  it('takes for the lede the first paragraph of prose, and never a line ending in a colon for the closing', () => {
    const deck = "Customs data show the region's economic centre of gravity moving east";
    const r = sectionsOf([
      p(deck),
      p('Lede sentence.'),
      h('Body'),
      p('Body one.'),
      p('The end.'),
      p('For the latest news:'),
    ]);
    expect(r.lede).toBe('Lede sentence.');
    expect(r.closing).toBe('The end.');
    // What follows the closing is no story: the line announcing what is not there is left out too.
    expect(r.sections.map((s) => s.paragraphs)).toEqual([[deck], ['Body one.']]);
  });

  it('takes for the closing the last paragraph of prose: a credit, a pager or a link after it is no story', () => {
    const r = sectionsOf([
      p('Lede sentence.'),
      p('Body one.'),
      p('The end.'),
      p('AAP'),
      p('Page 1 of 1'),
      p('Google+'),
    ]);
    expect(r.closing).toBe('The end.');
    expect(r.sections.map((s) => s.paragraphs)).toEqual([['Body one.']]);
  });

  it('takes the lede after a heading that opens the story, and keeps that heading', () => {
    const r = sectionsOf([
      h('LEXINGTON, Ky.'),
      p('Lede sentence.'),
      p('Body one.'),
      h('Next'),
      p('Body two.'),
      p('End.'),
    ]);
    expect(r.lede).toBe('Lede sentence.');
    expect(r.closing).toBe('End.');
    expect(r.sections.map((s) => [s.heading, s.paragraphs])).toEqual([
      ['LEXINGTON, Ky.', ['Body one.']],
      ['Next', ['Body two.']],
    ]);
  });

  it('drops a section left empty; the one whose only paragraph became the closing keeps its heading, no parts', () => {
    const r = sectionsOf([p('Lede.'), h('Empty'), h('Middle'), p('Body.'), h('Last'), p('The end.')]);
    expect(r.closing).toBe('The end.');
    expect(r.sections.map((s) => [s.heading, s.parts.length])).toEqual([
      ['Middle', 1],
      ['Last', 0],
    ]);
  });

  it('keeps an empty heading over deeper ones: it heads its subsections', () => {
    const r = sectionsOf([p('Lede.'), h('Part', 2), h('Sub', 3), p('Body.'), p('More.'), p('The end.')]);
    expect(r.sections.map((s) => [s.heading, s.level])).toEqual([
      ['Part', 2],
      ['Sub', 3],
    ]);
  });
});

describe('headings that are not the article’s sections', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story tells what the council decided on Tuesday, who voted for the plan and what it will cost the city over the next years.</p>`;
  const page = (title: string, byline: string, body: string) =>
    `<html lang="en"><head><title>${title}</title><meta name="author" content="${byline}"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;

  it('leaves out the headline repeated over the body and the byline line set as a heading', () => {
    const title = 'Council approves the harbour flood barrier';
    const html = page(
      title,
      'Jane Roe',
      `<h2>By Jane Roe, City Desk</h2>${para(1)}<h2>${title}</h2>${para(2)}<h2>What it costs</h2>${para(3)}${para(4)}`,
    );
    const b = briefFromHtml(html, { url: 'https://news.example/a' });
    expect(b.sections.map((s) => s.heading)).toEqual([null, 'What it costs']);
    expect(b.lede).toContain('Paragraph 1');
  });

  it('keeps a heading that opens with a byline word but reads as a phrase', () => {
    const html = page(
      'Salons reopen',
      'Anna Weber',
      `${para(1)}<h2>By the numbers</h2>${para(2)}<h3>Von der Testpflicht ausgenommen</h3>${para(3)}${para(4)}`,
    );
    const b = briefFromHtml(html, { url: 'https://news.example/b' });
    expect(b.sections.map((s) => s.heading)).toEqual(['By the numbers', 'Von der Testpflicht ausgenommen']);
  });
});

describe('captions, end notes and author notes in the brief', () => {
  const LEDE =
    'MOSCOW (AP) — An unmanned Russian cargo ship bound for the space station broke up over Siberia on Thursday.';
  const BODY = [
    'The Russian space agency said the ship lost contact with controllers six minutes after launch.',
    'Officials said the crew on board the station had enough supplies and were in no danger at all.',
    'An inquiry into the failure will report to the government within two weeks, the agency said.',
  ];
  const article = (paras: string[]) =>
    briefFromHtml(`<html lang="en"><head><title>Cargo ship lost</title></head><body><article>
      <h1>Cargo ship lost</h1><div class="byline">By Jane Roe</div>
      ${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`);

  it('takes no photo caption for the lede and no end or author note for the closing, and keeps them in the text', () => {
    const caption =
      'The Soyuz rocket booster is rolled out to the launch pad in Baikonur, Kazakhstan (AP Photo/Ivan Sekretarev)';
    const notes = [
      'Vladimir Isachenkov in Moscow contributed to this report.',
      'Jane Roe is a science reporter based in Moscow.',
    ];
    const b = article([caption, LEDE, ...BODY, ...notes]);
    expect(b.lede).toBe(LEDE);
    expect(b.closing).toBe(BODY[2]);
    expect(b.sections.flatMap((s) => s.paragraphs)).not.toContain(caption);
    for (const line of [caption, ...notes]) expect(b.text).toContain(line);
  });

  it('takes no note calling the author by the first name for the closing, nor a share count after it', () => {
    const bio = 'Jane has been obsessed with rockets since she first saw a launch, and has covered space for a decade.';
    const b = article([LEDE, ...BODY, bio, '2192 Shares']);
    expect(b.closing).toBe(BODY[2]);
    expect(b.text).toContain(bio);
    // A closing paragraph that opens with the author's first name and a surname is another person, the story's.
    const other = 'Jane Doe, the station commander, said the crew would watch the next launch from orbit.';
    expect(article([LEDE, ...BODY, other]).closing).toBe(other);
    // A short line after the story with no note before it stays where it was.
    expect(article([LEDE, ...BODY, '2192 Shares']).closing).toBe(BODY[2]);
  });

  it('takes a caption closed by a labelled credit for no paragraph, and a prose line with a colon for one', () => {
    for (const caption of [
      'Foreign Minister Tzipi Livni Photo: AP',
      'The new headset on display. Image: Jane Roe / The Example',
      'تفقد الوزير موقع المشروع تصوير: أحمد جلال',
    ])
      expect(isCaptionLike(caption)).toBe(true);
    for (const prose of ['He said the source: was unclear', 'The photo: a cat on a mat.', 'Key figures: revenue'])
      expect(isCaptionLike(prose)).toBe(false);
    const b = article([LEDE, 'Foreign Minister Tzipi Livni Photo: AP', ...BODY]);
    expect(b.sections.flatMap((s) => s.paragraphs)).toEqual(BODY.slice(0, 2));
  });

  it('sets a caption inline at the head of a paragraph apart from it', () => {
    const lede = `${LEDE} It was the agency's third lost cargo ship in two years, and the second this spring.`;
    const html = `<html lang="en"><head><title>Cargo ship lost</title></head><body><article><h1>Cargo ship lost</h1>
      <p><span class="caption"><span class="attribution">Provided by Example Inc</span> Roscosmos</span> ${lede}</p>
      ${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(briefFromHtml(html).lede).toBe(lede);
  });

  it('takes no call to comment for the closing, and keeps it in the text', () => {
    const call =
      'Will you miss the old cargo ships? (Looking at you, Progress.) Share your thoughts in the comments below.';
    const b = article([LEDE, ...BODY, call]);
    expect(b.closing).toBe(BODY[2]);
    expect(b.text).toContain(call);
  });

  it('reads long sentence lines a single <br> apart as paragraphs, and a run broken for show as one', () => {
    const b = article([LEDE, `${BODY[0]}<br>\n${BODY[1]} Two more were still missing.<br>\n${BODY[2]}`]);
    expect(b.closing).toBe(BODY[2]);
    expect(b.sections.flatMap((s) => s.paragraphs)).toEqual([BODY[0], `${BODY[1]} Two more were still missing.`]);
    // A short line in the run (a signature, a line broken for emphasis): the run stays one paragraph.
    const run = article([LEDE, ...BODY, `${BODY[0]}<br>Jane Roe, Moscow.`]);
    expect(run.closing).toBe(`${BODY[0]} Jane Roe, Moscow.`);
  });

  it('keeps a sentence with a name and a slash in it as the lede', () => {
    const lede = 'Nintendo/Apple fans shocked the world by lining up for the game, so what is not to love?';
    expect(isCaptionLike(lede)).toBe(false);
    expect(isCaptionLike('Firemen prepare a helicopter at the airport in Colombia REUTERS/Jose Miguel Gomez')).toBe(
      true,
    );
    expect(article([lede, ...BODY]).lede).toBe(lede);
  });
});

describe('subheads and lists written as paragraphs', () => {
  const AR = [
    'أعلنت وزارة الإسكان اليوم إطلاق برنامج جديد للتمويل الميسر يستهدف الأسر ذات الدخل المحدود في العاصمة.',
    'وقال المتحدث باسم الوزارة إن البرنامج يشمل عشرات الآلاف من الوحدات السكنية في مختلف أحياء المدينة.',
    'وأشار إلى أن الطلبات تستقبل عبر المنصة الإلكترونية اعتباراً من الأسبوع المقبل ولمدة ثلاثة أشهر.',
  ];
  const page = (lang: string, body: string) =>
    briefFromHtml(
      `<html lang="${lang}"><head><title>T</title></head><body><article><h1>T</h1>${body}</article></body></html>`,
    );

  it('reads paragraphs numbered by Arabic ordinal words as a list, and a bold one-question line as a heading', () => {
    const b = page(
      'ar',
      `<p>${AR[0]}</p><p>${AR[1]}</p><p><strong>ما الشروط؟</strong></p>
      <p>وحددت الوزارة شروط الاستفادة على النحو التالي:</p>
      <p>أولاً: أن يكون المتقدم مواطناً.</p><p>ثانيا - ألا يتجاوز دخل الأسرة الحد المقرر.</p><p>ثالثًا: ألا يملك المتقدم مسكناً.</p>
      <p>${AR[2]}</p>`,
    );
    expect(b.sections.map((s) => s.heading)).toEqual([null, 'ما الشروط؟']);
    expect(b.lists.map((l) => l.items)).toEqual([
      ['أن يكون المتقدم مواطناً.', 'ألا يتجاوز دخل الأسرة الحد المقرر.', 'ألا يملك المتقدم مسكناً.'],
    ]);
  });

  it('reads a bold question on its own line over its paragraph as a heading, and a plain one as text', () => {
    const EN = [
      'A review of land reform in Scotland is to be carried out, the first minister has announced on Monday.',
      'The group will report by the end of next year, and ministers said they would act on its findings.',
      'Community groups welcomed the review and said they would present evidence to the group this autumn.',
    ];
    const b = page('en', `<p>${EN[0]}</p><p>${EN[1]}</p><p><strong>What will it cost?</strong><br/>${EN[2]}</p>`);
    expect(b.sections.map((s) => s.heading)).toEqual([null, 'What will it cost?']);
    const plain = page('en', `<p>${EN[0]}</p><p>${EN[1]}</p><p>What will it cost?<br/>${EN[2]}</p>`);
    expect(plain.sections.map((s) => s.heading)).toEqual([null]);
    // The same lines in a quotation (an embedded post) are the quote's.
    const quoted = page(
      'en',
      `<p>${EN[0]}</p><p>${EN[1]}</p><blockquote><p><b>What will it cost?</b><br/>${EN[2]}</p></blockquote>`,
    );
    expect(quoted.sections.map((s) => s.heading)).toEqual([null]);
    const tweet = page(
      'en',
      `<p>${EN[0]}</p><blockquote class="tweet"><p>#Scotland | Land review<br/>${EN[2]}</p></blockquote><p>${EN[1]}</p>`,
    );
    expect(tweet.sections.map((s) => s.heading)).toEqual([null]);
  });

  it('reads a crosshead in capitals between paragraphs as a heading, and one at an edge or of one word as text', () => {
    const EN = [
      'A review of land reform in Scotland is to be carried out, the first minister has announced on Monday.',
      'The group will report by the end of next year, and ministers said they would act on its findings.',
      'Community groups welcomed the review and said they would present evidence to the group this autumn.',
    ];
    const b = page('en', `<p>${EN[0]}</p><p>${EN[1]}</p><p>CONSTANT CONTACT</p><p>${EN[2]}</p>`);
    expect(b.sections.map((s) => s.heading)).toEqual([null, 'CONSTANT CONTACT']);
    for (const body of [
      `<p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p><p>THE CANADIAN PRESS</p>`,
      `<p>${EN[0]}</p><p>${EN[1]}</p><p>COPYRIGHT</p><p>${EN[2]}</p>`,
      `<p>${EN[0]}</p><p>${EN[1]}</p><p>THE REVIEW WILL LOOK AT ALL LAND IN THE COUNTRY</p><p>${EN[2]}</p>`,
    ])
      expect(page('en', body).sections.map((s) => s.heading)).toEqual([null]);
  });

  it('reads a subheading set as an inline element between the paragraphs as a heading', () => {
    const EN = [
      'A review of land reform in Scotland is to be carried out, the first minister has announced on Monday.',
      'The group will report by the end of next year, and ministers said they would act on its findings.',
      'Community groups welcomed the review and said they would present evidence to the group this autumn.',
    ];
    const b = page(
      'en',
      `<div class="story-body"><p>${EN[0]}</p><p>${EN[1]}</p>
      <span class="cross-head">'Further reforms'</span>
      <p>${EN[2]}</p></div>`,
    );
    expect(b.sections.map((s) => s.heading)).toEqual([null, "'Further reforms'"]);
  });

  it('reads a heading that is a whole sentence of some length as a paragraph, wherever it stands', () => {
    const EN = [
      'A review of land reform in Scotland is to be carried out, the first minister has announced on Monday.',
      'The group will report by the end of next year, and ministers said they would act on its findings.',
    ];
    const sentence = 'Community groups issued a plea for the review to reach the cities as well as the countryside.';
    const b = page('en', `<p>${EN[0]}</p><h2>${sentence}</h2><p>${EN[1]}</p><h2>What the review will look at</h2>`);
    expect(b.sections.flatMap((s) => s.paragraphs)).toContain(sentence);
    expect(b.sections.map((s) => s.heading)).not.toContain(sentence);
  });

  it('keeps a paragraph that opens with an ordinal and a comma, and a long bold question, as text', () => {
    const b = page(
      'ar',
      `<p>${AR[0]}</p><p>أولاً، يجب أن نعترف بأن المشكلة قديمة.</p><p>ثانياً، لا بد من خطة واضحة.</p>
      <p><strong>هل يمكن أن تنجح الوزارة في تسليم كل هذه الوحدات قبل نهاية العام المقبل كما وعدت؟</strong></p>
      <p>${AR[1]}</p><p>${AR[2]}</p>`,
    );
    expect(b.lists).toEqual([]);
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
  });
});
