/**
 * The name-variants flag: a name spelled two ways in one article ("صدام حفتر" / "سعدام حفتر", "Saddam Haftar" /
 * "Saadam Haftar"). Reads the name-like words of the text, groups them by the name they stand next to, and reports
 * pairs that are two spellings of one name (analysis/flags/spelling.ts).
 */
import { ARABIC, MIN_NAME_LETTERS, arabicStem, areNameVariants, closePairs } from './spelling';
import { sentenceSpans } from '../sentences';
import { foldWord, isStopWord, stripArabicPrefixes } from '../words';
import { entriesOf } from '../../lexicon/compile';
import { NOT_NAMES } from '../../lexicon/not-names';
import { ANALYSIS } from '../../settings/analysis';

/** Distinct forms compared per neighbour: bounds the pairwise work on long texts. */
const MAX_FORMS_PER_NEIGHBOUR = 300;

/** Frequent Arabic words that are never names (folded, without clitics), in any of their forms. */
const AR_NOT_NAMES = new Set(entriesOf(NOT_NAMES, ['ar']).map((w) => foldWord(w)));

/** Conjunction + preposition clitics, then the article: والسنة, بالسنة, للسنة, فالوزير, كالعادة. */
const AR_DEFINITE = /^[وف]?(?:[بكل]?ال|لل)[\u0621-\u064a]{3,}$/;

/** A folded Arabic word that is not name-like: definite (ال), or a frequent word in any of its forms. */
function arabicCommonWord(folded: string, key: string): boolean {
  if (AR_DEFINITE.test(folded)) return true;
  if (isStopWord(folded) || isStopWord(key)) return true;
  const bare = /^[وفبلك][\u0621-\u064a]{3,}$/.test(key) ? key.slice(1) : key;
  return [key, bare, arabicStem(key), arabicStem(bare)].some((w) => AR_NOT_NAMES.has(w));
}

/** A word of the text as the name-variants flag sees it (the same wherever the word stands). */
interface NameToken {
  text: string;
  key: string;
  bare: boolean;
  candidate: boolean;
  neighbour: boolean;
  /** A capitalised Latin-script word. */
  capital: boolean;
}

/** The shape of one word of the text (the same wherever the word stands). */
function wordShape(raw: string): NameToken {
  if (ARABIC.test(raw)) {
    const folded = foldWord(raw);
    const key = stripArabicPrefixes(folded);
    const common = arabicCommonWord(folded, key);
    return {
      text: raw,
      key,
      bare: key === folded,
      candidate: !common && key.length >= MIN_NAME_LETTERS,
      neighbour: !common && key.length >= 3,
      capital: false,
    };
  }
  // "Erdoğan'ın", "Ankara'da", "Merkel's": a case ending or a possessive after an apostrophe is no part of the
  // name ("O'Brien" keeps its capital).
  const word = raw.replace(/['’]\p{Ll}+$/u, '');
  const capital = /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word.slice(0, 4));
  const key = word.toLowerCase();
  const stop = isStopWord(key);
  return {
    text: word,
    key,
    bare: word === raw,
    candidate: capital && !stop && key.length >= MIN_NAME_LETTERS,
    neighbour: capital && !stop && key.length >= 2,
    capital,
  };
}

/**
 * A Latin-script word that opens with a small letter: neither a name nor a name's neighbour (wordShape gives it
 * neither role), so one shared token stands for all of them.
 */
const PLAIN_WORD: NameToken = { text: '', key: '', bare: true, candidate: false, neighbour: false, capital: false };

/** A word of the text: letters and marks, with an apostrophe-led ending. */
const NAME_WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;
/** One white-space character. */
const SPACE = /\s/;

/** Whether the text between two offsets is white space only (or empty). */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!SPACE.test(text[i]!)) return false;
  return true;
}

/**
 * The words of a text segment, in order, with null between words that punctuation separates. `shapes` holds the
 * shapes of words already seen (an article repeats its words: each is looked at once). Latin-script words the
 * segment capitalises where no sentence starts (capitalised as names, not by position) are added to `midCapitals`.
 */
function nameTokens(
  segment: string,
  shapes: Map<string, NameToken>,
  midCapitals: Set<string>,
  proseCapitals: Map<string, number>,
): (NameToken | null)[] {
  // Tokens, with null where punctuation separates them: only words written side by side are neighbours.
  const out: (NameToken | null)[] = [];
  // Small-letter words long enough to show prose (proseWordLetters), and capitalised words written mid-sentence.
  let longPlain = 0;
  const segmentCapitals: string[] = [];
  // The first word of each sentence is capitalised by position.
  const sentences = sentenceSpans(segment);
  let sentence = -1;
  let lastSentence = -1;
  let last = 0;
  NAME_WORD.lastIndex = 0;
  for (let m = NAME_WORD.exec(segment); m; m = NAME_WORD.exec(segment)) {
    if (!onlySpace(segment, last, m.index)) out.push(null);
    while (sentence + 1 < sentences.length && sentences[sentence + 1]![0] <= m.index) sentence++;
    const opensSentence = sentence !== lastSentence;
    lastSentence = sentence;
    last = m.index + m[0].length;
    const raw = m[0];
    const first = raw.charCodeAt(0);
    // a-z: the most frequent words by far, never capitalised and never Arabic unless mixed.
    if (first >= 0x61 && first <= 0x7a && !ARABIC.test(raw)) {
      if (raw.length >= ANALYSIS.nameFlags.proseWordLetters) longPlain++;
      out.push(PLAIN_WORD);
      continue;
    }
    let shape = shapes.get(raw);
    if (!shape) shapes.set(raw, (shape = wordShape(raw)));
    if (shape.neighbour && !(shape.capital && opensSentence)) {
      midCapitals.add(shape.key);
      if (shape.capital) segmentCapitals.push(shape.key);
    }
    out.push(shape);
  }
  // A segment whose small-letter words are all short (and, by, de, of) is written in title case (a headline, a
  // linked title): its capitals do not show which words are names.
  if (longPlain > 0) {
    for (const key of segmentCapitals) proseCapitals.set(key, (proseCapitals.get(key) ?? 0) + 1);
  }
  return out;
}

/** One spelling of a word, as seen next to one neighbouring name. */
interface Form {
  key: string;
  surface: string;
  bare: boolean;
  order: number;
  /** Name-like where it stands: Arabic, or a Latin-script word the text capitalises mid-sentence. */
  named: boolean;
}

/**
 * Names spelled two ways: two name tokens one letter apart (after folding Arabic spelling variants and clitics)
 * that stand next to the same other name token ("صدام حفتر" / "سعدام حفتر", "Saddam Haftar" / "Saadam Haftar").
 * Only name-like tokens take part: in Arabic, words without the article ال that are not frequent words (numbers,
 * months, common nouns) and that differ by more than an inflection ending; in Latin script, capitalised words
 * of which at least one spelling is capitalised mid-sentence somewhere (not merely by opening a sentence).
 * Values: the two spellings with the shared token, the first seen first.
 */
export function findNameVariants(segments: string[]): [string, string][] {
  // The forms seen next to each neighbour, standing before it (`before`) or after it (`after`); `groups` holds
  // both kinds of list, in the order first seen.
  const groups: Form[][] = [];
  const before = new Map<string, Form[]>();
  const after = new Map<string, Form[]>();
  let order = 0;
  const shapes = new Map<string, NameToken>();
  // Latin-script words the text capitalises where no sentence starts: capitalised as names, not by position; and
  // the times each is written so in prose (not in a title-case line).
  const midCapitals = new Set<string>();
  const proseCapitals = new Map<string, number>();
  const tokenised = [...new Set(segments)].map((segment) => nameTokens(segment, shapes, midCapitals, proseCapitals));
  const note = (side: Map<string, Form[]>, neighbour: string, t: NameToken, a: NameToken, b: NameToken) => {
    let forms = side.get(neighbour);
    if (!forms) {
      side.set(neighbour, (forms = []));
      groups.push(forms);
    }
    const known = forms.find((f) => f.key === t.key);
    if (known) {
      if (!known.bare && t.bare) Object.assign(known, { surface: `${a.text} ${b.text}`, bare: t.bare });
      return;
    }
    const named = ARABIC.test(t.key) || midCapitals.has(t.key);
    if (forms.length < MAX_FORMS_PER_NEIGHBOUR)
      forms.push({ key: t.key, surface: `${a.text} ${b.text}`, bare: t.bare, order: order++, named });
  };
  for (const tokens of tokenised) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!a || !b || a.key === b.key) continue;
      if (a.candidate && b.neighbour) note(before, b.key, a, a, b);
      if (b.candidate && a.neighbour) note(after, a.key, b, a, b);
    }
  }
  const found = new Map<string, [Form, Form]>();
  for (const forms of groups) {
    if (forms.length < 2) continue;
    for (const [x, y] of closePairs(forms)) {
      // "Leading Democrats" / "Leaving Democrats": words capitalised only by opening sentences are not names.
      if (!x.named && !y.named) continue;
      if (!areNameVariants(x.key, y.key)) continue;
      const pair = [x.key, y.key].sort().join('\u0000');
      const prior = found.get(pair);
      if (!prior || Math.min(x.order, y.order) < Math.min(prior[0].order, prior[1].order)) {
        found.set(pair, x.order <= y.order ? [x, y] : [y, x]);
      }
    }
  }
  for (const [x, y] of accentVariants(shapes, proseCapitals, order)) {
    const pair = [x.key, y.key].sort().join('\u0000');
    if (!found.has(pair)) found.set(pair, [x, y]);
  }
  return [...found.values()].sort((p, q) => p[0].order - q[0].order).map(([x, y]) => [x.surface, y.surface]);
}

/** Accents a name loses or gains as it is written across languages: acute, grave, tilde ("Rodríguez", "Peña"). */
const DROPPED_ACCENTS = /[\u0300\u0301\u0303]/gu;
/** A letter outside ASCII: only a word with one can lose an accent. */
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * A key without the accents a name loses or gains ("murátov" → "muratov", "rodríguez" → "rodriguez"). An umlaut or
 * another mark stays: it marks another word as often as another spelling ("Garten"/"Gärten").
 */
const withoutAccents = (key: string) => key.normalize('NFD').replace(DROPPED_ACCENTS, '').normalize('NFC');

/**
 * Latin-script names written with and without an accent, without a neighbour to compare them by ("Dmitry
 * Muratov" … "alertó Murátov"): both spellings capitalised mid-sentence in prose, the more frequent given first.
 * Names one letter apart in another way are reported only beside a shared neighbour: alone, they are two names as
 * often as one ("Johnson"/"Johnston", "Forest"/"Forrest").
 */
function accentVariants(
  shapes: Map<string, NameToken>,
  proseCapitals: Map<string, number>,
  order: number,
): [Form, Form][] {
  const { accentMinLetters } = ANALYSIS.nameFlags;
  // The spellings of each name once its accents are dropped: only a name written with an accent can have two.
  const byPlain = new Map<string, (Form & { count: number })[]>();
  const accented: string[] = [];
  for (const shape of shapes.values()) {
    const count = proseCapitals.get(shape.key) ?? 0;
    if (!shape.candidate || !shape.capital || count === 0 || shape.key.length < accentMinLetters) continue;
    if (!NON_ASCII.test(shape.key) && !byPlain.has(shape.key)) {
      byPlain.set(shape.key, [{ key: shape.key, surface: shape.text, bare: true, order: order++, named: true, count }]);
      continue;
    }
    // One spelling whatever its Unicode form: a precomposed "ü" and "u" with a combining mark look the same.
    const key = shape.key.normalize('NFC');
    const plain = withoutAccents(key);
    const forms = byPlain.get(plain) ?? [];
    if (forms.some((f) => f.key === key)) continue;
    if (forms.length === 0) byPlain.set(plain, forms);
    forms.push({ key, surface: shape.text, bare: true, order: order++, named: true, count });
    if (plain !== key) accented.push(plain);
  }
  const out: [Form, Form][] = [];
  for (const plain of new Set(accented)) {
    const forms = byPlain.get(plain)!;
    for (let i = 0; i < forms.length; i++)
      for (let j = i + 1; j < forms.length; j++) {
        const [x, y] = [forms[i]!, forms[j]!];
        out.push(x.count >= y.count ? [x, y] : [y, x]);
      }
  }
  return out;
}
