/**
 * Commitments stated in Arabic prose: a pledge verb (تعهد، التزم، وعد، اتفق), a future giving verb (سيقدم، سوف
 * يوفر), an asserted commitment noun (أكد التزامه بـ) or an agreement (اتفاق على), with its actor and object,
 * unless the clause negates, refuses, appeals, predicts, conditions, hopes or only tentatively agrees. Words are
 * compared folded (analysis/words.ts) and are lexicon data (lexicon/pledge-verbs.ts, lexicon/pledge-blockers.ts,
 * lexicon/pledge-clauses.ts, lexicon/affixes.ts).
 */
import { type ClausePledge, finishObject } from './common';
import { alternation } from '../patterns';
import { foldWord } from '../words';
import { normalizeSpace } from '../../common/text';
import { COMMITMENT_NOUN_SUFFIXES, VERBAL_NOUN_PREFIXES } from '../../lexicon/affixes';
import { entriesOf, type Lexicon } from '../../lexicon/compile';
import {
  APPEALS,
  CONDITIONS,
  NEGATIONS,
  OPINIONS,
  PREDICTIONS,
  REFUSALS,
  TENTATIVE,
} from '../../lexicon/pledge-blockers';
import { BA_VERBAL_NOUNS, OBJECT_MARKERS, ROOT_INITIAL_WAW, SUBJECT_OPENERS } from '../../lexicon/pledge-clauses';
import {
  AGREEMENT_NOUNS,
  ASSERT_VERBS,
  COMMITMENT_NOUNS,
  GIVE_VERBS,
  PAST_PLEDGE_VERBS,
  PLEDGE_VERBS,
  SAWFA_GIVE_VERBS,
} from '../../lexicon/pledge-verbs';

/** A word of a clause with its offsets and its folded forms. */
interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded, without diacritics. */
  f: string;
  /** Folded, without an attached conjunction و/ف. */
  core: string;
}

/** The Arabic entries of a lexicon, folded, as a set. */
const arabicSet = (lexicon: Lexicon) => new Set(entriesOf(lexicon, ['ar']).map(foldWord));

/** Words that begin with و or ف as part of the root: never split off as a conjunction. */
const KEEP_INITIAL_WAW = new Set(entriesOf(ROOT_INITIAL_WAW));

/** The words of a clause (letters, marks, digits, inner apostrophes and hyphens). */
function tokenize(clause: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const f = foldWord(m[0]);
    const core = /^[وف][\u0621-\u064a]{2,}/.test(f) && !KEEP_INITIAL_WAW.has(f) ? f.slice(1) : f;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, f, core });
  }
  return out;
}

/** Verbs that state a pledge (past, present and future forms, folded). */
const AR_PLEDGE = arabicSet(PLEDGE_VERBS);
/** Past forms: "قد تعهد" is emphatic (has pledged), "قد يتعهد" is a maybe. */
const AR_PAST = arabicSet(PAST_PLEDGE_VERBS);
/**
 * "will provide"-type verbs: future forms only (the present tense of these reports, it does not pledge). The
 * "سوف " branch never matches a single token; "سوف يقدم" is read through AR_WILL_AFTER_SAWFA.
 */
const AR_WILL = new RegExp(`^(?:س|سوف )?(?:سي|ست|سن)${alternation(GIVE_VERBS, ['ar'])}(?:ان|ون|وا)?$`);
/** Present forms that سوف makes future: "سوف يقدم". */
const AR_WILL_AFTER_SAWFA = arabicSet(SAWFA_GIVE_VERBS);
/** Verbs that introduce "the commitment of X": أكد التزامه، أعرب عن التزام الاتحاد، جدد التزامه. */
const AR_ASSERT = arabicSet(ASSERT_VERBS);
/** A commitment noun with its clitics; group 1 is its ending (an attached pronoun, or the plural ات). */
const AR_COMMIT_NOUN = new RegExp(
  `^(?:[وب]?(?:ال)?)${alternation(COMMITMENT_NOUNS)}(${alternation(COMMITMENT_NOUN_SUFFIXES)})?$`,
);
/** An agreement noun with its clitics: اتفاق، الاتفاق، والاتفاق. */
const AR_AGREEMENT_NOUN = new RegExp(`^(?:[وب]?(?:ال)?)${alternation(AGREEMENT_NOUNS)}$`);

/** Negations within three words before the verb (ما only just before it). */
const AR_NEGATION = arabicSet(NEGATIONS);
/** Refusals anywhere before the verb. */
const AR_REFUSAL = arabicSet(REFUSALS);
/** Appeals and obligations before the verb. */
const AR_APPEAL = arabicSet(APPEALS);
/** Predictions and possibilities before the verb. */
const AR_PREDICTION = arabicSet(PREDICTIONS);
/** Conditions anywhere in the clause. */
const AR_CONDITION = arabicSet(CONDITIONS);
/** Opinions, hopes and wishes before the verb. */
const AR_OPINION = arabicSet(OPINIONS);
/** Qualifiers that make an agreement or pledge tentative: it is not yet a commitment. */
const AR_TENTATIVE = arabicSet(TENTATIVE);

/** Words that end a subject and start what was committed to (compared as written: folded cores). */
const OBJECT_MARKER_WORDS = entriesOf(OBJECT_MARKERS);
/** Words that open a clause, before a subject written ahead of its verb (compared as written: folded words). */
const SUBJECT_OPENER_WORDS = entriesOf(SUBJECT_OPENERS);
/** Beginnings of a verbal noun after ب. */
const VERBAL_NOUN_START = new RegExp(`^${alternation(VERBAL_NOUN_PREFIXES)}`);
/** A ب-prefixed word that reads as a preposition + verbal noun (بتعزيز، بمساندة، بالعمل، بدعم). */
const COMMON_MASDAR = arabicSet(BA_VERBAL_NOUNS);

/** Words that end a subject and start what was committed to: على، أن، بأن, or a ب-prefixed verbal noun. */
function isObjectMarker(t: Token): boolean {
  return OBJECT_MARKER_WORDS.includes(t.core) || /^ب[\u0621-\u064a]{2,}/.test(t.core);
}

/** Whether a ب-prefixed word reads as ب + verbal noun rather than a name that starts with ب (بريطانيا). */
function looksLikeVerbalNoun(t: Token): boolean {
  if (!/^ب/.test(t.core)) return true;
  const rest = t.core.slice(1);
  return VERBAL_NOUN_START.test(rest) || COMMON_MASDAR.has(rest);
}

/** Index of the object marker after `from` (skipping a subject that merely starts with ب, like بريطانيا). */
function findObject(tokens: Token[], from: number, limit = 7): number {
  const end = Math.min(tokens.length, from + limit);
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    if (!isObjectMarker(t)) continue;
    if (i === from && /^ب/.test(t.core) && !looksLikeVerbalNoun(t)) {
      const later = tokens.slice(i + 1, end).some(isObjectMarker);
      if (later) continue;
    }
    return i;
  }
  return -1;
}

/** Where the object starts after its marker: after a marker word, or after the ب attached to a verbal noun. */
function stripMarker(t: Token): number {
  if (OBJECT_MARKER_WORDS.includes(t.core)) return t.end;
  // A ب attached to the verbal noun: skip the (possibly و-prefixed) ب.
  return t.start + (t.f.length - t.core.length) + 1;
}

/** The clause text from token `from` to token `to` (exclusive), or null when empty. */
function arabicSpan(clause: string, tokens: Token[], from: number, to: number): string | null {
  if (to <= from) return null;
  const s = normalizeSpace(clause.slice(tokens[from]!.start, tokens[to - 1]!.end));
  return s || null;
}

/** Subject written before the verb (subject–verb order): up to four words after the last clause opener. */
function subjectBefore(clause: string, tokens: Token[], verb: number): string | null {
  let start = verb;
  while (start > 0 && verb - start < 4) {
    const t = tokens[start - 1]!;
    if (SUBJECT_OPENER_WORDS.includes(t.f)) break;
    if (t.core !== t.f && start - 1 < verb) {
      // "والاتحاد تعهد": a و-prefixed word opens the subject.
      start--;
      break;
    }
    start--;
  }
  if (start === verb) return null;
  const first = tokens[start]!;
  const text = normalizeSpace(clause.slice(first.start + (first.f.length - first.core.length), tokens[verb - 1]!.end));
  return text || null;
}

/** A word in the clause that makes the pledge at `trigger` no commitment (see the module comment). */
function blockedArabic(tokens: Token[], trigger: number, triggerPast: boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (AR_CONDITION.has(t.core) || AR_TENTATIVE.has(t.core)) return true;
    if (i >= trigger) continue;
    if (AR_APPEAL.has(t.core) || AR_PREDICTION.has(t.core) || AR_OPINION.has(t.core) || AR_REFUSAL.has(t.core))
      return true;
    if (t.core === 'قد') {
      // "قد تعهد" (has pledged) is emphatic; "قد يتعهد" (may pledge) is a maybe.
      const maybe = i === trigger - 1 ? !triggerPast : /^[يتن]/.test(tokens[i + 1]?.core ?? '');
      if (maybe) return true;
    }
    if (t.core === 'ما' ? i === trigger - 1 : trigger - i <= 3 && AR_NEGATION.has(t.core)) return true;
  }
  return false;
}

/** The pledge an Arabic clause states, or null. */
export function arabicCommitment(clause: string): ClausePledge | null {
  const tokens = tokenize(clause);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // أكد التزامه بـ / أعرب السفير عن التزام الاتحاد بـ / جدد التزام بلاده بـ. The noun alone also means
    // compliance ("رصد التزام الأطراف بالهدنة"): it states a commitment only when a verb asserts it.
    const noun = AR_COMMIT_NOUN.exec(t.core);
    let assert = -1;
    if (noun) {
      for (let j = i - 1; j >= Math.max(0, i - 5) && assert < 0; j--) if (AR_ASSERT.has(tokens[j]!.core)) assert = j;
    }
    if (noun && assert >= 0) {
      if (blockedArabic(tokens, assert, false)) return null;
      const suffix = noun[1] ?? '';
      const ownPledge = suffix !== '' && suffix !== 'ات'; // التزامه، التزامها، التزاماتهم: the speaker's own
      let actor: string | null = null;
      let obj: number;
      if (ownPledge) {
        const about = tokens.findIndex((x, k) => k > assert && k < i && x.core === 'عن');
        actor = arabicSpan(clause, tokens, assert + 1, about >= 0 ? about : i);
        obj = findObject(tokens, i + 1, 3);
      } else {
        obj = findObject(tokens, i + 1);
        if (obj >= 0) actor = arabicSpan(clause, tokens, i + 1, obj);
      }
      if (obj < 0) continue;
      const commitment = finishObject(clause.slice(stripMarker(tokens[obj]!)));
      if (commitment) return { actor, commitment };
      continue;
    }
    // اتفاق على / اتفاق بين الجانبين على
    if (AR_AGREEMENT_NOUN.test(t.core)) {
      const on = tokens.findIndex((x, k) => k > i && k <= i + 6 && (x.core === 'على' || x.core === 'علي'));
      if (on < 0) continue;
      if (blockedArabic(tokens, i, false)) return null;
      const between = tokens.findIndex((x, k) => k > i && k < on && x.core === 'بين');
      const actor = between >= 0 ? arabicSpan(clause, tokens, between + 1, on) : null;
      const commitment = finishObject(clause.slice(tokens[on]!.end));
      if (commitment) return { actor, commitment };
      continue;
    }
    let will = AR_WILL.test(t.core);
    let verbEnd = i + 1;
    if (!will && t.core === 'سوف' && AR_WILL_AFTER_SAWFA.has(tokens[i + 1]?.core ?? '')) {
      will = true;
      verbEnd = i + 2;
    }
    const pledge = AR_PLEDGE.has(t.core) || AR_PLEDGE.has(t.f);
    if (!pledge && !will) continue;
    if (blockedArabic(tokens, i, AR_PAST.has(t.core))) return null;
    const obj = findObject(tokens, verbEnd);
    let actor: string | null;
    let startAt: number;
    if (obj >= 0 && !(will && obj > verbEnd + 4)) {
      actor = arabicSpan(clause, tokens, verbEnd, obj);
      startAt = stripMarker(tokens[obj]!);
    } else if (will) {
      // "سيقدم الاتحاد الأوروبي دعمًا": the subject is the run of definite words after the verb.
      let k = verbEnd;
      while (k < tokens.length && k < verbEnd + 4 && /^ال/.test(tokens[k]!.core)) k++;
      actor = arabicSpan(clause, tokens, verbEnd, k);
      startAt = tokens[k]?.start ?? clause.length;
    } else {
      continue;
    }
    actor ??= subjectBefore(clause, tokens, i);
    const commitment = finishObject(clause.slice(startAt));
    if (commitment) return { actor, commitment };
  }
  return null;
}
