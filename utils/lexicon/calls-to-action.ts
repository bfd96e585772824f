/**
 * Calls to action and house prompts, per language: short prompts that are chrome wherever they stand ("Share
 * this", "Folgen Sie uns", "شارك") and the calls that close an article ("Subscribe to our newsletter", "Jetzt
 * spenden", "تابعونا") (PROMPT, CALL_TO_ACTION). Plain phrases, and pattern sources for the
 * entries that need alternatives, a wildcard or an anchor. A trailing space in an entry is part of it.
 */
import type { Lexicon } from './compile';

/** Short prompts that are chrome wherever they stand, matched at the start of the block. */
export const PROMPTS: Lexicon = {
  en: [
    'follow us',
    'share this',
    'share on',
    'share article',
    'subscribe',
    'sign up',
    'newsletter',
    'tweet',
    'click here',
    'download our app',
    'download the app',
    'print this',
    'print recipe',
    'print article',
    'rate this',
    'leave a comment',
    'we want to hear',
    'let us know what you think',
    'was this article useful',
    'was this article helpful',
    'was this story useful',
    'was this story helpful',
    'if you enjoyed this',
    'if you liked this',
    'if you enjoyed reading this',
    'if you liked reading this',
    'never miss the latest',
    'never miss a story',
    'never miss an update',
    'we respect your privacy',
    'suggested citation',
    'how to cite',
  ],
  de: [
    'folgen sie uns',
    'teilen',
    'kommentieren',
    'kommentar schreiben',
    'drucken',
    'rezept drucken',
    'wie bewerten sie',
    'jetzt bewerten',
    'unterstützen sie',
    'unterstütze ',
    'hat ihnen der artikel gefallen',
    'hat ihnen der beitrag gefallen',
    'hat ihnen dieser artikel gefallen',
    'hat ihnen dieser beitrag gefallen',
    'wir respektieren deine privatsphäre',
    'wir respektieren ihre privatsphäre',
    'zitiervorschlag',
  ],
  fr: ['suivez-nous', 'partager', 'imprimer', 'soutenez', 'pour lire la suite'],
  es: ['síguenos', 'siguenos', 'compartir', 'imprimir', 'apoya '],
  it: ['seguici', 'condividi', 'sostieni'],
  pl: ['wesprzyj'],
  ar: [
    'تابعونا',
    'تابعنا',
    'شارك',
    'اشترك',
    'للاشتراك',
    'حمّل تطبيق',
    'حمل تطبيق',
    'انضم إلى قناتنا',
    'تابعوا',
    'اطبع',
    'طباعة',
    'ادعم',
    'ادعموا',
  ],
};

/**
 * Prompts that need a pattern. The "not logged in" line mixes its English and German parts, as it always has: each
 * opening takes every ending.
 */
export const PROMPT_PATTERNS: Lexicon = {
  en: [
    'comment(s)?$',
    '(please )?support (us|our|independent)',
    'to (view|read) the (full|whole|rest of the) (story|article)',
    'you are (currently |aktuell |derzeit )?(not logged in|nicht eingeloggt|nicht angemeldet)',
    'back to (the )?(overview|list|top|home ?page)',
  ],
  de: [
    'war (der|dieser) (artikel|beitrag) (nützlich|hilfreich)',
    'gefällt (dir|ihnen) (unser|dieser|der)',
    'sie sind (currently |aktuell |derzeit )?(not logged in|nicht eingeloggt|nicht angemeldet)',
    'zurück zu(r|m)? (übersicht|listenansicht|startseite|liste|artikelübersicht)',
    '(\\.{3}|…)?\\s*weiter zu[mr]? ',
  ],
};

/** The heading of an author box, alone on its line: a prompt too. */
export const AUTHOR_BOX_HEADINGS: Lexicon = {
  de: ['über den autor', 'über die autorin'],
  en: ['about the author'],
  fr: ["à propos de l'auteur"],
  es: ['sobre el autor'],
  ar: ['عن الكاتب', 'نبذة عن الكاتب'],
};

/**
 * Calls to action that close an article, matched anywhere in one of its last short blocks. Addressed to the reader:
 * "subscribe to", "already a subscriber", not "subscriber numbers rose".
 */
export const CLOSING_CALLS: Lexicon = {
  en: [
    'please subscribe',
    'follow us',
    'we rely on',
    'rate this',
    'write to us',
    'our newsletter',
    'the newsletter',
    'join us',
    'join our',
    'already a subscriber',
    'already an subscriber',
    'already a member',
    'already an member',
    'sign up for',
    'sign up to',
    'sign up now',
    'sign up here',
    'donate now',
    'donate today',
    'donate to',
    'support us',
    'support our',
    'support independent',
    'support local',
    'for the latest news',
    'for the latest stories',
    'telegram channel',
    'whatsapp channel',
    'youtube channel',
    'share this article',
    'share this story',
    'share this post',
  ],
  de: [
    'bewerten sie',
    'abonnieren sie',
    'jetzt abonnieren',
    'jetzt spenden',
    'folgen sie uns',
    'schreiben sie uns',
    'war der artikel',
    'war der beitrag',
    'war dieser artikel',
    'war dieser beitrag',
    'den artikel teilen',
    'den beitrag teilen',
    'diesen artikel teilen',
    'diesen beitrag teilen',
    'unterstütze uns',
    'unterstützen sie uns',
    'mehr info unter',
    'mehr infos unter',
    'unsere newsletter',
    'unseren newsletter',
    'zum newsletter',
    'jetzt lesen',
    'jetzt testen',
    'jetzt bestellen',
  ],
  es: [
    'puede escribirnos',
    'escribenos',
    'escríbenos',
    'síguenos',
    'hacemos periodismo',
    'nuestro canal',
    'hazte miembro',
    'hazte socio',
    'apoya nuestro',
    'apoya el periodismo',
    'canal de telegram',
    'canal de whatsapp',
    'canal de youtube',
  ],
  fr: ['abonnez-vous', 'soutenez', 'suivez-nous'],
  pl: ['wesprzyj', 'subskrypcj', 'zapraszamy do', 'zapraszamy też'],
  ar: ['اشترك', 'للاشتراك', 'تابعونا', 'تابعنا', 'قناتنا', 'حمّل تطبيق', 'حمل تطبيق', 'ادعم'],
};

/** Closing calls that need a pattern (many combinations, a wildcard, a trailing space). */
export const CLOSING_CALL_PATTERNS: Lexicon = {
  en: [
    'subscribe (to|now|today|here|for)',
    'become an? (member|subscriber|patron)',
    'follow .{1,40}? on (twitter|facebook|instagram|x|telegram|tiktok)',
    'download (our|the) .{0,20}app',
    'was this (article|story|post) (useful|helpful)',
    'for more information,? (visit|see|go to|contact)',
    'more information (is available|at|on) ',
  ],
  de: [
    '(ihre|jede (kleine )?)spende',
    'weitere (infos?|informationen) (unter|hierzu|dazu|finden sie|gibt es|erhalten sie)',
  ],
  es: ['suscr[ií]b(e|ete|ase)'],
};
