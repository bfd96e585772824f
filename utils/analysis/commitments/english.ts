/**
 * Commitments stated in English prose (and other Latin-script text written in English): a pledge verb ("pledged",
 * "committed to", "will provide", "made a firm commitment") with its actor and object, unless the clause negates,
 * appeals, predicts, conditions, hopes or only tentatively agrees, or quotes a critic. The words are lexicon data
 * (lexicon/pledge-verbs.ts, lexicon/pledge-blockers.ts, lexicon/pledge-clauses.ts).
 */
import { finishObject } from './common';
import { apposedName } from './english-apposition';
import {
  actorLike,
  blockedBefore,
  blockedClause,
  isPurposeSubject,
  withoutQuotations,
  quotedCriticism,
  REPORTING,
  REPORTING_ADJUNCT,
} from './english-blockers';
import { SETTINGS } from '../../settings';
import { alternation } from '../patterns';
import { normalizeSpace } from '../../common/text';
import { isStopWord } from '../words';
import { CONNECTIVES } from '../../lexicon/connectives';
import { NEGATIVE_SUBJECTS } from '../../lexicon/pledge-blockers';
import {
  ACTOR_BREAK_WORDS,
  ACTOR_END_WORDS,
  ACTOR_TAIL_WORDS,
  AGREEMENT_PREPOSITIONS,
  BE_FORMS,
  DETERMINERS,
  NOT_ACTOR_PRONOUNS,
  NOT_IN_ACTOR,
  OBJECT_RELATIVES,
  REFLEXIVE_PRONOUNS,
  SUBJECT_ASIDE_OPENERS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  VERB_OBJECT_STARTS,
} from '../../lexicon/pledge-clauses';
import {
  GIVE_VERBS,
  NOUN_LIKE_PLEDGES,
  PLEDGE_ADJECTIVES,
  PLEDGE_NOUNS,
  PLEDGE_PHRASE_HEADS,
  PLEDGE_VERBS,
  PLEDGE_VERB_STEMS,
  PROSPECT_PRESENT_FORMS,
  REPORTING_VERBS,
} from '../../lexicon/pledge-verbs';

const S = SETTINGS.analysis.commitments;

/** The English entries of a lexicon. */
const EN = ['en'];

/** Verbs of giving that "will", "would" and "is to" make a pledge: "will provide", "is to fund". */
const GIVE = alternation(GIVE_VERBS, EN);
/**
 * Verbs that state a pledge. "would provide" counts only as reported speech ("announced it would provide"),
 * "is to provide" only after an actor (not "the aim is to provide").
 */
const EN_TRIGGER = new RegExp(
  `\\b(${alternation(PLEDGE_VERBS, EN)}` +
    `|made (?:a|an|the) (?:${alternation(PLEDGE_ADJECTIVES)} )?${alternation(PLEDGE_NOUNS)}` +
    `|(?:is|are) to ${GIVE})\\b`,
  'gi',
);
/** A subject pronoun ("it", "they"). */
const EN_PRONOUN_WORD = alternation(SUBJECT_PRONOUNS);
/**
 * A reporting verb and its subject pronoun or "that" before a reported pledge: "announced it", "said that", "told
 * Department of Records officials she" (whom it was told: up to four words), "announced that in the coming months,
 * they" (an adverbial set off by a comma before the pronoun, as English grammar fronts one), "said he['ll]" (the
 * pronoun joined to a contracted "will").
 */
const EN_REPORTED = new RegExp(
  `\\b(?:${REPORTING}|told\\s+\\S+(?:\\s+\\S+){0,3})\\s+(?:${REPORTING_ADJUNCT}\\s+)?` +
    `(?:that\\s+[^,;:"“”]{2,40},\\s*${EN_PRONOUN_WORD}\\s*|(?:that\\s+)?(?:${EN_PRONOUN_WORD}\\s*)?)$`,
  'i',
);
/** When or where a thing was said, opening the words after a reporting verb: "on Friday the coach" → "the coach". */
const EN_LEADING_ADJUNCT = new RegExp(`^${REPORTING_ADJUNCT}\\s+(?:that\\s+)?(?=\\S)`, 'i');
/** "promises to revolutionize the genre", "promises a new mechanic": a thing's prospects, unless a clause follows. */
const EN_PROSPECT = new RegExp(`^${alternation(PROSPECT_PRESENT_FORMS)}$`, 'i');
const EN_CLAUSE_AFTER = new RegExp(`^\\s+(?:that|${alternation(SUBJECT_PRONOUNS)})\\b`, 'i');
/** Forms that are nouns as often as verbs ("promises like these", "pledges of aid"). */
const EN_NOUN_LIKE = new RegExp(`^${alternation(NOUN_LIKE_PLEDGES)}$`);
/** A bare present form ("pledge", "promises"), which needs a subject to be a verb. */
const EN_BARE_PRESENT = new RegExp(`^${alternation(PLEDGE_VERB_STEMS)}s?$`);
/** Trigger forms that are never a noun after a determiner: "will provide", "made a pledge", "signed up to". */
const EN_PHRASE_HEAD = new RegExp(`^${alternation(PLEDGE_PHRASE_HEADS)}`);
/** What follows one of those forms when it is the verb: "pledges to", "promises that", "pledges €5m". */
const EN_VERB_OBJECT = new RegExp(`^\\s+(?:${alternation(VERB_OBJECT_STARTS)}(?![\\p{L}'’])|[\\p{Sc}\\d])`, 'iu');
/** "committed (itself) to": the object of "commit". */
const EN_COMMIT_TO = new RegExp(`^\\s+(?:${alternation(REFLEXIVE_PRONOUNS)}\\s+)?to\\b`, 'i');
/** "agreed to / on / upon": the object of "agree". */
const EN_AGREE_TO = new RegExp(`^\\s+${alternation(AGREEMENT_PREPOSITIONS)}\\b`, 'i');
/** Endings of a manner or sentence adverb ("unanimously", "formally", "apparently"), never of a name. */
const ADVERB_ENDINGS = 'ously|ally|edly|ively|ately|ently|antly';
/**
 * A relative whose antecedent is the pledge's object: "the government that he had promised [voters]" (group 1 the
 * word before the relative). After a reporting verb the "that" opens what is reported instead ("said that he …").
 */
const OBJECT_RELATIVE = new RegExp(
  `(\\S+)\\s+${alternation(OBJECT_RELATIVES)}\\s+(?:the\\s+)?(?:\\p{Lu}\\S*|${alternation(SUBJECT_PRONOUNS)})\\s+` +
    `(?:(?:had|has|have)\\s+)?$`,
  'iu',
);
/** A word after which "that" opens reported speech or a clause, not a relative: "said", "clear", "so". */
const EN_THAT_OPENER = new RegExp(
  `^(?:${alternation(REPORTING_VERBS)}|${alternation(ACTOR_BREAK_WORDS)}|clear|so)$`,
  'i',
);
/** A negated subject: "no studio", "none of the donors". */
const EN_NEGATIVE_SUBJECT = new RegExp(`^${alternation(NEGATIVE_SUBJECTS)}\\b`, 'i');
/** A sentence adverb opening the words before a verb ("Apparently Arnold Schwarzenegger has agreed"). */
const EN_LEADING_ADVERB = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${ADVERB_ENDINGS})\\s+(?=\\p{Lu})`, 'u');
/** Auxiliaries, adverbs and times between an actor and the verb: "has also formally", "on Monday", "unanimously". */
const EN_AUX_TAIL = new RegExp(
  `(?:\\s+(?:${alternation(ACTOR_TAIL_WORDS)}|\\p{Ll}{3,}(?:${ADVERB_ENDINGS})))+\\s*$`,
  'iu',
);
/** A pronoun or relative alone, which is not an actor. */
const EN_PRONOUN = new RegExp(`^${alternation(NOT_ACTOR_PRONOUNS)}$`, 'i');
/** A determiner or adjective just before the pledge form, which makes it a noun: "its promise". */
const EN_DETERMINER = new RegExp(`\\b${alternation(DETERMINERS)}\\s*$`, 'i');
/**
 * Where the text before the verb stops being the actor: punctuation, a dash aside, a reporting or linking word, or
 * "told" with whom it was told (up to four words before a subject pronoun: "told Department of Records officials she").
 */
const EN_ACTOR_BREAK = new RegExp(
  `[,:;()"“”—]|\\s[-–]\\s|\\b(?:${alternation(ACTOR_BREAK_WORDS)}` +
    `|told\\s+\\S+(?:\\s+\\S+){0,3}?(?=\\s+${alternation(SUBJECT_PRONOUNS)}\\s)|told\\s+\\S+)\\b`,
  'i',
);
/** An aside after the subject, then up to three words before the verb: ", which controls tax receipts, has". */
const EN_SUBJECT_ASIDE = new RegExp(
  `,\\s*${alternation(SUBJECT_ASIDE_OPENERS)}\\b[^,]*,\\s*((?:[\\w.]+\\s+){0,3})$`,
  'i',
);
/** A part of a sentence that is such an aside: "along with Centrica PLC". */
const EN_ASIDE_PART = new RegExp(`^\\s*${alternation(SUBJECT_ASIDE_OPENERS)}\\b`, 'i');
/** A form of "be" ending the text before the verb: the pledge is passive ("was pledged by"). */
const EN_BE_BEFORE = new RegExp(`\\b${alternation(BE_FORMS)}\\s*$`, 'i');
/** The actor of a passive pledge: "by the EU", up to a preposition or punctuation. */
const EN_BY_ACTOR = new RegExp(`^\\s+by\\s+(.+?)(?=\\s+${alternation(ACTOR_END_WORDS)}\\b|[,.;]|$)`, 'i');

/** The actor written before the verb: the last words before it, past auxiliaries, adverbs and reporting words. */
export function englishActor(before: string): string | null {
  // "Israel, which controls tax receipts, has …": an aside after the subject is not the subject.
  let s = before.replace(EN_SUBJECT_ASIDE, ' $1');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(EN_AUX_TAIL, '');
  }
  // "Riley, the NBA's third most successful coach, said", "The chiropractor, Ethel C. Harvey, told": the name before
  // (or in) an apposition between commas is the subject.
  const apposed = apposedName(s, EN_ACTOR_BREAK);
  if (apposed) return englishActor(apposed);
  const parts = s.split(EN_ACTOR_BREAK);
  // "the U.S. has invested … and is providing", "She called … and vowed": a second verb of the same subject.
  if (/\band\s*$/i.test(s)) {
    const unquoted = withoutQuotations(s);
    // "The health secretary said … clinics were working, and promised …": the subject of the first reporting verb.
    const reporter = /,\s*and\s*$/i.test(unquoted) ? EN_FIRST_REPORTING.exec(unquoted) : null;
    if (reporter && reporter.index > 0) {
      const subject = englishActor(unquoted.slice(0, reporter.index));
      if (subject) return subject;
    }
    // ", and promised …" after a subordinate clause ("… showed that clinics were working, and promised") goes back
    // to the sentence's subject; without the comma the verb just before shares the subject.
    const nearest = /,\s*and\s*$/i.test(unquoted) ? null : subjectOfLastVerb(unquoted);
    return nearest ?? coordinatedSubject(unquoted.split(EN_ACTOR_BREAK));
  }
  // "Prime Minister Yulia Tymoshenko who pledged", "Pepsi, which said it will": a relative's antecedent.
  const relative = EN_RELATIVE.exec(s);
  if (relative) return normalizeSpace(relative[1]!);
  // A conjunction or a connective opening the subject is not part of it: "and the U.S.", "So the U.S.".
  let actor = normalizeSpace(parts[parts.length - 1] ?? '')
    .replace(EN_LEADING_ADJUNCT, '')
    .replace(EN_LEADING_CONNECTIVE, '')
    .replace(EN_LEADING_ADVERB, '')
    // "3. The Corbett administration": a list number is no part of the subject.
    .replace(/^\d{1,2}[.)]\s+/, '');
  // "Though many Republicans will draw …", "When Acme agreed …": a subordinate clause's subject states no pledge of
  // the sentence (what it grants or dates is background).
  if (EN_SUBORDINATOR.test(actor)) return null;
  if (actor.split(' ').length > S.maxEnglishActorWords) {
    const andParts = actor.split(/\band\b/i);
    actor = normalizeSpace(andParts[andParts.length - 1] ?? '');
  }
  if (!actor || actor.split(' ').length > S.maxEnglishActorWords) return null;
  // "despite", "this year generated": only function words, or a verb at the end, is no noun phrase.
  const words = actor.split(' ');
  if (!EN_SUBJECT_PRONOUN.test(actor) && words.every((w) => isStopWord(w.toLowerCase()))) return null;
  if (/^\p{Ll}+ed$/u.test(words[words.length - 1]!)) return null;
  // "has unanimously": an auxiliary opens no noun phrase; "As always I", "city leaders cannot": no named actor.
  if (EN_FINITE_AUX.test(words[0]!) || EN_NOT_IN_ACTOR.test(actor)) return null;
  // A pronoun is returned as written, for actors.ts to resolve; a relative ("who", "which") is no actor.
  if (EN_PRONOUN.test(actor) && !EN_SUBJECT_PRONOUN.test(actor)) return null;
  return actor;
}

/**
 * The subject of a clause whose second verb follows "and": the words that open its last part (after any break),
 * up to its first verb ("the U.S. has invested …" → "the U.S.", "She called …" → "She").
 */
function coordinatedSubject(parts: string[]): string | null {
  for (let k = parts.length - 1; k >= 0; k--) {
    const words = normalizeSpace(parts[k] ?? '')
      .split(' ')
      .filter(Boolean);
    if (!words.length) continue;
    // ", along with Centrica PLC,": an aside; "… SA, along with …, is the most advanced and plans": a part that
    // opens with its verb has its subject in the part before.
    if (EN_ASIDE_PART.test(parts[k]!) || EN_AUX_WORD.test(words[0]!)) continue;
    const verb = words.findIndex((w, i) => i > 0 && (EN_AUX_WORD.test(w) || /^[a-z]+ed$/.test(w)));
    // A part before the last that holds no verb is the subject whole ("Electricité de France SA").
    const end = verb > 0 ? verb : k < parts.length - 1 ? words.length : 0;
    const subject = words.slice(0, end).join(' ');
    return subject && subject.split(' ').length <= S.maxEnglishActorWords ? subject : null;
  }
  return null;
}

/**
 * A name, then "who" ("Prime Minister Yulia Tymoshenko who pledged"), or ", which" with a reporting verb and a
 * pronoun ("Pepsi, which said it will"), just before the verb: group 1 the name. A bare "which" stands for a thing
 * ("libraries in Aston and Northfield, which will stay open").
 */
const EN_REPORTED_PRONOUN = `${REPORTING}\\s+(?:that\\s+)?${alternation(SUBJECT_PRONOUNS)}\\s+`;
const EN_RELATIVE = new RegExp(
  `((?:\\b(?:the|a|an)\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,5}\\p{Lu}[\\p{L}.'’-]*),?\\s+` +
    `(?:who\\s+(?:(?:has|had|have)\\s+)?(?:${EN_REPORTED_PRONOUN})?|which\\s+(?:has\\s+)?${EN_REPORTED_PRONOUN})$`,
  'u',
);
/** Words an actor never holds (case as written: "I" is the pronoun, "i" no word). */
const EN_NOT_IN_ACTOR = new RegExp(`(?<![\\p{L}'’])${alternation(NOT_IN_ACTOR)}(?![\\p{L}'’])`, 'u');
/** A subordinator opening the words before a verb: "Though many Republicans", "When Acme". */
const EN_SUBORDINATOR = new RegExp(`^${alternation(SUBORDINATORS, EN)}\\s`, 'i');
/** A connective opening the words before a verb: "So the U.S.", "As such the NSPCC". */
const EN_LEADING_CONNECTIVE = new RegExp(`^(?:${alternation(CONNECTIVES, EN)}|or)\\s+`, 'i');
/** The first finite reporting verb of a clause. */
const EN_FIRST_REPORTING = new RegExp(`\\b(?:${REPORTING})\\b`, 'i');

/** A finite auxiliary: "is", "has", "were". */
const EN_FINITE_AUX = new RegExp(`^(?:${alternation(BE_FORMS)}|has|have|had)$`, 'i');
/** A capitalised name at the end of a text, with its article: "… absolutely clear the U.S." → "the U.S.". */
const EN_TRAILING_NAME = /(?:\bthe\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*\s*$/u;

/**
 * The subject of the verb nearest before a trailing "and": "Clinton said the U.S. has invested … and [is
 * providing]" → "the U.S.", "… clear the U.S. is committed and [will remain committed]" → "the U.S.". The verb is a
 * finite auxiliary, or a past form after an auxiliary, a name or a pronoun ("on advanced chips" is no verb).
 */
function subjectOfLastVerb(text: string): string | null {
  const head = text.replace(/\band\s*$/i, '');
  const words = [...head.matchAll(/\S+/g)];
  for (let i = words.length - 1; i > 0; i--) {
    const w = words[i]![0];
    const prev = words[i - 1]![0];
    const past =
      /^[a-z]+ed$/.test(w) && (EN_FINITE_AUX.test(prev) || /^\p{Lu}/u.test(prev) || EN_SUBJECT_PRONOUN.test(prev));
    if (!EN_FINITE_AUX.test(w) && !past) continue;
    let start = i;
    while (start > 0 && EN_FINITE_AUX.test(words[start - 1]![0])) start--;
    const prefix = head.slice(0, words[start]!.index);
    if (/\band\s*$/i.test(prefix) || !prefix.trim()) return null;
    const named = normalizeSpace(EN_TRAILING_NAME.exec(prefix)?.[0] ?? '');
    // "The nonprofit said it was not discouraged … and planned to": a pronoun after a reporting verb is the reporter.
    const actor = subjectOf(prefix) ?? (named.split(' ').length <= S.maxEnglishActorWords ? named : '');
    return actor || null;
  }
  return null;
}

/** An auxiliary or adverb that follows a subject ("has", "is", "will"). */
const EN_AUX_WORD = new RegExp(`^${alternation(ACTOR_TAIL_WORDS)}$`, 'i');

/** Subject pronouns an antecedent resolves: "he", "it", "they". */
const EN_SUBJECT_PRONOUN = new RegExp(`^${alternation(SUBJECT_PRONOUNS)}$`, 'i');

/** A pledge found in an English clause: who, where its text starts, where its trigger is. */
export interface EnglishFound {
  actor: string | null;
  from: number;
  at: number;
  /** Where the text ends, when not at the next pledge or the clause's end (a passive's subject). */
  to?: number;
}

/** The pledge verbs of an English clause ("pledged", "committed to", "agreed to"), or null when one is blocked. */
export function pledgesIn(clause: string, isName: (word: string) => boolean = () => true): EnglishFound[] | null {
  const out: EnglishFound[] = [];
  EN_TRIGGER.lastIndex = 0;
  for (let m = EN_TRIGGER.exec(clause); m; m = EN_TRIGGER.exec(clause)) {
    const verb = m[1]!.toLowerCase();
    const before = clause.slice(0, m.index);
    const afterAt = m.index + m[0].length;
    let after = clause.slice(afterAt);
    // "the pledged funds", "its promise": a noun or adjective, not the verb.
    if (!EN_PHRASE_HEAD.test(verb) && EN_DETERMINER.test(before)) continue;
    // "difficult to agree on …", "to pledge": an infinitive states no pledge.
    if (/\bto\s*$/i.test(before)) continue;
    // "As promised, …", "what the company promised: …": no object follows, nothing is pledged here.
    if (/^\s*[,:;.!?)"”]/.test(after)) continue;
    // "his campaign promises to …": a noun after a possessive and a noun.
    if (/\b(?:his|her|its|their|our|the|a|an)\s+[a-z]+\s*$/i.test(before) && EN_NOUN_LIKE.test(verb)) continue;
    // "The new tablet promises to deliver …" says what to expect; "promises that he will …" pledges.
    if (EN_PROSPECT.test(verb) && !EN_CLAUSE_AFTER.test(after)) continue;
    // "Promises of aid …": a bare present form needs a subject to be a verb.
    const bare = EN_BARE_PRESENT.test(verb);
    if (bare && !englishActor(before)) continue;
    // "We have heard promises like these": the noun, not the verb.
    if (EN_NOUN_LIKE.test(verb) && !EN_VERB_OBJECT.test(after)) continue;
    // "it is to send men into space": an extraposed purpose ("the goal … it is to"), not a named body's plan.
    const extraposed = /(?:^|\s)it\s*$/i.test(before);
    if (/^(?:is|are) to/.test(verb) && (isPurposeSubject(before) || extraposed || !englishActor(before))) continue;
    if (/^commit/.test(verb)) {
      const to = EN_COMMIT_TO.exec(after);
      const amount = /^\s+(?=[\p{Sc}\d])/u.exec(after);
      if (!to && !amount) continue; // "crimes committed by …"
      // "committed itself to funding": the text keeps its "to".
      after = to ? after.slice(to[0].length - 2) : after.slice(amount![0].length);
    } else if (/^agree/.test(verb)) {
      const to = EN_AGREE_TO.exec(after);
      if (!to) continue; // "agreed with the assessment" is an opinion
      if (!/to$/i.test(to[0])) after = after.slice(to[0].length);
    } else if (/^(?:is|are) to/.test(verb)) {
      after = clause.slice(m.index).replace(/^(?:is|are)\s+/i, '');
    } else {
      after = after.replace(/^\s+that\b/i, '');
    }
    if (quotedCriticism(clause, m.index)) return null;
    if (blockedBefore(before)) return null;
    if (blockedClause(clause)) return null;
    // "€50 million was pledged by the EU": passive, the actor follows "by".
    const passive = EN_BE_BEFORE.test(before) && /^\s+by\s+/i.exec(after);
    if (passive) {
      const by = EN_BY_ACTOR.exec(after);
      const subject = before.replace(EN_BE_BEFORE, '');
      const from = subject.length - (subject.split(/[,:;]/).pop() ?? '').length;
      const to = before.search(EN_BE_BEFORE);
      if (finishObject(subject.slice(from)))
        out.push({ actor: by ? normalizeSpace(by[1]!) : null, from, at: from, to });
      continue;
    }
    const from = clause.length - after.length;
    if (!/[\p{L}\p{N}]/u.test(finishObject(after).replace(/^to\b/i, ''))) continue;
    // "the government that he had promised voters": what was promised is the noun before the relative.
    const relative = OBJECT_RELATIVE.exec(before);
    if (relative && !EN_THAT_OPENER.test(relative[1]!) && !EN_VERB_OBJECT.test(after)) continue;
    const actor = subjectOf(before);
    // "no studio has agreed": nobody pledged; "The two men agreed": no one named.
    if (actor && EN_NEGATIVE_SUBJECT.test(actor)) return null;
    if (actor && !actorLike(actor, isName, true)) continue;
    out.push({ actor, from, at: m.index });
  }
  return out;
}

/** The subject before a trigger; for a pronoun right after a reporting verb, the reporter ("Colombia says it"). */
export function subjectOf(before: string): string | null {
  const actor = englishActor(before);
  if (actor && /^(?:it|they|he|she)$/i.test(actor) && isReported(before)) {
    // "Legislators in one of the 12 cities … have announced they will": the reporter is the pronoun's antecedent; when
    // its words are no actor phrase, no other name in the sentence stands in for it.
    const reporter = reportedActor(before);
    if (reporter) return reporter;
    return /^(?:it|they)$/i.test(actor) && reportedSubjectTooLong(before) ? null : actor;
  }
  return actor ?? reportedActor(before);
}

/** Whether the words before a reporting verb run longer than an actor may: a subject the reader cannot name. */
function reportedSubjectTooLong(before: string): boolean {
  const m = EN_REPORTED.exec(before);
  if (!m) return false;
  const head = before.slice(0, m.index).split(EN_ACTOR_BREAK).pop() ?? '';
  return normalizeSpace(head).split(' ').length > S.maxEnglishActorWords;
}

/** Reported speech before a trigger: "announced it", "said that", "told reporters". */
export const isReported = (before: string) => EN_REPORTED.test(before);

/** The subject of the reporting verb: "The European Commission announced it [would provide]" → the Commission. */
export function reportedActor(before: string): string | null {
  const m = EN_REPORTED.exec(before);
  return m ? englishActor(before.slice(0, m.index)) : null;
}
