/**
 * The credit an Arabic story's dateline gives, read when the page credits nobody in its markup. Arabic agencies and
 * the papers that run their copy open the story with a place, perhaps a date, and the credit, set off by dashes,
 * slashes or brackets:
 *
 * - an agency: "دبي – وام:", "أبوظبي في 23 سبتمبر / وام /" (WAM and the Gulf papers), "عمان 5 آب - بترا -" (Petra),
 *   "الكويت - 12 - 8 (كونا) --" (KUNA), "الرباط (ومع) -" (MAP), "الرياض - واس:", "الدوحة - قنا:", "القاهرة - أ ش أ:"
 *   (MENA and the Egyptian papers), "بغداد/ واع/" (INA), "الرياض 14 صفر 1447 هـ الموافق 8 أغسطس 2025 م واس" (SPA);
 * - a person, the Egyptian and Iraqi papers' form, closed by a colon: "القاهرة - محمود عبد الله:".
 *
 * The same credit may stand as a line of its own over the story ("(أبوظبي - وام)", "الرياض - واس"). An agency is
 * credited as the page writes it (lexicon/agencies.ts); the brief credits it only when no person is.
 */
import type { Block } from '../types';
import { entriesOf } from '../lexicon/compile';
import { NOT_NAMES } from '../lexicon/not-names';
import { JOB_TITLE_WORDS } from '../lexicon/byline';
import { SETTINGS } from '../settings';
import { hasArabic } from '../metadata/clean';
import { cleanByline } from '../metadata/byline';
import { isAgencyName } from '../metadata/byline-people';
import { isProse } from './line-shapes';
import { isMonthName } from '../metadata/dates';

const B = SETTINGS.brief;

/** What sets a dateline's parts apart: a slash, a bracket, a dash (doubled by KUNA), a tatweel between spaces. */
const PART_SEPARATOR = /\s*(?:[/()]|[-–—]+|\sـ\s)\s*/u;

/** Words never part of a person's name (lexicon/not-names.ts, lexicon/byline.ts job titles). */
const NOT_NAME_WORDS = new Set([...entriesOf(NOT_NAMES, ['ar']), ...entriesOf(JOB_TITLE_WORDS, ['ar'])]);

/**
 * A dateline's place, or its place and date: a word or two ("القاهرة", "شرم الشيخ"), a few more with a number
 * ("أبوظبي في 23 سبتمبر", "عمان 5 آب"), or a number alone ("12").
 */
function isPlacePart(part: string): boolean {
  const words = part.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= (/\p{N}/u.test(part) ? B.maxDatelinePlaceDateWords : B.maxDatelinePlaceWords);
}

/** A person's name as a dateline credits it: two to a few Arabic words, none a common word or a job title. */
function personName(part: string): string | null {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > B.maxDatelineNameWords) return null;
  if (!words.every((w) => /^[\u0621-\u064a]+$/u.test(w) && !NOT_NAME_WORDS.has(w))) return null;
  return cleanByline(part);
}

/**
 * The credit of a dateline (the text up to its end): the first part after the place that is an agency, every part
 * before it a place or a date; else, for an opening closed by a colon, the person its last part names.
 */
function creditOf(opening: string, closedByColon: boolean): string | null {
  const parts = opening
    .split(PART_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || !isPlacePart(parts[0]!)) return null;
  for (let i = 1; i < parts.length; i++) {
    if (isAgencyName(parts[i]!)) return parts[i]!;
    if (!isPlacePart(parts[i]!)) break;
  }
  if (!closedByColon || parts.length !== 2) return null;
  return personName(parts[1]!);
}

/** The credit the dateline opening an Arabic lede gives ("دبي – وام: …" → "وام"), or null. */
export function arabicDatelineCredit(lede: string | null): string | null {
  if (!lede || !hasArabic(lede)) return null;
  const head = lede.slice(0, B.maxArabicDatelineChars);
  const colon = head.search(/[:：]/);
  if (colon > 0) {
    const credit = creditOf(head.slice(0, colon), true);
    if (credit) return credit;
  }
  // No colon: the parts up to the story's first words, each short ("عمان 5 آب - بترا - قال …").
  return creditOf(head, false) ?? agencyAfterDate(head);
}

/**
 * An agency that follows the dateline's date with no mark between ("الرياض 14 صفر 1447 هـ الموافق 8 أغسطس 2025 م
 * واس"): one to three words that name an agency, within the dateline's first words and after a date (a number and
 * a month's name).
 */
function agencyAfterDate(head: string): string | null {
  const words = head.split(/\s+/).slice(0, B.maxDatelineWords + 3);
  for (let i = 1; i < Math.min(words.length, B.maxDatelineWords + 1); i++) {
    const before = words.slice(0, i);
    if (!before.some((w) => /\p{N}/u.test(w)) || !before.some((w) => isMonthName(w))) continue;
    for (let n = 3; n >= 1; n--) {
      const name = words
        .slice(i, i + n)
        .join(' ')
        .replace(/[.,،:]+$/u, '');
      if (i + n <= words.length && isAgencyName(name)) return name;
    }
  }
  return null;
}

/**
 * The agency a credit line of its own over an Arabic story names ("(أبوظبي - وام)", "الرياض - واس"): a short
 * paragraph before the first paragraph of prose, a place and the agency.
 */
export function arabicCreditLine(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    if (isProse(b.text)) return null;
    if (b.text.length > B.maxArabicDatelineChars || !hasArabic(b.text)) continue;
    const credit = creditOf(b.text, false);
    if (credit) return credit;
  }
  return null;
}

/** The credit an Arabic story's dateline or its credit line gives, the dateline first. */
export function arabicCredit(lede: string | null, blocks: readonly Block[]): string | null {
  return arabicDatelineCredit(lede) ?? arabicCreditLine(blocks);
}
