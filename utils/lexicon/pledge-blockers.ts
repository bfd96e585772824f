/**
 * Words that make a clause not a commitment: negations and refusals, appeals, predictions, conditions, opinions
 * and hopes, tentative qualifiers, and critics' voices. The commitment readers (analysis/commitments/) drop a
 * pledge whose clause has one of these where the role says; Arabic entries are folded before use.
 */
import type { Lexicon } from './compile';

/** Negations: just before the pledge verb (Arabic: within three words; English: within the last three words). */
export const NEGATIONS: Lexicon = {
  ar: ['لم', 'لن', 'لا', 'ليس', 'ليست', 'عدم', 'بعدم', 'لعدم', 'غير', 'دون', 'بدون', 'ما'],
  en: [
    'not',
    'never',
    'no',
    'refused',
    'refuses',
    'declined',
    'declines',
    'failed',
    'fails',
    'without',
    'yet',
    'reneged',
    'broke',
    'broken',
    'backtracked',
    'abandoned',
    'withdrew',
  ],
};

/**
 * English words that open a negated subject: "no studio has agreed", "none of the donors pledged", "neither side
 * committed". The subject says nobody made the pledge. English grammar's negative determiners and pronouns, not
 * one site's words (the case met: "no studio has agreed to such a deal", an l3s-gn1 dev page outside the brief set).
 */
export const NEGATIVE_SUBJECTS: Lexicon = {
  en: ['no', 'none', 'neither', 'nobody', 'nor', 'not'],
};

/** English negating contraction endings ("didn't", "won’t"), matched at a word's end. */
export const NEGATION_ENDINGS: Lexicon = {
  en: ["n't", 'n’t'],
};

/** Refusals and lasting negations: anywhere before the pledge verb, the clause reports no commitment. */
export const REFUSALS: Lexicon = {
  ar: ['رفض', 'رفضت', 'يرفض', 'ترفض', 'امتنع', 'امتنعت', 'يمتنع', 'تراجع', 'تراجعت', 'نقض', 'نقضت', 'أخل', 'أخلت'],
  en: ['refused', 'declined', 'failed', 'never'],
};

/** Appeals and obligations before the pledge verb: a call for a commitment is not one ("دعا", "urged", "must"). */
export const APPEALS: Lexicon = {
  ar: [
    'دعا',
    'دعت',
    'يدعو',
    'تدعو',
    'دعوا',
    'طالب',
    'طالبت',
    'يطالب',
    'تطالب',
    'طالبوا',
    'حث',
    'حثت',
    'يحث',
    'تحث',
    'ناشد',
    'ناشدت',
    'يناشد',
    'تناشد',
    'طلب',
    'طلبت',
    'يطلب',
    'تطلب',
    'يجب',
    'ينبغي',
    'يتعين',
    'ضرورة',
    'بضرورة',
    'لضرورة',
    'دعوة',
    'مطالبة',
    'مطالبات',
  ],
  en: [
    'urged',
    'urge',
    'urges',
    'urging',
    'called on',
    'called for',
    'called upon',
    'calls on',
    'calls for',
    'calling on',
    'calling for',
    'call on',
    'call for',
    'demanded',
    'demands',
    'demand',
    'asked',
    'asks',
    'ask',
    'appealed',
    'appeals',
    'pressed',
    'presses',
    'should',
    'must',
    'needs to',
    'need to',
    'ought',
  ],
};

/** Predictions and possibilities before the pledge verb: it may come, it was not made ("من المتوقع", "could"). */
export const PREDICTIONS: Lexicon = {
  ar: [
    'المتوقع',
    'متوقع',
    'يتوقع',
    'تتوقع',
    'توقع',
    'توقعت',
    'يرجح',
    'ترجح',
    'المرجح',
    'ربما',
    'يحتمل',
    'المحتمل',
    'المنتظر',
    'ينتظر',
    'يُنتظر',
    'لعل',
    'عسى',
    'يمكن',
  ],
  en: [
    'expected',
    'expects',
    'could',
    'may',
    'might',
    'likely',
    'unlikely',
    'would',
    'possibly',
    'perhaps',
    'probably',
    'set to',
    'considering',
    'considers',
    // A hedge before what follows: "It nevertheless seems a foregone conclusion that the Bulls will obtain …", "It
    // seems a little bizarre that the premier's first reaction would be …", "it appears that the company itself
    // doesn't know how long it will take …" (three sites of the broad corpora's dev split).
    'seems',
    'seemed',
    'appears',
    'appeared',
  ],
};

/** Conditions anywhere in the clause: a conditional pledge is not a firm one ("شريطة", "unless"). */
export const CONDITIONS: Lexicon = {
  ar: ['إذا', 'اذا', 'لو', 'حال', 'حالة', 'شريطة', 'بشرط', 'شرط', 'مشروطا', 'مشروط', 'شرطا'],
  en: ['if', 'unless', 'provided that', 'providing that', 'on condition', 'conditional', 'conditions', 'whether'],
};

/**
 * Openers of a condition or a standing circumstance that a sentence puts before its main clause, in the present:
 * "When facilities and services are not accessible, TfL Rail will make every effort …", "Where train services are
 * replaced by buses during disruption, TransPennine Express will endeavour …" (a rail operators' help page), "When you
 * switch to Enhanced Safe Browsing, Chrome will share …" (a browser maker's blog), "Once married, Penny will move into
 * the farmhouse" (a game wiki), "Depending on which option is selected, Snape will proceed …" (a fan wiki): four sites
 * of the precision audit on the dev split (test/commitments/en-dev-audit.json). What follows says what happens whenever
 * the condition holds, not what an actor announced; a past or dated clause ("When they received word …") narrates.
 */
export const GENERIC_CONDITION_OPENERS: Lexicon = {
  en: ['when', 'where', 'once', 'depending on'],
};

/** Opinions, hopes and wishes before the pledge verb ("أعرب عن تفاؤله", "believes", "hopes"). */
export const OPINIONS: Lexicon = {
  ar: [
    'يرى',
    'ترى',
    'رأى',
    'رأت',
    'يعتقد',
    'تعتقد',
    'اعتقد',
    'يُعتقد',
    'يأمل',
    'تأمل',
    'أمل',
    'يتمنى',
    'تتمنى',
    'يظن',
    'يبدو',
    'تفاؤل',
    'تفاؤله',
    'تفاؤلها',
    'تفاؤلهم',
    'أمله',
    'أملها',
    'أملهم',
    'رغبة',
    'رغبته',
    'رغبتها',
    'استعداد',
    'استعداده',
    'استعدادها',
    'اهتمام',
    'اهتمامه',
    'اهتمامها',
  ],
  en: [
    'believes',
    'believe',
    'believed',
    'hopes',
    'hope',
    'hoped',
    'hoping',
    'thinks',
    'think',
    'thought',
    'wishes',
    'wished',
    'wish',
    'optimistic',
    'feels',
    'feel',
    'felt',
    'confident',
    'wants',
    'want',
    'wanted',
    'convinced',
    'worry',
    'worried',
    'fear',
    'fears',
    'feared',
    'concern',
    'concerned',
    // An argument states a view of what will follow, not an undertaking: "They argue that bringing that money back to
    // the U.S. will allow corporations to reinvest it", "Some critics and commentators argue that hazing will end …",
    // "went on to argue that the newly re-elected President will find …" (three sites of the broad corpora's dev
    // split: an MSNBC blog and two Dragnet pages).
    'argue',
    'argues',
    'argued',
  ],
};

/** Qualifiers anywhere in the clause that make an agreement or pledge tentative: not yet a commitment. */
export const TENTATIVE: Lexicon = {
  ar: ['مبدئي', 'مبدئيا', 'مبدئية', 'أولي', 'أولية', 'مبدئيًا', 'مسودة', 'مبدأ'],
  en: ['preliminary', 'tentative', 'tentatively', 'in principle', 'draft', 'proposed', 'provisional'],
};

/** English speakers whose quoted words are criticism, not anyone's commitment. */
export const CRITICS: Lexicon = {
  en: [
    'critics',
    'critic',
    'opposition',
    'shadow',
    'campaigners',
    'campaigner',
    'activists',
    'activist',
    'analysts',
    'analyst',
    'opponents',
    'opponent',
    'sceptics',
    'sceptic',
    'skeptics',
    'skeptic',
    'rivals',
    'rival',
    'residents',
    'resident',
    'victims',
    'victim',
  ],
};

/** English nouns that "is to provide" completes as a purpose, not a pledge: "the aim is to provide". */
export const PURPOSE_NOUNS: Lexicon = {
  en: [
    'aim',
    'aims',
    'goal',
    'goals',
    'plan',
    'plans',
    'idea',
    'purpose',
    'objective',
    'objectives',
    'task',
    'priority',
    'challenge',
    'question',
    'problem',
    'intention',
    'hope',
    'point',
    'step',
    'solution',
    'answer',
    'role',
    'job',
    'mission',
    'need',
    'option',
    'way',
  ],
};
