/**
 * Words of the byline: what opens it, what is a job title rather than a name, what is a placeholder rather than
 * an author, and the class words of byline markup. Used by utils/metadata/byline.ts.
 */
import type { Lexicon } from './compile';

/** Words that open a byline before the names ("By …", "بقلم …", "Von …"). */
export const BYLINE_OPENERS: Lexicon = {
  en: ['by', 'author'],
  de: ['von', 'autor'],
  fr: ['par', 'auteur'],
  es: ['por', 'autor'],
  it: ['di', 'autore'],
  nl: ['door'],
  sv: ['av'],
  da: ['af'],
  ar: [
    'بقلم',
    'بقلم الكاتب',
    'كتب',
    'كتبت',
    'كتبه',
    'كتبها',
    'كتب ـ',
    'بواسطة',
    'إعداد',
    'اعداد',
    'تحرير',
    'تقرير',
    'الكاتب',
    'المحرر',
    'نشر بواسطة',
    // The interviewer's credit over an interview ("حاوره: …", "حاورته: …", "حوار: …"), the translator's over a
    // translated piece ("ترجمة: …") and the follow-up desk's over a compiled report ("متابعة: …"): the person named
    // is who the page credits for the text. No dev page shows them; they are the regional conventions: interviews in
    // Levantine, Egyptian and Maghrebi dailies; translations on pan-Arab sites that run foreign columns; متابعة on
    // Iraqi and Gulf news sites.
    'حاوره',
    'حاورته',
    'حاورها',
    'حاورتها',
    'حاورهم',
    'حوار',
    'ترجمة',
    'متابعة',
  ],
};

/**
 * Credit phrases that open a line naming the story's authors, as "By" does ("Posted by kovarex, TOGos, Ernestas,
 * Albert on 2019-02-15", "Written by Chris Beaumont"). Seen opening the credit line over or under the story on the
 * dev pages of factorio.com, econbrowser.com, churchofcustomer.com, foreignpolicy.com (posted by) and blogcritics.org,
 * blogherald.com, bloggingpro.com, fourhourworkweek.com, fivecentnickel.com (written by). A photo or an edit
 * credit ("Photo by …", "Edited by …") names no author.
 */
export const AUTHOR_CREDIT_OPENERS: Lexicon = { en: ['posted by', 'written by'] };

/**
 * Arabic byline openers read in visible text only before a colon or a dash ("إعداد: …", "تقرير - …"): without
 * one the words open ordinary sentences and headings ("تقرير البنك الدولي …", "متابعة لما سبق …"). كتب, كتبت,
 * كتبه and بقلم open a byline with a space alone (BYLINE_SPACE_OPENERS).
 */
export const BYLINE_SPACE_OPENERS: Lexicon = { ar: ['كتب', 'كتبت', 'كتبه', 'بقلم'] };

/**
 * A correspondent's label before the name ("مراسلنا في الدوحة: …", "مراسل الخبر في غزة - …"), as patterns: the
 * desk's word, at most three words of outlet and place, then the separator. Pan-Arab channels and Gulf dailies
 * credit their correspondents so; the label is no part of the name.
 */
export const CORRESPONDENT_OPENERS: Lexicon = {
  ar: [
    '(?:مراسل|مراسلة|مراسلنا|مراسلتنا|موفد|موفدة|موفدنا)(?:\\s+[^\\s:：\\-–—|]+){0,3}?' +
      '\\s+(?:في|من|ب)\\s*[^\\s:：\\-–—|]+(?=\\s*[:：\\-–—|])',
  ],
};

/**
 * A second credit after the author's ("كتب: فهد العنزي تصوير: بندر الدوسري", "بقلم: … ترجمة: …"): the names
 * end at its label and colon. A photographer or a translator beside the author is no author (CONVENTIONS.md).
 * Seen beside the byline on three dev sites (تصوير: rafidain, ufuq, sadakhaleej); ترجمة and مراجعة are the same
 * credit on pan-Arab sites that translate and the Gulf dailies that name an editor.
 */
export const SECOND_CREDIT_LABELS: Lexicon = {
  ar: ['تصوير', 'ترجمة', 'مراجعة', 'تدقيق', 'تحرير', 'جرافيك', 'إنفوجراف'],
};

/** Credit phrases ending in "by" ("written by", "photos and text by"), as patterns. */
export const BYLINE_CREDIT_PATTERNS: readonly string[] = [
  '(?:written|posted|reported|edited|story|text|words|photos?)\\s+(?:and\\s+\\w+\\s+)?by',
];

/**
 * A credit that names the category after its names: a blog's "Posted by Ree in Recipes" footer, the names ending at
 * the mark ("in"). Seen on the dragnet dev pages of fathead-movie.com, thepioneerwoman.com,
 * earlyretirementextreme.com and weareallinthegutter.wordpress.com. A "By" line's "in" names a place and is left to
 * the rest of the cleaning ("HEMMY SO in Los Angeles and BEN WIDDICOMBE").
 */
export const CATEGORY_CREDITS: Lexicon = { en: ['posted by'] };
export const CATEGORY_MARKS: Lexicon = { en: ['in'] };

/** Job titles and desks written beside a name ("Jane Doe, Senior Correspondent", "مراسل"). */
export const JOB_TITLE_WORDS: Lexicon = {
  en: [
    'correspondent',
    'reporter',
    'editor',
    'writer',
    'contributor',
    'columnist',
    'staff',
    'senior',
    'chief',
    'producer',
    'analyst',
    'bureau',
    'journalist',
    'photographer',
    'director',
    'founder',
    'ceo',
    'head',
    'intern',
    'news',
    'desk',
  ],
  ar: ['مراسل', 'مراسلة', 'محرر', 'محررة', 'صحفي', 'صحفية', 'رئيس', 'رئيسة', 'مدير', 'مديرة', 'كاتب', 'كاتبة', 'مندوب'],
};

/** Placeholders a CMS prints where an author would be ("admin", "Staff", "View all posts"). */
export const PLACEHOLDER_BYLINES: Lexicon = {
  en: [
    'follow',
    'author',
    'authors',
    'admin',
    'administrator',
    'publisher',
    'webmaster',
    'staff',
    'share',
    'by',
    'more',
    'read more',
    'view all posts',
    'editor',
    'editorial',
    'contributor',
    'contributors',
    'guest',
    'anonymous',
    'unknown',
    'null',
    'undefined',
    'none',
  ],
  // 'anónimo' seen as the meta author of Infobae's agency stories; the other two are the same word in French and
  // German, as 'anonymous' is in English.
  de: ['von', 'anonym'],
  fr: ['par', 'anonyme'],
  es: ['por', 'anónimo'],
  ar: ['بقلم', 'كتب'],
};

/**
 * What a page shows where its CDN hid an e-mail address from harvesters (Cloudflare's e-mail obfuscation prints
 * "[email protected]" in the HTML): never a name. Seen beside the byline on The Local and inside bylines or
 * bios on Searchlight, Meininger and 17 more pages of the corpora.
 */
export const EMAIL_PLACEHOLDERS: Lexicon = { en: ['[email protected]'] };

/**
 * The legal form that ends a company's name ("Perform Media Deutschland GmbH", "Pocket-lint Ltd.", "NATURSTROM
 * AG"): a company set as the author is the publisher or its agency, never a person who wrote the story. Seen as the
 * meta author on the dev pages of SPOX, Deutsches Weininstitut, ZooRoyal, ZfK, Gipfelbuch, energiezukunft and ZDH;
 * the English forms are the same credit on British and American pages. Matched as written, case and all.
 */
export const COMPANY_FORMS: Lexicon = {
  de: ['GmbH', 'AG', 'KG', 'GmbH & Co. KG', 'e.V.'],
  en: ['Ltd', 'Ltd.', 'LLC', 'Inc', 'Inc.', 'PLC', 'Limited'],
};

/** Words that may follow a placeholder ("admin posts", "author me"). */
export const PLACEHOLDER_TAILS: readonly string[] = ['author', 'post', 'posts', 'me'];

/** Time words that end a byline's names ("Jane Doe Updated 3 hours ago", "منذ ساعتين"). */
export const BYLINE_TIME_WORDS: Lexicon = {
  en: [
    'updated',
    'published',
    'posted',
    'last updated',
    'min read',
    'mins read',
    'minute read',
    'minutes read',
    'hour ago',
    'hours ago',
    'day ago',
    'days ago',
  ],
  // تاريخ النشر: the Arabic "published" label of a date block inside the byline (mashriq, rafidain).
  // The reading time set in the byline row ("4 دقائق قراءة", "مدة القراءة: 4 دقائق", "3 دقائق للقراءة", "قراءة 4
  // دقائق"): seen so on four dev sites (mashriq, ufuq, sadakhaleej, sahm).
  ar: ['تحديث', 'نشر في', 'آخر تحديث', 'منذ', 'تاريخ النشر', 'قراءة', 'للقراءة', 'مدة القراءة', 'وقت القراءة'],
};

/** Class, id or itemprop tokens that name a byline element ("writer", "by", "kateb"). */
export const BYLINE_CLASS_TOKENS: readonly string[] = [
  'by',
  'byline',
  'by-line',
  'writer',
  'writers',
  'author',
  'authors',
  'author-name',
  'authorname',
  'reporter',
  'reporters',
  'kateb',
  'katib',
  'كاتب',
  'الكاتب',
  'contributor',
  'contributors',
  'creator',
];

/** Weekdays, which may be left at the end of a byline once its date is cut off. */
export const WEEKDAYS: Lexicon = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ar: ['الأحد', 'الاحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت'],
};

/** Words that may stand before a weekday ("on Sunday", "يوم الأحد"). */
export const WEEKDAY_LEADS: Lexicon = { en: ['on'], ar: ['يوم'] };

/**
 * The preposition of a date or clock time, left at the end of a byline once the date is cut off ("Posted by Menzie
 * Chinn at October 29, 2012 05:10 PM" on econbrowser.com): English grammar, as "on" before a weekday, not a site's
 * phrase.
 */
export const TIME_LEADS: Lexicon = { en: ['at'] };

/**
 * The word that marks a credit line as the outlet's own ("عمّان - خاص", "البصرة - الرافدين نيوز - خاص"): a place
 * and the outlet, not a person. Seen in the author slot or dateline of four sites of the dev set (atlaspress,
 * rafidain, ufuq, sadakhaleej); a person's name in such a line is an author link, read on its own.
 */
export const EXCLUSIVE_CREDIT_WORDS: Lexicon = {
  ar: ['خاص', 'خاص بـ', 'حصري'],
};

/**
 * A desk or wire credited in place of a person, at the end of a credit line set as a heading or a line of its own
 * ("The Oregonian Staff", "Staff Reporter", "CanWest News Service", "Seattle Times news services", "Associated Press
 * Writer"). Seen on the broad corpora's dev pages of five sites (l3s-gn1 cc6cd556, 990c0b66, b44ce3e2, 3227d893,
 * fb5075ce). Read by structure/meta-lines.ts (isCreditHeading).
 */
export const DESK_CREDIT_TAILS: Lexicon = {
  en: [
    'staff',
    'staff reporter',
    'staff writer',
    'staff writers',
    'news service',
    'news services',
    'wire services',
    'press writer',
    'press writers',
  ],
};

/**
 * Given names that open with و ("وليد", "وائل"): in "أحمد علي وليد حسن" the و is the name's own letter, not "and"
 * before a second author (byline-people.ts, splitArabicAnd). Common given names across the region; "ووليد" (and
 * Walid) is still read as "and" by its doubled و.
 */
export const WAW_GIVEN_NAMES: Lexicon = {
  ar: [
    'وليد',
    'وائل',
    'وفاء',
    'وسام',
    'وسيم',
    'وداد',
    'وعد',
    'وجدي',
    'وحيد',
    'وديع',
    'وصفي',
    'ولاء',
    'وهبة',
    'وجيه',
    'وردة',
    'وصال',
    'وئام',
    'وهيب',
    'وضاح',
    'وفيق',
    'وجدان',
    'ودود',
    'وسن',
  ],
};
