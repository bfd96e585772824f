/**
 * A date or time line: a block that only says when ("Saturday, 05 Jan 2008 20:43", "1/10/2008, 6:07 a.m. EST",
 * "10:02 AM CST on Friday, December 28, 2007", "Last modified: January 18. 2008 3:55PM", "7:00 PM"). Besides
 * numbers, month names (metadata/dates.ts) and weekdays (byline.ts, WEEKDAYS), such a line holds only these words:
 * weekday abbreviations, clock words and time zones, and the labels of a date. Such lines stood as the lede, a
 * heading or the closing on the broad corpora's dev pages of nine sites (l3s-gn1 35ece29f, cf165452, f5593c1e,
 * 468b40e4, 2ee227fe, 719433cf, 05547ae6, fb5075ce; dragnet R107). Read by structure/meta-lines.ts (isDateLine).
 */
import type { Lexicon } from './compile';

/**
 * Time-zone abbreviations written after a clock time ("6:07 a.m. EST", "20:43 GMT"): one list for reading a date's
 * zone (metadata/dates.ts) and for the words a date line may hold (DATE_LINE_WORDS below).
 */
export const TIME_ZONES: readonly string[] = [
  'gmt',
  'utc',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'bst',
  'cest',
  'cet',
  'eest',
  'eet',
];

/** Weekday abbreviations ("Tue,", "Thu"), beside the weekdays of byline.ts. */
export const WEEKDAY_ABBREVIATIONS: Lexicon = {
  en: ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
};

/** Words a date or time line holds besides numbers, months and weekdays. */
export const DATE_LINE_WORDS: Lexicon = {
  en: [
    'am',
    'pm',
    'a.m',
    'p.m',
    'on',
    'at',
    'of',
    'the',
    'et',
    ...TIME_ZONES,
    'updated',
    'published',
    'posted',
    'last',
    'modified',
    'first',
    'date',
  ],
  de: ['um', 'uhr', 'am', 'aktualisiert', 'veröffentlicht', 'stand'],
  ar: ['يوم', 'الساعة', 'صباحا', 'صباحاً', 'مساء', 'مساءً', 'ص', 'م', 'تحديث', 'آخر', 'نشر', 'في', 'بتوقيت', 'التاريخ'],
};
