/**
 * English words of an announced action, beside the pledge verbs (lexicon/pledge-verbs.ts): the future markers
 * before the action's verb, the verbs after "will" that predict rather than announce, the gifts written in the
 * present progressive, and the verbs that assert a commitment noun. Read by analysis/commitments/english-actions.ts.
 */
import type { Lexicon } from './compile';

/**
 * Markers of an announced future action before its verb: "will", "plans to". "is set to" is a forecast ("Hitachi set
 * to win bid", "Soulcalibur IV is set to reinvent the brand"): a prediction (lexicon/pledge-blockers.ts).
 */
export const FUTURE_MARKERS: Lexicon = {
  en: [
    'will',
    "'ll",
    '’ll',
    'would',
    'plans to',
    'plan to',
    'planned to',
    'intends to',
    'intend to',
    // A decision in the present perfect stands: "Beijing has decided to re-start high-level contact", "officials …
    // have decided to take extra precautions", "Kathy Sierra has decided to shutter …" (three sites of the broad
    // corpora's dev split). The simple past "decided to" narrates what was done ("decided to take a shower").
    'has decided to',
    'have decided to',
    'is to',
    'are to',
  ],
};

/**
 * Verbs of a wish after "would": what a speaker would welcome or prefer is a wish, not an undertaking ("Clarkson says
 * he would welcome the chance to drive one in Iran", "he would welcome her with suicide bombers", "The premiers say
 * they would prefer more common meetings", "I would hope the kids emerging from the system …", "I would really
 * appreciate it": a BBC page, three L3S-GN1 news sites and a Dragnet forum of the broad corpora's dev split). After
 * "will" the same verbs may schedule ("The museum will welcome its first visitors on Friday").
 */
export const WISH_VERBS: Lexicon = {
  en: ['welcome', 'prefer', 'hope', 'wish', 'appreciate'],
};

/**
 * State verbs that, before a past participle, state a stance the actor keeps: "Bush said he'll remain engaged in
 * Mideast peacemaking", "the U.S. is committed and will remain committed to …" (brief set dev pages).
 */
export const REMAIN_STANCE_VERBS: Lexicon = {
  en: ['remain'],
};

/** The future markers of an intention, after which any verb is the intended action ("plans to take"). */
export const INTENT_MARKERS: Lexicon = {
  en: ['plans to', 'plan to', 'planned to', 'intends to', 'intend to', 'has decided to', 'have decided to'],
};

/** Adverbs between a future marker and its verb: "will also provide", "will then launch". */
export const FUTURE_ADVERBS: Lexicon = {
  en: [
    'also',
    'now',
    'then',
    'still',
    'soon',
    'immediately',
    'jointly',
    'each',
    'formally',
    'always',
    'continue to',
    'quickly',
    'again',
    // "will only be": the verb after it, a state or a prediction, is read as such ("Portsmouth will only be a few miles
    // from Newcastle", "it will only be in the form of royalties", "which will only be visible on land from …": an
    // L3S-GN1 sports report and two Dragnet technology pages of the broad corpora's dev split).
    'only',
  ],
};

/** Verbs after "will" that state a prediction or a state, not an action an actor takes ("will be", "will face"). */
export const STATE_VERBS: Lexicon = {
  en: [
    'be',
    'become',
    'have',
    'need',
    'face',
    'win',
    'lose',
    'seem',
    'feel',
    'cost',
    'mean',
    'depend',
    'happen',
    'benefit',
    'suffer',
    'struggle',
    'not',
    'never',
    'no',
    'likely',
    'probably',
    'get',
    'see',
    'find',
    'hear',
    'come',
    'go',
    'say',
    'tell',
    'know',
    'want',
    'like',
    'look',
    'determine',
    'decide',
    'love',
    'hate',
    'require',
    'take',
    'miss',
    'remember',
    'include',
    'feature',
    'contain',
    // "will appear in court", "the story will appear tomorrow", "Darth Vader will appear as a guest character": a
    // schedule or a feature, never an undertaking (broad corpora dev pages of five sites: dpa, a Reuters wire, a
    // games press release, a CNN notice, a Google help page).
    'appear',
    // Adverbs of certainty after "will" predict: "Leveson will surely reject them", "no bond will ever lose value".
    'surely',
    'certainly',
    'undoubtedly',
    'inevitably',
    'eventually',
    'ever',
    // A state that lasts: "The House will remain under the control of Republicans", "the U.S. Senate will remain in
    // Democratic hands", "Cookies will remain the same general size", "this will remain a key part of the strategy",
    // "Israel's network of roadblocks will remain in place" (five sites of the broad corpora's dev split). Before a
    // participle it keeps a stance instead (REMAIN_STANCE_VERBS).
    'remain',
    // A habit, not an action anyone undertakes: "Hackers will often test passwords", "Bigger projects will often have
    // full-blown contracts", "the promises we trust will often be the sweetest thing" (three sites of the broad
    // corpora's dev split: a New York Times technology column, a freelancing blog, a church newsletter).
    'often',
  ],
};

/** Gifts in progress with an amount: "the U.S. is providing an extra $80 million". */
export const GIFT_PARTICIPLES: Lexicon = {
  en: ['providing', 'donating', 'giving', 'contributing', 'investing', 'sending', 'spending', 'offering', 'allocating'],
};

/**
 * Verbs of a partnership that "with <partner> to <verb>" completes with what the partners will do: "Apple has
 * partnered with Zeiss to sell prescription inserts", "Matsushita … has partnered with Google to deliver HD web
 * content", "we partnered with Michelle Rago to … help us with creative direction" (three sites: The Verge in the
 * brief set's dev split, two pages of the broad corpora's dev split). An agreement reached, binding both partners.
 */
export const PARTNERSHIP_VERBS: Lexicon = {
  en: ['partnered', 'has partnered', 'have partnered'],
};

/** Verbs that assert a commitment noun: "expressed the Union's commitment to …", "reaffirmed its commitment to". */
export const COMMITMENT_ASSERTERS: Lexicon = {
  en: [
    'expressed',
    'reaffirmed',
    'affirmed',
    'reiterated',
    'renewed',
    'confirmed',
    'stressed',
    'underlined',
    'restated',
  ],
};

/**
 * Words that open the object of a second verb joined by "and" to an announced action: "will spend … and launch a
 * $20 million challenge fund" (Dragnet, a wire report), "plans to take the final investment decision … and build a
 * new nuclear power station" (Dragnet, the Wall Street Journal; both annotated as two in the brief set's dev gold),
 * "I will begin reversing Obama-era cuts to national missile defense and prioritize the full deployment of …"
 * (Dragnet, a campaign op-ed): English grammar's articles, possessives and quantifiers.
 */
export const OBJECT_OPENERS: Lexicon = {
  en: ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'new', 'more'],
};

/** Particles of a phrasal verb's participle before a passive's agent: "will be taken over by …", "set up by …". */
export const PHRASAL_PARTICLES: Lexicon = {
  en: ['up', 'over', 'out', 'off', 'down'],
};

/**
 * Marks of a habit or a standing arrangement in a "will" clause: what a person, a pet, a program or a service does
 * each time, not an action announced once. "She will continue to work at the Museum … on Tuesdays, Wednesdays, and
 * Fridays", "where she'll sometimes go to read" (a game wiki), "Every meal when kibble bowls are being walked outside,
 * she will race ahead" (a pet and recipe blog), "Hull Trains will provide this where required, normally for journeys
 * over one and a half hours", "will organise alternative transport on request" (a rail operators' help page) in the
 * precision audit (test/commitments/en-dev-audit.json); "Hackers will often test passwords", "If your password is not
 * in that set, hackers will typically move on", "my husband will occasionally fall asleep", "the Spotlight section
 * will sometimes include articles" (four more sites of the broad corpora's dev split). "always" is left out: "We will
 * always create!!!" pledges as often as it describes; so are "every day" and "every week": a named actor's "will run
 * three more trains every day from March" undertakes a standing service. A frequency word inside a quotation
 * belongs to the quotation.
 */
export const HABITUAL_MARKERS: Lexicon = {
  en: [
    'usually',
    'sometimes',
    'often',
    'normally',
    'typically',
    'generally',
    'occasionally',
    'routinely',
    'whenever',
    'on request',
    'where required',
    'where necessary',
    'as required',
    'as needed',
    'every meal',
    'every time',
    'each time',
    'mondays',
    'tuesdays',
    'wednesdays',
    'thursdays',
    'fridays',
    'saturdays',
    'sundays',
  ],
};
