/**
 * Who a commitment's actor is, as the article names it: "الاتحاد" → "الاتحاد الأوروبي" and "the Union" → "the
 * European Union" (the fullest form the article used before), "الجانبان" / "الدولتان" → the two actors the
 * article named together, and "he", "she", "it", "they", "we" → the nearest named antecedent. An actor the
 * article never names more fully stays as the clause gives it.
 */
import { actorEnd, actorStart, SIGN } from './arabic-actions';
import { type Token, arabicSet, arabicSpan, bare, definite, tokenize } from './arabic-tokens';
import { entriesOf } from '../../lexicon/compile';
import { ACTOR_HEADS, PAIR_ANAPHORS } from '../../lexicon/actors';
import { PLEDGE_VERBS } from '../../lexicon/pledge-verbs';
import { SETTINGS } from '../../settings';

const S = SETTINGS.analysis.commitments;

/** What the article said before a clause: the text its actors are resolved against. */
export interface ActorContext {
  /** The article's title and text before the clause (its recent part). */
  before: string;
}

const PAIRS = arabicSet(PAIR_ANAPHORS);
/** Verbs whose subject is a party that acts: pledges, agreements, signatures. */
const PARTY_VERBS = new Set([...arabicSet(PLEDGE_VERBS), ...SIGN]);
/** English actor heads ("Union", "Commission"): "the Union" may be a short form of "the European Union". */
const EN_HEADS = new Set(entriesOf(ACTOR_HEADS, ['en']));
const HAS_ARABIC = /[\u0600-\u06ff]/;
/** Months and weekdays: capitalised, never an antecedent. */
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The actor as the article names it (see the module comment). */
export function resolveActor(actor: string | null, clause: string, context: ActorContext | null): string | null {
  if (!actor) return null;
  const at = clause.indexOf(actor);
  const before = `${context?.before ?? ''}\n${at > 0 ? clause.slice(0, at) : ''}`.slice(-S.contextChars);
  return HAS_ARABIC.test(actor) ? resolveArabic(actor, before) : resolveEnglish(actor, before);
}

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

/** Capitalised name phrases of a text, in order, with whether each reads as a person ("Donald Tusk", "Mr. Tusk"). */
function names(text: string): { name: string; person: boolean }[] {
  const out: { name: string; person: boolean }[] = [];
  const re = /(?:\b(?:Mr|Mrs|Ms|Dr)\.\s+)?\b[A-Z][\p{L}'’.-]*(?:\s+(?:of\s+)?[A-Z][\p{L}'’.-]*)*/gu;
  for (const m of text.matchAll(re)) {
    const name = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    const words = name.split(/\s+/);
    if (words.every((w) => CALENDAR.test(w))) continue;
    // The first word of a sentence is capitalised by position: "The", "After" are not names.
    const start = text.slice(Math.max(0, m.index - 3), m.index);
    if (words.length === 1 && (/[.!?"“]\s*$/.test(start) || m.index === 0)) continue;
    const person =
      /^(?:Mr|Mrs|Ms|Dr)\./.test(name) ||
      (words.length >= 2 && words.length <= 3 && !words.some((w) => EN_HEADS.has(w.toLowerCase())));
    out.push({ name, person });
  }
  return out;
}

function resolveEnglish(actor: string, before: string): string {
  const lower = actor.toLowerCase();
  if (/^(?:he|she)$/.test(lower)) {
    const people = names(before).filter((n) => n.person);
    return people[people.length - 1]?.name ?? actor;
  }
  if (/^(?:it|they|we|the company|the firm|the group)$/.test(lower)) {
    // The organisation the text names most often (a company, a country), else the last one named.
    const count = new Map<string, number>();
    for (const n of names(before)) if (!n.person) count.set(n.name, (count.get(n.name) ?? 0) + 1);
    let best: string | null = null;
    for (const [name, c] of count) if (!best || c >= count.get(best)!) best = name;
    return best ?? actor;
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
