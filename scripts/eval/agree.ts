/**
 * Agreement of metadata fields (title, byline, lang, dir, publication date) between what a corpus expects and
 * what a system gives. Pure: no DOM, no file system.
 */
import { normalizeSpace, primaryLang } from '../../utils/common/text';

/** A date as written: its calendar day, whether it has a time and a zone, and the instant it names. */
export interface ParsedDate {
  /** "YYYY-MM-DD" as written (the publisher's calendar day). */
  day: string;
  hasTime: boolean;
  zoned: boolean;
  /** Whole seconds since the epoch: the instant when zoned, the wall-clock time read as UTC otherwise. */
  seconds: number;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Parse an ISO-8601-like date ("2015-03-17", "2017-11-03 03:01:00.000000", "…T10:52:50+0100", "…Z"). */
export function parseDateish(s: string | null | undefined): ParsedDate | null {
  if (!s) return null;
  const m = ISO_DATE.exec(s.trim());
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0));
    if (Number.isNaN(wall)) return null;
    let offsetMin = 0;
    if (zone && zone.toUpperCase() !== 'Z') {
      const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
      offsetMin = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
    }
    return {
      day: `${y}-${mo}-${d}`,
      hasTime: h !== undefined,
      zoned: zone !== undefined,
      seconds: Math.floor((wall - offsetMin * 60_000) / 1000),
    };
  }
  // Other forms ("Tue, 05 Apr 2016 10:00:00 GMT"): whatever Date understands, read as zoned.
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return { day: new Date(t).toISOString().slice(0, 10), hasTime: true, zoned: true, seconds: Math.floor(t / 1000) };
}

/**
 * Do two publication dates agree? Both absent: yes. One absent: no. When either side has only a date, the calendar
 * days (as written) must match; when both have a zone, the instants (to the second); otherwise the wall-clock
 * times. Unparseable dates must be equal after white-space normalisation.
 */
export function datesAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  const e = normalizeSpace(expected ?? '');
  const g = normalizeSpace(got ?? '');
  if (!e || !g) return !e && !g;
  const pe = parseDateish(e);
  const pg = parseDateish(g);
  if (!pe || !pg) return e === g;
  if (!pe.hasTime || !pg.hasTime) return pe.day === pg.day;
  if (pe.zoned && pg.zoned) return pe.seconds === pg.seconds;
  const we = wallSeconds(e);
  const wg = wallSeconds(g);
  return we === null || wg === null ? pe.seconds === pg.seconds : we === wg;
}

/** Wall-clock seconds of an ISO-like date, ignoring its zone. */
function wallSeconds(s: string): number | null {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, sec] = m;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0)) / 1000;
}

/** An empty or white-space-only value counts as absent. */
function present(s: string | null | undefined): string | null {
  const n = normalizeSpace(s ?? '');
  return n ? n : null;
}

/** Titles agree when equal after white-space normalisation (both absent also agrees). */
export function titlesAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  return present(expected) === present(got);
}

/** A site name set off from a headline: " | Site", " - Site", " — Site", " :: Site", " _Site", " [Site]". */
const SITE_AFTER = /^\s*(?:[|\-–—·•_:»/]|::)\s*\S|^\s*\[[^\]]+\]\s*$/;
const SITE_BEFORE = /\S\s*(?:[|\-–—·•_:«/]|::)\s*$/;

/**
 * Titles agree with the site's name set aside: equal, or one is the other plus a site part set off by a
 * separator, before or after it ("Headline | Site" and "Headline"; "Site — Headline" and "Headline").
 */
export function titlesAgreeSiteAside(expected: string | null | undefined, got: string | null | undefined): boolean {
  const a = present(expected);
  const b = present(got);
  if (a === b) return true;
  if (!a || !b) return false;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && SITE_AFTER.test(long.slice(short.length))) return true;
  return long.endsWith(short) && SITE_BEFORE.test(long.slice(0, long.length - short.length));
}

/**
 * Bylines agree when equal after white-space normalisation, ignoring case, a leading "By"/"Von"/"Par"/"Por" and
 * trailing punctuation.
 */
export function bylinesAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) =>
    present(s)
      ?.toLowerCase()
      .replace(/^(by|von|par|por)\s+/, '')
      .replace(/[\s.,;:|·•–—-]+$/, '') || null;
  return norm(expected) === norm(got);
}

/** Languages agree on their primary tag ("en-US" = "en"). */
export function langsAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  return primaryLang(expected) === primaryLang(got);
}

/** Directions agree; an undeclared direction (null) is left-to-right, the default of HTML. */
export function dirsAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (present(s)?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr');
  return norm(expected) === norm(got);
}

// ---------------------------------------------------------------------------------------------------------------
// The fields of expected-metadata.json (readability-test-pages) and how each is compared

export type Field = 'title' | 'titleCore' | 'byline' | 'lang' | 'dir' | 'publishedTime' | 'readerable';
export const FIELDS: readonly Field[] = ['title', 'titleCore', 'byline', 'lang', 'dir', 'publishedTime', 'readerable'];
/** The metadata key a field is read from: `titleCore` is the title, compared with the site's name set aside. */
export const SOURCE: Record<Field, Exclude<Field, 'titleCore'>> = {
  title: 'title',
  titleCore: 'title',
  byline: 'byline',
  lang: 'lang',
  dir: 'dir',
  publishedTime: 'publishedTime',
  readerable: 'readerable',
};
export const LABEL: Record<Field, string> = {
  title: 'title',
  titleCore: 'title, site aside',
  byline: 'byline',
  lang: 'lang',
  dir: 'dir',
  publishedTime: 'publishedTime',
  readerable: 'readerable',
};

/** A metadata value as text for comparison and report lines (null stays null; non-strings as JSON). */
export function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

const AGREE: Record<Exclude<Field, 'readerable'>, (e: string | null, g: string | null) => boolean> = {
  title: titlesAgree,
  titleCore: titlesAgreeSiteAside,
  byline: bylinesAgree,
  lang: langsAgree,
  dir: dirsAgree,
  publishedTime: datesAgree,
};

/** Whether a system's value of a field agrees with the expected one (readerable: the same boolean). */
export function fieldAgrees(field: Field, expected: unknown, got: unknown): boolean {
  return field === 'readerable' ? expected === got : AGREE[field](asText(expected), asText(got));
}
