/**
 * Labels of a source, credit or disclaimer line set as a paragraph of the article ("المصدر: (أ ش أ)",
 * "Source: Reuters", "تصوير: بندر الدوسري", "Quelle: Landesregierung", "Photo: AP", "Disclaimer: …"), compared at
 * the start of a short block, before its colon (utils/structure/meta-lines.ts). Seen on the dev pages of nine
 * sites: المصدر (two Arabic sites), تصوير, إخلاء مسؤولية, Source (two sites), Photo, Credit, Disclaimer, Quelle (two
 * sites); the other forms are the same labels' plural and the other languages' words for them.
 */
import type { Lexicon } from './compile';

/** Labels of a credit line, before its colon. */
export const CREDIT_LABELS: Lexicon = {
  ar: ['المصدر', 'المصادر', 'تصوير', 'الصورة', 'الصور', 'إخلاء مسؤولية', 'إخلاء المسؤولية', 'اخلاء مسؤولية'],
  en: ['source', 'sources', 'photo', 'photos', 'credit', 'credits', 'image', 'picture', 'disclaimer'],
  de: ['quelle', 'quellen', 'foto', 'fotos', 'bild', 'bildquelle'],
  fr: ['source', 'crédit', 'crédits', 'photo'],
  es: ['fuente', 'foto'],
};

/**
 * What opens a picture credit written without a colon, after at most one word naming the picture ("Featured image
 * by Alberto Riva/The Points Guy.", "Top image by …", "Photo by Joan Bardeletti", "Photo by Dean Takahashi/
 * VentureBeat", "Image courtesy of …"): seen as lines of their own on the dev pages of The Points Guy, The Photo
 * Argus, Medium, VentureBeat and Mashable; the plurals are the same credit for several pictures. An end note
 * (meta-lines.ts, isEndNote): no field of the brief, while the page's text keeps it as the page shows it.
 */
export const PICTURE_CREDIT_OPENERS: Lexicon = {
  en: [
    'photo by',
    'photos by',
    'photograph by',
    'photographs by',
    'image by',
    'images by',
    'picture by',
    'pictures by',
    'photo courtesy of',
    'image courtesy of',
  ],
};

/** What opens a copyright line ("© 2008 eFluxMedia", "Copyright 2007 Reuters"). */
export const COPYRIGHT_OPENERS: Lexicon = {
  en: ['copyright', '©', '(c)'],
  ar: ['حقوق النشر', 'جميع الحقوق محفوظة', '©'],
};
