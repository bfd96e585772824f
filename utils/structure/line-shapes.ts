/**
 * The shapes of a line that the structure stage reads in several places: prose (a sentence's end, or a paragraph's
 * length) and a line that only says when (a date or a clock time and the words of a date line).
 */
import { entriesOf } from '../lexicon/compile';
import { SETTINGS } from '../settings';
import { findDateInText, isMonthName, normalizeForDates } from '../metadata/dates';
import { WEEKDAYS } from '../lexicon/byline';
import { DATE_LINE_WORDS, WEEKDAY_ABBREVIATIONS } from '../lexicon/date-lines';
import { READER_POINTERS } from '../lexicon/calls-to-action';
import { phrasesPattern } from '../lexicon/compile';

const B = SETTINGS.brief;

/** The end of a sentence, closing quotes and brackets aside. */
export const SENTENCE_END = /[.!?؟…。！？]["'»”’)\]」』]*\s*$/u;

/** A paragraph that is prose: long, or ending as a sentence ends. */
export function isProse(text: string): boolean {
  return text.length > B.maxMetaLineChars || SENTENCE_END.test(text);
}

/** A pointer to more elsewhere at the start of a paragraph (lexicon/calls-to-action.ts, READER_POINTERS). */
const READER_POINTER = new RegExp(`^\\s*${phrasesPattern(entriesOf(READER_POINTERS))}\\b`, 'iu');

/**
 * A short paragraph that sends the reader elsewhere for more ("For more information on …, visit …", "To learn more
 * about …, please visit this site."): never the story's closing.
 */
export function isReaderPointer(text: string): boolean {
  return text.length <= B.maxPointerLineChars && READER_POINTER.test(text);
}

/** The words a date or time line may hold besides numbers and month names (lexicon/date-lines.ts). */
export const DATE_WORDS = new Set(
  [...entriesOf(WEEKDAYS), ...entriesOf(WEEKDAY_ABBREVIATIONS), ...entriesOf(DATE_LINE_WORDS)].map((w) =>
    normalizeForDates(w).replace(/\.$/, ''),
  ),
);
/** A clock time ("20:43", "6:07"), in Western digits (normalizeForDates). */
export const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?!\d)/;

/**
 * A line that only says when: a date or a clock time, and besides numbers only month names, weekdays, clock words,
 * zones and date labels ("Saturday, 05 Jan 2008 20:43", "1/10/2008, 6:07 a.m. EST", "Last modified: January 18.
 * 2008 3:55PM", "7:00 PM"). Never a heading, the lede or the closing of the story.
 */
export function isDateLine(text: string): boolean {
  if (text.length > B.maxDateLineChars) return false;
  const norm = normalizeForDates(text);
  if (!CLOCK.test(norm) && !findDateInText(text)) return false;
  const words = norm.match(/\p{L}[\p{L}\p{M}.]*|\p{N}[\p{N}\p{L}]*/gu) ?? [];
  return words.every((w) => {
    const bare = w.replace(/\.$/, '');
    return /^\p{N}/u.test(bare) || DATE_WORDS.has(bare) || isMonthName(bare);
  });
}

/** The separators between the parts of a meta line: a bar, a bullet or a middle dot between spaces. */
const META_PARTS = /\s+[|•·]\s+/u;

/**
 * A meta line of parts ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le … | Par …", "18.02.2022, 10:27 | Recht &
 * Gesetz", "Accueil | Par Loïc Le Clerc | 30 septembre 2018"): two parts or more set apart by "|" or "•", each
 * short, one of them a date or a time (a date line, or a short part that gives a date: "Actualizado el 08 de Mayo
 * 2022"), and no sentence's end. Seen on lemonde.fr, juraforum.de, regards.fr, spox.com, pferd-aktuell.de,
 * larepublica.pe, finanztreff.de and others.
 */
export function isPartedDateLine(text: string): boolean {
  if (text.length > B.maxPartedMetaLineChars || SENTENCE_END.test(text)) return false;
  const parts = text.split(META_PARTS);
  if (parts.length < 2 || parts.some((p) => p.length > B.maxMetaLineChars)) return false;
  return parts.some((p) => isDateLine(p) || (p.length <= B.maxDateLineChars && findDateInText(p) !== null));
}
