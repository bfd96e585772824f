/**
 * Words of the article's structure: class words of subheadings and captions, the labels of a figure caption
 * written as text, the cues of a list's lead-in, and the words that name a table's columns. Used by
 * utils/structure/.
 */
import type { Lexicon } from './compile';

/** Class words of a subheading inside the article body ("subtitle", "crosshead", "section-heading"). */
export const SUBHEADING_CLASS_WORDS: readonly string[] = [
  'subtitle',
  'sub-title',
  'subhead',
  'sub-head',
  'subheading',
  'sub-heading',
  'subheadline',
  'sub-headline',
  'intertitle',
  'inter-title',
  'crosshead',
  'cross-head',
  'section-title',
  'sectiontitle',
  'section-heading',
  'sectionheading',
  'article-subheading',
  'articlesubheading',
];

/** Class words of an image caption or credit ("wp-caption-text", "figcaption", "bildlegende"). */
export const CAPTION_CLASS_WORDS: readonly string[] = [
  'wp-caption-text',
  'caption',
  'figcaption',
  'image-credit',
  'imagecredit',
  'photo-credit',
  'photocredit',
  'img-caption',
  'imgcaption',
  'legend',
  'image-legend',
  'imagelegend',
  'bildlegende',
];

/** The label that opens a figure caption written as text ("Abbildung 4:", "Fig. 1 –", "الشكل 2:"). */
export const FIGURE_LABELS: Lexicon = {
  de: ['abbildung', 'abb.', 'grafik', 'schaubild'],
  en: ['figure', 'fig.', 'illustration'],
  es: ['ilustración', 'figura', 'gráfico'],
  ar: ['الشكل', 'شكل'],
};

/** Words that end a list's lead-in ("إليك …", "as follows", "the following"), read at the end of the sentence. */
export const LEAD_IN_ENDINGS: Lexicon = {
  ar: [
    'التالي',
    'التالية',
    'التاليه',
    'يلي',
    'الآتي',
    'الآتية',
    'الآتيه',
    'الاتي',
    'الاتية',
    'الاتيه',
    'إليك',
    'اليك',
    'كالتالي',
    'كما يلي',
  ],
  en: ['following', 'below', 'as follows', 'here are', "here's", 'these'],
};

/** Parts of words that make a list's lead-in speak of steps ("خطوات", "how to", "Anleitung"), found anywhere. */
export const STEP_CUES: Lexicon = {
  ar: ['خطوة', 'خطوا', 'الخطوات', 'مراحل', 'مرحلة', 'كيفية', 'طريقة', 'لتحقيق', 'إجراءات'],
  en: ['how to', 'instructions', 'procedure', 'in order to', 'to get started'],
  de: ['anleitung'],
};

/** Whole words that make a lead-in speak of steps, ending at a word boundary ("step", "Schritte"). */
export const STEP_CUE_WORDS: Lexicon = {
  en: ['step', 'steps', 'stage', 'stages'],
  de: ['schritt', 'schritte'],
};

/**
 * Words that name a column rather than fill one: a first row made of them is a header even without header
 * markup. Arabic words may carry the article "ال" and the plural "ات".
 */
export const TABLE_HEADER_WORDS: Lexicon = {
  ar: [
    'محور',
    'بند',
    'اسم',
    'تاريخ',
    'بلد',
    'دولة',
    'مجموع',
    'إجمالي',
    'اجمالي',
    'سنة',
    'عام',
    'وصف',
    'حالة',
    'مبلغ',
    'جهة',
    'طرف',
    'قطاع',
    'مجال',
    'هدف',
    'نوع',
    'عدد',
    'نسبة',
    'قيمة',
    'مدة',
    'موعد',
    'مكان',
    'مصدر',
    'ملاحظات',
    'تفاصيل',
    'إجراء',
    'اجراء',
    'مرحلة',
    'التزام',
    'التزامات',
    'تعهد',
    'تعهدات',
  ],
  en: [
    'name',
    'date',
    'country',
    'total',
    'year',
    'area',
    'item',
    'description',
    'status',
    'amount',
    'value',
    'type',
    'number',
    'share',
    'source',
    'note',
    'notes',
    'detail',
    'details',
    'category',
    'region',
    'topic',
    'sector',
    'actor',
    'party',
    'who',
    'what',
    'when',
    'where',
    'step',
    'stage',
    'phase',
    'measure',
    'action',
    'goal',
    'target',
    'commitment',
    'commitments',
    'pledge',
    'pledges',
    'undertaking',
    'undertakings',
  ],
};

/**
 * The title of a photo gallery or slideshow box set as a heading inside the article ("Gallery", "Photo Gallery: …",
 * "Gallery: Xbox One X screenshots | 9 Photos", "UK news in pictures"): the box's, not a section of the story.
 * A heading is one when it is the label alone, opens with it and a colon or dash, ends with an "in pictures" tail,
 * or ends with a count of photos. Seen as headings on the dev pages of the Independent ("UK news in pictures"),
 * Engadget ("Gallery: … | 9 Photos") and four dragnet sites ("Gallery", "Photo Gallery: Behind the Scenes …",
 * "Gallery - Heineken Cup - Round Five", "In Pictures . . .").
 */
export const GALLERY_LABELS: Lexicon = {
  en: ['gallery', 'photo gallery', 'image gallery', 'slideshow', 'in pictures', 'photos'],
  de: ['bildergalerie', 'fotogalerie', 'galerie'],
  ar: ['معرض الصور', 'ألبوم الصور', 'بالصور', 'صور'],
};

/** The tail of a gallery box's title: "UK news in pictures", "الحدث بالصور". */
export const GALLERY_TAILS: Lexicon = {
  en: ['in pictures', 'in photos'],
  ar: ['بالصور'],
};

/** What a gallery counts at the end of its title ("| 9 Photos", "12 صورة"). */
export const GALLERY_COUNT_UNITS: Lexicon = {
  en: ['photos', 'images', 'pictures'],
  de: ['bilder', 'fotos'],
  ar: ['صور', 'صورة'],
};

/**
 * Marks a page draws a rule with before its end matter ("___" over "This version corrects …", "On the Net:", "…
 * contributed to this report."): seen over the last short blocks of AP stories on Yahoo (readability-test-pages
 * yahoo-2) and on the l3s-gn1 dev pages of another host (e3a8cc42, 91f7a641, 85a379f9, 202aa517), and over a
 * blog's signature (dragnet R872). A row of asterisks ("***", "* * *") is not one: blogs set it as a scene break
 * with story text after (dragnet R381, R383, R896).
 */
export const END_MATTER_RULE_MARKS: readonly string[] = ['_'];

/**
 * Ordinal words that number the items of a list written as paragraphs ("أولاً: أن يكون المتقدم …", "ثانياً: ألا
 * يتجاوز …"), first to tenth in order, each without its closing alif and tanween ("أولاً", "أولًا" and "أولا" all
 * read as "أول"): the numbering Arabic writing uses beside digits, as "1.", "2." are. Seen numbering a list of
 * conditions and a list of proposals on two dev sites of the brief set (sadakhaleej, ufuq), each over a lead-in
 * ending in a colon.
 */
export const ORDINAL_MARKER_STEMS: Lexicon = {
  ar: ['أول', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'],
};
