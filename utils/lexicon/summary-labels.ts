/**
 * Titles of a page's own summary box: a short label over a list of the story's main points ("أبرز النقاط",
 * "باختصار", "Key Points", "Highlights"). Read by analysis/summary-box.ts, compared whole (case and a trailing ":"
 * aside). Seen on the big Arabic and English news sites' article templates (three or more each).
 */
import type { Lexicon } from './compile';

/** Labels of a summary box. */
export const SUMMARY_LABELS: Lexicon = {
  ar: [
    'أبرز النقاط',
    'باختصار',
    'النقاط الرئيسية',
    'نقاط رئيسية',
    'أهم النقاط',
    'الخلاصة',
    'ملخص',
    'في سطور',
    'أبرز ما جاء',
  ],
  en: [
    'key points',
    'highlights',
    'story highlights',
    'key takeaways',
    'takeaways',
    'in brief',
    'at a glance',
    'summary',
    'the big picture',
    'what you need to know',
    'quick read',
    'the short version',
    'tl;dr',
  ],
  de: ['das wichtigste in kürze', 'auf einen blick', 'in kürze', 'zusammenfassung'],
};

/**
 * Words of a photo credit or a caption's source line ("(AP Photo/Evan Vucci)", "REUTERS/Jose Miguel Gomez",
 * "تصوير: أحمد جلال"): a sentence that ends with one is a caption, not a key point.
 */
export const CREDIT_WORDS: Lexicon = {
  en: ['photo', 'photos', 'photograph', 'picture', 'image', 'credit', 'getty images', 'reuters', 'afp', 'ap', 'epa'],
  ar: ['تصوير', 'صورة', 'الصورة', 'رويترز', 'أ ف ب', 'أ ب', 'غيتي'],
  de: ['foto', 'bild', 'quelle'],
};
