/**
 * Words that tie a sentence or clause to the one before it. Key points (analysis/keypoints.ts) drop a leading
 * connective from a quoted sentence and never start a point with a dependent clause.
 */
import type { Lexicon } from './compile';

/** Leading connectives a key point drops ("كما", "ومع ذلك", "However"): the rest still reads alone. */
export const CONNECTIVES: Lexicon = {
  ar: [
    'كما',
    'حيث',
    'إذ',
    'اذ',
    'كذلك',
    'ثم',
    'لكن',
    'بينما',
    'فيما',
    'أيضا',
    'أيضًا',
    'بالإضافة إلى ذلك',
    'علاوة على ذلك',
    'ومع ذلك',
    'من جهة أخرى',
    'في المقابل',
  ],
  en: [
    'and',
    'but',
    'also',
    'meanwhile',
    'moreover',
    'furthermore',
    'however',
    'in addition',
    'additionally',
    'still',
    'so',
    'then',
    'as such',
    'thus',
    'yet',
  ],
};

/** Words a leading و or ف attaches to as a conjunction ("وفي", "وقد", "وكان"): the و/ف can be dropped. */
export const CONJUNCTION_HOSTS: Lexicon = {
  ar: [
    'في',
    'من',
    'مع',
    'على',
    'قد',
    'هذا',
    'هذه',
    'ذلك',
    'هو',
    'هي',
    'هم',
    'بعد',
    'قبل',
    'لكن',
    'منذ',
    'لم',
    'لن',
    'لا',
    'كان',
    'كانت',
  ],
};

/** Openers of a clause that continues the one before it ("مثل …", "التي …", "which …"): never a point's start. */
export const DEPENDENT_OPENERS: Lexicon = {
  ar: [
    'مثل',
    'التي',
    'الذي',
    'الذين',
    'اللذين',
    'اللتين',
    'مما',
    'ما',
    'شريطة',
    'بشرط',
    'من خلال',
    'بالإضافة إلى',
    'إضافة إلى',
    'بما في ذلك',
    'لا سيما',
    'خاصة',
    'أبرزها',
    'منها',
    'ومنها',
  ],
  en: ['which', 'who', 'whom', 'whose', 'including', 'such as', 'especially', 'notably'],
};
