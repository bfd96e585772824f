/**
 * Announced actions in Arabic prose, beside the pledge verbs of arabic.ts: a future verb whose subject is an actor
 * ("قال الوزير إن الوزارة ستطلق …", "أعلنت «طيران الواحة» أنها ستطلق …"), a passive future attributed to one
 * ("سيتم … بحسب ما أعلنته الهيئة"), a decision ("قرر مجلس الوزراء رفع …") and a signature ("وقّعت الوزارة 9
 * اتفاقيات …"). Words are lexicon data (lexicon/actors.ts), compared folded.
 */
import { type Token, arabicSet, arabicSpan, bare, definite } from './arabic-tokens';
import { foldWord, isStopWord } from '../words';
import { entriesOf } from '../../lexicon/compile';
import {
  ACTOR_HEADS,
  AR_REPORTING_VERBS,
  ATTRIBUTIONS,
  DECISION_VERBS,
  NOT_FUTURE_VERBS,
  PAIR_ANAPHORS,
  SIGN_VERBS,
  SIGNED_NOUNS,
} from '../../lexicon/actors';
import { TIME_WORDS } from '../../lexicon/commitment-details';
import { NOT_NAMES } from '../../lexicon/not-names';
import { SETTINGS } from '../../settings';

const S = SETTINGS.analysis.commitments;

/** Actor head nouns, folded and without the article. */
const HEADS = new Set(entriesOf(ACTOR_HEADS, ['ar']).map((w) => foldWord(w).replace(/^ال/, '')));
const PAIRS = arabicSet(PAIR_ANAPHORS);
const NOT_FUTURE = arabicSet(NOT_FUTURE_VERBS);
const REPORTING = arabicSet(AR_REPORTING_VERBS);
const DECISION = arabicSet(DECISION_VERBS);
export const SIGN = arabicSet(SIGN_VERBS);
const SIGNED = arabicSet(SIGNED_NOUNS);
const ATTRIBUTION = arabicSet(ATTRIBUTIONS);
const NOT_NAME = new Set(entriesOf(NOT_NAMES, ['ar']).map(foldWord));
/** Time words ("اليوم", "الأحد"): they end an actor phrase. */
const TIME = new Set(entriesOf(TIME_WORDS, ['ar']).map((w) => foldWord(w).replace(/^ال/, '')));
/** Documents an attribution may name ("بحسب البلاغ"): they speak for the actor named before them. */
const DOCUMENTS = new Set(['بلاغ', 'بيان', 'اعلان', 'قرار', 'تقرير', 'مصدر', 'مصادر'].map(foldWord));

/** "أن", "إن", "بأن" (folded), and with an attached pronoun ("أنها", "إنه"): group 1 is the pronoun. */
const THAT = /^(?:ب)?ان(ها|ه|هم|هما)?$/;
/** A future verb: س + an imperfect prefix + a stem ("ستطلق", "سيصرف", "سنعمل"). */
const FUTURE = /^س[يتن][\u0621-\u064a]{2,}$/;

/** An announced action read from a clause: its actor (as the clause names it) and the action from its verb on. */
export interface Action {
  actor: string | null;
  /** Where the action's text starts in the clause. */
  from: number;
  /** Where its trigger word starts. */
  at: number;
  /** A signature (its terms may be stated by a pledge verb in the same clause). */
  sign: boolean;
}

/** A head noun of an actor ("وزارة", "الشركة") or a pair word ("الجانبان"). */
export const actorHead = (t: Token) => PAIRS.has(t.core) || HEADS.has(bare(t)) || HEADS.has(t.core);

/** A name-like word: no article, not a frequent word, not a function word, not a number. */
const nameLike = (t: Token) =>
  !definite(t) && !/\d/.test(t.f) && t.core.length >= 3 && !NOT_NAME.has(bare(t)) && !isStopWord(t.core);

/** A word that can open an actor: a head noun, a short name the page quotes, a pair word, or a name-like word. */
export function actorStart(t: Token): boolean {
  if (actorHead(t)) return true;
  if (t.quoted) return t.quoteLen <= S.maxQuotedNameWords;
  return nameLike(t);
}

/** An actor of `n` words from token `t`: a head, a short quoted name, or a name standing alone ("غوغل"). */
const actorPhrase = (t: Token, n: number) =>
  actorHead(t) || (t.quoted && t.quoteLen <= S.maxQuotedNameWords) || (n === 1 && nameLike(t));

/**
 * The actor phrase from token `i`: the head, a name or a second noun after an indefinite head ("مجلس إدارة
 * الشركة", "سلطنة عمان"), then definite words, و-joined definite words and "في"/"من" + a definite word, up to a
 * comma or an indefinite word. Returns the end index (exclusive).
 */
export function actorEnd(tokens: Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && k - i < S.maxActorWords && !tokens[k]!.comma) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (TIME.has(bare(t))) break; // "وزارة الإسكان اليوم الأحد": the time is not the actor
    if (t.quoted && prev.quoted) k++;
    else if (definite(t)) k++;
    // "مجلس إدارة الشركة", "سلطنة عمان", "وشركة غوغل": a second noun or a name after an indefinite head.
    else if (!definite(prev) && !prev.quoted && actorHead(prev) && !actorHead(t) && nameLike(t)) k++;
    else if (
      k === i + 1 &&
      !definite(prev) &&
      !prev.quoted &&
      tokens[k + 1] &&
      definite(tokens[k + 1]!) &&
      !tokens[k + 1]!.comma
    )
      k++;
    else if (['في', 'من'].includes(t.core) && tokens[k + 1] && definite(tokens[k + 1]!)) k += 2;
    else if (t.f !== t.core && !definite(t) && actorStart(t))
      k++; // "الأردن وسوريا": a second name joined by و
    else break;
  }
  return Math.min(k, tokens.length);
}

/** The nearest actor phrase before token `before` in the clause, or null. */
function nearestActor(clause: string, tokens: Token[], before: number): string | null {
  for (let k = before - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (
      (HEADS.has(bare(t)) || (t.quoted && t.quoteLen <= S.maxQuotedNameWords)) &&
      !(t.quoted && tokens[k - 1]?.quoted)
    ) {
      return arabicSpan(clause, tokens, k, actorEnd(tokens, k));
    }
  }
  return null;
}

/** The subject of a future verb at `i`: after "أن/إن", the speaker for "أنها", before the verb, or after it. */
function futureSubject(clause: string, tokens: Token[], i: number): { actor: string | null; ok: boolean } {
  for (let k = i - 1; k >= Math.max(0, i - S.maxSubjectWords - 1); k--) {
    const that = THAT.exec(tokens[k]!.core);
    if (!that) continue;
    if (that[1]) {
      // "أعلنت «طيران الواحة» أنها ستطلق": the pronoun is the speaker, the reporting verb's subject.
      for (let j = k - 1; j >= 0; j--) {
        if (!REPORTING.has(tokens[j]!.core)) continue;
        if (j + 1 < k && actorStart(tokens[j + 1]!)) return { actor: arabicSpan(clause, tokens, j + 1, k), ok: true };
        break;
      }
      const near = nearestActor(clause, tokens, k);
      return { actor: near, ok: near !== null };
    }
    if (k + 1 >= i) return { actor: null, ok: false };
    return { actor: arabicSpan(clause, tokens, k + 1, i), ok: actorPhrase(tokens[k + 1]!, i - k - 1) };
  }
  // "ستطلق الوزارة …": the subject after the verb.
  const next = tokens[i + 1];
  if (next && !next.comma && definite(next) && HEADS.has(bare(next))) {
    return { actor: arabicSpan(clause, tokens, i + 1, actorEnd(tokens, i + 1)), ok: true };
  }
  return { actor: null, ok: false };
}

/** A future verb ("ستطلق", "وسيصرف"), or "سوف" before a present verb: the number of words it takes, else 0. */
function futureVerb(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  if (t.core === 'سوف' && /^[يتن]/.test(tokens[i + 1]?.core ?? '')) return 2;
  return FUTURE.test(t.core) && !NOT_FUTURE.has(t.core) && t.core !== 'سيتم' ? 1 : 0;
}

/**
 * Announced actions of a clause, in order. `blocked(i)` says whether a word around the trigger at `i` makes it no
 * commitment (a negation, a condition, a prediction …; arabic.ts decides).
 */
export function arabicActions(clause: string, tokens: Token[], blocked: (i: number) => boolean): Action[] {
  const out: Action[] = [];
  let last: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const n = futureVerb(tokens, i);
    if (n) {
      if (blocked(i)) return out;
      let { actor, ok } = futureSubject(clause, tokens, i);
      // "وستصرف مستحقاتهم": a future verb joined to the one before shares its subject.
      if (!ok && last && t.f !== t.core) ({ actor, ok } = { actor: last, ok: true });
      if (ok) {
        const at = t.start + (t.f.length - t.core.length);
        out.push({ actor, from: at, at, sign: false });
        last = actor;
      }
      i += n - 1;
      continue;
    }
    if (t.core === 'سيتم') {
      if (blocked(i)) return out;
      const actor = attributed(clause, tokens, i) ?? nearestActor(clause, tokens, i) ?? last;
      const at = t.start + (t.f.length - t.core.length);
      if (actor) out.push({ actor, from: at, at, sign: false });
      continue;
    }
    const decision = DECISION.has(t.core);
    const sign = SIGN.has(t.core) || SIGN.has(t.f);
    if (!decision && !sign) continue;
    const next = tokens[i + 1];
    if (!next || !actorStart(next)) continue;
    if (blocked(i)) return out;
    const end = actorEnd(tokens, i + 1);
    const actor = arabicSpan(clause, tokens, i + 1, end);
    // Past an aside set off by commas ("، من جهته،", "، في اجتماعه …،") to what was decided or signed.
    let obj = end;
    if (tokens[obj]?.comma) {
      let k = obj + 1;
      while (k < tokens.length && !tokens[k]!.comma && k - obj < S.maxAsideWords) k++;
      obj = tokens[k]?.comma ? k : obj;
    }
    if (obj >= tokens.length) continue;
    // A signature binds to what was signed: an agreement, a memorandum, a contract within a few words.
    if (sign && !tokens.slice(obj, obj + S.signedNounReach).some((x) => SIGNED.has(x.core))) continue;
    out.push({ actor, from: tokens[obj]!.start, at: t.start + (t.f.length - t.core.length), sign });
    last = actor;
  }
  return out;
}

/** The actor an attribution after `i` names ("بحسب ما أعلنته الهيئة" → الهيئة); a document defers. */
function attributed(clause: string, tokens: Token[], i: number): string | null {
  for (let k = i + 1; k < tokens.length; k++) {
    if (!ATTRIBUTION.has(tokens[k]!.core)) continue;
    let j = k + 1;
    if (tokens[j]?.core === 'ما') j += 2; // "بحسب ما أعلنته"
    const t = tokens[j];
    if (!t || DOCUMENTS.has(bare(t)) || !actorStart(t)) return null;
    return arabicSpan(clause, tokens, j, actorEnd(tokens, j));
  }
  return null;
}
