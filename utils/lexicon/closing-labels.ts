/**
 * Label lines that open a closing box of contacts, sources or further information ("Kontakt:", "Weitere
 * Informationen:", "Sources:", "المصادر:"), per language (CLOSING_LABEL).
 */
import type { Lexicon } from './compile';

/** Words that announce further information, as a label or at the start of a label line. */
export const FURTHER_INFO_LABELS: Lexicon = {
  de: ['weitere informationen', 'weitere infos', 'mehr informationen', 'mehr infos', 'zusatzinformationen'],
  en: ['more information', 'for more information', 'further information'],
  fr: ["plus d'informations"],
  es: ['más información'],
};

/** Labels of a box of contacts, sources or references, before their colon. */
export const CLOSING_BOX_LABELS: Lexicon = {
  de: [
    'kontakt',
    'ansprechpartner',
    'ansprechpartnerin',
    'pressekontakt',
    'quelle',
    'quellen',
    'quellenangaben',
    'literatur',
  ],
  en: ['contact', 'source', 'sources', 'references'],
  es: ['contacto', 'fuente', 'fuentes'],
  ar: ['للمزيد من المعلومات', 'للتواصل', 'المصادر', 'المراجع'],
};
