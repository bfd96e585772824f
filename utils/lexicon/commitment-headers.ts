/**
 * Words of commitments-table headers: a header that names a commitment, the columns that name the actor, the area
 * and the details of each row, and the words left in a header that are not an actor. The table reader
 * (analysis/commitments/tables.ts) matches headers folded: the Arabic header entries are written in folded
 * spelling (ة → ه, ئ → ي, ؤ → و, no hamza on alef); NOT_ACTOR_WORDS is folded before use.
 */
import type { Lexicon } from './compile';

/** Latin-script header words that name a commitment (Arabic headers use COMMITMENT_NOUNS, lexicon/pledge-verbs). */
export const COMMITMENT_HEADERS: Lexicon = {
  en: [
    'commitments',
    'commitment',
    'committed',
    'pledges',
    'pledge',
    'pledged',
    'undertakings',
    'undertaking',
    'will provide',
    'promises',
    'promise',
    'promised',
  ],
  de: ['zusagen', 'zusage', 'zugesagt', 'verpflichtungen', 'verpflichtung'],
};

/** Headers of a column that names who committed, per row ("Donor", "الجهة المانحة"). */
export const ACTOR_HEADERS: Lexicon = {
  en: [
    'actor',
    'actors',
    'who',
    'party',
    'parties',
    'donor',
    'donors',
    'country',
    'countries',
    'organisations',
    'organisation',
    'organizations',
    'organization',
    'institutions',
    'institution',
    'by',
    'committed by',
    'pledged by',
    'government',
    'departments',
    'department',
    'ministry',
    'ministries',
    'agency',
    'agencies',
    'body',
    'bodies',
    'authority',
    'authorities',
    'member states',
    'member state',
    'responsible',
    'lead',
    'owner',
  ],
  de: ['akteur', 'geber', 'ministerium'],
  ar: [
    'جهه',
    'جهات',
    'طرف',
    'اطراف',
    'مانح',
    'جهه المانحه',
    'دوله',
    'دول',
    'وزاره',
    'وزارات',
    'هيئه',
    'جهه الملتزمه',
    'جهه المسووله',
    'جهه المنفذه',
  ],
};

/** Words that may open an actor header: "Responsible ministry", "Lead agency". */
export const ACTOR_HEADER_QUALIFIERS: Lexicon = {
  en: ['responsible', 'lead', 'leading'],
};

/** Headers of a column that names the area or topic of each row ("Sector", "المحور"). */
export const AREA_HEADERS: Lexicon = {
  en: [
    'area',
    'areas',
    'sector',
    'sectors',
    'topic',
    'topics',
    'theme',
    'themes',
    'field',
    'pillar',
    'pillars',
    'issue',
    'issues',
    'policy',
    'priority',
  ],
  de: ['bereich'],
  ar: ['محور', 'محاور', 'مجال', 'مجالات', 'قطاع', 'قطاعات', 'ملف', 'ملفات'],
};

/** Arabic adjectives that may follow an area header: "المحور الرئيسي". */
export const AREA_HEADER_QUALIFIERS: Lexicon = {
  ar: ['رييسيه', 'رييسي'],
};

/** Headers of a column of details (when, how much, how far along): never the area. */
export const DETAIL_HEADERS: Lexicon = {
  en: [
    'deadline',
    'date',
    'dates',
    'due',
    'when',
    'timeline',
    'timeframe',
    'timetable',
    'by when',
    'target date',
    'amount',
    'value',
    'cost',
    'costs',
    'budget',
    'total',
    'status',
    'progress',
  ],
  de: ['frist', 'datum', 'betrag'],
  ar: ['موعد', 'تاريخ', 'مبلغ', 'قيمه', 'حاله', 'مده', 'كلفه', 'تكلفه', 'ميزانيه', 'مهله', 'الموعد النهايي'],
};

/** Words left in a commitment header that are not an actor ("Pledged amount", "الالتزام الرئيسي"). */
export const NOT_ACTOR_WORDS: Lexicon = {
  en: [
    'amount',
    'value',
    'total',
    'details',
    'detail',
    'description',
    'status',
    'date',
    'area',
    'type',
    'key',
    'main',
    'text',
    'summary',
    'year',
    'new',
    'made',
    'deadline',
    'usd',
    'eur',
    'gbp',
    'million',
    'millions',
    'm',
    'bn',
    'billion',
    'nature',
    'level',
    'content',
    'the',
    'a',
    'an',
    'of',
    'by',
    'from',
    'and',
    'in',
    'to',
    '%',
    'what',
  ],
  ar: [
    'كمية',
    'الرئيسي',
    'الرئيسية',
    'نص',
    'تفاصيل',
    'قيمة',
    'المبلغ',
    'مبلغ',
    'حالة',
    'تاريخ',
    'نوع',
    'موعد',
    'الجديد',
    'المقدم',
    'المعلن',
    'طبيعة',
    'مضمون',
    'من',
    'قبل',
    'الى',
    'إلى',
  ],
};

/** Words that introduce the actor after a commitment header: "Pledges by the EU", "التزام من قبل الحكومة". */
export const ACTOR_INTRODUCERS: Lexicon = {
  ar: ['من قبل', 'من', 'لـ', 'ل'],
  en: ['by', 'of', 'from'],
  de: ['der', 'des', 'von'],
};
