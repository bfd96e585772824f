/**
 * A commitment's details, copied from its sentence: `when` (the deadline or date: "خلال ستة أشهر", "by the end of
 * this year") and `amount` (money or quantity: "250 مليون دولار", "$40 million", "20 في المئة"). A phrase inside
 * the commitment's own text wins over one elsewhere in the sentence. Words are lexicon data
 * (lexicon/commitment-details.ts), compared folded.
 */
import { foldWord, isStopWord } from '../words';
import { entriesOf, type Lexicon } from '../../lexicon/compile';
import {
  AMOUNT_OPENERS,
  AMOUNT_SCALES,
  AMOUNT_UNITS_AFTER,
  DURATION_UNITS,
  TIME_DETERMINERS,
  TIME_FILLERS,
  TIME_OPENERS,
  TIME_WORDS,
  WEAK_TIME_OPENERS,
} from '../../lexicon/commitment-details';
import { FUTURE_MARKERS } from '../../lexicon/announced-actions';
import { CONNECTIVES } from '../../lexicon/connectives';
import { alternation } from '../patterns';
import { SETTINGS } from '../../settings';

const S = SETTINGS.analysis.details;

/** A word (or number, or currency sign) of the sentence with its offsets and folded form. */
interface Token {
  start: number;
  end: number;
  f: string;
  /** Written with a capital (Latin script): a name, unless it is a month or a weekday. */
  capital: boolean;
  /** Punctuation between the previous token and this one ends a phrase. */
  broken: boolean;
}

/** Folded entries of a lexicon, each split into its words. */
const phrases = (lexicon: Lexicon) => entriesOf(lexicon).map((e) => e.split(' ').map(foldWord));
const set = (lexicon: Lexicon) => new Set(entriesOf(lexicon).map(foldWord));

const OPENERS = phrases(TIME_OPENERS);
const DETERMINERS = phrases(TIME_DETERMINERS);
const WEAK = set(WEAK_TIME_OPENERS);
const FILLERS = set(TIME_FILLERS);
const TIME = set(TIME_WORDS);
const DURATION = set(DURATION_UNITS);
const SCALES = set(AMOUNT_SCALES);
const UNITS = phrases(AMOUNT_UNITS_AFTER);
const AMOUNT_START = phrases(AMOUNT_OPENERS);
/** Connectives that may come before a sentence's opening time: "Then, on Friday, …". */
const OPENING = set(CONNECTIVES);

/** A commitment that opens with a future marker ("will announce", "plans to sign"): an announced action. */
const FUTURE_START = new RegExp(`^${alternation(FUTURE_MARKERS, ['en'])}\\s`, 'i');

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
/** A four-digit year (Western or Eastern Arabic digits). */
const YEAR = /^(?:19|20|١٩|٢٠)[0-9\u0660-\u0669]{2}$/;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’.,٫٬/-]*[\p{L}\p{M}\p{N}])?|[\p{Sc}%]/gu;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const gap = text.slice(last, m.index);
    const broken = /[،,.؛;:!?؟—–|]/.test(gap);
    out.push({ start: m.index, end: m.index + m[0].length, f: foldWord(m[0]), capital: /^\p{Lu}/u.test(m[0]), broken });
    last = m.index + m[0].length;
  }
  return out;
}

/** How many tokens from `i` spell one of `list`'s phrases (the longest), or 0. */
function phraseAt(tokens: Token[], i: number, list: string[][]): number {
  let best = 0;
  for (const words of list) {
    if (words.length <= best || i + words.length > tokens.length) continue;
    if (words.every((w, k) => tokens[i + k]!.f === w && (k === 0 || !tokens[i + k]!.broken))) best = words.length;
  }
  return best;
}

/** A time word, with an attached و/ب/ل or the article set aside ("والعام", "لشهر"). */
function isTime(f: string): boolean {
  if (TIME.has(f)) return true;
  const bare = f.replace(/^[وبل]/, '');
  return TIME.has(bare) || TIME.has(bare.replace(/^ال/, ''));
}

const hasDigit = (f: string) => DIGIT.test(f);

/** Time phrases of the sentence as [start token, end token) spans. */
function timeSpans(tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = phraseAt(tokens, i, OPENERS);
    const determiner = open ? 0 : phraseAt(tokens, i, DETERMINERS);
    if (!open && !determiner) continue;
    if (tokens[i]!.f === 'خلال' && tokens[i - 1]?.f === 'من') continue; // "من خلال": through, not during
    const arabic = /[\u0600-\u06ff]/.test(tokens[i]!.f);
    const from = i + open;
    let end = from;
    let lastTime = -1;
    let dated = false;
    while (end < tokens.length && end - i < S.maxWhenWords && !tokens[end]!.broken) {
      const t = tokens[end]!;
      const time = isTime(t.f);
      // A name ends an English time phrase ("from Iraq next year"); a month or a weekday does not.
      if (!arabic && t.capital && !time) break;
      if (time || YEAR.test(t.f)) dated = true;
      if (time || hasDigit(t.f)) lastTime = end;
      end++;
    }
    if (!dated || lastTime < 0) continue;
    // A weak opener ("في", "on", "in") is a time only when its time word comes at once, or after fillers only
    // ("in the next few months"): "in recent years", "on research" are not.
    if (open === 1 && WEAK.has(tokens[i]!.f)) {
      let k = from;
      while (!arabic && k < lastTime && (FILLERS.has(tokens[k]!.f) || hasDigit(tokens[k]!.f))) k++;
      if (!(isTime(tokens[k]!.f) || YEAR.test(tokens[k]!.f))) continue;
    }
    spans.push([i, lastTime + 1]);
    i = lastTime;
  }
  return spans;
}

/** An amount phrase and its rank: money with a scale above money, above a unit or a scale, above a count. */
interface Amount {
  span: [number, number];
  rank: number;
}

/** Amount phrases of the sentence, skipping dates, years, durations and model numbers. */
function amountSpans(tokens: Token[], times: [number, number][]): Amount[] {
  const inTime = (k: number) => times.some(([s, e]) => k >= s && k < e);
  const spans: Amount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!hasDigit(t.f) || inTime(i) || /\d-\d/.test(t.f)) continue;
    if (i > 0 && !t.broken && isTime(tokens[i - 1]!.f)) continue; // a date: "January 28"

    let end = i + 1;
    const next = tokens[end];
    let unit = false;
    let rank = 0;
    if (next && !next.broken && SCALES.has(next.f.replace(/^ب/, ''))) {
      end++;
      unit = true;
      rank += 1;
    }
    const u = end < tokens.length && !tokens[end]!.broken ? phraseAt(tokens, end, UNITS) : 0;
    if (u) {
      end += u;
      unit = true;
      rank += 1;
    }
    const before = tokens[i - 1];
    const currencyBefore = !!before && /^\p{Sc}$/u.test(before.f) && !t.broken;
    if (/%$/.test(t.f) || tokens[end]?.f === '%') {
      if (tokens[end]?.f === '%') end++;
      unit = true;
      rank += 1;
    }
    if (currencyBefore) rank += 2;
    const after = tokens[end];
    if (!unit && !currencyBefore) {
      // A count with its noun ("900 troops", "23 قطاراً"), but never a year, a duration or a date.
      if (YEAR.test(t.f) || !after || after.broken || DURATION.has(after.f) || isTime(after.f)) continue;
      if (!/^\p{L}/u.test(after.f) || after.f.length < 3 || isStopWord(after.f)) continue;
      if (/^[a-z]+(?:ed|ing|ly)$/.test(after.f)) continue; // "120 damaged": an adjective, not the counted noun
      end++;
    }
    let start = currencyBefore ? i - 1 : i;
    for (let k = Math.max(0, start - 4); k < start; k++) {
      const n = phraseAt(tokens, k, AMOUNT_START);
      if (n && k + n === start && !tokens[start]!.broken) {
        start = k;
        break;
      }
    }
    spans.push({ span: [start, end], rank });
    i = end - 1;
  }
  return spans;
}

/** The text of a span, starting at the first digit of a token with a letter glued before it ("بـ23"). */
function spanText(text: string, tokens: Token[], [s, e]: [number, number], digitStart = false): string {
  let from = tokens[s]!.start;
  if (digitStart) {
    const first = text.slice(from, tokens[s]!.end).search(DIGIT);
    if (first > 0 && /^\p{L}/u.test(text.slice(from, from + 1))) from += first;
  }
  return text.slice(from, tokens[e - 1]!.end);
}

/** The first span inside [from, to) of the text, else the first after `from` (what precedes the pledge is not it). */
function preferInside(tokens: Token[], spans: [number, number][], from: number, to: number) {
  const after = spans.filter(([s]) => tokens[s]!.start >= from);
  return after.find(([, e]) => tokens[e - 1]!.end <= to) ?? after[0] ?? null;
}

/** The when and the amount a commitment's sentence gives, copied from it; null when it gives none. */
export function commitmentDetails(
  evidence: string,
  commitment: string,
): { when: string | null; amount: string | null } {
  const tokens = tokenize(evidence);
  const at = evidence.indexOf(commitment);
  const [from, to] = at >= 0 ? [at, at + commitment.length] : [0, evidence.length];
  const times = timeSpans(tokens);
  // "On Friday, the administration will announce …": an announced action's time may open its clause (a pledge's
  // date before its verb says when it was made, not when it is due).
  // Only a time that opens the sentence, alone or after a connective ("On Friday, …", "Then, on Friday, …"): one
  // further in belongs to another verb ("hired a contractor in November and said it will …").
  const opening = FUTURE_START.test(commitment)
    ? times.find(([st, e]) => (st === 0 || (st === 1 && OPENING.has(tokens[0]!.f))) && tokens[e - 1]!.end <= from)
    : null;
  const when = preferInside(tokens, times, from, to) ?? opening ?? null;
  const amounts = amountSpans(tokens, times).filter((a) => tokens[a.span[0]]!.start >= from);
  const best = Math.max(-1, ...amounts.map((a) => a.rank));
  const amount = preferInside(
    tokens,
    amounts.filter((a) => a.rank === best).map((a) => a.span),
    from,
    to,
  );
  return {
    when: when ? spanText(evidence, tokens, when) : null,
    amount: amount ? spanText(evidence, tokens, amount, true) : null,
  };
}
