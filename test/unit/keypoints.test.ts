import { describe, it, expect } from 'vitest';
import { pickKeyPoints, trimConnective } from '../../utils/analysis/keypoints';
import { isSummaryLabel, summaryBoxItems, withoutSummaryBox } from '../../utils/analysis/summary-box';
import { parseHtml } from '../../utils/extract/parse';
import type { Block, Section } from '../../utils/types';
import { withParts } from '../paragraph-parts';

// The seed article (title, lede and its three headed sections).
const SEED_TITLE = 'خطوة مرتقبة.. نائب القائد صدام حفتر يناقش مع سفير الاتحاد قضايا ليبيا';
const SEED_LEDE =
  'بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر خلال لقائه سفير الاتحاد الأوروبي في طرابلس أثار اهتمامًا واسعًا بين المتابعين للشؤون الليبية؛ حيث ركز النقاش على تعزيز الاستقرار الأمني والتعاون الدولي في مواجهة التحديات السياسية المستمرة؛ فقد أكد حفتر على أهمية الدعم الأوروبي لمكافحة الإرهاب والتهريب؛ ما يعكس جهودًا لإعادة بناء الثقة بين الأطراف المعنية؛ وفي ظل التوترات الحالية؛ يُنظر إلى هذا اللقاء كخطوة نحو حلول عملية؛ إذ أعرب السفير عن التزام الاتحاد بمساندة الجهود الليبية لتحقيق السلام الدائم.';
const SEED_SECTIONS: Section[] = [
  {
    heading: 'أهداف النقاش الرئيسية في بحث سعدام حفتر',
    level: 2,
    ...withParts([
      'ركز بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر على عدة محاور أساسية خلال اللقاء؛ مثل تعزيز التعاون الأمني بين ليبيا وأوروبا؛ حيث ناقش الجانبان آليات لمكافحة الجماعات الإرهابية التي تهدد المنطقة؛ كما تناول الحديث قضايا الهجرة غير الشرعية؛ التي أثرت على العلاقات الثنائية في السنوات الأخيرة؛ وأبرز حفتر دور قواته في تأمين الحدود الجنوبية؛ مما يساهم في تقليل التدفقات نحو أوروبا؛ بالإضافة إلى مناقشة الدعم اللوجستي لتدريب الوحدات العسكرية؛ إذ أشارت المصادر إلى اتفاق مبدئي على برامج تدريبية مشتركة؛ وهذا يعزز من قدرات الجيش الليبي في التعامل مع التهديدات الداخلية؛ مع التركيز على احترام السيادة الوطنية؛ وأكد الاتحاد الأوروبي اهتمامه بتسريع هذه البرامج لتحقيق نتائج ملموسة خلال الأشهر المقبلة؛ مما يفتح آفاقًا لشراكة أعمق.',
    ]),
  },
  {
    heading: 'الدور الأوروبي في دعم بحث سعدام حفتر',
    level: 2,
    ...withParts([
      'أظهر بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر أن الاتحاد الأوروبي يلعب دورًا حاسمًا في دعم الجهود الليبية؛ من خلال تمويل مشاريع أمنية تصل قيمتها إلى ملايين اليورو؛ حيث اقترح السفير برامج لتطوير البنية التحتية الأمنية؛ مثل بناء مراكز مراقبة حدودية؛ وناقش الجانبان كيفية دمج التكنولوجيا الحديثة في العمليات العسكرية؛ لمواجهة التهديدات المتطورة؛ كما لمس اللقاء قضية الانتخابات الليبية؛ إذ أعرب حفتر عن تفاؤله بتسهيل الاتحاد للعملية الانتخابية؛ شريطة ضمان بيئة آمنة؛ وفي هذا السياق؛ تعهد الاتحاد بتعزيز الدبلوماسية لجمع الفصائل تحت مظلة واحدة؛ مما يساعد في تجنب التصعيد العسكري؛ وأشاد التقارير الدبلوماسية بفعالية هذا الحوار؛ الذي يعكس انتقالًا من الدعم السلبي إلى الشراكة النشطة.',
    ]),
  },
  {
    heading: 'التحديات المرتبطة ببحث نائب القائد العام',
    level: 2,
    ...withParts([
      'واجه بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر تحديات عديدة؛ أبرزها الخلافات السياسية الداخلية في ليبيا؛ التي تعيق تنفيذ الاتفاقيات الدولية؛ فمع وجود فصائل متنافسة؛ يصعب التوافق على استراتيجيات مشتركة؛ بالإضافة إلى الضغوط الاقتصادية الناتجة عن العقوبات السابقة؛ التي أثرت على قدرة الجيش على الاستثمار في التجهيزات؛ ومن الناحية الأوروبية؛ هناك مخاوف من تزايد النفوذ الخارجي؛ مثل التدخلات التركية أو الروسية؛ مما يتطلب توازنًا دقيقًا في التعامل؛ ومع ذلك؛ يُعتقد أن هذا اللقاء يمثل فرصة لتجاوز هذه العقبات من خلال حوار مستمر.',
    ]),
  },
];
const SEED_TEXT = [SEED_LEDE, ...SEED_SECTIONS.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n\n');

describe('pickKeyPoints on the seed article', () => {
  const points = pickKeyPoints({ title: SEED_TITLE, lede: SEED_LEDE, sections: SEED_SECTIONS, lang: 'ar' });

  it('returns 3 to 5 points quoted from the article', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    for (const p of points) expect(SEED_TEXT.includes(p)).toBe(true);
  });

  it('cuts the ؛-chained paragraphs into clause-sized points', () => {
    for (const p of points) {
      const n = p.split(/\s+/).length;
      expect(n).toBeGreaterThanOrEqual(6);
      expect(n).toBeLessThanOrEqual(40);
    }
  });

  it('covers different parts, in article order', () => {
    const where = points.map((p) => SEED_SECTIONS.findIndex((s) => s.paragraphs.some((x) => x.includes(p))));
    expect(new Set(where).size).toBeGreaterThanOrEqual(3);
    expect([...where].sort((a, b) => a - b)).toEqual(where);
    const offsets = points.map((p) => SEED_TEXT.indexOf(p));
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });

  it('never repeats the lede and does not repeat the padding phrase in every point', () => {
    for (const p of points) expect(SEED_LEDE.includes(p)).toBe(false);
    const padded = points.filter((p) => p.includes('بحث نائب القائد العام للقوات'));
    expect(padded.length).toBeLessThanOrEqual(1);
  });
});

describe('pickKeyPoints: English', () => {
  const sections: Section[] = [
    {
      heading: 'Donors meet in Brussels',
      level: 2,
      ...withParts([
        'Donors met in Brussels on Monday to discuss reconstruction aid for the flooded city of Derna. The meeting lasted four hours.',
        'Officials from 30 countries attended the conference, which was hosted by the European Commission.',
      ]),
    },
    {
      heading: 'Pledges for reconstruction',
      level: 2,
      ...withParts([
        'The EU pledged €50 million to rebuild schools and clinics destroyed by the flood. Germany added €20 million for water systems.',
        'Yes.',
      ]),
    },
    {
      heading: 'What comes next',
      level: 2,
      ...withParts([
        'A follow-up conference on reconstruction in Derna is planned for October in Tripoli, officials said.',
      ]),
    },
  ];
  const title = 'Donors pledge reconstruction aid for Derna';
  const lede =
    'International donors pledged more than €70 million for Derna on Monday, a year after floods destroyed much of the city.';
  const points = pickKeyPoints({ title, lede, sections, lang: 'en' });
  const all = [lede, ...sections.flatMap((s) => s.paragraphs)].join(' ');

  it('picks informative sentences from several sections, verbatim and in order', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    for (const p of points) expect(all.includes(p)).toBe(true);
    expect(points).not.toContain(lede);
    expect(points).toContain('The EU pledged €50 million to rebuild schools and clinics destroyed by the flood.');
    expect(points).not.toContain('Yes.');
    const offsets = points.map((p) => all.indexOf(p));
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });

  it('returns fewer than three points only when the article has fewer sentences outside its lede', () => {
    expect(
      pickKeyPoints({
        title: 'T',
        lede: 'Only one sentence in this very short article here.',
        sections: [],
        lang: 'en',
      }),
    ).toEqual([]);
    expect(pickKeyPoints({ title: null, lede: null, sections: [], lang: null })).toEqual([]);
    const two = pickKeyPoints({
      title: null,
      lede: 'The lede is shown above the points.',
      sections: [{ heading: null, level: 0, ...withParts(['First sentence is here now. Second one ok.']) }],
      lang: 'en',
    });
    expect(two).toEqual(['First sentence is here now.', 'Second one ok.']);
  });
});

describe('trimConnective', () => {
  it('drops one leading connective and stays a substring', () => {
    expect(trimConnective('كما تناول الحديث قضايا الهجرة')).toBe('تناول الحديث قضايا الهجرة');
    expect(trimConnective('وأبرز حفتر دور قواته')).toBe('أبرز حفتر دور قواته');
    expect(trimConnective('حيث ركز النقاش على الاستقرار')).toBe('ركز النقاش على الاستقرار');
    expect(trimConnective('And the talks ended.')).toBe('the talks ended.');
  });

  it('keeps a و that belongs to the word', () => {
    expect(trimConnective('وزير الخارجية وصل')).toBe('وزير الخارجية وصل');
    expect(trimConnective('وفد ليبي يزور روما')).toBe('وفد ليبي يزور روما');
  });
});

describe('pickKeyPoints: the lede, captions and the summary box', () => {
  const body = (paragraphs: string[]): Section[] => [{ heading: null, level: 0, ...withParts(paragraphs) }];

  it('leaves out the first paragraph when the brief’s lede is a date line or a label, not a sentence', () => {
    const points = pickKeyPoints({
      title: 'Land reform review',
      lede: '24 July 2012 Last updated at 12:59 ET',
      sections: body([
        'A review of land reform in Scotland is to be carried out, First Minister Alex Salmond has announced.',
        'The review team will report to ministers in a series of stages over the next two years.',
        'Community groups own about 500,000 acres of land across the Highlands and islands.',
      ]),
      lang: 'en',
    });
    expect(points.some((p) => p.startsWith('A review of land reform'))).toBe(false);
    expect(points).toContain('The review team will report to ministers in a series of stages over the next two years.');
  });

  it('without a lede, leaves out the first paragraph that reads as one, past a date line before it', () => {
    const points = pickKeyPoints({
      title: 'Cricket chief resigns',
      lede: null,
      sections: body([
        '31 December 2007, 12:20',
        'Colombo - The cricket board chief stepped down on Monday, clearing the way for a former captain to take over.',
        'The former captain led the national side to its only World Cup title in 1996 and later entered politics.',
        'He is expected to be appointed next week, sources close to the president have confirmed.',
        'The interim committee will then be reconstituted with members named by the sports minister.',
      ]),
      lang: 'en',
    });
    expect(points.some((p) => p.startsWith('Colombo'))).toBe(false);
    expect(points).toHaveLength(3);
  });

  it('leaves out a sentence that restates the lede in other words', () => {
    const points = pickKeyPoints({
      title: 'Microsoft faces new inquiries',
      lede: 'The European Commission has begun two new antitrust investigations of Microsoft.',
      sections: body([
        'The European Commission has opened two new antitrust investigations of Microsoft.',
        'One inquiry concerns the browser bundled with the operating system sold in Europe.',
        'The other looks at whether rival office software can read the company’s document formats.',
        'Microsoft said it would cooperate fully with both investigations.',
      ]),
      lang: 'en',
    });
    expect(points.some((p) => p.includes('has opened two new'))).toBe(false);
    expect(points.length).toBeGreaterThanOrEqual(3);
  });

  it('never quotes a caption or a credit line', () => {
    const points = pickKeyPoints({
      title: 'Hostages freed',
      lede: 'Three hostages were freed in Colombia on Thursday after years in captivity.',
      sections: body([
        'Firemen prepare a helicopter with Red Cross stickers at Villavicencio airport in Colombia, December 27, 2007',
        'Supporters wave flags as the freed hostages arrive in Caracas (REUTERS/Jose Miguel Gomez)',
        'The guerrillas had promised two weeks ago to free two former politicians and a young boy.',
        'Venezuela sent two helicopters to pick up the hostages from a jungle location in the south.',
      ]),
      lang: 'en',
    });
    expect(points.join('\n')).not.toMatch(/Firemen|REUTERS/);
    expect(points.length).toBe(2);
  });

  it('gives the page’s own summary box items, quoted, when it has one', () => {
    const box = ['الخطة ترفع التغذية من 6 ساعات إلى 16 ساعة يومياً.', 'البنك الدولي يتعهد بقرض ميسر لإصلاح الشبكات.'];
    expect(pickKeyPoints({ title: null, lede: null, sections: SEED_SECTIONS, lang: 'ar', summaryBox: box })).toEqual(
      box,
    );
  });
});

describe('summaryBoxItems', () => {
  const items = ['الموجة الجديدة تشمل نحو 18 ألف منشأة إضافية.', 'الهيئة تمنح مهلة تصحيح قبل فرض الغرامات.'];

  it('reads a label line over a list among the blocks, a two-language label too', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: 'Key Points | أبرز النقاط' },
      { type: 'list', ordered: false, items },
      { type: 'paragraph', text: 'الرياض - حددت الهيئة المنشآت المشمولة بالموجة الجديدة.' },
    ];
    expect(summaryBoxItems(blocks)).toEqual(items);
    expect(isSummaryLabel('باختصار')).toBe(true);
    expect(isSummaryLabel('Highlights:')).toBe(true);
    expect(isSummaryLabel('اقرأ أيضا')).toBe(false);
  });

  it('reads the box from the document when extraction dropped it, never a hidden one or a list of links', () => {
    const html = (box: string) =>
      `<html><body><article>${box}<p>${'نص المقال. '.repeat(30)}</p></article></body></html>`;
    const li = items.map((i) => `<li>${i}</li>`).join('');
    const doc = (box: string) => parseHtml(html(box));
    expect(summaryBoxItems([], doc(`<div class="summary-box"><h2>أبرز النقاط</h2><ul>${li}</ul></div>`))).toEqual(
      items,
    );
    expect(summaryBoxItems([], doc(`<div hidden><h2>أبرز النقاط</h2><ul>${li}</ul></div>`))).toEqual([]);
    expect(summaryBoxItems([], doc(`<h2>اقرأ أيضا</h2><ul>${li}</ul>`))).toEqual([]);
    expect(
      summaryBoxItems([], doc('<h2>Highlights</h2><ul><li><a href="/a">Sport</a></li><li>News</li></ul>')),
    ).toEqual([]);
  });
});

describe('withoutSummaryBox', () => {
  const box: Block[] = [
    { type: 'paragraph', text: 'The ministry set out the new rules on Monday for every importer in the country.' },
    { type: 'heading', level: 2, text: 'أبرز النقاط' },
    {
      type: 'list',
      ordered: false,
      items: [
        'الموجة الجديدة تشمل نحو 18 ألف منشأة إضافية.',
        'الربط مع المنصة إلزامي خلال الربع الأخير من العام.',
        'الهيئة تمنح مهلة تصحيح قبل فرض الغرامات.',
      ],
    },
    { type: 'heading', level: 2, text: 'Details' },
    { type: 'list', ordered: false, items: ['Bring your card.', 'Pay the fee.', 'Wait for the text message.'] },
  ];

  it('takes the summary box (its label and its list) out of the story, and only it', () => {
    const story = withoutSummaryBox(box);
    expect(story).toEqual([box[0], box[3], box[4]]);
    expect(summaryBoxItems(box)).toEqual((box[2] as { items: string[] }).items);
  });

  it('leaves blocks without a summary box as they are', () => {
    const plain = [box[0]!, box[3]!, box[4]!];
    expect(withoutSummaryBox(plain)).toBe(plain);
  });
});
