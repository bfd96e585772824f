/**
 * Time words that date a pledge before the article's event ("last year", "العام الماضي", "in 2019") or name a
 * deadline rather than the event's year ("by 2030", "بحلول 2030"). Read by analysis/commitments/time.ts on folded
 * text, so Arabic entries are written in folded spelling (ة → ه).
 */
import type { Lexicon } from './compile';

/** Words that put a period in the past: "last year", "previous decade", "العام الماضي", "الدورة السابقة". */
export const PAST_QUALIFIERS: Lexicon = {
  en: ['last', 'previous', 'past'],
  ar: ['ماضي', 'ماضيه', 'منصرم', 'منصرمه', 'سابق', 'سابقه', 'فايت', 'فايته'],
};

/** Periods and occasions that a past qualifier dates: "last year", "العام الماضي", "المؤتمر السابق". */
export const PAST_PERIODS: Lexicon = {
  en: ['year', 'years', 'decade'],
  ar: ['عام', 'سنه', 'اعوام', 'سنوات', 'سنين', 'مرات', 'مؤتمر', 'دوره', 'جوله'],
};

/** Counts before a span that ends in "ago": "a year ago", "several years earlier". */
export const AGO_COUNTS: Lexicon = {
  en: ['a', 'one', 'two', 'three', 'four', 'five', 'several', 'many', 'some'],
};

/** Spans counted back from now: "two years ago", "a decade earlier". */
export const AGO_UNITS: Lexicon = {
  en: ['years', 'year', 'decades', 'decade'],
};

/** Words that count a span back from now: "ago", "earlier", "before". */
export const AGO_WORDS: Lexicon = {
  en: ['ago', 'earlier', 'before'],
};

/** Adverbs of past time: "previously", "in the past", "سابقا", "في السابق". */
export const PAST_ADVERBS: Lexicon = {
  en: ['previously', 'in the past', 'in previous years', 'back in'],
  ar: ['سابقا', 'في السابق', 'فيما سبق'],
};

/** Arabic spans after قبل that date a pledge years back: "قبل عامين", "قبل سنوات". */
export const BEFORE_SPANS: Lexicon = {
  ar: ['عام', 'عامين', 'سنه', 'سنتين', 'سنوات', 'اعوام', 'سنين'],
};

/** Arabic spans after منذ that date a pledge years back: "منذ سنوات". */
export const SINCE_SPANS: Lexicon = {
  ar: ['سنوات', 'اعوام'],
};

/** Arabic words for "year" before a year number: "في عام 2019", "السنة 2019". */
export const YEAR_NOUNS: Lexicon = {
  ar: ['عام', 'العام', 'سنه', 'السنه'],
};

/** Words before a year that make it a deadline or a starting point: "by 2030", "since 2011", "بحلول 2030". */
export const DEADLINE_WORDS: Lexicon = {
  en: ['by', 'until', 'till', 'through', 'before', 'to', 'from', 'since'],
  ar: ['بحلول', 'حتى', 'قبل', 'منذ'],
};

/** Words between a deadline word and its year: "by the end of 2030", "بحلول نهاية عام 2030". */
export const YEAR_QUALIFIERS: Lexicon = {
  en: ['the end of', 'end', 'early', 'late', 'mid'],
  ar: ['نهايه', 'مطلع', 'عام', 'العام'],
};
