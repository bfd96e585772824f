/**
 * Words that mark the parts of a pledge clause: where the subject starts and ends, where the object starts and
 * where a trailing comment cuts it off. The commitment readers (analysis/commitments/) split a clause into actor
 * and commitment at these words; Arabic entries are compared folded.
 */
import { WEEKDAYS } from './byline';
import { entriesOf, type Lexicon } from './compile';
import { FIRST_PERSON_PRONOUNS, THIRD_PERSON_PRONOUNS } from './pronouns';

/** Arabic words that end the subject and start what was committed to: على، أن، بأن، إلى، ب. */
export const OBJECT_MARKERS: Lexicon = {
  ar: ['على', 'علي', 'أن', 'ان', 'بأن', 'بان', 'إلى', 'الى', 'ب'],
};

/** Arabic words that open a clause: a subject written before the pledge verb starts after the last of them. */
export const SUBJECT_OPENERS: Lexicon = {
  ar: [
    'إن',
    'ان',
    'أن',
    'بأن',
    'بان',
    'قال',
    'قالت',
    'أعلن',
    'أعلنت',
    'وقال',
    'حيث',
    'إذ',
    'اذ',
    'كما',
    'فيما',
    'بينما',
    'ثم',
    'و',
    'قد',
    'لقد',
  ],
};

/** Arabic words that begin with و or ف as part of the root (folded): never split off as a conjunction. */
export const ROOT_INITIAL_WAW: Lexicon = {
  ar: [
    'وعد',
    'وعدت',
    'وعدوا',
    'وفد',
    'وزير',
    'وزيره',
    'وزاره',
    'فصائل',
    'فرنسا',
    'وقع',
    'وقعت',
    'وقعا',
    'وقعوا',
    'وقعتا',
    'وكاله',
    'وحده',
  ],
};

/** Arabic ب-words that are prepositions, never the start of what was committed to (folded, matched as prefixes). */
export const BA_NOT_OBJECTS: Lexicon = {
  ar: ['بموجب', 'بحسب', 'بين', 'بعد', 'بشان', 'بدوره', 'بدورها'],
};

/** Arabic verbal nouns that a ب before them makes a preposition + verbal noun (بدعم، بنشر، بتعزيز). */
export const BA_VERBAL_NOUNS: Lexicon = {
  ar: [
    'دعم',
    'نشر',
    'حل',
    'وقف',
    'رفع',
    'فتح',
    'بذل',
    'حماية',
    'صون',
    'منع',
    'بناء',
    'ضمان',
    'خفض',
    'زيادة',
    'حفظ',
    'نقل',
    'سحب',
    'عقد',
    'تعزيز',
    'دفع',
    'رد',
    'ترك',
    'قبول',
    'عودة',
    'مواصلة',
    'منح',
  ],
};

/** Openers of a trailing comment after a comma ("، مما …", ", which …"): the commitment ends before them. */
export const TAIL_OPENERS: Lexicon = {
  ar: ['مما', 'ما', 'وهو ما', 'الأمر الذي', 'وذلك', 'مشيرا', 'مشيراً', 'لافتا', 'لافتاً', 'مؤكدا', 'مؤكداً', 'في خطوة'],
  en: [
    'which',
    'while',
    'but',
    'a move',
    'according to',
    'officials said',
    'he said',
    'she said',
    'saying',
    'stating',
    'adding',
  ],
};

/**
 * English openers of an aside between a subject and its verb, set off by commas: "Israel, which controls tax
 * receipts, has pledged", "Electricité de France SA, along with Centrica PLC, plans to", "the Revolutionary Armed
 * Forces of Colombia, or FARC, promised". The subject is what comes before the aside.
 */
export const SUBJECT_ASIDE_OPENERS: Lexicon = {
  en: ['which', 'who', 'along with', 'together with', 'comprising', 'including', 'or', 'as well as'],
};

/** English words that may stand between an actor and the pledge verb ("has also formally", "on Monday"). */
export const ACTOR_TAIL_WORDS: Lexicon = {
  en: [
    'has',
    'have',
    'had',
    'also',
    'already',
    'formally',
    'publicly',
    'again',
    'now',
    'today',
    'firmly',
    'fully',
    'is',
    'are',
    'was',
    'were',
    'remains',
    'remain',
    'remained',
    'been',
    'will',
    'did',
    'does',
    'do',
    'jointly',
    'repeatedly',
    'previously',
    'recently',
    'earlier',
    'later',
    'reportedly',
    'officially',
    'itself',
    ...entriesOf(WEEKDAYS, ['en']).map((d) => `on ${d}`),
    'last week',
    'last month',
    'last year',
    'this week',
    'this month',
    'this year',
    'to',
  ],
};

/** English words before which an actor cannot reach back: the actor is what follows the last of them. */
export const ACTOR_BREAK_WORDS: Lexicon = {
  en: [
    'that',
    'said',
    'says',
    'which',
    'who',
    'while',
    'after',
    'when',
    'because',
    'since',
    'where',
    'announced',
    'stated',
    'confirmed',
    'declared',
    'added',
    'according to',
    'made clear',
    'made it clear',
    'make clear',
    'make it clear',
    'makes clear',
    'makes it clear',
    'claims',
    'claimed',
    'indicated',
    'indicates',
    'insisted',
    'insists',
    'warned',
    'noted',
  ],
};

/**
 * English words an actor never holds: the first person (the writer or a quoted speaker, not a named actor: "As
 * always I", "Chris Locke and I", "we"), modals and negations ("city leaders cannot"), and the words of an opinion
 * about someone else's future ("I expect …", "I'm sure …", "I doubt …", "so long as").
 */
export const NOT_IN_ACTOR: Lexicon = {
  en: [
    'I',
    'I’m',
    "I'm",
    'we',
    'We',
    'me',
    'us',
    // The second person speaks to the reader, who is no named actor: "In The Rise of Atlantis you will embark on …",
    // "Lenses … are an investment and you will definitely want …", "If so, you will have a choice to select …"
    // (three sites of the broad corpora's dev split: a game listing, a camera guide, a magazine's help page).
    'you',
    'You',
    'let’s',
    "let's",
    'Let’s',
    "Let's",
    'cannot',
    'can',
    'could',
    'should',
    'would',
    'may',
    'might',
    'must',
    'expect',
    'doubt',
    'sure',
    'think',
    'long as',
  ],
};

/**
 * Quantity nouns that open a subject counting people or bodies, never naming one: "Thousands of independent music
 * labels signed deals with Amazon", "Thousands of Ukrainians stood in long lines", "Hundreds of people …",
 * "Dozens of …" (L3S-GN1 pages of three publishers in the broad corpora's dev split).
 */
export const QUANTITY_SUBJECTS: Lexicon = {
  en: ['thousands', 'hundreds', 'dozens', 'millions', 'scores', 'tens'],
};

/** English words that are never an actor on their own (pronouns and relatives). */
export const NOT_ACTOR_PRONOUNS: Lexicon = {
  en: ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'one'],
};

/** English subject pronouns after a reporting verb: "announced it would provide", "said they would". */
export const SUBJECT_PRONOUNS: Lexicon = {
  en: [...entriesOf(THIRD_PERSON_PRONOUNS), ...entriesOf(FIRST_PERSON_PRONOUNS)],
};

/** English determiners and adjectives before a noun: a pledge form after one is a noun ("its promise"). */
export const DETERMINERS: Lexicon = {
  en: [
    'a',
    'an',
    'the',
    'this',
    'that',
    'its',
    'their',
    'his',
    'her',
    'our',
    'your',
    'new',
    'firm',
    'formal',
    'previous',
    'earlier',
    'last',
    'every',
    'each',
  ],
};

/**
 * English words that open an apposition between a subject and its verb ("Comcast Corp., the largest U.S. cable
 * company, plans to", "Riley, his coach, said"): an article or a possessive. A possessive name ("the NBA's") and a
 * number (an age) open one too; commitments/english-apposition.ts adds those shapes.
 */
export const APPOSITION_OPENERS: Lexicon = {
  en: ['the', 'a', 'an', 'its', 'his', 'her', 'their'],
};

/** Determiners before an intent noun that make it a noun phrase, not a verb: "the plan to", "NASA's plan to". */
export const INTENT_NOUN_DETERMINERS: Lexicon = {
  en: ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those'],
};

/** Prepositions that open a noun's complement and end its head: "CEOs from leading media organisations". */
export const HEAD_COMPLEMENT_PREPOSITIONS: Lexicon = {
  en: ['of', 'from', 'in', 'at', 'for', 'with', 'on'],
};

/** Starts of what follows a noun-like pledge form when it is the verb: "pledges to", "promises that", "pledges an". */
export const VERB_OBJECT_STARTS: Lexicon = {
  en: [
    'to',
    'that',
    'it',
    'they',
    'he',
    'she',
    'we',
    'an',
    'a',
    'another',
    'further',
    'additional',
    'extra',
    'some',
    'more',
    'up to',
    'about',
    'around',
    'nearly',
    'almost',
    'over',
    'at least',
  ],
};

/** English reflexive pronouns between "committed" and "to": "committed itself to". */
export const REFLEXIVE_PRONOUNS: Lexicon = {
  en: ['itself', 'themselves', 'himself', 'herself', 'ourselves'],
};

/** Prepositions after "agree" that introduce what was agreed: "agreed to", "agreed on" ("agreed with" is not). */
export const AGREEMENT_PREPOSITIONS: Lexicon = {
  en: ['to', 'on', 'upon'],
};

/** English forms of "be" before a passive pledge: "€50 million was pledged by the EU". */
export const BE_FORMS: Lexicon = {
  en: ['was', 'were', 'been', 'is', 'are', 'be'],
};

/** English words that end the actor of a passive pledge: "pledged by the EU to …", "by the EU for …". */
export const ACTOR_END_WORDS: Lexicon = {
  en: ['to', 'for', 'in', 'on', 'at', 'as', 'over'],
};

/**
 * English question words that open an indirect question or a free relative before a pledge's subject: "how Amazon
 * plans to", "what the EU pledged", "when she will resume it". What follows is asked about, not stated.
 */
export const QUESTION_WORDS: Lexicon = {
  en: ['how', 'why', 'whether', 'what', 'when'],
};

/**
 * English words that open an indirect question or an object relative when a subject of its own follows them: "not
 * sure who Romney will pick", "the man whom the party will nominate", "where the company will build it". Right
 * before the verb ("Pratt, who plans to") they are the subject's relative instead (actor read by english.ts).
 */
export const OBJECT_QUESTION_WORDS: Lexicon = {
  en: ['who', 'whom', 'where'],
};

/**
 * English relatives that make a pledge verb's object the noun before them: "the government that he had promised
 * voters" promised the government, not the voters.
 */
export const OBJECT_RELATIVES: Lexicon = {
  en: ['that', 'which', 'whom'],
};

/**
 * English relatives that open an aside set off by commas: "King, who signed a new contract in the summer, is the
 * club's top scorer". A pledge inside the aside ends at its closing comma.
 */
export const ASIDE_RELATIVES: Lexicon = {
  en: ['who', 'which'],
};

/**
 * English subordinators that open an adverbial clause before the main one: "The day after Intel announced that it
 * would leave the board, the nonprofit shot back …". A pledge inside such a clause ends at the comma that closes it.
 */
export const SUBORDINATORS: Lexicon = {
  en: ['after', 'before', 'when', 'since', 'although', 'though', 'while', 'once', 'because', 'until', 'as soon as'],
};
