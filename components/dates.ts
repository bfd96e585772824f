/**
 * The publication date as the article gives it. An article published "2020-12-01T02:00+03:00" was published on
 * 1 December at 02:00 where it was written; shown in a reader's zone three hours behind, it would read
 * "30 November". So the date and time are shown as written, in the article's own zone, and the zone is named
 * (UTC+03:00) when it differs from the reader's at that moment. A date without a zone is shown as is.
 * Pure: the reader's offset is a parameter (the browser's by default).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Minutes east of UTC of the reader's zone at a moment (what Date#getTimezoneOffset says, sign flipped). */
export type OffsetAt = (epochMs: number) => number;
const browserOffset: OffsetAt = (epochMs) => -new Date(epochMs).getTimezoneOffset();

/** "UTC", "UTC+03:00", "UTC−05:30". */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/** The publication date in the interface's language, as the article's own local date and time. */
export function formatPublished(iso: string, locale: string, readerOffsetAt: OffsetAt = browserOffset): string {
  const m = ISO.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d, h, mi, s, zone] = m;
  // The wall-clock time as written, held in a Date at UTC and formatted at UTC: no zone conversion happens.
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  // Date.UTC rolls over (month 13 is next January): a date that does not come back as written is not a date.
  const back = new Date(wall);
  if (back.getUTCMonth() + 1 !== Number(mo) || back.getUTCDate() !== Number(d) || Number(h ?? 0) > 23) return iso;
  const options: Intl.DateTimeFormatOptions =
    h === undefined
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' };
  let shown: string;
  try {
    shown = new Intl.DateTimeFormat(locale, options).format(new Date(wall));
  } catch {
    return iso;
  }
  if (h === undefined || zone === undefined) return shown;
  const articleOffset = zoneMinutes(zone);
  const instant = wall - articleOffset * 60_000;
  return readerOffsetAt(instant) === articleOffset ? shown : `${shown} (${offsetLabel(articleOffset)})`;
}
