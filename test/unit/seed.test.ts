/**
 * The founding example, exactly: the seed article published as a news page (test/fixtures/pages/sample--seed-ar.html)
 * must give back every heading, paragraph, step, table row, pledge and the name flag of the article as written.
 * The expected values below are the article's own lines, written out by hand from the seed text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { briefFromHtml } from '../../utils/brief';

const html = readFileSync(path.resolve(__dirname, '../fixtures/pages/sample--seed-ar.html'), 'utf8');
const brief = briefFromHtml(html, { url: 'https://www.almadar-news.example/libya/2025/09/16/saddam-haftar-eu-ambassador-tripoli/' });

const TITLE = "خطوة مرتقبة.. نائب القائد صدام حفتر يناقش مع سفير الاتحاد قضايا ليبيا";
const LEDE = "بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر خلال لقائه سفير الاتحاد الأوروبي في طرابلس أثار اهتمامًا واسعًا بين المتابعين للشؤون الليبية؛ حيث ركز النقاش على تعزيز الاستقرار الأمني والتعاون الدولي في مواجهة التحديات السياسية المستمرة؛ فقد أكد حفتر على أهمية الدعم الأوروبي لمكافحة الإرهاب والتهريب؛ ما يعكس جهودًا لإعادة بناء الثقة بين الأطراف المعنية؛ وفي ظل التوترات الحالية؛ يُنظر إلى هذا اللقاء كخطوة نحو حلول عملية؛ إذ أعرب السفير عن التزام الاتحاد بمساندة الجهود الليبية لتحقيق السلام الدائم.";
const HEADINGS = ["أهداف النقاش الرئيسية في بحث سعدام حفتر", "الدور الأوروبي في دعم بحث سعدام حفتر", "التحديات المرتبطة ببحث نائب القائد العام"];
const PARAGRAPHS = ["ركز بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر على عدة محاور أساسية خلال اللقاء؛ مثل تعزيز التعاون الأمني بين ليبيا وأوروبا؛ حيث ناقش الجانبان آليات لمكافحة الجماعات الإرهابية التي تهدد المنطقة؛ كما تناول الحديث قضايا الهجرة غير الشرعية؛ التي أثرت على العلاقات الثنائية في السنوات الأخيرة؛ وأبرز حفتر دور قواته في تأمين الحدود الجنوبية؛ مما يساهم في تقليل التدفقات نحو أوروبا؛ بالإضافة إلى مناقشة الدعم اللوجستي لتدريب الوحدات العسكرية؛ إذ أشارت المصادر إلى اتفاق مبدئي على برامج تدريبية مشتركة؛ وهذا يعزز من قدرات الجيش الليبي في التعامل مع التهديدات الداخلية؛ مع التركيز على احترام السيادة الوطنية؛ وأكد الاتحاد الأوروبي اهتمامه بتسريع هذه البرامج لتحقيق نتائج ملموسة خلال الأشهر المقبلة؛ مما يفتح آفاقًا لشراكة أعمق.", "أظهر بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر أن الاتحاد الأوروبي يلعب دورًا حاسمًا في دعم الجهود الليبية؛ من خلال تمويل مشاريع أمنية تصل قيمتها إلى ملايين اليورو؛ حيث اقترح السفير برامج لتطوير البنية التحتية الأمنية؛ مثل بناء مراكز مراقبة حدودية؛ وناقش الجانبان كيفية دمج التكنولوجيا الحديثة في العمليات العسكرية؛ لمواجهة التهديدات المتطورة؛ كما لمس اللقاء قضية الانتخابات الليبية؛ إذ أعرب حفتر عن تفاؤله بتسهيل الاتحاد للعملية الانتخابية؛ شريطة ضمان بيئة آمنة؛ وفي هذا السياق؛ تعهد الاتحاد بتعزيز الدبلوماسية لجمع الفصائل تحت مظلة واحدة؛ مما يساعد في تجنب التصعيد العسكري؛ وأشاد التقارير الدبلوماسية بفعالية هذا الحوار؛ الذي يعكس انتقالًا من الدعم السلبي إلى الشراكة النشطة.", "واجه بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر تحديات عديدة؛ أبرزها الخلافات السياسية الداخلية في ليبيا؛ التي تعيق تنفيذ الاتفاقيات الدولية؛ فمع وجود فصائل متنافسة؛ يصعب التوافق على استراتيجيات مشتركة؛ بالإضافة إلى الضغوط الاقتصادية الناتجة عن العقوبات السابقة؛ التي أثرت على قدرة الجيش على الاستثمار في التجهيزات؛ ومن الناحية الأوروبية؛ هناك مخاوف من تزايد النفوذ الخارجي؛ مثل التدخلات التركية أو الروسية؛ مما يتطلب توازنًا دقيقًا في التعامل؛ ومع ذلك؛ يُعتقد أن هذا اللقاء يمثل فرصة لتجاوز هذه العقبات من خلال حوار مستمر."];
const LEAD_IN = "لتحقيق تقدم ملموس في التعاون الأمني؛ إليك خطوات أساسية يمكن اتباعها:";
const STEPS = ["تعزيز البرامج التدريبية المشتركة بين الجانبين.", "توسيع الدعم اللوجستي لمراقبة الحدود الجنوبية.", "تنفيذ آليات مراقبة لمكافحة التهريب غير الشرعي.", "دعم الجهود الدبلوماسية لتسريع الانتخابات الليبية.", "إنشاء لجان مشتركة لتقييم التقدم الدوري."];
const CLOSING = "يُشير هذا اللقاء إلى بداية مرحلة جديدة في العلاقات الليبية الأوروبية؛ حيث يساهم في بناء جسور الثقة؛ وسط تحديات معقدة؛ معتمدًا على إرادة مشتركة للاستقرار.";
const TABLE_HEADERS = ['المحور الرئيسي', 'التزام الاتحاد الأوروبي'];
const TABLE_ROWS = [
  ['الأمن الحدودي', 'تمويل مراكز المراقبة وتدريب الوحدات'],
  ['مكافحة الإرهاب', 'تقديم تكنولوجيا الاستخبارات والدعم اللوجستي'],
  ['العملية الانتخابية', 'التوسط الدبلوماسي وضمان البيئة الآمنة'],
];

describe('the seed article, exactly', () => {
  it('is an Arabic, right-to-left article with its headline', () => {
    expect(brief.isArticle).toBe(true);
    expect(brief.title).toBe(TITLE);
    expect(brief.lang).toBe('ar');
    expect(brief.dir).toBe('rtl');
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
  it('reads every table row as an EU commitment, and the two pledges stated in prose', () => {
    const table = brief.commitments.filter((c) => c.source === 'table');
    expect(table.map((c) => [c.actor, c.area, c.commitment])).toEqual(
      TABLE_ROWS.map(([area, what]) => ['الاتحاد الأوروبي', area, what]),
    );
    const prose = brief.commitments.filter((c) => c.source === 'prose');
    expect(prose.map((c) => c.commitment)).toEqual([
      'مساندة الجهود الليبية لتحقيق السلام الدائم',
      'تعزيز الدبلوماسية لجمع الفصائل تحت مظلة واحدة',
    ]);
    for (const c of prose) expect(LEDE + PARAGRAPHS.join(' ')).toContain(c.evidence);
  });
  it('has the closing paragraph', () => expect(brief.closing).toBe(CLOSING));
  it('flags the name written two ways', () => {
    const flag = brief.flags.find((f) => f.kind === 'name-variants');
    expect(flag?.values).toEqual(['صدام حفتر', 'سعدام حفتر']);
  });
  it('keeps no site chrome: the body text is the article and nothing else', () => {
    const article = [LEDE, ...HEADINGS.flatMap((h, i) => [h, PARAGRAPHS[i]!]), LEAD_IN, STEPS.join('\n'),
      [TABLE_HEADERS, ...TABLE_ROWS].map((r) => r.join(' | ')).join('\n'), CLOSING].join('\n\n');
    expect(brief.text).toBe(article);
  });
  it('quotes key points from the article, never invented text', () => {
    expect(brief.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(brief.keyPoints.length).toBeLessThanOrEqual(5);
    for (const k of brief.keyPoints) expect(brief.text).toContain(k);
  });
});
