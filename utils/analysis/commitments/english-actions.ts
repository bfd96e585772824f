/**
 * Announced actions in English prose, beside the pledge verbs of english.ts: "X will …" / "X plans to …" whose
 * subject is an actor ("Suzuki will honor those warranties", "Clinton said the U.S. will provide …"), a gift in
 * progress with its amount ("the U.S. is providing an extra $80 million"), a signature ("signed a deal to …") and an
 * asserted commitment ("expressed the Union's commitment to …"). Predictions ("prices will rise", "will be"), the
 * same blockers as the pledge verbs, and subjects that are no actor are left out. Words are lexicon data
 * (lexicon/announced-actions.ts, lexicon/actors.ts).
 */
import { type ClausePledge, finishObject } from './common';
import { announcedPassive, passiveAgent } from './english-passive';
import { firstPersonQuoted, insideQuote, quoteSpeaker } from './english-quotes';
import { asAction, splitFutureAction, stemsOf } from './english-reading';
import { englishActor, type EnglishFound, isReported, pledgesIn, subjectOf } from './english';
import {
  actorLike,
  addressesReader,
  blockedBefore,
  blockedClause,
  criticAttributed,
  isCritic,
  isPurposeSubject,
  namedByHead,
  quotedCriticism,
  READER_FIRST,
  REPORTING,
  REPORTING_ADJUNCT,
  statesHabit,
} from './english-blockers';
import { alternation } from '../patterns';
import { entriesOf } from '../../lexicon/compile';
import { ACTOR_TAIL_WORDS, DETERMINERS } from '../../lexicon/pledge-clauses';
import { REPORTING_VERBS } from '../../lexicon/pledge-verbs';
import { ASIDE_RELATIVES, INTENT_NOUN_DETERMINERS, SUBORDINATORS } from '../../lexicon/pledge-clauses';
import { SUBJECT_RELATIVES, THIRD_PERSON_PRONOUNS } from '../../lexicon/pronouns';
import { SIGN_VERBS, SIGNED_NOUNS } from '../../lexicon/actors';
import {
  COMMITMENT_ASSERTERS,
  FUTURE_ADVERBS,
  FUTURE_MARKERS,
  GIFT_PARTICIPLES,
  INTENT_MARKERS,
  OBJECT_OPENERS,
  PARTNERSHIP_VERBS,
  REMAIN_STANCE_VERBS,
  STATE_VERBS,
  WISH_VERBS,
} from '../../lexicon/announced-actions';

const EN = ['en'];
/**
 * A future marker, adverbs, and the action's verb (group 2). The action may open a quotation of the speaker's own
 * words: 'said he would "do whatever it takes"', 'said it would "take all possible steps…"', 'announced it would
 * “hike the price of backlist ebooks …”', 'Romney said he would “add 100,000 active-duty troops”' (four sites of the
 * broad corpora's dev split: BBC, an L3S-GN1 cricket report, a library blog and a campaign report in Dragnet).
 */
const FUTURE = new RegExp(
  `(?:(?<![\\p{L}])|(?=['’]ll))(${alternation(FUTURE_MARKERS)})\\s+(?:${alternation(FUTURE_ADVERBS)}\\s+)*` +
    `["“]?([a-z]+)\\b`,
  'giu',
);
const STATE = new Set(entriesOf(STATE_VERBS));
/** "would welcome", "would prefer": a wish, after "would" (lexicon/announced-actions.ts). */
const WISH = new Set(entriesOf(WISH_VERBS));
/** "will remain engaged": a state verb that before a participle keeps a stance. */
const STANCE = new Set(entriesOf(REMAIN_STANCE_VERBS));
/** Determiners ("this", "the"): a word after "will" that opens a noun phrase ("will this week pledge"), no verb. */
const DETERMINER_WORDS = new Set(entriesOf(DETERMINERS, EN));
/** Markers of an intention ("plans to", "intends to"): any verb after them is the intended action. */
const INTENT = new RegExp(`^${alternation(INTENT_MARKERS)}$`, 'i');
/** "is providing an extra $80 million": a gift in progress followed by its amount. */
const GIFT = new RegExp(
  `\\b(?:is|are|was|were)\\s+(${alternation(GIFT_PARTICIPLES)})\\s+(?:(?:an?|another)\\s+)?` +
    `(?:(?:extra|additional|further|new)\\s+)?(?=[\\p{Sc}\\d])`,
  'giu',
);
/**
 * "signed a new trade deal", "inked a deal with WGA", "has agreed terms with Bolton"; not "agreed that the deal …" or
 * "agreed with the deal" (an opinion).
 */
const SIGNED = new RegExp(
  `\\b(${alternation(SIGN_VERBS, EN)})\\s+(?:(?:a|an|the)\\s+)?(?:(?!(?:that|with|to|on)\\b)[\\w-]+\\s+){0,3}?` +
    `${alternation(SIGNED_NOUNS, EN)}\\b`,
  'gi',
);
/** "has partnered with Zeiss to sell …": the partner (up to a punctuation mark), then "to" and a verb. */
const PARTNERED = new RegExp(
  `\\b(?:${alternation(PARTNERSHIP_VERBS)})\\s+with\\s+[^,;:.]{1,80}?\\s+to\\s+(?=\\p{Ll})`,
  'giu',
);
/**
 * A manner or sentence adverb between "will" and its verb ("will definitely want", "will randomly jam"): endings no
 * English verb has (a verb may end in "-ly": "apply", "rally", "fly").
 */
const ADVERB = /^\p{Ll}{3,}(?:ely|ily|ally|ously|ively|ently|antly|edly|ctly)$/u;
/** A passive after the future marker's "be": "will be held", "is to be carried out" (group 1 the participle). */
const PASSIVE_AFTER = /^\s+(\p{Ll}+(?:ed|en|wn|un|ld|lt|nt|de))\b/u;
/** A single capitalised word that is no plural: a name where the article never writes it in lower case. */
const LONE_NAME = /^\p{Lu}\p{Ll}+(?<!s)$/u;
/** A definite noun alone: "the museum", "The league". */
const DEFINITE_NOUN = /^the\s+\p{Ll}{3,}$/iu;
/** A present participle after the future marker's "be": "will be hosting" (group 1 the participle). */
const PROGRESSIVE_AFTER = /^\s+(\p{Ll}{2,}ing)\b/u;
/**
 * An attribution closing the clause: ", First Minister Alex Salmond has announced", ", the ministry said" (group 1
 * who said it). The announcer of an action whose doer the passive leaves unnamed is the one who commits to it.
 */
const CLOSING_ATTRIBUTION = new RegExp(
  `,\\s*((?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,5}\\p{Lu}[\\p{L}.'’-]*|the\\s+\\p{Ll}+)` +
    `\\s+(?:has\\s+|have\\s+)?(?:${REPORTING})(?:\\s+\\S+){0,3}\\s*[.!]?\\s*$`,
  'u',
);

/** "expressed the Union's commitment to": group 1 the verb, group 2 a possessor, then "commitment to". */
const ASSERTED = new RegExp(
  `\\b(${alternation(COMMITMENT_ASSERTERS)})\\s+(?:(the|its|his|her|their|our)\\s+)?` +
    `(?:((?:the\\s+)?[A-Z][\\p{L}.-]*(?:\\s+[A-Z][\\p{L}.-]*)*)['’]s\\s+)?` +
    `(?:(?:firm|continued|full|strong|unwavering)\\s+)?commitment\\s+(?=to\\b)`,
  'gu',
);

/** A possessive or a determiner just before a word: "NASA's", "the", "its". */
const POSSESSOR_BEFORE = new RegExp(`(?:['’]s|\\b(?:${alternation(INTENT_NOUN_DETERMINERS)}))\\s+$`, 'i');

/** A relative pronoun standing as a clause's whole subject ("The AX4, which will also be sold by Dell"). */
const SUBJECT_RELATIVE = new RegExp(`^${alternation(SUBJECT_RELATIVES, EN)}$`, 'i');
/** A relative aside just before a pledge: "King, who [signed …], is …", "The F-35, of which [the Pentagon …], is". */
const ASIDE = new RegExp(`,\\s*(?:[a-z]+\\s+)?${alternation(ASIDE_RELATIVES, EN)}\\b[^,]*$`, 'i');
/** An adverbial clause opening the sentence, not yet closed by a comma: "The day after Intel announced …". */
const SUBORDINATE = new RegExp(`^(?:\\S+\\s+){0,3}?${alternation(SUBORDINATORS, EN)}\\b[^,]*$`, 'i');
/** The comma that closes such an aside (not one inside a number: "$1,000"). */
const ASIDE_CLOSE = /,(?!\d)/;

/** A reporting verb and a short named subject before "would": "said the U.S. would provide". */
const REPORTED_NAMED = new RegExp(
  `\\b(?:said|says|told|announced|added|confirmed)\\s+(?:${REPORTING_ADJUNCT}\\s+)?(?:that\\s+)?` +
    `(?:\\S+\\s+){0,4}$`,
  'i',
);

/**
 * A reporting verb, then a subject the speaker owns (a possessive and up to four words) before the future marker:
 * "said its auto division", "announced that his first trips abroad as prime minister".
 */
const OWN_SUBJECT_REPORTED = new RegExp(
  `\\b(?:${REPORTING})\\s+(?:${REPORTING_ADJUNCT}\\s+)?(?:that\\s+)?(?:its|his|her|their)\\s+(?:[^\\s,;:]+\\s+){1,6}$`,
  'i',
);

/** Whether "would" is reported speech ("said it would provide"), never a conditional or a guess. */
const reportedWould = (before: string) => isReported(before) || REPORTED_NAMED.test(before);

/** A reporting verb right before the future marker, with no subject of its own. */
const REPORTED_BARE = /\b(?:said|says|told|announced|added|confirmed)\s*$/i;

const THIRD_PERSON = new Set(entriesOf(THIRD_PERSON_PRONOUNS, EN));
/**
 * The announced actions of an English clause, in order. `isName` says whether a capitalised word is a name in the
 * article; `mayBeName` also accepts a word capitalised only where it opens a sentence, for a subject that only an
 * agent can be: the subject of an intention ("Yabbly plans to", "Prosecutors plan to"), of a gift in progress, or the
 * speaker whose pronoun a reported action has ("Microsoft said it would cooperate").
 */
export function englishActions(
  clause: string,
  isName: (word: string) => boolean,
  mayBeName: (word: string) => boolean = isName,
): EnglishFound[] {
  // A condition anywhere makes the action conditional; a tentative word only before it ("a proposed base" after
  // "will consult about" is the object, not a hedge).
  if (blockedClause(clause, false)) return [];
  const out: EnglishFound[] = [];
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(clause); m; m = FUTURE.exec(clause)) {
    const marker = m[1]!.toLowerCase();
    // "As columnist George Will has said", "Will the EU …?": a capital "Will" is a name or opens a question.
    if (/^\p{Lu}/u.test(m[1]!)) continue;
    // "It is to Jenica's credit": the action is a verb, written in lower case.
    if (!/^\p{Ll}/u.test(m[2]!)) continue;
    // "will definitely want", "will randomly jam": past a manner adverb, the verb is the next word.
    let verb = m[2]!.toLowerCase();
    if (ADVERB.test(verb) && !STATE.has(verb)) {
      const next = /^\s+(\p{Ll}+)\b/u.exec(clause.slice(m.index + m[0].length));
      if (next) verb = next[1]!;
    }
    // "is to" / "are to": the form of an announced plan (or of a purpose, below). A "will" of a habit or a standing
    // arrangement ("she'll sometimes go to read", "will organise transport on request") announces nothing.
    const planned = /^(?:is|are) to$/.test(marker);
    if (!planned && !INTENT.test(marker) && statesHabit(clause)) continue;
    // "A review … is to be carried out, First Minister Alex Salmond has announced": a planned passive whose
    // announcer closes the clause; the announcer commits to it. "will be needed, the minister said" may predict, so
    // only "is to be" / "are to be", the form of an announced plan.
    if (verb === 'be' && planned) {
      const passive = PASSIVE_AFTER.exec(clause.slice(m.index + m[0].length));
      const by = passive && CLOSING_ATTRIBUTION.exec(clause);
      const before = clause.slice(0, m.index);
      if (by && by.index > m.index && !blockedBefore(before) && !quotedCriticism(clause, m.index)) {
        const actor = by[1]!;
        if (actorLike(actor, isName)) {
          const opening = before.lastIndexOf(',') + 1;
          out.push({ actor, from: opening, at: m.index, to: by.index });
          continue;
        }
      }
    }
    // "The plants … will be taken over by Johnson Controls", "The production will be directed by Austin Pendleton",
    // "The 8GB iPhone … will be offered by O2": a future passive whose agent is named states what the agent will do.
    if (verb === 'be' && !INTENT.test(marker) && !planned) {
      const agent = passiveAgent(clause, m.index + m[0].length, isName);
      const before = clause.slice(0, m.index);
      if (agent && announcedPassive(clause, m.index, marker === 'would' && !reportedWould(before))) {
        // "The plants … will be taken over": the subject reads with the action; a relative ("The AX4, which will also
        // be sold by Dell") is no subject, the action reads alone.
        const opening = before.lastIndexOf(',') + 1;
        const subject = before.slice(opening).trim();
        const from = subject && !SUBJECT_RELATIVE.test(subject) ? opening : m.index;
        out.push({ actor: agent.actor, from, at: m.index, to: agent.by });
        continue;
      }
    }
    // "will this week pledge": a time between the marker and the verb is no action (the pledge verb is read itself).
    if (DETERMINER_WORDS.has(m[2]!.toLowerCase())) continue;
    // "NASA's plan to double …", "the plans to …": a noun after a possessive or a determiner, not an intention.
    if (INTENT.test(marker) && POSSESSOR_BEFORE.test(clause.slice(0, m.index))) continue;
    // "it is to take …": an extraposed purpose ("the goal … it is to"), not a named body's plan.
    if (planned && /(?:^|\s)it\s+$/i.test(clause.slice(0, m.index))) continue;
    // "The only way to obtain a P-Acorn is to catch Nabbit": a purpose, which "is to" completes.
    if (planned && isPurposeSubject(clause.slice(0, m.index))) continue;
    // "Wired Science will also be hosting three video feeds", "says it will be sticking with the logo": the future
    // in progress states an action as "will host" does; its verb is the participle.
    const progressive = verb === 'be' && !planned && PROGRESSIVE_AFTER.exec(clause.slice(m.index + m[0].length));
    if (progressive) {
      // "He'll also be facing a strong pass rush": a state verb in progress is still a state.
      if (stemsOf(progressive[1]!).some((v) => STATE.has(v))) continue;
      // "It will be interesting to see …", "Otherwise, they will be grasping …": with a pronoun for its subject the
      // progressive is an action only as reported speech ("says it will be sticking with the logo").
      const own = englishActor(clause.slice(0, m.index));
      if (own && /^(?:it|he|she|they)$/i.test(own) && !isReported(clause.slice(0, m.index))) continue;
      // "Okafor said her priority would be finishing …": after a possessive subject "be" links a gerund to it.
      if (OWN_SUBJECT_REPORTED.test(clause.slice(0, m.index))) continue;
      verb = progressive[1]!;
    }
    // "will take time" predicts; "plans to take the decision" intends: a state verb is no action after "will" only.
    const stance = STANCE.has(verb) && /^\s+\p{Ll}+ed\b/u.test(clause.slice(m.index + m[0].length));
    if (STATE.has(verb) && !INTENT.test(marker) && !stance) continue;
    const before = clause.slice(0, m.index);
    // "would" only in reported speech ("said it would provide"), never as a conditional or a guess; and never before a
    // wish ("says he would welcome the chance").
    if (marker === 'would' && (!reportedWould(before) || WISH.has(verb))) continue;
    // "which he has said would involve …": no subject between the reporting verb and the marker, the subject is a
    // relative before it, not the reporter.
    if (REPORTED_BARE.test(before)) continue;
    if (/\bto\s*$/i.test(before) || quotedCriticism(clause, m.index) || blockedBefore(before)) continue;
    if (blockedClause(before) || criticAttributed(clause.slice(m.index))) continue;
    // '"We will review and respond to the letter," Justice Department spokesman Peter Carr said': the first person
    // opening a quotation, or inside it, is the speaker the words after it name.
    const quoted = firstPersonQuoted(clause, m.index);
    if (quoted) {
      const speaker = quoteSpeaker(clause, m.index);
      const close = clause.slice(m.index).search(/[”"]/);
      const body = quoted === 'opening' || (!!speaker && namedByHead(speaker));
      if (speaker && body && actorLike(speaker, isName) && !isCritic(speaker))
        out.push({ actor: speaker, from: m.index, at: m.index, to: m.index + close });
      continue;
    }
    // "Suzuki said its auto division will file …", "Mr. Tusk announced that his first trips … will be": what the
    // speaker's own body or plans will do is the speaker's announced action.
    const owner = OWN_SUBJECT_REPORTED.exec(before);
    const reporter = owner ? englishActor(before.slice(0, owner.index)) : null;
    const actor = reporter && actorLike(reporter, mayBeName) ? reporter : subjectOf(before);
    const intent = INTENT.test(marker);
    // "The museum plans to install …": only an agent plans or intends, so a definite noun names one there.
    const agent = intent && DEFINITE_NOUN.test(actor ?? '');
    const own = englishActor(before);
    const speaker = !!own && THIRD_PERSON.has(own.toLowerCase()) && isReported(before) && actor !== own;
    // "Dellacqua will play Daniilidou", "Liverpool will play Luton", "Australia will argue …" (three publishers of the
    // broad corpora's dev split): one capitalised word the article never writes in lower case is a name even where it
    // only opens sentences; a plural ("Investors will …", "Prices will …") is a common noun.
    const loneName = !!actor && LONE_NAME.test(actor);
    if (!actor || !(agent || actorLike(actor, intent || speaker || loneName ? mayBeName : isName))) continue;
    // '"They will go back to their homelands," he says': a speaker's "they" or "it" inside a quotation speaks of
    // others, whom the words outside it do not name; only a reporting verb in the quotation ties it to its subject.
    if (/^(?:it|they|he|she)$/i.test(actor) && insideQuote(clause, m.index) && !isReported(before)) continue;
    // "it'll last you longer", "Business Journal Guy'll make …": the contraction of reviews and chat speaks of
    // things or in jest; a pledge's is a person's or a body's pronoun ("he'll remain engaged").
    if (/^['’]ll$/.test(marker) && !/^(?:he|she|they)$/i.test(own ?? actor)) continue;
    // "She'll also set up a small garden", "He'll stop at nothing": unreported, the contraction narrates a routine or
    // tells a joke (a game wiki, a joke page; and no sentence of the sentence sets' dev pages with an unreported "'ll"
    // states a commitment: "they'll tell your story without you", "we'll show you a few of them"); reported, it is the
    // speaker's word ("Bush said he'll remain engaged").
    if (/^['’]ll$/.test(marker) && !isReported(before)) continue;
    // "will help you understand", "will earn you karma": what speaks to the reader is advice or advertising.
    if (READER_FIRST.test(clause.slice(m.index + m[0].length))) continue;
    // "Docker will publicly thank you for it", "Coinbase will store that currency until you sell": an action the writer
    // tells the reader, which no one is reported to have said, is how a service works, not an announcement.
    if (!reportedWould(before) && addressesReader(clause.slice(m.index))) continue;
    // "he'll remain engaged …": a contracted "will" reads with its pronoun, not as "'ll remain engaged".
    const contracted = /^['’]ll$/.test(marker) ? /\S+$/.exec(before) : null;
    out.push({ actor, from: contracted ? contracted.index : m.index, at: m.index });
  }
  for (const re of [GIFT, SIGNED, PARTNERED]) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const before = clause.slice(0, m.index);
      // "reached an agreement in principle": a tentative agreement binds no one yet.
      if (blockedBefore(before) || blockedClause(clause)) continue;
      const actor = subjectOf(before);
      // A gift in progress or a signature has an agent for its subject ("Toyota is giving …", "King, who signed …").
      if (!actor || !actorLike(actor, re === PARTNERED ? isName : mayBeName)) continue;
      out.push({ actor, from: m.index + (re === GIFT ? m[0].indexOf(m[1]!) : 0), at: m.index });
    }
  }
  ASSERTED.lastIndex = 0;
  for (let m = ASSERTED.exec(clause); m; m = ASSERTED.exec(clause)) {
    const before = clause.slice(0, m.index);
    if (blockedBefore(before)) continue;
    // "reaffirmed his commitment": the pronoun's antecedent, resolved later; "the Union's commitment": the Union.
    const pronoun = { his: 'he', her: 'she', its: 'it', their: 'they' }[m[2]?.toLowerCase() ?? ''];
    const possessor = m[3] && m[2]?.toLowerCase() === 'the' ? `${m[2]} ${m[3]}` : m[3];
    const actor = possessor ?? pronoun ?? subjectOf(before);
    out.push({ actor, from: m.index + m[0].length, at: m.index });
  }
  return out;
}
/**
 * The pledges and announced actions an English clause states, in order: pledge verbs here, "will"/"plans to"
 * actions, gifts in progress, signatures and asserted commitments in english-actions.ts. `isName` says whether a
 * capitalised word is a name in this article (not merely capitalised by opening a sentence).
 */
export function englishCommitments(
  clause: string,
  isName: (word: string) => boolean = () => true,
  mayBeName: (word: string) => boolean = isName,
): ClausePledge[] {
  const pledges = pledgesIn(clause, mayBeName);
  if (!pledges) return [];
  const found = [...pledges];
  for (const a of englishActions(clause, isName, mayBeName)) {
    if (found.some((f) => Math.abs(f.at - a.at) < 3 || (a.at >= f.at && a.at < f.from))) continue;
    // "will remain committed to …": the pledge verb right after the marker states the action.
    if (pledges.some((f) => f.at > a.at && clause.slice(a.at, f.at).trim().split(/\s+/).length <= 2)) continue;
    // "promised the state of New York that it will cap …": the action is what the pledge promised.
    if (pledges.some((f) => f.at < a.at && !/[,;]/.test(clause.slice(f.at, a.at)))) continue;
    found.push(a);
  }
  found.sort((x, y) => x.at - y.at);
  const out: ClausePledge[] = [];
  found.forEach((f, k) => {
    const next = found[k + 1];
    let end = f.to ?? (next && next.at > f.from ? clauseStartBefore(clause, next.at) : clause.length);
    // "King, who signed a new contract in the summer, is the club's top scorer": the aside ends at its comma.
    // "The day after Intel announced that it would leave the board, the nonprofit …": the adverbial clause too.
    if (ASIDE.test(clause.slice(0, f.at)) || SUBORDINATE.test(clause.slice(0, f.at))) {
      const close = ASIDE_CLOSE.exec(clause.slice(f.from));
      if (close) end = Math.min(end, f.from + close.index);
    }
    const commitment = finishObject(clause.slice(f.from, end));
    if (!commitment) return;
    // "will spend an additional $15 million on research … and launch a $20 million challenge fund": two undertakings
    // of one actor, one entry each.
    // Not the last of a series ("to lower taxes, reduce Poland's deficit and move …": one undertaking listed), nor
    // verbs joined under one "to" ("groups to harass and sabotage the oil industry"), nor an auxiliary or a reporting
    // verb ("and had a two-game winning streak stopped", "and said the administration has …": past facts).
    const found2 = SECOND_ACTION.exec(commitment);
    const second =
      found2 &&
      !/,|\bto\s+\p{Ll}+$/u.test(commitment.slice(0, found2.index)) &&
      !TAIL_WORDS.has(found2[2]!.toLowerCase()) &&
      !REPORTING_WORDS.has(found2[2]!.toLowerCase())
        ? found2
        : null;
    const parts = second
      ? [commitment.slice(0, second.index), commitment.slice(second.index + second[1]!.length)]
      : [commitment];
    for (const part of parts.flatMap(splitFutureAction))
      out.push({ actor: f.actor, commitment: asAction(finishObject(part)), needsActor: !pledges.includes(f) });
  });
  return out;
}

/**
 * A second verb phrase joined by "and" to the first: a bare verb (no "-s", "-ed", "-ing") with its object opening on a
 * determiner, a number or an amount ("… and launch a $20 million fund", "… and build a new nuclear power station").
 * Group 1 the joining words, group 2 the verb.
 */
const SECOND_ACTION = new RegExp(
  `(,?\\s+and\\s+)(?=(\\p{Ll}+)(?<!s|ed|ing|ly)\\s+(?:${alternation(OBJECT_OPENERS, EN)}\\b|[\\p{Sc}\\d]))`,
  'u',
);

/** Auxiliaries and adverbs ("had", "was", "also"), reporting verbs ("said"): never the verb of a second undertaking. */
const TAIL_WORDS = new Set(entriesOf(ACTOR_TAIL_WORDS, EN));
const REPORTING_WORDS = new Set(entriesOf(REPORTING_VERBS, EN));

/** Where the clause holding `at` starts: after the last ", but", ", and" or ";" before it. */
function clauseStartBefore(clause: string, at: number): number {
  const head = clause.slice(0, at);
  const m = /(?:,\s*(?:but|and|while|whereas)\b|,)[^,]*$/.exec(head);
  return m ? m.index : at;
}
