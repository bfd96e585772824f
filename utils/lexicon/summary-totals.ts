/**
 * Words of a summary total: a pledge of money by a collective ("International donors pledged about $800 million")
 * that adds up the named actors' pledges. Read by analysis/commitments/totals.ts on folded text, so Arabic
 * entries are written in folded spelling (ة → ه, no hamza on alef).
 */
import type { Lexicon } from './compile';

/** Collective actors, ending an actor: "donors", "الدول المانحة", "المشاركون". */
export const COLLECTIVE_ACTORS: Lexicon = {
  en: [
    'donors',
    'countries',
    'nations',
    'governments',
    'states',
    'participants',
    'delegates',
    'delegations',
    'members',
    'partners',
    'allies',
    'contributors',
  ],
  ar: [
    'مانحون',
    'مانحين',
    'دول',
    'حكومات',
    'مشاركون',
    'مشاركين',
    'وفود',
    'اعضاء',
    'شركاء',
    'حلفاء',
    'مساهمون',
    'مساهمين',
  ],
};

/** Words that may come before an amount: "about $800 million", "a further €5m", "نحو 800 مليون". */
export const AMOUNT_QUALIFIERS: Lexicon = {
  en: [
    'about',
    'around',
    'nearly',
    'almost',
    'roughly',
    'some',
    'over',
    'more than',
    'less than',
    'up to',
    'at least',
    'a total of',
    'a further',
    'an additional',
    'another',
  ],
  ar: ['نحو', 'حوالي', 'قرابه', 'اكثر من', 'ما يزيد على', 'ما يقارب', 'مبلغ', 'مبلغا'],
};

/** Abbreviated amount units, whole words after the number: "€50m", "$2bn". */
export const AMOUNT_ABBREVIATIONS: Lexicon = {
  en: ['m', 'bn'],
};

/** Amount units after the number, matched as the start of a word: "800 million", "800 مليون", "3 ملايين". */
export const AMOUNT_UNITS: Lexicon = {
  en: ['million', 'billion'],
  ar: ['مليون', 'مليار', 'الف', 'ملايين'],
};
