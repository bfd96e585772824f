/**
 * Quality flags: things a careful reader should know about the article itself — a name spelled two ways, a
 * phrase stuffed into the headings, no author, no date.
 */
import { sentenceSpans } from './sentences';
import { foldWord, isStopWord, stripArabicPrefixes } from './words';
import type { Flag, Section } from '../types';

// ---------------------------------------------------------------------------------------------------------------
// Name variants

/** Shortest name token (letters, after Arabic clitics are removed) compared for variants. */
const MIN_NAME_LETTERS = 4;
/** Distinct forms compared per neighbour: bounds the pairwise work on long texts. */
const MAX_FORMS_PER_NEIGHBOUR = 300;

const ARABIC = /[\u0621-\u064a]/;
/** Letters Arabic transliterations of one sound swap between (ص/س, ض/د, ط/ت, ظ ذ/ز, ث/س, ق/ك, ح/ه, ع ء/ا). */
const SOUND_ALIKE: Record<string, string> = {
  ص: 'س',
  ث: 'س',
  ض: 'د',
  ط: 'ت',
  ظ: 'ز',
  ذ: 'ز',
  ق: 'ك',
  ح: 'ه',
  ع: 'ا',
  ء: 'ا',
};
/** A word with sound-alike Arabic letters merged. */
const soundKey = (w: string) => (ARABIC.test(w) ? [...w].map((c) => SOUND_ALIKE[c] ?? c).join('') : w);

const AR_SUFFIXES = new Set([
  'ه',
  'ي',
  'ا',
  'ن',
  'ت',
  'و',
  'ات',
  'ين',
  'ون',
  'ان',
  'ها',
  'هم',
  'يه',
  'يا',
  'وا',
  'تا',
  'نا',
  'ته',
]);
const AR_PREFIXES = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ي', 'ت', 'ن', 'ا']);
const EN_SUFFIXES = new Set(['s', 'es', "'s", '’s']);

function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Endings that mark case, number or gender, not a different word: اثنا/اثني, مسلحون/مسلحين, اثنان/اثنين,
 * حكومة/حكومه (folded alike). Two words whose stems match once one such ending is removed are one word.
 */
const AR_INFLECTION_ENDING = /(?:ون|ين|ان|ا|ي|و|ه)$/;
const arabicStem = (w: string) => w.replace(AR_INFLECTION_ENDING, '');

/** The same word in another inflection or with a clitic: المتحدة/المتحد, قال/قالت, يعمل/تعمل, Minister/Ministers. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (ARABIC.test(a) && ARABIC.test(b)) {
    const sa = arabicStem(a);
    if (sa.length >= 3 && sa === arabicStem(b)) return true;
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const suffixes = ARABIC.test(long) ? AR_SUFFIXES : EN_SUFFIXES;
  if (long.startsWith(short) && suffixes.has(long.slice(short.length))) return true;
  if (ARABIC.test(long) && long.endsWith(short) && AR_PREFIXES.has(long.slice(0, long.length - short.length)))
    return true;
  // Same stem, different imperfect prefix: يعمل/تعمل.
  if (
    ARABIC.test(long) &&
    a.length === b.length &&
    a.slice(1) === b.slice(1) &&
    AR_PREFIXES.has(a[0]!) &&
    AR_PREFIXES.has(b[0]!)
  ) {
    return true;
  }
  return false;
}

/** Two spellings of one name: one letter apart (or one apart once sound-alike Arabic letters are merged). */
export function areNameVariants(a: string, b: string): boolean {
  if (sameWord(a, b)) return false;
  if (a.length < MIN_NAME_LETTERS || b.length < MIN_NAME_LETTERS) return false;
  if (editDistance(a, b, 1) <= 1) return true;
  if (ARABIC.test(a) && ARABIC.test(b)) {
    const sa = soundKey(a);
    const sb = soundKey(b);
    return sa !== sb ? editDistance(sa, sb, 1) <= 1 : true;
  }
  return false;
}

/** The word and every form of it with one letter deleted: two words one edit apart share one of these. */
function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++)
    out.push(w.slice(0, i) + '\u0001' + w.slice(i + 1), w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * Pairs of forms within one edit of each other (as written or as sounded), found through shared deletion keys
 * instead of comparing every pair: linear in the number of forms.
 */
function closePairs<T extends { key: string }>(forms: T[]): [T, T][] {
  const byKey = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const keys = new Set([...deletions(f.key), ...deletions(soundKey(f.key)).map((k) => `~${k}`)]);
    for (const k of keys) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  const seen = new Set<string>();
  const out: [T, T][] = [];
  for (const list of byKey.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const id = `${list[a]},${list[b]}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push([forms[list[a]!]!, forms[list[b]!]!]);
      }
    }
  }
  return out;
}

/**
 * Frequent Arabic words that are never names (folded, without clitics): number words, time words, months and
 * the common nouns, verbs and particles of news prose. Their case and number forms differ by one letter
 * (اثنا/اثني عشر, سنة/سنه), which must not read as a name spelled two ways.
 */
const AR_NOT_NAMES = new Set(
  [
    // numbers and ordinals
    'واحد',
    'واحدة',
    'اثنان',
    'اثنين',
    'اثنا',
    'اثني',
    'اثنتان',
    'اثنتين',
    'اثنتا',
    'اثنتي',
    'ثلاث',
    'ثلاثة',
    'أربع',
    'أربعة',
    'خمس',
    'خمسة',
    'ست',
    'ستة',
    'سبع',
    'سبعة',
    'ثمان',
    'ثماني',
    'ثمانية',
    'تسع',
    'تسعة',
    'عشر',
    'عشرة',
    'عشرون',
    'عشرين',
    'ثلاثون',
    'ثلاثين',
    'أربعون',
    'أربعين',
    'خمسون',
    'خمسين',
    'ستون',
    'ستين',
    'سبعون',
    'سبعين',
    'ثمانون',
    'ثمانين',
    'تسعون',
    'تسعين',
    'مئة',
    'مائة',
    'مئتان',
    'مئتين',
    'مئات',
    'ألف',
    'ألفا',
    'ألفين',
    'آلاف',
    'مليون',
    'مليونا',
    'مليونين',
    'ملايين',
    'مليار',
    'مليارا',
    'مليارات',
    'نصف',
    'ربع',
    'ثلث',
    'أول',
    'أولى',
    'ثان',
    'ثاني',
    'ثانية',
    'ثالث',
    'ثالثة',
    'رابع',
    'رابعة',
    'خامس',
    'خامسة',
    'سادس',
    'سادسة',
    'سابع',
    'سابعة',
    'ثامن',
    'ثامنة',
    'تاسع',
    'تاسعة',
    'عاشر',
    'عاشرة',
    'أخير',
    'أخيرة',
    // time
    'يوم',
    'يوما',
    'أيام',
    'يومين',
    'أسبوع',
    'أسبوعا',
    'أسابيع',
    'أسبوعين',
    'شهر',
    'شهرا',
    'أشهر',
    'شهور',
    'شهرين',
    'سنة',
    'سنوات',
    'سنين',
    'سنتين',
    'عام',
    'عاما',
    'أعوام',
    'عامين',
    'ساعة',
    'ساعات',
    'دقيقة',
    'دقائق',
    'صباح',
    'مساء',
    'ليلة',
    'فترة',
    'مدة',
    'موعد',
    'تاريخ',
    'حالي',
    'حالية',
    'ماضي',
    'ماضية',
    'مقبل',
    'مقبلة',
    'قادم',
    'قادمة',
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'إبريل',
    'مايو',
    'يونيو',
    'يونيه',
    'يوليو',
    'يوليه',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
    'كانون',
    'شباط',
    'آذار',
    'نيسان',
    'أيار',
    'حزيران',
    'تموز',
    'أيلول',
    'تشرين',
    'جانفي',
    'فيفري',
    'أفريل',
    'ماي',
    'جوان',
    'جويلية',
    'أوت',
    'سبت',
    'أحد',
    'اثنين',
    'ثلاثاء',
    'أربعاء',
    'خميس',
    'جمعة',
    // frequent nouns, verbs and particles of news prose
    'قال',
    'قالت',
    'يقول',
    'تقول',
    'أكد',
    'أكدت',
    'أضاف',
    'أضافت',
    'أشار',
    'أشارت',
    'أعلن',
    'أعلنت',
    'كان',
    'كانت',
    'يكون',
    'تكون',
    'وزير',
    'وزيرة',
    'وزراء',
    'وزارة',
    'رئيس',
    'رئيسة',
    'رؤساء',
    'حكومة',
    'حكومات',
    'دولة',
    'دول',
    'بلد',
    'بلاد',
    'مدينة',
    'مدن',
    'منطقة',
    'مناطق',
    'نائب',
    'نواب',
    'سفير',
    'سفيرة',
    'مسؤول',
    'مسؤولة',
    'مسؤولين',
    'مصدر',
    'مصادر',
    'عدد',
    'أعداد',
    'نحو',
    'حوالي',
    'قرابة',
    'أكثر',
    'أقل',
    'جديد',
    'جديدة',
    'كبير',
    'كبيرة',
    'صغير',
    'صغيرة',
    'أمام',
    'وراء',
    'داخل',
    'خارج',
    'دون',
    'إطار',
    'ظل',
    'شأن',
    'سبيل',
    'بحسب',
    'وفق',
    'وفقا',
    'حسب',
    'أجل',
    'شكل',
    'سبب',
    'نفس',
    'ذاته',
    'ذاتها',
    'عدم',
    'كيفية',
    'مدى',
    'جانب',
    'جانبين',
    'طرف',
    'طرفين',
    'أطراف',
    'مجال',
    'مجالات',
    'قطاع',
    'قطاعات',
    'مرة',
    'مرات',
    'نسبة',
    'قيمة',
    'مبلغ',
    'مالية',
    'مالي',
    'عامة',
    'عامل',
    'عمل',
    'أعمال',
    'دعم',
    'بحث',
    'لقاء',
    'اجتماع',
    'مؤتمر',
    'اتفاق',
    'اتفاقية',
    'خطة',
    'برنامج',
    'برامج',
    'مشروع',
    'مشاريع',
    'هناك',
    'هنا',
    'الذي',
    'التي',
    'وقت',
    'أمس',
    'اليوم',
    'غدا',
  ].map((w) => foldWord(w)),
);

/** Conjunction + preposition clitics, then the article: والسنة, بالسنة, للسنة, فالوزير, كالعادة. */
const AR_DEFINITE = /^[وف]?(?:[بكل]?ال|لل)[\u0621-\u064a]{3,}$/;

/** A folded Arabic word that is not name-like: definite (ال), or a frequent word in any of its forms. */
function arabicCommonWord(folded: string, key: string): boolean {
  if (AR_DEFINITE.test(folded)) return true;
  if (isStopWord(folded) || isStopWord(key)) return true;
  const bare = /^[وفبلك][\u0621-\u064a]{3,}$/.test(key) ? key.slice(1) : key;
  return [key, bare, arabicStem(key), arabicStem(bare)].some((w) => AR_NOT_NAMES.has(w));
}

interface NameToken {
  text: string;
  key: string;
  bare: boolean;
  candidate: boolean;
  neighbour: boolean;
  /** A Latin-script capitalised word that opens a sentence: capitalised by position, not necessarily a name. */
  initial: boolean;
}

function nameTokens(segment: string): (NameToken | null)[] {
  // Tokens, with null where punctuation separates them: only words written side by side are neighbours.
  const out: (NameToken | null)[] = [];
  // The first word of each sentence is capitalised by position.
  const starts = sentenceSpans(segment).map(([s]) => s);
  let sentence = -1;
  let lastSentence = -1;
  const re = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;
  let last = 0;
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    if (!/^\s*$/.test(segment.slice(last, m.index))) out.push(null);
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= m.index) sentence++;
    const opensSentence = sentence !== lastSentence;
    lastSentence = sentence;
    last = m.index + m[0].length;
    const raw = m[0];
    if (ARABIC.test(raw)) {
      const folded = foldWord(raw);
      const key = stripArabicPrefixes(folded);
      const common = arabicCommonWord(folded, key);
      out.push({
        text: raw,
        key,
        bare: key === folded,
        candidate: !common && key.length >= MIN_NAME_LETTERS,
        neighbour: !common && key.length >= 3,
        initial: false,
      });
    } else {
      const word = raw.replace(/['’]s$/i, '');
      const capital = /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word.slice(0, 4));
      const key = word.toLowerCase();
      const stop = isStopWord(key);
      out.push({
        text: word,
        key,
        bare: word === raw,
        candidate: capital && !stop && key.length >= MIN_NAME_LETTERS,
        neighbour: capital && !stop && key.length >= 2,
        initial: capital && opensSentence,
      });
    }
  }
  return out;
}

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
  const groups = new Map<string, Form[]>();
  let order = 0;
  const tokenised = [...new Set(segments)].map(nameTokens);
  // Latin-script words the text capitalises where no sentence starts: capitalised as names, not by position.
  const midCapitals = new Set(tokenised.flat().flatMap((t) => (t && t.neighbour && !t.initial ? [t.key] : [])));
  const note = (group: string, t: NameToken, surface: string) => {
    let forms = groups.get(group);
    if (!forms) groups.set(group, (forms = []));
    const known = forms.find((f) => f.key === t.key);
    if (known) {
      if (!known.bare && t.bare) Object.assign(known, { surface, bare: t.bare });
      return;
    }
    const named = ARABIC.test(t.key) || midCapitals.has(t.key);
    if (forms.length < MAX_FORMS_PER_NEIGHBOUR)
      forms.push({ key: t.key, surface, bare: t.bare, order: order++, named });
  };
  for (const tokens of tokenised) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!a || !b || a.key === b.key) continue;
      if (a.candidate && b.neighbour) note(`>${b.key}`, a, `${a.text} ${b.text}`);
      if (b.candidate && a.neighbour) note(`<${a.key}`, b, `${a.text} ${b.text}`);
    }
  }
  const found = new Map<string, [Form, Form]>();
  for (const forms of groups.values()) {
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
  return [...found.values()].sort((p, q) => p[0].order - q[0].order).map(([x, y]) => [x.surface, y.surface]);
}

// ---------------------------------------------------------------------------------------------------------------
// Repeated heading phrase

/** Longest phrase considered, in words. */
const MAX_PHRASE_WORDS = 8;

/**
 * Phrases of two or more words repeated across the headings: in every heading when there are two, in at least
 * two thirds of them when there are three or more. Search-engine padding ("… في بحث سعدام حفتر" under every
 * heading) repeats whole phrases; ordinary headings share single words at most. Only the longest phrase of a
 * set of headings is reported.
 */
export function findRepeatedHeadingPhrases(headings: string[]): { phrase: string; count: number }[] {
  const hs = headings.map((h) => h.trim()).filter(Boolean);
  if (hs.length < 2) return [];
  const needed = hs.length === 2 ? 2 : Math.ceil((2 * hs.length) / 3);
  const grams = new Map<string, { headings: Set<number>; surface: string; n: number }>();
  // Phrases do not cross punctuation ("Budget talks: day one" holds "Budget talks" and "day one").
  const runs = hs.map((heading) =>
    [...heading.matchAll(/(?:(?![:;|،؛,.!?؟()[\]{}"«»“”]|\s[-–—]\s).)+/gsu)]
      .map((m) => ({ part: m[0], offset: m.index }))
      .map(({ part, offset }) =>
        [...part.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
          start: offset + m.index,
          end: offset + m.index + m[0].length,
          key: stripArabicPrefixes(foldWord(m[0])),
          stop: isStopWord(m[0]),
        })),
      ),
  );
  // A word with an attached preposition or conjunction (ببحث, وبحث) is the same word as its bare form when the
  // bare form is used in the headings too.
  const vocabulary = new Set(runs.flat(2).map((t) => t.key));
  for (const t of runs.flat(2)) {
    if (/^[وفبلك][\u0621-\u064a]{3,}$/.test(t.key) && vocabulary.has(t.key.slice(1))) t.key = t.key.slice(1);
  }
  runs.forEach((segments, h) => {
    const heading = hs[h]!;
    for (const toks of segments) {
      for (let i = 0; i < toks.length; i++) {
        if (toks[i]!.stop) continue;
        for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= toks.length; n++) {
          const lastTok = toks[i + n - 1]!;
          if (lastTok.stop) continue;
          const key = toks
            .slice(i, i + n)
            .map((t) => t.key)
            .join(' ');
          let g = grams.get(key);
          if (!g) grams.set(key, (g = { headings: new Set(), surface: heading.slice(toks[i]!.start, lastTok.end), n }));
          g.headings.add(h);
        }
      }
    }
  });
  const qualifying = [...grams.entries()]
    .filter(([, g]) => g.headings.size >= needed)
    .sort((a, b) => b[1].n - a[1].n || b[1].headings.size - a[1].headings.size);
  const kept: [string, { headings: Set<number>; surface: string; n: number }][] = [];
  for (const [key, g] of qualifying) {
    const inside = kept.some(([k, kg]) => ` ${k} `.includes(` ${key} `) && kg.headings.size >= g.headings.size);
    if (!inside) kept.push([key, g]);
  }
  return kept.map(([, g]) => ({ phrase: g.surface, count: g.headings.size }));
}

// ---------------------------------------------------------------------------------------------------------------

export function findFlags(input: {
  title: string | null;
  byline: string | null;
  published: string | null;
  sections: Section[];
  lede: string | null;
  text: string;
}): Flag[] {
  const flags: Flag[] = [];
  const segments: string[] = [];
  if (input.title) segments.push(input.title);
  if (input.lede) segments.push(input.lede);
  for (const s of input.sections) {
    if (s.heading) segments.push(s.heading);
    for (const p of s.paragraphs) segments.push(p);
  }
  for (const p of input.text.split(/\n\s*\n/)) segments.push(p);
  for (const [a, b] of findNameVariants(segments)) {
    flags.push({ kind: 'name-variants', message: `A name is spelled two ways: "${a}" and "${b}".`, values: [a, b] });
  }
  const headings = input.sections.map((s) => s.heading ?? '').filter(Boolean);
  for (const { phrase, count } of findRepeatedHeadingPhrases(headings)) {
    flags.push({
      kind: 'repeated-heading-phrase',
      message: `The phrase "${phrase}" is repeated in ${count} of ${headings.length} headings.`,
      values: [phrase],
    });
  }
  if (!input.byline?.trim()) flags.push({ kind: 'no-byline', message: 'The article names no author.', values: [] });
  if (!input.published?.trim())
    flags.push({ kind: 'no-date', message: 'The article gives no publication date.', values: [] });
  return flags;
}
