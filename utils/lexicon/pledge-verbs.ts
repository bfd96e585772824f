/**
 * Verbs and nouns that state a pledge, and the verbs around them, in Arabic and English. The commitment readers
 * (analysis/commitments/) find a pledge by these words; Arabic entries are folded before use, so either spelling
 * may be written.
 */
import { WEEKDAYS } from './byline';
import { entriesOf, type Lexicon } from './compile';

/** The English weekdays (byline.ts, WEEKDAYS), bare and after "on". */
const WEEKDAY_NAMES = entriesOf(WEEKDAYS, ['en']);
const ON_WEEKDAYS = WEEKDAY_NAMES.map((d) => `on ${d}`);

/** Verbs that state a pledge (Arabic: past, present and future forms; English: every form the reader accepts). */
export const PLEDGE_VERBS: Lexicon = {
  ar: [
    'تعهد',
    'تعهدت',
    'تعهدوا',
    'تعهدا',
    'يتعهد',
    'تتعهد',
    'نتعهد',
    'أتعهد',
    'سيتعهد',
    'ستتعهد',
    'التزم',
    'التزمت',
    'التزموا',
    'التزما',
    'يلتزم',
    'تلتزم',
    'نلتزم',
    'سيلتزم',
    'ستلتزم',
    'يلتزمان',
    'تلتزمان',
    'يتعهدان',
    'تتعهدان',
    'وعد',
    'وعدت',
    'وعدوا',
    'وعدا',
    'اتفق',
    'اتفقت',
    'اتفقا',
    'اتفقوا',
    'اتفقتا',
  ],
  en: [
    'pledged',
    'pledges',
    'pledge',
    'promised',
    'promises',
    'promise',
    'vowed',
    'vows',
    'vow',
    'undertook',
    'undertakes',
    'undertake',
    'signed up to',
    'agreed',
    'agrees',
    'agree',
    'committed',
    'commits',
    'commit',
  ],
};

/** Past forms of the Arabic pledge verbs: "قد تعهد" is emphatic (has pledged), "قد يتعهد" is a maybe. */
export const PAST_PLEDGE_VERBS: Lexicon = {
  ar: [
    'تعهد',
    'تعهدت',
    'تعهدوا',
    'تعهدا',
    'التزم',
    'التزمت',
    'التزموا',
    'التزما',
    'وعد',
    'وعدت',
    'اتفق',
    'اتفقت',
    'اتفقا',
    'اتفقوا',
  ],
};

/** English pledge verbs as written bare: a present form is one of these or one of these + s ("pledges"). */
export const PLEDGE_VERB_STEMS: Lexicon = {
  en: ['pledge', 'promise', 'vow', 'commit', 'undertake', 'agree'],
};

/** Pledge forms that are nouns as often as verbs ("promises like these", "pledges of aid"). */
export const NOUN_LIKE_PLEDGES: Lexicon = {
  en: ['pledge', 'pledges', 'promise', 'promises', 'vow', 'vows'],
};

/** First words of the English pledge phrases ("will provide", "made a pledge", "signed up to"): never a noun. */
export const PLEDGE_PHRASE_HEADS: Lexicon = {
  en: ['will', 'made', 'signed'],
};

/** Pledge forms (read as prefixes) whose object "to" introduces, never "that": "vowed to", "made a pledge to". */
export const TO_PLEDGE_VERBS: Lexicon = {
  en: ['made', 'undertook', 'undertakes', 'undertake', 'vow'],
};

/** English pledge nouns that "made a" introduces: "made a commitment", "made a promise". */
export const PLEDGE_NOUNS: Lexicon = {
  en: ['commitment', 'pledge', 'promise'],
};

/** Adjectives between "made a" and the pledge noun: "made a firm commitment", "made a written pledge". */
export const PLEDGE_ADJECTIVES: Lexicon = {
  en: ['firm', 'formal', 'new', 'public', 'written'],
};

/** Verbs of giving that pledge in the future ("will provide"); Arabic: stems after سي/ست/سن ("سيقدم"). */
export const GIVE_VERBS: Lexicon = {
  ar: ['قدم', 'وفر', 'منح', 'خصص', 'مول', 'دعم', 'رسل', 'ساهم', 'تبرع'],
  en: [
    'provide',
    'fund',
    'supply',
    'deliver',
    'contribute',
    'allocate',
    'give',
    'donate',
    'send',
    'deploy',
    'finance',
    'pay',
  ],
};

/** Present forms of the Arabic giving verbs that سوف makes future: "سوف يقدم". */
export const SAWFA_GIVE_VERBS: Lexicon = {
  ar: ['يقدم', 'تقدم', 'يوفر', 'توفر', 'يمنح', 'تمنح', 'يخصص', 'تخصص', 'يمول', 'تمول', 'يدعم', 'تدعم'],
};

/** Arabic verbs that introduce "the commitment of X": أكد التزامه، أعرب عن التزام الاتحاد، جدد التزامه. */
export const ASSERT_VERBS: Lexicon = {
  ar: [
    'أكد',
    'أكدت',
    'يؤكد',
    'تؤكد',
    'أكدوا',
    'جدد',
    'جددت',
    'يجدد',
    'تجدد',
    'أعرب',
    'أعربت',
    'يعرب',
    'تعرب',
    'أعلن',
    'أعلنت',
  ],
};

/** Arabic nouns of a commitment (التزام، تعهد): in a table header, or asserted in prose ("أكد التزامه"). */
export const COMMITMENT_NOUNS: Lexicon = {
  ar: ['التزام', 'تعهد'],
};

/** Arabic nouns of an agreement, which "على" completes with what was agreed: "اتفاق على". */
export const AGREEMENT_NOUNS: Lexicon = {
  ar: ['اتفاق'],
};

/** English reporting verbs before a reported pledge: "announced it would provide", "said that". */
export const REPORTING_VERBS: Lexicon = {
  en: [
    'announced',
    'announces',
    'said',
    'says',
    'confirmed',
    'confirms',
    'stated',
    'states',
    'declared',
    'declares',
    'pledged',
    'promised',
    'vowed',
    'added',
    'made clear',
    'claims',
    'claimed',
    'indicated',
    'insisted',
  ],
};

/**
 * Words that attribute a statement without being a reporting verb before a clause: "told reporters it will …",
 * "will …, according to the ministry". With the reporting verbs they mark an action someone is reported to have
 * announced (commitments/reader-pages.ts).
 */
export const ATTRIBUTION_WORDS: Lexicon = {
  en: ['told', 'according to'],
};

/**
 * Words between a reporting verb and what it reports, naming when or where it was said: "The Bank of Japan said on
 * Thursday it would double …", "Fisker Automotive announced Monday it will begin …", "Mr Conroy said yesterday that
 * Telstra would report …", "the Japanese company said earlier today that …", "the studios said on Friday they
 * would begin …" (five sites of the broad corpora's dev split: BBC, Dragnet R580, three L3S-GN1 publishers);
 * "said in a statement" (17 pages of that split, among them Aurora police, NASA's administrator, Sally Ride
 * Science).
 */
export const REPORTING_ADJUNCTS: Lexicon = {
  en: [...ON_WEEKDAYS, ...WEEKDAY_NAMES, 'yesterday', 'today', 'earlier today', 'in a statement'],
};

/**
 * English reporting verbs that are also plural nouns ("the Arab states", "the United States", "insurance claims"):
 * read as reporting only before "that" ("the report states that …").
 */
export const NOUN_LIKE_REPORTING_VERBS: Lexicon = {
  en: ['states', 'claims'],
};

/**
 * Present forms of a pledge verb that also mean "gives reason to expect": before an infinitive or a noun they describe
 * a thing's prospects, not an undertaking ("Soulcalibur IV … offers an entirely new battle system that promises to
 * revolutionize the fighting game genre", "the twenty-odd festival gigs a night promises to show …", "It promises real
 * investigations, tough sanctions …" of a new press regulator: three sites of the first dev sentence set, all labelled
 * no commitment; "The new Acer C7 Chromebook promises to deliver a hassle-free computing experience", "Montas also
 * promises a unique persistent death mechanic": two sites of the dev precision audit). Before a clause they pledge:
 * "he promises that he will continue to expose …" (the first sentence set), "The company now promises it will do a
 * better job" (the dev brief set).
 */
export const PROSPECT_PRESENT_FORMS: Lexicon = {
  en: ['promises'],
};
