/**
 * Arabic bylines, credits and datelines in the forms Arabic news sites write them (Gulf, Levant, Egypt, Maghreb,
 * Iraq, pan-Arab), each set in article markup as such sites set it: a byline element with a class, a line of text
 * over or under the headline, a dateline that opens the first paragraph, an agency credit that ends the story, a
 * WordPress theme's or an AMP page's byline. The expected byline follows test/brief-set/CONVENTIONS.md: the people
 * credited, without their opener, title or place; an agency as the page writes it only when no person is credited;
 * never a category, a date line, a source or photo credit, a reading time, a footer or a share label.
 *
 * The pages are written here, one shape each; the brief's byline is read through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { cleanByline } from '../../utils/metadata/byline';
import { key } from '../../utils/metadata/clean';

const P1 =
  'أعلنت وزارة المياه اليوم عن خطة جديدة لخفض الفاقد في شبكات التوزيع بنسبة الخمس خلال ثلاث سنوات، في إطار برنامج وطني لتحسين كفاءة الخدمات.';
const BODY = [
  'وقال وزير المياه في مؤتمر صحفي إن الخطة تشمل استبدال أكثر من ألفي كيلومتر من الأنابيب القديمة وتركيب عدادات ذكية في الأحياء السكنية.',
  'وأضاف أن الحكومة خصصت مبلغ 120 مليون دينار لتنفيذ المرحلة الأولى من المشروع، على أن تبدأ الأعمال مطلع العام المقبل.',
  'ويعاني عدد من المدن من انقطاعات متكررة في المياه خلال أشهر الصيف بسبب ارتفاع الطلب وتراجع مخزون السدود.',
];
const LAST = 'وأكد مسؤولون في الوزارة أن نتائج المرحلة الأولى ستعرض على البرلمان قبل نهاية العام.';
const TITLE = 'خطة حكومية لخفض الفاقد في شبكات المياه';

interface Shape {
  /** Markup over the headline, inside the article. */
  above?: string;
  /** Markup between the headline and the story. */
  top?: string;
  /** What opens the first paragraph, before its first sentence ("القاهرة - أ ش أ:"). */
  dateline?: string;
  /** What ends the last paragraph ("(رويترز)"). */
  tail?: string;
  /** Markup after the story, inside the article. */
  end?: string;
  /** Markup in the page footer. */
  footer?: string;
  /** Extra markup in the head (meta tags, JSON-LD). */
  head?: string;
}

function page(s: Shape): string {
  const lede = s.dateline ? `${s.dateline} ${P1}` : P1;
  const last = s.tail ? `${LAST} ${s.tail}` : LAST;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${TITLE} - الخبر اليوم</title>
<meta property="og:site_name" content="الخبر اليوم">${s.head ?? ''}</head><body>
<header class="site-header"><a href="/">الخبر اليوم</a><nav><a href="/local">محليات</a><a href="/economy">اقتصاد</a><a href="/sport">رياضة</a></nav></header>
<main><article class="post">${s.above ?? ''}<h1 class="entry-title">${TITLE}</h1>${s.top ?? ''}
<div class="entry-content"><p>${lede}</p>${BODY.map((p) => `<p>${p}</p>`).join('')}<p>${last}</p></div>${s.end ?? ''}</article></main>
<footer class="site-footer"><p>جميع الحقوق محفوظة © 2025 الخبر اليوم</p>${s.footer ?? ''}</footer></body></html>`;
}

/** [form, region or theme, page shape, expected byline]. */
type Case = [string, string, Shape, string | null];

const POSITIVE: Case[] = [
  // Openers in a byline element under the headline.
  ['كتب: …', 'Egypt', { top: '<div class="author">كتب: محمود عبد الحميد</div>' }, 'محمود عبد الحميد'],
  ['بقلم: …', 'pan-Arab', { top: '<p class="byline">بقلم: سارة خليل</p>' }, 'سارة خليل'],
  ['بقلم … (no colon)', 'Levant', { top: '<span class="writer">بقلم أحمد يوسف</span>' }, 'أحمد يوسف'],
  ['إعداد: …', 'Gulf', { top: '<div class="post-author">إعداد: ريم الحسن</div>' }, 'ريم الحسن'],
  ['تقرير: …', 'Iraq', { top: '<div class="author-name">تقرير: خالد منصور</div>' }, 'خالد منصور'],
  ['كتبت … (line of text)', 'Egypt', { top: '<p>كتبت هدى عادل</p>' }, 'هدى عادل'],
  ['كتب ـ … (tatweel)', 'Egypt', { top: '<p>كتب ـ عبد الرحمن سالم</p>' }, 'عبد الرحمن سالم'],
  ['كتب/ … (slash)', 'Egypt', { top: '<p>كتب/ أحمد سمير</p>' }, 'أحمد سمير'],
  ['بقلم/ … in a byline element', 'Egypt', { top: '<div class="author">بقلم/ د. هاني رسلان</div>' }, 'هاني رسلان'],
  ['كتبت - …: (dash, colon after)', 'Egypt', { top: '<p>كتبت - مروة فتحي:</p>' }, 'مروة فتحي'],
  ['حاوره: …', 'Levant', { top: '<div class="byline">حاوره: سامي فرح</div>' }, 'سامي فرح'],
  ['حاورته: …', 'Maghreb', { top: '<p>حاورته: نادية بنعلي</p>' }, 'نادية بنعلي'],
  ['ترجمة: … (the only credit)', 'pan-Arab', { top: '<div class="byline">ترجمة: ليلى مراد</div>' }, 'ليلى مراد'],
  ['المحرر: …', 'Gulf', { top: '<div class="author">المحرر: نادر سليم</div>' }, 'نادر سليم'],
  ['متابعة: …', 'Iraq', { top: '<p>متابعة: علي الجبوري</p>' }, 'علي الجبوري'],
  ['بواسطة …', 'pan-Arab', { top: '<div class="author">بواسطة منى سعيد</div>' }, 'منى سعيد'],
  // Several authors, titles, places.
  ['two authors joined by و', 'Egypt', { top: '<p>كتب: أحمد علي وسارة حسن</p>' }, 'أحمد علي، سارة حسن'],
  [
    'two authors joined by ،',
    'Gulf',
    { top: '<div class="byline">بقلم: أحمد علي، سارة حسن</div>' },
    'أحمد علي، سارة حسن',
  ],
  ['د. before the name', 'Levant', { top: '<div class="author">بقلم د. محمد عبد الله</div>' }, 'محمد عبد الله'],
  [
    'الكاتب الصحفي before the name',
    'Egypt',
    { top: '<div class="author">الكاتب الصحفي محمود سالم</div>' },
    'محمود سالم',
  ],
  ['name | place', 'Levant', { top: '<div class="author">سامر حداد | بيروت</div>' }, 'سامر حداد'],
  ['name - place', 'Iraq', { top: '<div class="author">زينب الربيعي - بغداد</div>' }, 'زينب الربيعي'],
  [
    'place - name in the author slot',
    'Iraq',
    { top: '<div class="post-author">بغداد - حيدر الساعدي</div>' },
    'حيدر الساعدي',
  ],
  ['a name that opens with منذ', 'Levant', { top: '<div class="author">كتب: منذر الخطيب</div>' }, 'منذر الخطيب'],
  [
    'a given name that opens with و',
    'Levant',
    { top: '<div class="author">بقلم: محمد وليد حسن</div>' },
    'محمد وليد حسن',
  ],
  ['site - name', 'Maghreb', { top: '<div class="author">الخبر اليوم - محمد بلقاسم</div>' }, 'محمد بلقاسم'],
  [
    'name, correspondent in a place',
    'pan-Arab',
    { top: '<div class="author">وائل الدحدوح، مراسل الخبر اليوم في غزة</div>' },
    'وائل الدحدوح',
  ],
  [
    'مراسل … في …, then the name',
    'Gulf',
    { top: '<div class="byline">مراسلنا في الدوحة: عمر الكواري</div>' },
    'عمر الكواري',
  ],
  [
    'name with date and time',
    'Egypt',
    { top: '<div class="author">كتب: محمد علي | الأحد 5 أكتوبر 2025 - 10:30 ص</div>' },
    'محمد علي',
  ],
  [
    'name then an Arabic-Indic date',
    'Egypt',
    { top: '<div class="author">كتب: محمد علي ١٢ مارس ٢٠٢٥</div>' },
    'محمد علي',
  ],
  [
    'name then a job after a dash',
    'Levant',
    { top: '<div class="author">بقلم: رامي خوري - كاتب أردني</div>' },
    'رامي خوري',
  ],
  ['name then "منذ ساعتين"', 'Gulf', { top: '<div class="byline">بقلم: سارة حسن - منذ ساعتين</div>' }, 'سارة حسن'],
  [
    'author with photo credit beside',
    'Gulf',
    { top: '<div class="byline">كتب: فهد العنزي - تصوير: بندر الدوسري</div>' },
    'فهد العنزي',
  ],
  ['above the headline', 'Levant', { above: '<div class="author">بقلم: جاد حسن</div>' }, 'جاد حسن'],
  // Theme and AMP shapes.
  [
    'WordPress byline / author vcard',
    'pan-Arab',
    {
      top: '<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/ali/">علي حسن</a></span></span> <span class="posted-on"><time>12 مارس 2025</time></span></div>',
    },
    'علي حسن',
  ],
  [
    'tagDiv post author name',
    'Egypt',
    {
      top: '<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">بواسطة</div> <a href="/author/mona/">منى سعيد</a><div class="td-author-line"> - </div></div><span class="td-post-date">12 مارس، 2025</span></div>',
    },
    'منى سعيد',
  ],
  [
    'JNews meta author',
    'Gulf',
    {
      top: '<div class="jeg_meta_container"><div class="jeg_meta_author"><span class="meta_text">بواسطة</span> <a href="/author/khaled/">خالد الحربي</a></div><div class="jeg_meta_date"><a href="#">12 مارس، 2025</a></div></div>',
    },
    'خالد الحربي',
  ],
  [
    'AMP WordPress byline',
    'Maghreb',
    {
      top: '<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">يوسف العلوي</span></div><div class="amp-wp-meta amp-wp-posted-on"><time>منذ 3 ساعات</time></div>',
    },
    'يوسف العلوي',
  ],
  ['meta author tag', 'Gulf', { head: '<meta name="author" content="ريم الكعبي">' }, 'ريم الكعبي'],
  // Datelines that open the first paragraph.
  ['القاهرة - name:', 'Egypt', { dateline: 'القاهرة - محمود عبد الله:' }, 'محمود عبد الله'],
  ['بغداد - name:', 'Iraq', { dateline: 'بغداد - حيدر الساعدي:' }, 'حيدر الساعدي'],
  ['دبي – وام:', 'Gulf', { dateline: 'دبي – وام:' }, 'وام'],
  ['/ وام /', 'Gulf', { dateline: 'أبوظبي في 23 سبتمبر / وام /' }, 'وام'],
  ['(أ ف ب)', 'pan-Arab', { dateline: 'باريس (أ ف ب) -' }, 'أ ف ب'],
  ['(رويترز)', 'pan-Arab', { dateline: 'واشنطن (رويترز) -' }, 'رويترز'],
  ['- بترا', 'Levant', { dateline: 'عمان 5 آب - بترا -' }, 'بترا'],
  ['الرباط (ومع)', 'Maghreb', { dateline: 'الرباط (ومع) -' }, 'ومع'],
  ['الرياض - واس', 'Gulf', { dateline: 'الرياض - واس:' }, 'واس'],
  ['الدوحة - قنا', 'Gulf', { dateline: 'الدوحة - قنا:' }, 'قنا'],
  ['(كونا) --', 'Gulf', { dateline: 'الكويت - 12 - 8 (كونا) --' }, 'كونا'],
  ['القاهرة - أ ش أ', 'Egypt', { dateline: 'القاهرة - أ ش أ:' }, 'أ ش أ'],
  ['بغداد / واع', 'Iraq', { dateline: 'بغداد/ واع/' }, 'واع'],
  ['مسقط في … /العمانية/', 'Gulf', { dateline: 'مسقط في 5 مايو /العمانية/' }, 'العمانية'],
  ['المنامة في … / بنا /', 'Gulf', { dateline: 'المنامة في 5 مايو / بنا /' }, 'بنا'],
  ['القاهرة في … /أ ش أ/', 'Egypt', { dateline: 'القاهرة في 5 مايو /أ ش أ/' }, 'أ ش أ'],
  ['عمان … (بترا)- (no space before the dash)', 'Levant', { dateline: 'عمان 12 أيلول (بترا)-' }, 'بترا'],
  [
    'Hijri and Gregorian date, then the agency',
    'Gulf',
    { dateline: 'الرياض 14 صفر 1447 هـ الموافق 8 أغسطس 2025 م واس' },
    'واس',
  ],
  ['(أ.ف.ب) written with dots', 'pan-Arab', { dateline: 'بيروت (أ.ف.ب) -' }, 'أ.ف.ب'],
  ['(د ب أ)', 'pan-Arab', { dateline: 'برلين (د ب أ) -' }, 'د ب أ'],
  ['(الأناضول)', 'pan-Arab', { dateline: 'أنقرة (الأناضول) -' }, 'الأناضول'],
  ['الجزائر (واج) -', 'Maghreb', { dateline: 'الجزائر (واج) -' }, 'واج'],
  // Agency credits set as a line and at the end.
  ['(place - agency) line under the headline', 'Gulf', { top: '<div class="source">(أبوظبي - وام)</div>' }, 'وام'],
  ['agency credit ends the story', 'Egypt', { tail: '(أ ش أ)' }, 'أ ش أ'],
  ['(رويترز) ends the story', 'pan-Arab', { tail: '(رويترز)' }, 'رويترز'],
  // A person wins over an agency.
  [
    'person in the byline, agency in the dateline',
    'Gulf',
    { top: '<div class="author">كتب: فهد العنزي</div>', dateline: 'دبي – وام:' },
    'فهد العنزي',
  ],
  [
    'person in the dateline, agency at the end',
    'Egypt',
    { dateline: 'القاهرة - محمود عبد الله:', tail: '(أ ش أ)' },
    'محمود عبد الله',
  ],
  // A line of the page's text, in no byline markup, that an opener other than كتب or بقلم starts.
  [
    'الكاتب: … | التاريخ: … in an unmarked line',
    'Joomla and custom CMSs',
    { top: '<div class="info">الكاتب: نوري الشريف | التاريخ: 2025/09/16</div>' },
    'نوري الشريف',
  ],
  [
    'حوار: … in an unmarked bold line',
    'Maghreb',
    { top: '<p><strong>حوار: آسيا العتروس</strong></p>' },
    'آسيا العتروس',
  ],
];

const NEGATIVE: Case[] = [
  [
    'a category over the headline',
    'pan-Arab',
    { above: '<div class="category"><a href="/misc">منوعات</a></div>' },
    null,
  ],
  [
    'a category as the author slot',
    'Gulf',
    { top: '<div class="post-author"><a href="/economy">اقتصاد</a></div>' },
    null,
  ],
  ['نشر في …', 'Levant', { top: '<div class="byline">نشر في 12 مارس 2025</div>' }, null],
  ['آخر تحديث …', 'Gulf', { top: '<div class="byline">آخر تحديث: الثلاثاء 5 أغسطس 2025 - 11:30</div>' }, null],
  ['a credit fragment "(أبوظبي"', 'Gulf', { top: '<div class="author">(أبوظبي</div>' }, null],
  ['المصدر: … at the end', 'Egypt', { end: '<p class="source">المصدر: وكالات</p>' }, null],
  ['المصدر: agency in the author slot', 'Gulf', { top: '<div class="author">المصدر: رويترز</div>' }, null],
  ['تصوير: … only', 'Gulf', { top: '<div class="byline">تصوير: بندر الدوسري</div>' }, null],
  ['reading time', 'Gulf', { top: '<div class="byline">قراءة 4 دقائق</div>' }, null],
  ['reading time with label', 'Levant', { top: '<div class="author">مدة القراءة: 3 دقائق</div>' }, null],
  ['Developed by footer', 'Gulf', { footer: '<p class="credits">Developed By Gulf Pixel Labs</p>' }, null],
  ['تصميم وتطوير footer', 'Egypt', { footer: '<p class="author">تصميم وتطوير: شركة الحلول الرقمية</p>' }, null],
  [
    'share label in the byline row',
    'pan-Arab',
    { top: '<div class="byline"><span>شارك</span> <a href="#">فيسبوك</a></div>' },
    null,
  ],
  ['share label as a line', 'Egypt', { top: '<p>شارك الخبر</p>' }, null],
  ['the paper credited in the dateline', 'Levant', { dateline: 'لندن: «الخبر اليوم»' }, null],
  ['a place, then a verb, then a colon', 'Levant', { dateline: 'عمّان - أكد وزير الخارجية:' }, null],
  [
    'a Hijri date line in the byline slot',
    'Gulf',
    { top: '<div class="byline">الثلاثاء 5 أغسطس 2025 - 11 صفر 1447 هـ</div>' },
    null,
  ],
  ['a source line with an agency at the end', 'pan-Arab', { end: '<p>المصدر: أ ف ب</p>' }, null],
  ['an agency the story cites in brackets', 'Gulf', { dateline: 'ذكرت وكالة الأنباء السعودية (واس) أن' }, null],
  [
    'a caption crediting an agency over the story',
    'Gulf',
    { top: '<p>الأمير خالد بن سلمان خلال اللقاء (واس)</p>' },
    null,
  ],
  ['the site as the author', 'Maghreb', { top: '<div class="author">الخبر اليوم</div>' }, null],
];

describe('Arabic byline, credit and dateline forms', () => {
  it.each(POSITIVE)('%s (%s)', (_form, _region, shape, expected) => {
    expect(briefFromHtml(page(shape)).byline).toBe(expected);
  });
  it.each(NEGATIVE)('not a byline: %s (%s)', (_form, _region, shape, expected) => {
    expect(briefFromHtml(page(shape)).byline).toBe(expected);
  });
  it('cuts a date off an Arabic name, but not the number of a site named with one', () => {
    expect(cleanByline('محمد علي 11 صفر 1447 هـ')).toBe('محمد علي');
    expect(cleanByline('المحروسة 24', [key('المحروسة 24')])).toBeNull();
  });
  it('holds at least 40 forms', () => {
    expect(POSITIVE.length + NEGATIVE.length).toBeGreaterThanOrEqual(40);
  });
});
