/**
 * Commitments stated in Arabic prose: a pledge verb (تعهد، التزم، وعد، اتفق), a future giving verb (سيقدم، سوف
 * يوفر), an asserted commitment noun (أكد التزامه بـ) or an agreement (اتفاق على), with its actor and object,
 * unless the clause negates, refuses, appeals, predicts, conditions, hopes or only tentatively agrees. Words are
 * compared folded (analysis/words.ts) and are lexicon data (lexicon/pledge-verbs.ts, lexicon/pledge-blockers.ts,
 * lexicon/pledge-clauses.ts, lexicon/affixes.ts).
 */
import { actorEnd, actorStart, arabicActions, SIGN } from './arabic-actions';
import { type Token, arabicSet, arabicSpan, tokenize } from './arabic-tokens';
import { type ClausePledge, finishObject, tailStart } from './common';
import { alternation } from '../patterns';
import { foldWord } from '../words';
import { normalizeSpace } from '../../common/text';
import { COMMITMENT_NOUN_SUFFIXES, VERBAL_NOUN_PREFIXES } from '../../lexicon/affixes';
import { entriesOf } from '../../lexicon/compile';
import {
  APPEALS,
  CONDITIONS,
  NEGATIONS,
  OPINIONS,
  PREDICTIONS,
  REFUSALS,
  TENTATIVE,
} from '../../lexicon/pledge-blockers';
import { BA_NOT_OBJECTS, BA_VERBAL_NOUNS, OBJECT_MARKERS, SUBJECT_OPENERS } from '../../lexicon/pledge-clauses';
import {
  AGREEMENT_NOUNS,
  ASSERT_VERBS,
  COMMITMENT_NOUNS,
  PAST_PLEDGE_VERBS,
  PLEDGE_VERBS,
} from '../../lexicon/pledge-verbs';

/** Verbs that state a pledge (past, present and future forms, folded). */
const AR_PLEDGE = arabicSet(PLEDGE_VERBS);
/** Past forms: "قد تعهد" is emphatic (has pledged), "قد يتعهد" is a maybe. */
const AR_PAST = arabicSet(PAST_PLEDGE_VERBS);
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

/** ب-words that are prepositions, never the start of what was committed to ("بموجبها", "بحسب"). */
const NOT_OBJECT = new RegExp(`^${alternation(BA_NOT_OBJECTS)}`);

/** Words that end a subject and start what was committed to: على، أن، بأن, or a ب-prefixed verbal noun. */
function isObjectMarker(t: Token): boolean {
  if (NOT_OBJECT.test(t.core)) return false;
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
  // "تعهد الوزير، في تصريح للصحافة …، بنشر": an aside set off by commas after the subject is passed over.
  const aside = tokens[from + 1]?.comma ? limit : 0;
  const end = Math.min(tokens.length, from + limit + aside);
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

/** A pledge found in a clause: who, where its text starts and where its trigger word is. */
interface Found {
  actor: string | null;
  /** Offset in the clause where the commitment's text starts. */
  from: number;
  /** Offset of the trigger word: the text of the pledge before ends there. */
  at: number;
}

/** The actor between a pledge verb and its object, past "بموجبها", "بموجب المذكرة" (under which). */
function actorBetween(clause: string, tokens: Token[], from: number, to: number): string | null {
  let a = from;
  while (a < to && NOT_OBJECT.test(tokens[a]!.core)) a += /(?:ها|ه|هما|هم)$/.test(tokens[a]!.core) ? 1 : 2;
  let b = a;
  while (b < to && !NOT_OBJECT.test(tokens[b]!.core)) b++;
  return arabicSpan(clause, tokens, a, b);
}

/** The signer of a signature before token `i` ("ووقّع الجانبان محضر اتفاق يلتزمان بموجبه …"), or null. */
function signerBefore(clause: string, tokens: Token[], i: number): string | null {
  for (let k = i - 1; k >= 0; k--) {
    if (!SIGN.has(tokens[k]!.core) || !tokens[k + 1] || !actorStart(tokens[k + 1]!)) continue;
    return arabicSpan(clause, tokens, k + 1, actorEnd(tokens, k + 1));
  }
  return null;
}

/** The pledges of a clause (pledge verbs, asserted commitment nouns, agreements), or null when it is blocked. */
function pledgesIn(clause: string, tokens: Token[]): Found[] | null {
  const out: Found[] = [];
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
      out.push({ actor, from: stripMarker(tokens[obj]!), at: tokens[assert]!.start });
      i = obj;
      continue;
    }
    // اتفاق على / اتفاق بين الجانبين على
    if (AR_AGREEMENT_NOUN.test(t.core)) {
      const on = tokens.findIndex((x, k) => k > i && k <= i + 6 && (x.core === 'على' || x.core === 'علي'));
      if (on < 0) continue;
      if (blockedArabic(tokens, i, false)) return null;
      const between = tokens.findIndex((x, k) => k > i && k < on && x.core === 'بين');
      const actor = between >= 0 ? arabicSpan(clause, tokens, between + 1, on) : null;
      out.push({ actor, from: tokens[on]!.end, at: t.start });
      i = on;
      continue;
    }
    if (!AR_PLEDGE.has(t.core) && !AR_PLEDGE.has(t.f)) continue;
    if (blockedArabic(tokens, i, AR_PAST.has(t.core))) return null;
    const obj = findObject(tokens, i + 1);
    if (obj < 0) continue;
    const actor =
      actorBetween(clause, tokens, i + 1, obj) ?? signerBefore(clause, tokens, i) ?? subjectBefore(clause, tokens, i);
    out.push({ actor, from: stripMarker(tokens[obj]!), at: t.start + (t.f.length - t.core.length) });
    i = obj;
  }
  return out;
}

/** Connectives that join the next pledge to the one before ("فيما التزمت …"): the text before ends without them. */
const TRAILING_JOIN = /\s+(?:فيما|بينما|كما|في حين|و)$/;

/** Verbal nouns that start a second undertaking after "، و" ("بتدريب …، ومنح …"): تفعيل and إفعال forms. */
const MASDAR = /^(?:ت[\u0621-\u064a]{2}ي[\u0621-\u064a]|[اإ][\u0621-\u064a]{2}ا[\u0621-\u064a])$/;

/** A commitment text cut at "، و" + a verbal noun into the undertakings it joins. */
function splitJoined(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const m = /،\s*و(\S+)/g;
    let cut = -1;
    for (let x = m.exec(rest); x; x = m.exec(rest)) {
      const word = foldWord(x[1]!);
      if (MASDAR.test(word) || COMMON_MASDAR.has(word)) {
        cut = x.index;
        parts.push(finishObject(rest.slice(0, cut)));
        rest = rest.slice(x.index + x[0].length - x[1]!.length);
        break;
      }
    }
    if (cut < 0) break;
  }
  parts.push(finishObject(rest));
  return parts.filter(Boolean);
}

/** An actor without an aside after a comma ("الأردن وسوريا، أمس") and with its quote closed. */
function cleanActor(actor: string | null): string | null {
  if (!actor) return null;
  const a = actor.split(/[،,]/)[0]!.trim();
  return (a.split('«').length > a.split('»').length ? `${a}»` : a) || null;
}

/** The pledges and announced actions an Arabic clause states, in order (none when it is blocked). */
export function arabicCommitments(clause: string): ClausePledge[] {
  const tokens = tokenize(clause);
  const pledges = pledgesIn(clause, tokens);
  if (!pledges) return [];
  const found = [...pledges];
  for (const a of arabicActions(clause, tokens, (i) => blockedArabic(tokens, i, false))) {
    // A signature whose terms a pledge verb states ("وقّعت … مذكرة تلتزم بموجبها …") is that pledge.
    if (a.sign && pledges.length) continue;
    if (found.some((f) => f.at === a.at || (a.at >= f.at && a.at < f.from))) continue;
    found.push(a);
  }
  found.sort((x, y) => x.at - y.at);
  // An action inside a trailing comment ("، في خطوة تقول الحكومة إنها ستقلص …") describes the one before.
  const first = found[0];
  const tail = first ? tailStart(clause.slice(first.from)) : -1;
  const kept = tail < 0 ? found : found.filter((f) => f === first || f.at < first!.from + tail);
  const out: ClausePledge[] = [];
  kept.forEach((f, k) => {
    const end = kept[k + 1] && kept[k + 1]!.at > f.from ? kept[k + 1]!.at : clause.length;
    const text = finishObject(clause.slice(f.from, end)).replace(TRAILING_JOIN, '');
    for (const commitment of splitJoined(text)) out.push({ actor: cleanActor(f.actor), commitment });
  });
  return out;
}
