/**
 * Text normalisation shared by every stage: white space, digits, script and direction.
 * Pure functions, no DOM.
 */
import type { Direction } from '../types';

const EASTERN_ARABIC_ZERO = 0x0660; // ٠..٩
const PERSIAN_ZERO = 0x06f0; // ۰..۹

/** Collapse runs of white space (including NBSP, zero-width and bidi marks) to one space and trim. */
export function normalizeSpace(s: string): string {
  return (
    s
      // Zero-width and bidi controls, and C0/C1 control characters (a page can smuggle terminal escapes in
      // character references).
      .replace(/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
      // Runs of two or more, and any white space but a space (\s holds NBSP and the Unicode spaces): a lone space
      // is left as it is, so that a text already spaced is not copied.
      .replace(/[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{2,}|[^\S ]/g, ' ')
      .trim()
  );
}

/** Eastern Arabic (٠١٢٣٤٥٦٧٨٩) and Persian (۰۱۲۳۴۵۶۷۸۹) digits to ASCII digits. */
export function toWesternDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - EASTERN_ARABIC_ZERO);
  });
}

/**
 * How many characters of a text a one-character class matches (a class of single UTF-16 units, no `u` flag):
 * counted by what removing them leaves, without the array of matches `match` would build.
 */
function countUnits(text: string, re: RegExp): number {
  return text.length - text.replace(re, '').length;
}

/** How many letters (\p{L}, counted by code point as `match(/\p{L}/gu)` does) a text holds. */
function countLetters(text: string): number {
  const letters = text.replace(/\P{L}+/gu, '');
  // A letter beyond the Basic Multilingual Plane is two units, of which the first is a high surrogate.
  return letters.length - countUnits(letters, /[\ud800-\udbff]/g);
}

const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g;
const LTR_CHAR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;
const SCRIPT_LANGS: [RegExp, string][] = [
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/g, 'ar'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
];

/** Share of strong right-to-left letters among strong letters (0..1); NaN when the text has none. */
export function rtlRatio(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const rtl = countUnits(sample, RTL_CHAR);
  const ltr = countUnits(sample, LTR_CHAR);
  return rtl + ltr === 0 ? Number.NaN : rtl / (rtl + ltr);
}

/** Direction of a text from its letters: rtl when most strong letters are right-to-left. */
export function directionOf(text: string): Direction | null {
  const r = rtlRatio(text);
  if (Number.isNaN(r)) return null;
  return r > 0.5 ? 'rtl' : 'ltr';
}

/**
 * The language a text's script implies, for scripts that name one language well enough (Arabic script → "ar",
 * Hebrew → "he", …). Latin script returns null: it does not say which language.
 */
export function scriptLang(text: string): string | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = countLetters(sample) || 1;
  let best: string | null = null;
  let bestCount = 0;
  for (const [re, lang] of SCRIPT_LANGS) {
    const n = countUnits(sample, re);
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return bestCount / letters > 0.5 ? best : null;
}

/** Languages written right to left, by primary tag. */
export const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku']);

/** Primary language tag from a BCP 47 tag or locale ("en-US" → "en", "ar_EG" → "ar"); null if not a tag. */
export function primaryLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

/** Words of a text, letters and digits only, lower-cased (for overlap scores). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Very frequent function words of Latin-script languages, each list keeping only words that are rare in the
 * others ("de", "en", "la", "in", "das", "mais" are left out: several languages use them often).
 */
const STOP_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'that',
    'it',
    'was',
    'for',
    'with',
    'on',
    'are',
    'this',
    'be',
    'by',
    'have',
    'from',
    'not',
    'but',
    'which',
    'they',
    'you',
    'he',
    'she',
    'has',
    'were',
    'their',
    'been',
    'or',
    'will',
    'would',
    'its',
    'we',
    'said',
    'at',
  ],
  de: [
    'der',
    'die',
    'und',
    'ist',
    'nicht',
    'mit',
    'sich',
    'auf',
    'ein',
    'eine',
    'dem',
    'zu',
    'von',
    'auch',
    'im',
    'für',
    'wird',
    'sind',
    'wie',
    'noch',
    'aus',
    'bei',
    'nach',
    'über',
    'werden',
    'hat',
    'dass',
    'oder',
    'aber',
    'wurde',
    'einen',
    'einem',
    'sie',
    'ich',
  ],
  fr: [
    'le',
    'les',
    'et',
    'des',
    'du',
    'est',
    'une',
    'qui',
    'dans',
    'pour',
    'pas',
    'sur',
    'au',
    'avec',
    'ce',
    'elle',
    'sont',
    'ont',
    'cette',
    'aux',
    'été',
    'ses',
    'leur',
    'nous',
    'vous',
    'ou',
    'ils',
    'être',
    'fait',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'y',
    'por',
    'es',
    'para',
    'como',
    'más',
    'pero',
    'sus',
    'fue',
    'este',
    'esta',
    'está',
    'también',
    'cuando',
    'muy',
    'sin',
    'hay',
    'al',
    'lo',
    'han',
    'desde',
    'ya',
    'entre',
    'sobre',
  ],
  it: [
    'il',
    'di',
    'che',
    'è',
    'per',
    'non',
    'sono',
    'della',
    'dei',
    'delle',
    'gli',
    'nel',
    'nella',
    'alla',
    'anche',
    'più',
    'questo',
    'ma',
    'stato',
    'degli',
    'ci',
    'questa',
    'dal',
    'dalla',
    'sul',
    'hanno',
  ],
  pt: [
    'o',
    'os',
    'do',
    'da',
    'dos',
    'em',
    'um',
    'uma',
    'não',
    'ao',
    'na',
    'pelo',
    'pela',
    'são',
    'também',
    'foi',
    'seu',
    'sua',
    'isso',
    'ele',
    'ela',
    'é',
    'com',
    'nos',
    'aos',
    'tem',
  ],
  nl: [
    'het',
    'een',
    'van',
    'dat',
    'op',
    'te',
    'niet',
    'met',
    'zijn',
    'voor',
    'er',
    'aan',
    'ook',
    'maar',
    'om',
    'bij',
    'door',
    'wordt',
    'naar',
    'uit',
    'nog',
    'heeft',
    'worden',
    'hij',
    'wel',
    'deze',
    'zij',
    'geen',
    'kan',
  ],
  // Latin, as in placeholder text ("Lorem ipsum … et …"): a rival that keeps such text from reading as French.
  la: [
    'ut',
    'sed',
    'sit',
    'amet',
    'quis',
    'nisi',
    'enim',
    'ipsum',
    'lorem',
    'dolor',
    'tempor',
    'aliqua',
    'nulla',
    'eu',
    'ex',
    'ea',
    'nec',
    'vel',
    'quam',
    'ac',
  ],
};
/** Languages guessLatinLang may name (the others in STOP_WORDS only compete). */
const GUESSABLE = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']);
const STOP_INDEX: Map<string, string> = new Map(
  Object.entries(STOP_WORDS).flatMap(([lang, list]) => list.map((w): [string, string] => [w, lang])),
);
/** Characters of text looked at by guessLatinLang. */
const GUESS_SAMPLE = 6000;

/**
 * The language of a Latin-script text from how often it uses the very frequent function words of English,
 * German, French, Spanish, Italian, Portuguese or Dutch, on a bounded sample. Null when the text is not mostly
 * Latin letters, is too short, or no language clearly leads.
 */
export function guessLatinLang(text: string): string | null {
  const sample = text.length > GUESS_SAMPLE ? text.slice(0, GUESS_SAMPLE) : text;
  const latin = countUnits(sample, /[A-Za-z\u00c0-\u024f]/g);
  const letters = countLetters(sample);
  if (!letters || latin / letters < 0.8) return null;
  const tokens = sample.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (tokens.length < 12) return null;
  const counts = new Map<string, number>();
  for (const t of tokens) {
    const lang = STOP_INDEX.get(t);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best) return null;
  const [lang, hits] = best;
  // These words are a fifth or more of running prose in their language; a few stray hits are not a language.
  if (hits < 4 || hits / tokens.length < 0.08) return null;
  if (second && hits < second[1] * 2) return null;
  return GUESSABLE.has(lang) ? lang : null;
}
