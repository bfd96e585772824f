/**
 * Notices about the page rather than the story, per language: ad-slot labels, advertising and affiliate
 * disclosures, editorial disclaimers, copyright notices and photo credits. Plain
 * phrases, and pattern sources for the entries that need alternatives or a number.
 */
import type { Lexicon } from './compile';

/** The label of an ad slot, alone in its block. */
export const AD_LABELS: Lexicon = {
  en: ['advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content'],
  de: ['anzeige', 'werbung'],
  fr: ['publicité'],
  es: ['publicidad'],
  it: ['pubblicità'],
  ar: ['إعلان', 'اعلان', 'إعلانات', 'مساحة إعلانية'],
};

/** An advertising label that opens a disclosure, followed by punctuation and its text ("*Werbung. Dieser …"). */
export const DISCLOSURE_LABELS: Lexicon = {
  de: ['werbung', 'anzeige'],
  en: ['advertisement', 'sponsored'],
  es: ['publicidad'],
  fr: ['publicité'],
};

/** An advertising or affiliate disclosure, or an editorial disclaimer, anywhere in a short block. */
export const DISCLOSURES: Lexicon = {
  de: ['enthält affiliate-links', 'enthält affiliate links', 'alle angaben ohne gewähr'],
  en: ['the views expressed here', 'the views expressed in this'],
};

/** Disclosures that need a pattern (many combinations). */
export const DISCLOSURE_PATTERNS: Lexicon = {
  de: [
    '(dieser|der) (beitrag|artikel|post) enthält (unbezahlte )?(werbung|affiliate|anzeigen)',
    '(dieser |der )?beitrag gibt (nur )?die meinung de[rs] (autors|autorin|verfassers)',
  ],
  en: [
    '(this|the) (post|article|page) (may )?(contains?|includes?) (affiliate|sponsored|paid|references to products)',
    '(is|are) not responsible for the (opinions|views|content)',
  ],
};

/** The opening of a copyright notice, besides "©", in the shape of a label ("Copyright:", "حقوق النشر" alone). */
export const RIGHTS_OPENINGS: Lexicon = { ar: ['حقوق النشر'], en: ['copyright'] };

/**
 * Openings of a copyright notice that need a pattern: "(c) 2025", and "Copyright" as a notice writes it, with ©,
 * "(c)", a year or a colon after it ("Copyright 2025 …", "Copyright: Agency"), not "Copyright holders asked …".
 */
export const RIGHTS_OPENING_PATTERNS: Lexicon = { en: ['\\(c\\) ?\\d{4}', 'copyright\\s*(©|\\(c\\)|\\d{4}|[:,])'] };

/** Words that reserve rights or require permission, anywhere in a notice. */
export const RIGHTS_RESERVED: Lexicon = {
  en: ['all rights reserved', 'copyrighted property', 'permission must be obtained'],
  de: ['alle rechte vorbehalten'],
  fr: ['tous droits réservés'],
  es: ['todos los derechos reservados'],
  ar: ['جميع الحقوق محفوظة'],
};

/** The opening of a credit line, before its colon: "Foto:", "Photo :", "Crédits photos :", "تصوير:". */
export const CREDIT_OPENINGS: Lexicon = {
  de: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'titelbild', 'titelfoto'],
  en: ['photo', 'photos', 'photo credit', 'photo credits', 'credit', 'credits', 'image', 'images', 'illustration'],
  fr: ['crédit', 'crédits', 'crédit photo', 'crédit photos', 'crédits photo', 'crédits photos'],
  ar: ['صورة', 'الصورة', 'تصوير'],
};
