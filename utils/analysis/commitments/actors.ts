/**
 * Who a commitment's actor is, as the article names it: "الاتحاد" → "الاتحاد الأوروبي" and "the Union" → "the
 * European Union" (the fullest form the article used before), "الجانبان" / "الدولتان" → the two actors the
 * article named together, and "he", "she", "it", "they", "we" → the nearest named antecedent. An actor the
 * article never names more fully stays as the clause gives it.
 */
import { actorEnd, actorStart, SIGN } from './arabic-actions';
import { type Token, arabicSet, arabicSpan, bare, definite, tokenize } from './arabic-tokens';
import { isStopWord } from '../words';
import { entriesOf, escapeRegex } from '../../lexicon/compile';
import { ACTOR_HEADS, ORGANISATION_NOUNS, PAIR_ANAPHORS } from '../../lexicon/actors';
import { SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations';
import { TIME_WORDS } from '../../lexicon/commitment-details';
import { PLEDGE_VERBS, REPORTING_VERBS } from '../../lexicon/pledge-verbs';
import { SETTINGS } from '../../settings';
import { alternation } from '../patterns';
import { CONNECTIVES } from '../../lexicon/connectives';

const S = SETTINGS.analysis.commitments;

/** What the article said before a clause: the text its actors are resolved against. */
export interface ActorContext {
  /** The article's title and text before the clause (its recent part). */
  before: string;
  /** The actor of the last commitment found before the clause, if any. */
  lastActor?: string | null;
  /** The article's whole text, where a capitalised word is seen to be a name. */
  article?: string;
  /** The actor of a commitment found earlier in the same clause ("Suzuki will …, but … it will …"). */
  clauseActor?: string | null;
}

const PAIRS = arabicSet(PAIR_ANAPHORS);
/** Verbs whose subject is a party that acts: pledges, agreements, signatures. */
const PARTY_VERBS = new Set([...arabicSet(PLEDGE_VERBS), ...SIGN]);
/** English actor heads ("Union", "Commission"): "the Union" may be a short form of "the European Union". */
const EN_HEADS = new Set(entriesOf(ACTOR_HEADS, ['en']));
const ORGANISATION_NOUNS_EN = new Set(entriesOf(ORGANISATION_NOUNS, ['en']));
const HAS_ARABIC = /[\u0600-\u06ff]/;
/** Months and weekdays: capitalised, never an antecedent. */
const CALENDAR = { test: (w: string) => TIME.has(w.toLowerCase()) };
const TIME = new Set(entriesOf(TIME_WORDS, ['en']));
/** Abbreviations whose full stop does not end a name: "Mr.", "Ltd.", "U.S." (a single letter is an initial). */
const ABBREVIATION = new Set([...entriesOf(TITLE_ABBREVIATIONS, ['en']), ...entriesOf(SOFT_ABBREVIATIONS, ['en'])]);

/** The actor as the article names it (see the module comment). */
export function resolveActor(actor: string | null, clause: string, context: ActorContext | null): string | null {
  if (!actor) return null;
  // Where the actor stands in the clause; a pronoun as a word, or as its possessive ("reaffirmed his commitment").
  const forms = POSSESSIVES[actor.toLowerCase()];
  const at = forms ? clause.search(new RegExp(`\\b(?:${forms})\\b`, 'i')) : clause.indexOf(actor);
  const before = `${context?.before ?? ''}\n${at > 0 ? clause.slice(0, at) : ''}`.slice(-S.contextChars);
  if (HAS_ARABIC.test(actor)) return resolveArabic(actor, before);
  const resolved = resolveEnglish(actor, before, context ?? {});
  return PRONOUN.test(resolved) ? null : resolved;
}

/** The organisation or country a text names most often. */
function mostNamed(text: string): string | null {
  const count = new Map<string, number>();
  for (const n of names(text)) if (!n.person) count.set(n.name, (count.get(n.name) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, c] of count) if (!best || c > count.get(best)!) best = name;
  return best;
}

/** An institution word ("Union", "Ministry"): a name holding one is no person. */
const isHead = (w: string) => EN_HEADS.has(w.toLowerCase());

/** Titles of a person, which "the …" may stand for: "the prime minister", "the president". */
const TITLES = new Set(['minister', 'president', 'chancellor', 'secretary', 'premier', 'governor', 'mayor', 'ceo']);

/** An English subject pronoun and the forms it takes as a possessive or an object. */
const POSSESSIVES: Record<string, string> = { he: 'he|his|him', she: 'she|her', it: 'it|its', they: 'they|their|them' };

/** An English pronoun left unresolved: no actor. */
const PRONOUN = /^(?:he|she|it|they|we|i)$/i;

function resolveArabic(actor: string, before: string): string {
  const own = tokenize(actor);
  if (own.length !== 1) return actor;
  const one = own[0]!;
  if (PAIRS.has(one.core)) return lastPair(before) ?? actor;
  if (!definite(one)) return actor;
  // "الاتحاد" → the shortest fuller mention of the same head ("سفير الاتحاد الأوروبي" gives "الاتحاد الأوروبي"):
  // a longer run of definite words may run on into what the actor did.
  const tokens = tokenize(before);
  let best: string | null = null;
  let bestLength = Infinity;
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (bare(tokens[k]!) !== bare(one)) continue;
    const end = actorEnd(tokens, k);
    if (end - k >= 2 && end - k < bestLength) {
      best = arabicSpan(before, tokens, k, end);
      bestLength = end - k;
    }
  }
  return best ?? actor;
}

/** The last two actors the text names together as the subject of a pledge, agreement or signature. */
function lastPair(text: string): string | null {
  const tokens = tokenize(text);
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (!PARTY_VERBS.has(tokens[k]!.core) && !PARTY_VERBS.has(tokens[k]!.f)) continue;
    // The subject right after the verb: a head or a name, not the object ("يلتزم بتحديث …").
    if (!actorStart(tokens[k + 1]!) || /^ب/.test(tokens[k + 1]!.core)) continue;
    const end = actorEnd(tokens, k + 1);
    const joined = tokens.slice(k + 2, end).some((t: Token) => t.f !== t.core);
    if (joined) return arabicSpan(text, tokens, k + 1, end);
  }
  return null;
}

/**
 * What the article says of a word, which names() asks for every pronoun the article resolves: whether it is
 * written mid-sentence, and whether a first name stands before it. Kept for the last article asked about.
 */
const articleWords = { article: '', midSentence: new Map<string, boolean>(), firstNamed: new Map<string, boolean>() };

function articleFact(kind: 'midSentence' | 'firstNamed', article: string, word: string, fact: () => boolean): boolean {
  if (articleWords.article !== article) {
    articleWords.article = article;
    articleWords.midSentence.clear();
    articleWords.firstNamed.clear();
  }
  const known = articleWords[kind].get(word);
  if (known !== undefined) return known;
  const value = fact();
  articleWords[kind].set(word, value);
  return value;
}

/** Capitalised name phrases of a text, in order, with whether each reads as a person ("Donald Tusk", "Mr. Tusk"). */
function names(text: string, whole = text, article = whole): { name: string; person: boolean }[] {
  const out: { name: string; person: boolean }[] = [];
  const re = /(?:\b(?:Mr|Mrs|Ms|Dr)\.?[^\S\n]+)?\b[A-Z][\p{L}'’.-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\p{L}'’.-]*)*/gu;
  for (const m of text.matchAll(re)) {
    // "… John Prescott. Thurlbeck said": a word's full stop that is no abbreviation ends the sentence and the name.
    const stop = [...m[0].matchAll(/([\p{L}]+)\.\s/gu)].find(
      (w) => !ABBREVIATION.has(w[1]!.toLowerCase()) && w[1]!.length > 1,
    );
    const span = stop ? m[0].slice(0, stop.index + stop[1]!.length) : m[0];
    let name = span.replace(/['’]s$/, '').replace(/\.$/, '');
    const start = text.slice(Math.max(0, m.index - 3), m.index);
    // A text that opens on spaces (a sentence cut after its full stop) opens where its first word does.
    const opening = /[.!?"“\n]\s*$/.test(start) || !text.slice(0, m.index).trim();
    // The first word of a sentence is capitalised by position: "As Mashable" is "Mashable", "The" is no name.
    if (opening && isStopWord(name.split(/\s+/)[0]!)) name = name.split(/\s+/).slice(1).join(' ');
    const words = name.split(/\s+/).filter(Boolean);
    if (!words.length || words.every((w) => CALENDAR.test(w))) continue;
    // "I’ll", "I'm": the first person is capitalised by rule, never a name.
    if (words.length === 1 && /^I(?:['’]\p{Ll}+)?$/u.test(words[0]!)) continue;
    const midSentence = () => new RegExp(`[\\p{Ll},;][^\\S\\n]+${escapeRegex(words[0]!)}\\b`, 'u').test(article);
    if (words.length === 1 && opening && !articleFact('midSentence', article, words[0]!, midSentence)) continue;
    // A person: a title, or two or three words whose last one the text also writes alone ("Tusk", "Essid").
    const last = words[words.length - 1]!;
    const alone = new RegExp(`(?<![A-Z][\\p{L}.]*\\s)\\b${escapeRegex(last)}\\b`, 'u');
    // A phrase with "of" or a possessive is an institution or a title ("Who's Who of Britain", "Bank of England",
    // "News Corp.'s British …"), not a person.
    // "Brooks": one word the text also writes after a first name ("Rebekah Brooks") is that person.
    const firstNamed = () =>
      articleFact('firstNamed', article, last, () => {
        const fuller = new RegExp(`\\b(\\p{Lu}\\p{Ll}+)[^\\S\\n]+${escapeRegex(last)}\\b`, 'gu');
        return [...article.matchAll(fuller)].some((f) => !isStopWord(f[1]!) && !isHead(f[1]!));
      });
    const person =
      /^(?:Mr|Mrs|Ms|Dr)\b/.test(name) ||
      (words.length === 1 && !isHead(last) && firstNamed()) ||
      (words.length >= 2 && !words.includes('of') && !EN_HEADS.has(last.toLowerCase()) && alone.test(whole));
    out.push({ name, person });
  }
  return out;
}

/** Auxiliaries and verbs that end a sentence's opening subject: "Members of the cabinet are …". */
const SUBJECT_END = /^(?:is|are|was|were|has|have|had|will|would|can|could|also|\p{Ll}+ed)$/u;

/** The last sentences of a text (sentence ends and block breaks), the latest first. */
const lastSentences = (text: string, breaks: RegExp) =>
  text
    .split(breaks)
    .filter((x) => x.trim())
    .slice(-S.pluralSubjectSentences)
    .reverse();

/** The head word of a subject: its last word before any "of" ("Members of the cabinet" → "Members"). */
const headOf = (subject: string[]) =>
  subject
    .join(' ')
    .split(/\s+of\s+/)[0]!
    .split(' ')
    .pop()!;

/**
 * The plural subject that opens the last sentences of a text, past sentences that open with "They": "Members of
 * the Scottish cabinet" in "Members of the Scottish cabinet are in Skye. They are also taking part …". Null when
 * the last sentence opens otherwise, or its subject is no plural noun phrase.
 */
function pluralSubjectBefore(text: string): string | null {
  for (const sentence of lastSentences(text, /(?<=[.!?]["”]?)\s+/)) {
    const words = sentence.trim().split(/\s+/);
    const end = words.findIndex((w, i) => i > 0 && SUBJECT_END.test(w));
    if (end < 1) return null;
    const subject = words.slice(0, end);
    if (subject.length === 1 && /^they$/i.test(subject[0]!)) continue;
    const head = headOf(subject);
    const plural = /^\p{L}+[^s]s$/u.test(head) || subject.includes('and');
    return plural && subject.length <= S.maxEnglishActorWords && !isStopWord(head.toLowerCase())
      ? subject.join(' ')
      : null;
  }
  return null;
}

/** A reporting verb (one word) that ends a sentence's opening subject: "Apple said it had …". */
const REPORTING_END = new Set(entriesOf(REPORTING_VERBS, ['en']).filter((v) => !v.includes(' ')));

/**
 * The singular named subject that opens one of the last sentences of a text, the latest first, past sentences whose
 * subject is "it", a plural or no name: "Apple" in "Apple said it had sold music at a higher price. Music copyrights
 * are negotiated country by country." A sentence-opening "it" continues the topic of the sentences before.
 */
function singularSubjectBefore(text: string): string | null {
  for (const sentence of lastSentences(text, /(?<=[.!?]["”]?)\s+|\n+/)) {
    const words = sentence.trim().split(/\s+/);
    const found = words.findIndex((w, i) => i > 0 && (SUBJECT_END.test(w) || REPORTING_END.has(w)));
    // "On Thursday, the Bank of Japan …": an opening phrase closed by a comma is not part of the subject.
    const start = words.slice(0, Math.max(found, 0)).findLastIndex((w) => /,$/.test(w)) + 1;
    const end = found - start;
    if (found < 1 || end < 1 || end > S.maxEnglishActorWords) continue;
    const subject = words.slice(start, found);
    const head = headOf(subject);
    if (/^(?:it|they|he|she)$/i.test(head) || /^\p{L}+[^s]s$/u.test(head) || subject.includes('and')) continue;
    const named = subject.some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !isStopWord(w.toLowerCase())));
    if (named || isHead(head)) return subject.join(' ');
  }
  return null;
}

/** A connective opening a sentence before its subject: "But he said …". */
const OPENING_CONNECTIVE = new RegExp(`^\\s*${alternation(CONNECTIVES, ['en'])}\\b`, 'i');
/** Quoted words: the names inside them are the speaker's, not the text's. */
const QUOTED = /“[^”]*”|"[^"\n]*"/g;

/**
 * The person the last sentences of a text are about: the subject of the latest sentence that has one (past sentences
 * whose subject is "he" or "she", which continue the same person), read outside quotations: a name ("Chua" in "Chua
 * said he had …") or a person's title ("the governor" in "In the meantime, the governor also indicated …"). Null
 * when that subject is anything else: the pronoun then goes by the names of the text.
 */
function personSubjectBefore(text: string): string | null {
  for (const sentence of lastSentences(text.replace(QUOTED, ' '), /(?<=[.!?]["”’]?)\s+|\n+/)) {
    const words = sentence.trim().split(/\s+/);
    const bare = (w: string) => w.replace(/[.!?]+$/, '');
    const found = words.findIndex((w, i) => i > 0 && (SUBJECT_END.test(bare(w)) || REPORTING_END.has(bare(w))));
    if (found < 1) continue;
    const start = words.slice(0, found).findLastIndex((w) => /,$/.test(w)) + 1;
    const subject = words.slice(start, found);
    if (!subject.length) continue;
    // "He said …", "She'll also …": the same person goes on; another pronoun ("They", "It's") is no person named.
    if (subject.length === 1 && /^(?:he|she)(?:['’]\p{Ll}+)?$/iu.test(subject[0]!)) continue;
    // A person's title ("the governor", "the prime minister"), else a name: capitalised words, no common word.
    const phrase = subject.join(' ');
    const title = /^the\s+((?:prime\s+)?[a-z]+)$/i.exec(phrase)?.[1];
    if (title && TITLES.has(title.toLowerCase().split(' ').pop()!)) return phrase;
    if (subject.some((w) => isStopWord(w.replace(/['’]\p{Ll}+$/u, '').toLowerCase()))) return null;
    const named = subject.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w));
    return named && subject.length <= 4 && !subject.some(isHead) ? phrase : null;
  }
  return null;
}

/** A one-word name just before a reporting verb: the speaker of '…," Roy said.' (group 1). */
const SPEAKER_BEFORE = new RegExp(
  `(?<![\\p{L}.'’-]\\s)\\b(\\p{Lu}[\\p{L}'’-]+)\\s+(?:${[...REPORTING_END].join('|')})\\b`,
  'gu',
);

/** The last one-word speaker a text names ('…," Roy said.'), unless it is a sentence's opening word or a pronoun. */
function lastSpeaker(text: string): { name: string } | null {
  const found = [...text.matchAll(SPEAKER_BEFORE)].filter(
    (m) => !/[.!?\n]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && m.index > 0,
  );
  const last = found[found.length - 1];
  return last && !isStopWord(last[1]!.toLowerCase()) ? { name: last[1]! } : null;
}

function resolveEnglish(actor: string, before: string, context: Partial<ActorContext>): string {
  const lastActor = context.lastActor ?? null;
  const clauseActor = context.clauseActor ?? null;
  // The whole article, where a title's holder is looked up ("Prime Minister Benjamin Netanyahu" in its caption).
  const article = context.article ?? before;
  const lower = actor.toLowerCase();
  // The sentence up to the pronoun: empty when the pronoun opens it.
  const sentence = before.slice(Math.max(0, before.search(/[.!?]["”]?\s+[^.!?]*$/) + 1));
  const title = /^the\s+((?:prime\s+)?[a-z]+)$/.exec(lower)?.[1];
  if (title && TITLES.has(title.split(' ').pop()!)) {
    // "the prime minister": the name the text writes after that title ("Prime Minister Benjamin Netanyahu").
    // The title in any case, the name capitalised: "prime minister Yitzhak Shamir opposed" gives no "opposed".
    const anyCase = [...title].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
    const titled = [...article.matchAll(new RegExp(`\\b${anyCase}\\s+((?:[A-Z][\\p{L}’'-]+\\s*){1,3})`, 'gu'))];
    // Of the names written after the title, the one the text names most often ("Prime Minister Benjamin
    // Netanyahu" over a predecessor recalled once), the later one on a tie.
    const mentions = (n: string) => article.split(n.split(/\s+/).pop()!).length - 1;
    let name: string | undefined;
    for (const t of titled) {
      const n = t[1]!.trim();
      if (!name || mentions(n) >= mentions(name)) name = n;
    }
    if (name) return name;
  }
  if (/^(?:he|she)$/.test(lower) || (title && TITLES.has(title.split(' ').pop()!))) {
    // The person the sentence names before the pronoun, else the last person the text names; never one whose title
    // gives the other sex ("he" is not "Ms. Bhutto", "she" is not "Mr. Tusk").
    const other = lower === 'he' ? /^(?:Mrs|Ms|Miss)\b/ : lower === 'she' ? /^Mr\b/ : /$^/;
    const own = names(sentence, before, article).filter((n) => n.person && !other.test(n.name));
    if (own.length) return own[own.length - 1]!.name;
    // "Chua said he had no intention … But he said he would …": a "he" or "she" that opens its sentence continues the
    // person the sentences before are about, their subject outside any quotation, not a name from inside one.
    if (!title && !/\p{L}/u.test(sentence.replace(OPENING_CONNECTIVE, ''))) {
      const subject = personSubjectBefore(before);
      if (subject && !other.test(subject))
        return /^the\s/i.test(subject) ? resolveEnglish(subject, before, context) : subject;
    }
    const all = names(before, before, article).filter((n) => !other.test(n.name));
    const people = all.filter((n) => n.person);
    // No name reads surely as a person: the last speaker named with a reporting verb ("… on it," Roy said.), else the
    // last name of two or three words that holds no institution word.
    const likely = all.filter((n) => /^\S+(?:\s\S+){1,2}$/.test(n.name) && !n.name.split(/\s+/).some(isHead));
    return (people[people.length - 1] ?? lastSpeaker(before) ?? likely[likely.length - 1])?.name ?? actor;
  }
  if (/^(?:it|they)$/.test(lower)) {
    // The actor of the clause's earlier commitment, the first organisation or country the sentence names before
    // the pronoun, the last actor, or the one the text names most often.
    if (clauseActor) return clauseActor;
    const own = names(sentence, before, article).find((n) => !n.person);
    if (own) return own.name;
    // "Members of the Scottish cabinet are in Skye. They are also … They will meet …": a sentence-opening "they"
    // continues the plural subject of the sentences before.
    if (lower === 'they' && !sentence.trim()) {
      const plural = pluralSubjectBefore(before);
      if (plural) return plural;
    }
    if (lower === 'it' && !sentence.trim()) {
      const singular = singularSubjectBefore(before);
      if (singular) return singular;
    }
    if (lastActor) return lastActor;
    return actor;
  }
  // "the company", "the Japanese company": the organisation the text names most often.
  // "the bank" → "the Bank of Japan": the last name the text writes with that noun, else the one named most often.
  // "the Japanese company": a nationality or a place before the noun does not change whom it stands for ("The new
  // company" is another one).
  const noun = /^[Tt]he\s+(?:\p{Lu}[\p{L}-]+\s+)?(\p{L}+)$/u.exec(actor)?.[1]?.toLowerCase();
  if (noun && ORGANISATION_NOUNS_EN.has(noun)) {
    const holding = names(before, before, article).filter((n) => n.name.toLowerCase().split(/\s+/).includes(noun));
    return holding[holding.length - 1]?.name ?? mostNamed(before) ?? lastActor ?? actor;
  }
  // "the Union" → "the European Union": the last fuller mention ending with the same head word.
  const head = /^the\s+([A-Z][\p{L}-]+)$/u.exec(actor)?.[1];
  if (head && EN_HEADS.has(head.toLowerCase())) {
    const fuller = [...before.matchAll(new RegExp(`\\b(?:the\\s+)?(?:[A-Z][\\p{L}-]+\\s+)+${head}\\b`, 'gu'))];
    const last = fuller[fuller.length - 1]?.[0];
    if (last) return last;
  }
  return actor;
}
