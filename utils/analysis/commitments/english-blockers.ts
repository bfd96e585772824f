/**
 * What keeps an English clause from stating a commitment, and who may make one: the words before a pledge that
 * negate, ask, appeal, predict or hope (blockedBefore), a condition or a tentative word in the clause (blockedClause),
 * a critic's quoted words (quotedCriticism), and whether a subject names an actor at all (actorLike). The words are
 * lexicon data (lexicon/pledge-blockers.ts, lexicon/pledge-clauses.ts, lexicon/pledge-verbs.ts, lexicon/actors.ts).
 */
import { alternation } from '../patterns';
import { entriesOf, type Lexicon } from '../../lexicon/compile';
import { ACTOR_HEADS, PAIR_ANAPHORS } from '../../lexicon/actors';
import { COLLECTIVE_ACTORS } from '../../lexicon/summary-totals';
import {
  APPEALS,
  CONDITIONS,
  CRITICS,
  GENERIC_CONDITION_OPENERS,
  NEGATIONS,
  NEGATION_ENDINGS,
  OPINIONS,
  PREDICTIONS,
  PURPOSE_NOUNS,
  REFUSALS,
  TENTATIVE,
} from '../../lexicon/pledge-blockers';
import {
  DETERMINERS,
  HEAD_COMPLEMENT_PREPOSITIONS,
  OBJECT_QUESTION_WORDS,
  QUANTITY_SUBJECTS,
  QUESTION_WORDS,
  SUBJECT_PRONOUNS,
} from '../../lexicon/pledge-clauses';
import { NOUN_LIKE_REPORTING_VERBS, REPORTING_ADJUNCTS, REPORTING_VERBS } from '../../lexicon/pledge-verbs';
import { POSSESSIVE_DETERMINERS, READER_PRONOUNS } from '../../lexicon/pronouns';
import { TIME_WORDS } from '../../lexicon/commitment-details';
import { HABITUAL_MARKERS, PHRASAL_PARTICLES } from '../../lexicon/announced-actions';

/** The English entries of a lexicon. */
const EN = ['en'];
/** The English entries of a lexicon as whole words (`\b` boundaries: ASCII word characters). */
const wholeWords = (lexicon: Lexicon) => `\\b${alternation(lexicon, EN)}\\b`;

/**
 * A reporting verb: "said", "announced"; "states" and "claims" only before "that" or a subject pronoun (else a noun:
 * "the Arab states", "insurance claims"): "The opposition claims it has …".
 */
const NOUN_LIKE_REPORTING = new Set(entriesOf(NOUN_LIKE_REPORTING_VERBS, EN));
export const REPORTING =
  `(?:${alternation({ en: entriesOf(REPORTING_VERBS, EN).filter((v) => !NOUN_LIKE_REPORTING.has(v)) })}` +
  `|${alternation(NOUN_LIKE_REPORTING_VERBS)}(?=\\s+(?:that|${alternation(SUBJECT_PRONOUNS)})\\b))`;

/**
 * When or where a thing was said, between a reporting verb and what it reports: the lexicon's adjuncts ("in a
 * statement", "earlier today"), or any time word with its preposition ("on Friday", "in August", "last week").
 */
export const REPORTING_ADJUNCT =
  `(?:${alternation(REPORTING_ADJUNCTS)}` +
  `|(?:(?:on|in|last|this|earlier|late|early)\\s+)?${alternation(TIME_WORDS, EN)})`;

/** Speakers whose quoted words are criticism, not anyone's commitment. */
const EN_CRITIC = new RegExp(wholeWords(CRITICS), 'i');
/**
 * An indirect question or a free relative before the subject: "how Amazon plans to", "what the EU pledged",
 * "unclear about when she will resume it".
 */
const INDIRECT_QUESTION = new RegExp(`\\b${alternation(QUESTION_WORDS)}\\s+(?:\\S+\\s+){0,3}\\S*$`, 'i');

/**
 * "not sure who Romney will pick", "whom the party will nominate": a question word, then a subject of its own (a
 * name or a pronoun, up to two more words) before the verb. "Pratt, who plans to" has no subject between.
 */
const OBJECT_QUESTION = new RegExp(
  `\\b${alternation(OBJECT_QUESTION_WORDS)}\\s+(?:the\\s+)?(?:\\p{Lu}\\S*|${alternation(SUBJECT_PRONOUNS)})\\s+` +
    `(?:\\S+\\s+){0,2}\\S*$`,
  'u',
);

/** Critics or analysts reporting: "analysts say that", "critics believe". */
const EN_CRITIC_SAYS = new RegExp(
  `${wholeWords(CRITICS)}\\s+(?:\\S+\\s+){0,2}(?:say|says|said|believe|expect|argue)\\b`,
  'i',
);
/** A negation just before the verb: "did not pledge", "never promised", "hasn't committed". */
const EN_NEGATION = new RegExp(`${wholeWords(NEGATIONS)}|${alternation(NEGATION_ENDINGS)}\\b`, 'i');
/** A refusal or lasting negation anywhere before the verb: "refused to commit". */
const EN_REFUSAL = new RegExp(wholeWords(REFUSALS), 'i');
/** An appeal or obligation before the verb: "urged the EU to pledge", "must commit". */
const EN_APPEAL = new RegExp(wholeWords(APPEALS), 'i');
/** A prediction before the verb: "is expected to pledge", "could commit". */
const EN_PREDICTION = new RegExp(wholeWords(PREDICTIONS), 'i');
/** An opinion or hope before the verb: "believes the EU will provide". */
const EN_OPINION = new RegExp(wholeWords(OPINIONS), 'i');

/** A condition anywhere in the clause: "will provide aid if …". */
const EN_CONDITION = new RegExp(wholeWords(CONDITIONS), 'i');
/** A tentative qualifier anywhere in the clause: "agreed in principle". */
const EN_TENTATIVE = new RegExp(wholeWords(TENTATIVE), 'i');

/**
 * A condition or standing circumstance opening the sentence, closed by a comma before the trigger: "When facilities …
 * are not accessible, TfL Rail will …" (group 1 the clause after the opener).
 */
const GENERIC_OPENING = new RegExp(`^\\s*${wholeWords(GENERIC_CONDITION_OPENERS)}([^,]*),`, 'i');
/**
 * A finite past form after its subject ("was", "they received"; not a participle after "are": "are replaced", nor
 * one with no subject: "Once married"), or a time word ("next week").
 */
const PAST_FORM = /\b(?:was|were|had|did)\b|(?<!\b(?:is|are|be|been|being)(?:\s+not)?)\s+\p{Ll}{2,}ed\b/u;
const TIME_WORD = new RegExp(wholeWords(TIME_WORDS), 'i');

/**
 * Whether the words before a trigger open on a condition in the present ("When you switch …, Chrome will share",
 * "Once married, Penny will …"): a rule of what happens whenever it holds, not an announced action. A past or dated
 * clause narrates or schedules ("When they received word that …", "When talks resume next week, …") and does not block.
 */
export function genericCondition(before: string): boolean {
  const m = GENERIC_OPENING.exec(before);
  const clause = m?.[1]!.trim() ?? '';
  return !!m && !PAST_FORM.test(clause) && !TIME_WORD.test(clause);
}

/**
 * Whether the words before a trigger block it: a condition opening the sentence, a negation, a refusal, an appeal, a
 * prediction or an opinion.
 */
export function blockedBefore(before: string): boolean {
  if (genericCondition(before)) return true;
  const window = before.trim().split(/\s+/).slice(-3).join(' ');
  // "a number of analysts say that …": what critics and analysts expect is not anyone's commitment.
  if (EN_CRITIC_SAYS.test(before)) return true;
  // "the question of how Amazon plans to …", "what each body has agreed to": an indirect question or a relative.
  if (INDIRECT_QUESTION.test(before) || OBJECT_QUESTION.test(before)) return true;
  if (EN_NEGATION.test(window)) return true;
  // "endorsed U.S. hopes for a peace plan and said he will work …": a finite reporting verb opens what is reported;
  // a hope, an appeal or a prediction before it governs something else.
  let at = 0;
  for (const m of before.matchAll(EN_REPORTING)) at = m.index + m[0].length;
  // "the inauguration in May of President Umaru Yar'Adua, who promised": a capitalised "May" inside the text is the
  // month, not the modal of a prediction.
  const scope = before.slice(at).replace(/(?<=\S\s+)May\b/g, '');
  return EN_REFUSAL.test(scope) || EN_APPEAL.test(scope) || EN_PREDICTION.test(scope) || EN_OPINION.test(scope);
}

/** A finite reporting verb ("said", "announced", "told"), not an infinitive ("is expected to announce"). */
const EN_REPORTING = new RegExp(`(?<!\\bto\\s+)\\b(?:${REPORTING}|told)\\b`, 'gi');

/** Whether a clause is conditional or tentative as a whole ("if …", "in principle"). */
export const blockedClause = (clause: string, tentative = true) =>
  EN_CONDITION.test(clause) || (tentative && EN_TENTATIVE.test(clause));

/** Actor head nouns. */
const HEADS = new Set(entriesOf(ACTOR_HEADS, EN));
/** Collectives that pledge together ("donors", "nations"): actors of a pledge verb, not of a bare "will". */
const COLLECTIVES = new Set(entriesOf(COLLECTIVE_ACTORS, EN));
const PAIRS = new Set(entriesOf(PAIR_ANAPHORS, EN));
const QUANTITY = new Set(entriesOf(QUANTITY_SUBJECTS, EN));
/**
 * A gerund with its object or particle opening a subject: an activity, not an actor ("dressing up as Alexis Rose will
 * consist of …" on a costume page, "Installing a plugin incorrectly will not …", "knowing that you have done good
 * things will help you", "Turning that around will be difficult": four sites of the broad corpora's dev split).
 */
const GERUND_PHRASE = new RegExp(
  `^\\p{Ll}{2,}ing\\s+(?:${alternation(DETERMINERS, EN)}|${alternation(PHRASAL_PARTICLES)})(?![\\p{L}'’])`,
  'iu',
);
/** A preposition opening a noun's complement: the head noun stands before it. */
const HEAD_COMPLEMENT = new RegExp(`\\s+(?:${alternation(HEAD_COMPLEMENT_PREPOSITIONS, EN)})\\s+`);

/**
 * An actor: a pronoun (resolved later), a phrase with an actor head noun ("the review team", "CEOs from leading
 * media organisations"; for a pledge verb also a plural or a collective, "the ministers", "international donors"),
 * a pair named before ("the two sides"), or a phrase with a name (a capitalised word the article writes as a name).
 * "The two men", "a number of lawmakers", "scientists" name no one.
 */
export function actorLike(actor: string, isName: (word: string) => boolean, collectives = false): boolean {
  if (/^(?:he|she|it|they)$/i.test(actor) || PAIRS.has(actor.toLowerCase())) return true;
  if (GERUND_PHRASE.test(actor)) return false;
  // "Thousands of independent music labels": a count of bodies names none of them.
  if (QUANTITY.has(actor.split(/\s+/)[0]!.toLowerCase())) return false;
  // "A company will then use …", "a California-based software company plans to": an indefinite noun phrase with no
  // name in it speaks of some body, not of one the article names.
  if (
    /^an?\s/i.test(actor) &&
    !actor
      .split(/\s+/)
      .slice(1)
      .some((w) => /^\p{Lu}/u.test(w) && isName(w))
  )
    return false;
  // The head noun ends the noun phrase before its complement: "CEOs from leading media organisations", "The review
  // team"; a possessive is not the head ("The company’s war on regulation"). The head is an actor noun or a name
  // ("Suzuki", "the U.S."), not a thing ("Interest payments", "the Android version").
  const phrase = actor.split(HEAD_COMPLEMENT)[0]!.split(/\s+/);
  const head = phrase[phrase.length - 1]!;
  const lower = head.toLowerCase();
  if (HEADS.has(lower)) return true;
  // "The ministers agreed", "international donors pledged": for a pledge verb, a head noun's plural or a collective.
  if (collectives && (HEADS.has(lower.replace(/s$/, '')) || COLLECTIVES.has(lower))) return true;
  return /^\p{Lu}/u.test(head) && (phrase.length > 1 || isName(head));
}

/** Whether an actor is named by its head noun ("the company", "the organization", "the Commission"), not by a name. */
export const namedByHead = (actor: string) =>
  HEADS.has(actor.split(HEAD_COMPLEMENT)[0]!.split(/\s+/).pop()!.toLowerCase());

/**
 * Whether what follows a pledge closes with a critic's or an analyst's attribution: "Serbia … will hold a gay pride
 * parade this year, activists say". What they say another will do is no commitment of the other's, as before the
 * pledge ("analysts say that …").
 */
export const criticAttributed = (after: string) =>
  /,/.test(after) && EN_CRITIC_SAYS.test(after.slice(after.lastIndexOf(',')));

/** Whether a speaker is a critic or an analyst ("the shadow minister", "analysts"), whose words commit no one. */
export const isCritic = (speaker: string) => EN_CRITIC.test(speaker);

/** Inside quotation marks, or attributed to a critic ("… ,” said the shadow minister). */
export function quotedCriticism(clause: string, at: number): boolean {
  const open = Math.max(clause.lastIndexOf('“', at), clause.lastIndexOf('"', at), clause.lastIndexOf('«', at));
  if (open < 0) return false;
  const closeMatch = /[”"»]/.exec(clause.slice(at));
  if (!closeMatch) return false;
  const close = at + closeMatch.index;
  const attribution = `${clause.slice(0, open)} ${clause.slice(close + 1)}`;
  return EN_CRITIC.test(attribution);
}

/** The reader's pronouns ("you", "your"), outside quotation marks. */
const READER = new RegExp(`\\b${alternation(READER_PRONOUNS, EN)}\\b`, 'i');
/** The reader's pronoun right after the action's verb: "will help you understand". */
export const READER_FIRST = new RegExp(`^\\s+${alternation(READER_PRONOUNS, EN)}\\b`, 'i');
/** A text with its quotations blanked out: what a speaker is quoted saying is not the text's own voice. */
export const withoutQuotations = (text: string) => text.replace(/[“"][^”"]*[”"]/g, ' ');
/** Whether a text speaks to the reader outside quotation marks: "until you sell", "will publicly thank you". */
export const addressesReader = (text: string) => READER.test(withoutQuotations(text));

/** A habit or a standing arrangement ("sometimes", "on Tuesdays", "on request"): no action announced once. */
const HABITUAL = new RegExp(wholeWords(HABITUAL_MARKERS), 'i');
/** Whether a clause, outside its quotations, states a habit: "she'll sometimes go", "on Tuesdays and Fridays". */
export const statesHabit = (clause: string) => HABITUAL.test(withoutQuotations(clause));

/**
 * Nouns that "is to provide" completes as a purpose, not a pledge: "the aim is to provide", also past the noun's
 * complement: "The only way to obtain a P-Acorn is to catch …", "The goal of this section is to help …", "the
 * challenge for all of us is to appreciate …", "The task at hand is to locate …" (four sites of the broad corpora's
 * dev split).
 */
const EN_PURPOSE_NOUN = new RegExp(
  `\\b${alternation(PURPOSE_NOUNS)}(?:\\s+(?:to|of|for|at|behind)\\s+[^,;:]*)?\\s*$`,
  'i',
);

/** A possessed subject (up to two words) before "is to": "their M.O.", "Our duty", "your job". */
const EN_POSSESSED = new RegExp(`(?:^|[\\s"“])${alternation(POSSESSIVE_DETERMINERS)}\\s+(?:\\S+\\s+)?\\S+\\s*$`, 'i');
/** Whether the words before "is to" are a purpose noun or a possessed thing, whose purpose "is to …" states. */
export const isPurposeSubject = (before: string) => EN_PURPOSE_NOUN.test(before) || EN_POSSESSED.test(before);
