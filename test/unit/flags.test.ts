import { describe, it, expect } from 'vitest';
import { findFlags, findNameVariants, findRepeatedHeadingPhrases, areNameVariants } from '../../utils/analysis/flags';
import { foldWord, stripArabicPrefixes } from '../../utils/analysis/words';
import type { Section } from '../../utils/types';
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
const SEED_TEXT = [SEED_LEDE, ...SEED_SECTIONS.flatMap((s) => s.paragraphs)].join('\n\n');

describe('findFlags on the seed article', () => {
  const flags = findFlags({
    title: SEED_TITLE,
    byline: null,
    published: null,
    sections: SEED_SECTIONS,
    lede: SEED_LEDE,
    text: SEED_TEXT,
  });

  it('flags the two spellings of the name, the title spelling first', () => {
    expect(flags.filter((f) => f.kind === 'name-variants').map((f) => f.values)).toEqual([['صدام حفتر', 'سعدام حفتر']]);
  });

  it('flags the phrase stuffed into the headings', () => {
    expect(flags.filter((f) => f.kind === 'repeated-heading-phrase').map((f) => f.values)).toEqual([
      ['بحث سعدام حفتر'],
    ]);
  });

  it('flags the missing byline and date, with English messages', () => {
    expect(flags.map((f) => f.kind)).toEqual(['name-variants', 'repeated-heading-phrase', 'no-byline', 'no-date']);
    for (const f of flags) expect(f.message).toMatch(/^[A-Z][^\u0600-\u06ff]*(?:"[^"]+"[^\u0600-\u06ff]*)*\.$/);
  });
});

describe('name variants', () => {
  it('finds an English name spelled two ways next to the same surname', () => {
    expect(
      findNameVariants(['Saddam Haftar met the envoy.', 'Later, Saadam Haftar said the talks went well.']),
    ).toEqual([['Saddam Haftar', 'Saadam Haftar']]);
    expect(findNameVariants(['John Smith spoke first.', 'Then John Smyth answered.'])).toEqual([
      ['John Smith', 'John Smyth'],
    ]);
  });

  it('ignores one-letter differences without a shared neighbour', () => {
    expect(findNameVariants(['John Smith spoke first.', 'Then Jane Smyth answered.'])).toEqual([]);
    expect(findNameVariants(['Smith spoke.', 'Smyth answered.'])).toEqual([]);
  });

  it('finds a name written with and without its accent, with no shared neighbour', () => {
    expect(
      findNameVariants([
        'The editor, Dmitry Muratov, spoke on Tuesday.',
        'Critics of the plan, said Murátov, were not heard.',
      ]),
    ).toEqual([['Muratov', 'Murátov']]);
    expect(findNameVariants(['The minister met Berríos in the morning.', 'Later Berrios left for the port.'])).toEqual([
      ['Berríos', 'Berrios'],
    ]);
  });

  it('leaves out accent pairs that are other words or only capitalised in title-case lines', () => {
    // An umlaut marks another word as often as another spelling; short words with and without an accent are two.
    expect(
      findNameVariants(['Sie haben einen Garten hinter dem Haus.', 'Die Stadt pflegt die Gärten selbst.']),
    ).toEqual([]);
    expect(findNameVariants(['He told Más about it.', 'They said Mas was late.'])).toEqual([]);
    // The same letters in two Unicode forms (a precomposed "á", and "a" with a combining accent) are one spelling.
    const decomposed = 'Murátov'.normalize('NFD');
    expect(findNameVariants([`The court heard Murátov on Monday.`, `Lawyers for ${decomposed} said nothing.`])).toEqual(
      [],
    );
    // Linked recipe titles are written in title case: their capitals do not make the dishes names.
    expect(
      findNameVariants(['Lobster Souffle and Deviled Chicken by Crisp', 'Espresso Soufflé by Chocolate Moosey']),
    ).toEqual([]);
  });

  it('does not pair words across punctuation', () => {
    expect(findNameVariants(['He met Saddam. Haftar arrived later.', 'Saadam Haftar left.'])).toEqual([]);
  });

  it('ignores Arabic spelling variants of one name (alef, hamza, taa marbuta, yaa)', () => {
    expect(findNameVariants(['التقى أسامة حمزة الوزير', 'وقال اسامه حمزة إن'])).toEqual([]);
    expect(findNameVariants(['مصطفى صنع الله قال', 'أكد مصطفي صنع الله'])).toEqual([]);
  });

  it('ignores Arabic prefixes and inflections', () => {
    expect(
      findNameVariants([
        'الأمم المتحدة تدعم ليبيا والأمم المتحد',
        'قال الجيش الليبي إن للجيش الليبي دورا',
        'قالت الحكومة الليبية وقال الحكومة الليبية',
        'يعمل الجيش على ذلك وتعمل الجيش',
        'بالقوات المسلحة والقوات المسلحة',
      ]),
    ).toEqual([]);
  });

  it('finds a real Arabic variant in either order of neighbours', () => {
    expect(findNameVariants(['قال خليفة حفتر إن', 'وأكد خليفة حفطر', 'وصرح خليفة الحفتري'])).toEqual([
      ['خليفة حفتر', 'خليفة حفطر'],
    ]);
    expect(findNameVariants(['التقى صدام حفتر السفير', 'وقال سعدام حفتر'])).toEqual([['صدام حفتر', 'سعدام حفتر']]);
  });

  it('ignores the case forms of Arabic number words', () => {
    expect(findNameVariants(['أنفقت الوزارة اثني عشر مليونا', 'وخلال اثنا عشر شهرا'])).toEqual([]);
    expect(findNameVariants(['تصل إلى ثلاثة آلاف', 'قرابة ثلاثه آلاف', 'نحو ثلاث آلاف'])).toEqual([]);
  });

  it('ignores Arabic words with the article ال, after a preposition or conjunction', () => {
    expect(findNameVariants(['في موازنة للسنة المالية الجديدة', 'مقارنة بالسنة الحالية'])).toEqual([]);
    expect(findNameVariants(['وقال الوزير الجديد', 'وأكد الوزير العتيد'])).toEqual([]);
  });

  it('ignores Arabic words that differ only in an inflection ending', () => {
    expect(findNameVariants(['عاد مهندسون أجانب إلى الموقع', 'وغادر مهندسين أجانب'])).toEqual([]);
    expect(findNameVariants(['وصل موظفان جدد', 'وغادر موظفين جدد'])).toEqual([]);
  });

  it('never reads an inflection or a verb form as a name spelled two ways', () => {
    // A place and its adjective, German adjective endings, an Arabic verb with an attached pronoun.
    expect(
      findNameVariants(['Attacks in North Africa rose.', 'Officials said the North African groups had merged.']),
    ).toEqual([]);
    expect(findNameVariants(['Die Wahre Tabelle zeigt es.', 'In der Wahren Tabelle steht Bayern vorn.'])).toEqual([]);
    expect(findNameVariants(['ماذا يمكن أن نفعل؟', 'ماذا يمكنك أن تفعل؟'])).toEqual([]);
  });

  it('never reads a case ending of a language with cases as a name spelled two ways', () => {
    // Czech: the genitive of a club's name; Turkish: a case ending after an apostrophe.
    expect(findNameVariants(['Zápas hrál Manchester City doma.', 'Hráči klubu Manchesteru City vyhráli.'])).toEqual([]);
    expect(findNameVariants(['Trenér týmu Aston Villa mluvil.', 'Hráči Aston Villy prohráli.'])).toEqual([]);
    expect(findNameVariants(['Dün Recep Erdoğan konuştu.', 'Bugün Recep Erdoğan’ın ekibi geldi.'])).toEqual([]);
    // A spelling that differs before the ending is still a variant.
    expect(findNameVariants(['The envoy met Mohammed Haftar on Monday.', 'Later, Mohammad Haftar left.'])).toHaveLength(
      1,
    );
  });

  it('needs one Latin spelling capitalised mid-sentence, not only by opening a sentence', () => {
    expect(findNameVariants(['Leading Democrats backed the bill.', 'Leaving Democrats were thanked.'])).toEqual([]);
    expect(findNameVariants(['Saddam Haftar met the envoy.', 'Saadam Haftar left.'])).toEqual([]);
    expect(findNameVariants(['Saddam Haftar met the envoy.', 'The envoy thanked Saadam Haftar.'])).toEqual([
      ['Saddam Haftar', 'Saadam Haftar'],
    ]);
  });

  it('compares letters, not clitics: areNameVariants', () => {
    const k = (w: string) => stripArabicPrefixes(foldWord(w));
    expect(areNameVariants(k('صدام'), k('سعدام'))).toBe(true);
    expect(areNameVariants(k('المتحدة'), k('المتحد'))).toBe(false);
    expect(areNameVariants(k('حفتر'), k('وحفتر'))).toBe(false);
    expect(areNameVariants('saddam', 'saadam')).toBe(true);
    expect(areNameVariants('minister', 'ministers')).toBe(false);
    expect(areNameVariants('haftar', 'hafter')).toBe(true);
    expect(areNameVariants('haftar', 'hafez')).toBe(false);
  });
});

describe('repeated heading phrase', () => {
  it('needs two thirds of three or more headings', () => {
    expect(findRepeatedHeadingPhrases(['Budget talks: day one', 'Budget talks: day two', 'What comes next'])).toEqual([
      { phrase: 'Budget talks', count: 2 },
    ]);
    expect(
      findRepeatedHeadingPhrases(['Budget talks: day one', 'Markets react', 'What comes next', 'Reaction abroad']),
    ).toEqual([]);
  });

  it('needs every heading when there are two', () => {
    expect(findRepeatedHeadingPhrases(['Climate summit opens', 'Climate summit closes'])).toEqual([
      { phrase: 'Climate summit', count: 2 },
    ]);
    expect(findRepeatedHeadingPhrases(['Climate summit opens'])).toEqual([]);
  });

  it('ignores single shared words and stop-word phrases', () => {
    expect(
      findRepeatedHeadingPhrases(['The economy in 2024', 'The army in the south', 'The vote in the north']),
    ).toEqual([]);
    expect(findRepeatedHeadingPhrases(['أهداف الزيارة', 'نتائج الزيارة', 'ردود الفعل على الزيارة'])).toEqual([]);
  });

  it('treats attached prefixes as the same word', () => {
    expect(findRepeatedHeadingPhrases(['أهداف بحث نائب القائد', 'نتائج ببحث نائب القائد', 'مستقبل العلاقات'])).toEqual([
      { phrase: 'بحث نائب القائد', count: 2 },
    ]);
  });
});

describe('byline and date flags', () => {
  it('are raised only when missing', () => {
    const base = { title: 'T', sections: [], lede: null, text: '' };
    expect(findFlags({ ...base, byline: 'Jane Doe', published: '2025-03-14' })).toEqual([]);
    expect(findFlags({ ...base, byline: '  ', published: '2025-03-14' }).map((f) => f.kind)).toEqual(['no-byline']);
    expect(findFlags({ ...base, byline: 'Jane Doe', published: null }).map((f) => f.kind)).toEqual(['no-date']);
  });
});
