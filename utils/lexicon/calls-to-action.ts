/**
 * Calls to action and house prompts, per language: short prompts that are chrome wherever they stand ("Share
 * this", "Folgen Sie uns", "شارك") and the calls that close an article ("Subscribe to our newsletter", "Jetzt
 * spenden", "تابعونا") (PROMPT, CALL_TO_ACTION). Plain phrases, and pattern sources for the
 * entries that need alternatives, a wildcard or an anchor. A trailing space in an entry is part of it.
 */
import type { Lexicon } from './compile';

/**
 * Prompts written as bare action words ("Share", "Print", "Teilen", "شارك", "Subscribe"): the words also open
 * ordinary sentences ("Share prices fell", "Teilen der Stadt droht …", "شارك أكثر من ألف شخص"), so they count
 * only in the shape of a label (boilerplate.ts: alone on their line, followed by a label mark or by links). Arabic
 * entries carry no conjunction prefix: a label never opens with و/ف/ب; a form that needs its ل is written with it
 * (للاشتراك). The letter boundary keeps "شاركت" and "Imprimeries" apart from "شارك" and "imprimer".
 */
export const PROMPTS: Lexicon = {
  en: [
    'follow us',
    'share this',
    'share this article',
    'share this story',
    'share this post',
    'share on',
    'share article',
    'subscribe',
    'newsletter',
    'tweet',
    'print this',
    'print recipe',
    'print article',
    'rate this',
  ],
  de: [
    'folgen sie uns',
    'teilen',
    'kommentieren',
    'kommentar schreiben',
    'drucken',
    'rezept drucken',
    'jetzt bewerten',
    'jetzt bestellen',
    'jetzt testen',
    'jetzt lesen',
    'diesen beitrag teilen',
    'diesen artikel teilen',
    'den beitrag teilen',
    'den artikel teilen',
  ],
  fr: ['suivez-nous', 'partager', 'imprimer', 'soutenez', 'pour lire la suite'],
  es: ['síguenos', 'siguenos', 'compartir', 'imprimir', 'apoya'],
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
 * Prompts addressed to the reader in words ("Was this article helpful?", "If you enjoyed this", "Unterstützen
 * Sie …", "Hat Ihnen der Artikel gefallen"): a story does not speak so, so these count at the start of any short
 * block, whatever follows them.
 */
export const READER_PROMPTS: Lexicon = {
  en: [
    'sign up',
    'click here',
    'download our app',
    'download the app',
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
    'wie bewerten sie',
    'unterstützen sie',
    'unterstütze',
    'hat ihnen der artikel gefallen',
    'hat ihnen der beitrag gefallen',
    'hat ihnen dieser artikel gefallen',
    'hat ihnen dieser beitrag gefallen',
    'wir respektieren deine privatsphäre',
    'wir respektieren ihre privatsphäre',
    'zitiervorschlag',
  ],
};

/**
 * Reader prompts that need a pattern. The "not logged in" line mixes its English and German parts, as it always
 * has: each opening takes every ending.
 */
export const READER_PROMPT_PATTERNS: Lexicon = {
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
 * Calls to action that close an article, in one of its last short blocks, where they open a clause: "Sign up for
 * our newsletter", "To view the full story, please subscribe" (closing.ts). Addressed to the reader: "subscribe
 * to", "already a subscriber", not "subscriber numbers rose" nor "residents were urged to sign up for".
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
    'unterstütze uns',
    'unterstützen sie uns',
    'mehr info unter',
    'mehr infos unter',
    'unsere newsletter',
    'unseren newsletter',
    'zum newsletter',
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
  pl: ['wesprzyj', 'zapraszamy do', 'zapraszamy też'],
  ar: ['تابعونا', 'تابعنا', 'قناتنا'],
};

/** Closing calls that need a pattern (many combinations, a wildcard, a trailing space). */
export const CLOSING_CALL_PATTERNS: Lexicon = {
  en: [
    'subscribe (to|now|today|here|for)',
    'become an? (member|subscriber|patron)',
    'follow .{1,40}? on (twitter|facebook|instagram|x|telegram|tiktok)',
    'download (our|the) .{0,20}app',
    'was this (article|story|post) (useful|helpful)',
    'if you are already an? (subscriber|member)',
    'for more information,? (visit|see|go to|contact)',
    'more information (is available|at|on) ',
  ],
  de: ['jede (kleine )?spende', 'weitere (infos?|informationen) (unter|hierzu|dazu|finden sie|gibt es|erhalten sie)'],
  es: ['suscr[ií]b(e|ete|ase)'],
  pl: ['subskrypcj\\p{L}*'],
};

/**
 * Calls that name the reader ("If you're seeing this message but you're already a subscriber, log in"): matched
 * anywhere in a closing block, where a story that quotes them would not stand.
 */
export const ADDRESSED_CALLS: Lexicon = {
  en: [
    "you're already a subscriber",
    'you’re already a subscriber',
    "you're already a member",
    'you’re already a member',
  ],
};

/**
 * Calls that send the reader to the comments ("Share your thoughts in the comments below.", "be sure to let us know
 * what it is in the comments below!", "please tell me about it in the comments below."): a short block at the end
 * of the story that holds one is no story and never the closing (structure/meta-lines.ts, dropAuthorNotes); the
 * page's text keeps it. Seen closing the dev pages of thecarconnection.com, droiddog.com, statisticsglobe.com and a
 * fourth dragnet blog ("Share them in the comments below.").
 */
export const COMMENT_CALL_PATTERNS: Lexicon = {
  en: ['in the comments? (section )?below'],
};

/**
 * A pointer that sends the reader elsewhere for more, opening a short last paragraph ("For more information on
 * Dexter, …, head to the Gardiner Foundation", "For more information about SiNG PARTY, visit …", "To learn more about
 * creating Photo Spheres please visit this site."): no part of the story, so never its closing
 * (structure/sections.ts); the page's text keeps it. Seen closing the story on the dev pages of tv.msnbc.com,
 * nintendo.com, thecrunchychicken.com, youhadmeatgardening.com and google-latlong.blogspot.com.
 */
export const READER_POINTERS: Lexicon = {
  en: ['for more information', 'for more info', 'for more details', 'to learn more'],
};
