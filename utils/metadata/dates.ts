/**
 * Date parsing for article metadata and visible date lines: ISO 8601, RFC 2822, "March 14, 2025",
 * "14 March 2025", "14.03.2025", German/French/Spanish/Portuguese/Italian month names, and Arabic dates in
 * every regional month-name family (Egyptian/Gulf, Levantine/Iraqi, Maghreb, Moroccan) with Eastern Arabic
 * digits and 12-hour ص/م times. Hijri dates are never read as Gregorian.
 *
 * Output is ISO 8601: "2025-03-14" when only the day is known; "2025-03-14T09:30:00Z" or
 * "2025-03-14T09:30:00+02:00" when a time and a zone are known; "2025-03-14T09:30:00" (local time of the page)
 * when a time is given without a zone.
 */
import { normalizeSpace, toWesternDigits } from '../common/text';
import { TIME_ZONES } from '../lexicon/date-lines';

export interface DateOptions {
  /** Read ambiguous numeric dates like 03/04/2025 as month/day (US) instead of day/month. */
  monthFirst?: boolean;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** Longest text searched for a date, so a huge string cannot make the scan slow. */
const MAX_SCAN = 20000;

/** Month names, already in the normalised form `normalizeForDates` produces. */
const MONTH_NAMES: Record<string, number> = {};
function months(n: number, names: string): void {
  for (const name of names.split('|')) MONTH_NAMES[name] = n;
}
// English, German, French, Spanish, Portuguese, Italian.
months(1, 'january|jan|januar|jänner|jänner|jaenner|janvier|janv|enero|janeiro|gennaio');
months(2, 'february|feb|februar|feber|février|fevrier|févr|fevr|febrero|fevereiro|febbraio');
months(3, 'march|mar|märz|maerz|marz|mrz|mars|marzo|março|marco');
months(4, 'april|apr|avril|avr|abril|abr|aprile');
months(5, 'may|mai|mayo|maio|maggio');
months(6, 'june|jun|juni|juin|junio|junho|giugno');
months(7, 'july|jul|juli|juillet|juil|julio|julho|luglio');
months(8, 'august|aug|août|aout|agosto');
months(9, 'september|sep|sept|septembre|septiembre|setiembre|setembro|settembre');
months(10, 'october|oct|oktober|okt|octobre|octubre|outubro|ottobre');
months(11, 'november|nov|novembre|noviembre|novembro');
months(12, 'december|dec|dezember|dez|décembre|decembre|déc|diciembre|dic|dezembro|dicembre');
// Arabic, normalised (أ/إ/آ → ا, ة → ه, ى → ي, no tatweel or vowel marks).
// Egyptian/Gulf, Levantine/Iraqi, Maghreb (Algeria, Tunisia), Morocco.
months(1, 'يناير|كانون الثاني|كانون ثاني|جانفي|جانفيه');
months(2, 'فبراير|فبرير|شباط|فيفري');
months(3, 'مارس|اذار');
months(4, 'ابريل|ابريل|نيسان|افريل');
months(5, 'مايو|ايار|ماي');
months(6, 'يونيو|يونيه|حزيران|جوان');
months(7, 'يوليو|يوليه|يوليوز|تموز|جويليه|جويلييه');
months(8, 'اغسطس|اغسطوس|اب|اوت|غشت');
months(9, 'سبتمبر|ايلول|شتنبر');
months(10, 'اكتوبر|تشرين الاول|تشرين اول');
months(11, 'نوفمبر|نونبر|تشرين الثاني|تشرين ثاني');
months(12, 'ديسمبر|دجنبر|كانون الاول|كانون اول');

const MONTH_ALT = Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');

/** A month name as a whole word, with an optional abbreviation dot and an optional second name ("آذار/مارس"). */
const MON = `(?<!\\p{L})(${MONTH_ALT})(?!\\p{L})\\.?(?:\\s*[/(\\-]\\s*(?:${MONTH_ALT})(?!\\p{L})\\s*\\)?)?`;
const DAY = `(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?`;
const YEAR = `(\\d{4})(?!\\d)`;

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray, opts: DateOptions): [number, number, number] | null;
  /** The pattern carries its own time (ISO). */
  iso?: boolean;
}

const num = (s: string | undefined): number => (s === undefined ? Number.NaN : Number.parseInt(s, 10));
const monthOf = (name: string | undefined): number =>
  name === undefined ? Number.NaN : (MONTH_NAMES[name.replace(/\s+/g, ' ')] ?? Number.NaN);

const PATTERNS: Pattern[] = [
  {
    // 2025-03-14, 2025-03-14T09:30:00+02:00
    re: new RegExp(
      [
        '(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)', // the date
        '(?:[t\\s]+(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?', // the time, seconds and fraction optional
        '\\s*(z|[+-]\\d{2}(?::?\\d{2})?)?(?![\\d\\p{L}]))?', // the zone
      ].join(''),
      'gu',
    ),
    read: (m) => [num(m[1]), num(m[2]), num(m[3])],
    iso: true,
  },
  {
    // 14 March 2025, 14. März 2025, 14 de marzo de 2025, 14th of March, 2025, ١٤ آذار/مارس ٢٠٢٥
    re: new RegExp(`${DAY}\\s*(?:of\\s+|de\\s+)?[\\s\\-/]*${MON}[\\s,\\-/]*(?:de\\s+|del\\s+)?${YEAR}`, 'gu'),
    read: (m) => [num(m[3]), monthOf(m[2]), num(m[1])],
  },
  {
    // March 14, 2025, Mar. 14 2025
    re: new RegExp(`${MON}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*,?\\s*${YEAR}`, 'gu'),
    read: (m) => [num(m[3]), monthOf(m[1]), num(m[2])],
  },
  {
    // 2025/03/14, 2025.3.14
    re: /(?<![\d./-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d)/gu,
    read: (m) => [num(m[1]), num(m[3]), num(m[4])],
  },
  {
    // 14.03.2025, 14/03/2025, 03/14/2025
    re: /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d]|[./-]\d)/gu,
    read: (m, opts) => {
      const a = num(m[1]);
      const b = num(m[3]);
      const y = num(m[4]);
      if (a > 12 && b <= 12) return [y, b, a];
      if (b > 12 && a <= 12) return [y, a, b];
      return opts.monthFirst && m[2] !== '.' ? [y, a, b] : [y, b, a];
    },
  },
  {
    // 2025年3月14日
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
    read: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
];

const AMPM = '(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|ص|م|صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا)?(?!\\p{L})';
/** A zone after a clock time: "Z", "GMT+2", "+03:00", or a zone's abbreviation. */
const ZONE = `(${[
  'z(?!\\p{L})',
  '(?:gmt|utc)\\s*[+-]\\d{1,2}(?::?\\d{2})?',
  '[+-]\\d{2}:?\\d{2}(?!\\d)',
  ...TIME_ZONES,
].join('|')})?(?!\\p{L})`;
const CLOCK = `(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?(?!\\d)\\s*${AMPM}\\s*${ZONE}`;
/** A time right after a date ("14 March 2025, 09:30 am", "… 2025م - الساعة 09:30 م"). */
const TIME_AFTER = new RegExp(
  `^(?:\\s*م(?!\\p{L}))?[\\s,|\\-–—@•·]*(?:(?:at|um|à|a\\s+las|às|alle|الساعه|في)\\s*)?${CLOCK}`,
  'u',
);
/** A time right before a date ("09:30 PM, March 14, 2025", "09:30 ص الجمعة 14 مارس 2025"). */
const TIME_BEFORE = new RegExp(
  `${CLOCK}[\\s,|\\-–—@•·]*(?:(?:on|le|el|am|الموافق)\\s+)?(?:\\p{L}{2,12}[\\s,]*)?$`,
  'u',
);
/** What marks a Hijri year right after it. */
const HIJRI_AFTER = /^\s*(?:ه(?!\p{L})|هجري|هجريه|ah(?!\p{L})|h(?!\p{L}))/u;

const ZONE_OFFSETS: Record<string, string> = {
  z: 'Z',
  gmt: 'Z',
  utc: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function zoneOf(raw: string | undefined): string | null {
  if (!raw) return '';
  const z = raw.replace(/\s+/g, '');
  const named = ZONE_OFFSETS[z];
  if (named) return named;
  const m = /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return null;
  const h = num(m[2]);
  const min = m[3] ? num(m[3]) : 0;
  if (h > 14 || min > 59) return null;
  return h === 0 && min === 0 ? 'Z' : `${m[1]}${pad(h)}:${pad(min)}`;
}

/** Text normalised for date matching: Western digits, one spelling per Arabic letter, lower case. */
export function normalizeForDates(s: string): string {
  return normalizeSpace(
    toWesternDigits(s)
      .replace(/[\u064b-\u0652\u0670\u0640]/g, '') // vowel marks, dagger alef, tatweel
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ة/g, 'ه')
      .replace(/ى/g, 'ي')
      .replace(/ی/g, 'ي')
      .replace(/ک/g, 'ك')
      .replace(/،/g, ','),
  ).toLowerCase();
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validDay(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysIn(y, m)
  );
}

/** "HH:MM:SS" (+ zone) from clock parts, or null when the clock is impossible. */
function clockOf(
  hRaw: string | undefined,
  minRaw: string | undefined,
  secRaw: string | undefined,
  ampm: string | undefined,
  zoneRaw: string | undefined,
): string | null {
  let h = num(hRaw);
  const min = num(minRaw);
  const sec = secRaw ? num(secRaw) : 0;
  if (!(min >= 0 && min <= 59 && sec >= 0 && sec <= 59)) return null;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    const a = ampm.replace(/[.\s]/g, '');
    if (a === 'ظهرا')
      h = h <= 5 ? h + 12 : h; // 12 ظهرا is noon, 1 ظهرا is 13:00
    else if (a === 'ليلا' && h === 12) h = 0;
    else if (/^(?:pm|م|مساء|مساءا|عصرا|ليلا)$/.test(a)) h = h === 12 ? 12 : h + 12;
    else if (h === 12) h = 0; // 12 am
  }
  if (!(h >= 0 && h <= 23)) return null;
  const zone = zoneOf(zoneRaw);
  if (zone === null) return null;
  return `${pad(h)}:${pad(min)}:${pad(sec)}${zone}`;
}

function dayIso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

interface Found {
  index: number;
  iso: string;
}

function firstValid(text: string, pattern: Pattern, opts: DateOptions): Found | null {
  pattern.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.re.exec(text)) !== null) {
    const parts = pattern.read(m, opts);
    const end = m.index + m[0].length;
    if (parts && validDay(...parts) && !HIJRI_AFTER.test(text.slice(end, end + 12))) {
      const day = dayIso(...parts);
      if (pattern.iso) {
        if (m[4] === undefined) return { index: m.index, iso: day };
        const clock = clockOf(m[4], m[5], m[6], undefined, m[7]);
        return { index: m.index, iso: clock ? `${day}T${clock}` : day };
      }
      const after = TIME_AFTER.exec(text.slice(end, end + 60));
      let clock: string | null = null;
      if (after) clock = clockOf(after[1], after[2], after[3], after[4], after[5]);
      if (!clock) {
        const before = TIME_BEFORE.exec(text.slice(Math.max(0, m.index - 50), m.index));
        if (before) clock = clockOf(before[1], before[2], before[3], before[4], before[5]);
      }
      return { index: m.index, iso: clock ? `${day}T${clock}` : day };
    }
    if (m[0].length === 0) pattern.re.lastIndex++;
  }
  return null;
}

function findFirst(norm: string, opts: DateOptions): Found | null {
  let best: Found | null = null;
  for (const p of PATTERNS) {
    const f = firstValid(norm, p, opts);
    if (f && (best === null || f.index < best.index)) best = f;
  }
  return best;
}

/** The first Gregorian date phrase inside a longer text, as ISO 8601; null when there is none. */
export function findDateInText(text: string, opts: DateOptions = {}): string | null {
  if (!text) return null;
  return findFirst(normalizeForDates(text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text), opts)?.iso ?? null;
}

/**
 * Where the first date phrase starts in `text`, or -1. The position is exact for text that
 * `normalizeForDates` does not shorten (already space-normalised, no Arabic vowel marks or tatweel);
 * otherwise it returns -2 when a date exists but its position is not known.
 */
export function dateIndex(text: string, opts: DateOptions = {}): number {
  if (!text) return -1;
  const norm = normalizeForDates(text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text);
  const f = findFirst(norm, opts);
  if (!f) return -1;
  return norm.length === Math.min(text.length, MAX_SCAN) ? f.index : -2;
}

/**
 * A date string (meta content, `datetime` attribute, JSON-LD value, a short visible date line) as ISO 8601;
 * null when it holds no valid Gregorian date. Unix timestamps (10 or 13 digits) are read as UTC.
 */
export function parseDate(s: string, opts: DateOptions = {}): string | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  if (!t) return null;
  if (/^\d{10}(?:\d{3})?$/.test(t)) {
    const ms = t.length === 13 ? Number(t) : Number(t) * 1000;
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    if (y < MIN_YEAR || y > MAX_YEAR) return null;
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return findDateInText(t, opts);
}

/** Whether a word is a month's name or abbreviation ("Jan", "January", "آذار"), with or without a final dot. */
export function isMonthName(word: string): boolean {
  return MONTH_NAMES[normalizeForDates(word).replace(/\.$/, '')] !== undefined;
}

/** The calendar day of an ISO date produced here ("2025-03-14T09:30:00+02:00" → "2025-03-14"). */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

/** A day written as path segments of an address: ".../2015/03/18/slug". */
const URL_DAY = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/;

/**
 * The day an article's address names in its path ("/news/2017/11/16/slug" → "2017-11-16"), for a page that shows
 * its date without a year ("March 18 at 3:57 PM") and gives no machine-readable one; null when the path names none.
 */
export function dateInUrlPath(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DAY.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
