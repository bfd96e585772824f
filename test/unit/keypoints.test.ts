import { describe, it, expect } from 'vitest';
import { pickKeyPoints, trimConnective } from '../../utils/analysis/keypoints';
import type { Section } from '../../utils/types';

// The seed article (title, lede and its three headed sections).
const SEED_TITLE = 'خطوة مرتقبة.. نائب القائد صدام حفتر يناقش مع سفير الاتحاد قضايا ليبيا';
const SEED_LEDE =
  'بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر خلال لقائه سفير الاتحاد الأوروبي في طرابلس أثار اهتمامًا واسعًا بين المتابعين للشؤون الليبية؛ حيث ركز النقاش على تعزيز الاستقرار الأمني والتعاون الدولي في مواجهة التحديات السياسية المستمرة؛ فقد أكد حفتر على أهمية الدعم الأوروبي لمكافحة الإرهاب والتهريب؛ ما يعكس جهودًا لإعادة بناء الثقة بين الأطراف المعنية؛ وفي ظل التوترات الحالية؛ يُنظر إلى هذا اللقاء كخطوة نحو حلول عملية؛ إذ أعرب السفير عن التزام الاتحاد بمساندة الجهود الليبية لتحقيق السلام الدائم.';
const SEED_SECTIONS: Section[] = [
  {
    heading: 'أهداف النقاش الرئيسية في بحث سعدام حفتر',
    level: 2,
    paragraphs: [
      'ركز بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر على عدة محاور أساسية خلال اللقاء؛ مثل تعزيز التعاون الأمني بين ليبيا وأوروبا؛ حيث ناقش الجانبان آليات لمكافحة الجماعات الإرهابية التي تهدد المنطقة؛ كما تناول الحديث قضايا الهجرة غير الشرعية؛ التي أثرت على العلاقات الثنائية في السنوات الأخيرة؛ وأبرز حفتر دور قواته في تأمين الحدود الجنوبية؛ مما يساهم في تقليل التدفقات نحو أوروبا؛ بالإضافة إلى مناقشة الدعم اللوجستي لتدريب الوحدات العسكرية؛ إذ أشارت المصادر إلى اتفاق مبدئي على برامج تدريبية مشتركة؛ وهذا يعزز من قدرات الجيش الليبي في التعامل مع التهديدات الداخلية؛ مع التركيز على احترام السيادة الوطنية؛ وأكد الاتحاد الأوروبي اهتمامه بتسريع هذه البرامج لتحقيق نتائج ملموسة خلال الأشهر المقبلة؛ مما يفتح آفاقًا لشراكة أعمق.',
    ],
  },
  {
    heading: 'الدور الأوروبي في دعم بحث سعدام حفتر',
    level: 2,
    paragraphs: [
      'أظهر بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر أن الاتحاد الأوروبي يلعب دورًا حاسمًا في دعم الجهود الليبية؛ من خلال تمويل مشاريع أمنية تصل قيمتها إلى ملايين اليورو؛ حيث اقترح السفير برامج لتطوير البنية التحتية الأمنية؛ مثل بناء مراكز مراقبة حدودية؛ وناقش الجانبان كيفية دمج التكنولوجيا الحديثة في العمليات العسكرية؛ لمواجهة التهديدات المتطورة؛ كما لمس اللقاء قضية الانتخابات الليبية؛ إذ أعرب حفتر عن تفاؤله بتسهيل الاتحاد للعملية الانتخابية؛ شريطة ضمان بيئة آمنة؛ وفي هذا السياق؛ تعهد الاتحاد بتعزيز الدبلوماسية لجمع الفصائل تحت مظلة واحدة؛ مما يساعد في تجنب التصعيد العسكري؛ وأشاد التقارير الدبلوماسية بفعالية هذا الحوار؛ الذي يعكس انتقالًا من الدعم السلبي إلى الشراكة النشطة.',
    ],
  },
  {
    heading: 'التحديات المرتبطة ببحث نائب القائد العام',
    level: 2,
    paragraphs: [
      'واجه بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر تحديات عديدة؛ أبرزها الخلافات السياسية الداخلية في ليبيا؛ التي تعيق تنفيذ الاتفاقيات الدولية؛ فمع وجود فصائل متنافسة؛ يصعب التوافق على استراتيجيات مشتركة؛ بالإضافة إلى الضغوط الاقتصادية الناتجة عن العقوبات السابقة؛ التي أثرت على قدرة الجيش على الاستثمار في التجهيزات؛ ومن الناحية الأوروبية؛ هناك مخاوف من تزايد النفوذ الخارجي؛ مثل التدخلات التركية أو الروسية؛ مما يتطلب توازنًا دقيقًا في التعامل؛ ومع ذلك؛ يُعتقد أن هذا اللقاء يمثل فرصة لتجاوز هذه العقبات من خلال حوار مستمر.',
    ],
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
    const where = points.map((p) => {
      if (SEED_LEDE.includes(p)) return 0;
      return 1 + SEED_SECTIONS.findIndex((s) => s.paragraphs.some((x) => x.includes(p)));
    });
    expect(new Set(where).size).toBeGreaterThanOrEqual(3);
    expect([...where].sort((a, b) => a - b)).toEqual(where);
    const offsets = points.map((p) => SEED_TEXT.indexOf(p));
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });

  it('starts with the lede and does not repeat the padding phrase in every point', () => {
    expect(SEED_LEDE.startsWith(points[0]!)).toBe(true);
    const padded = points.filter((p) => p.includes('بحث نائب القائد العام للقوات'));
    expect(padded.length).toBeLessThanOrEqual(1);
  });
});

describe('pickKeyPoints: English', () => {
  const sections: Section[] = [
    {
      heading: 'Donors meet in Brussels',
      level: 2,
      paragraphs: [
        'Donors met in Brussels on Monday to discuss reconstruction aid for the flooded city of Derna. The meeting lasted four hours.',
        'Officials from 30 countries attended the conference, which was hosted by the European Commission.',
      ],
    },
    {
      heading: 'Pledges for reconstruction',
      level: 2,
      paragraphs: [
        'The EU pledged €50 million to rebuild schools and clinics destroyed by the flood. Germany added €20 million for water systems.',
        'Yes.',
      ],
    },
    {
      heading: 'What comes next',
      level: 2,
      paragraphs: [
        'A follow-up conference on reconstruction in Derna is planned for October in Tripoli, officials said.',
      ],
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
    expect(points[0]).toBe(lede);
    expect(points).toContain('The EU pledged €50 million to rebuild schools and clinics destroyed by the flood.');
    expect(points).not.toContain('Yes.');
    const offsets = points.map((p) => all.indexOf(p));
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });

  it('returns fewer than three points only when the article has fewer sentences', () => {
    expect(
      pickKeyPoints({
        title: 'T',
        lede: 'Only one sentence in this very short article here.',
        sections: [],
        lang: 'en',
      }),
    ).toEqual(['Only one sentence in this very short article here.']);
    expect(pickKeyPoints({ title: null, lede: null, sections: [], lang: null })).toEqual([]);
    const two = pickKeyPoints({
      title: null,
      lede: 'First sentence is here now. Second one ok.',
      sections: [],
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
