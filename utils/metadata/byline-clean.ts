/**
 * A byline's text cleaned into the names a reader expects: the opener ("By", "بقلم", "Posted by"), dates, times,
 * job titles, URLs, the site's name and a category left out. Text only, no DOM; byline.ts reads the text from the
 * page.
 */
import { normalizeSpace } from '../common/text';
import { dateIndex } from './dates';
import { clean, hasArabic, key } from './clean';
import { entriesOf, phrasesPattern } from '../lexicon/compile';
import {
  BYLINE_CREDIT_PATTERNS,
  BYLINE_OPENERS,
  BYLINE_TIME_WORDS,
  CATEGORY_CREDITS,
  CATEGORY_MARKS,
  EXCLUSIVE_CREDIT_WORDS,
  JOB_TITLE_WORDS,
  PLACEHOLDER_BYLINES,
  PLACEHOLDER_TAILS,
  TIME_LEADS,
  WEEKDAY_LEADS,
  WEEKDAYS,
} from '../lexicon/byline';
import { peopleOnly } from './byline-people';
import * as ar from './byline-ar';

export const MAX_BYLINE = 120;
/** What stands between two names of a byline: a comma (Latin or Arabic), "&", "and" in the corpora's languages, or
 * a "و" glued to the next name. */
const NAME_SEPARATOR = /\s*[,،&]\s*|\s+(?:and|und|et|y|e)\s+|\s+و(?=\S)/;

/** What opens a byline before the names, with its separator ("By:", "بقلم -", "كتب/", "Written by"). */
const OPENER = `(?:${ar.withCorrespondent(BYLINE_CREDIT_PATTERNS)}|${phrasesPattern(entriesOf(BYLINE_OPENERS))})`;
export const BYLINE_PREFIX = new RegExp(`^${OPENER}(?:\\s*[:：\\-–—|/]\\s*|\\s+)(?=\\S)`, 'iu');

/** An opener that ends a line, the names on the next ("— By", "This post was written by"). */
export const OPENER_END = new RegExp(`(?:^|\\s)${OPENER}\\s*[:：\\-–—|]?$`, 'iu');

/** An opener with no name after it: the label of an author slot ("بواسطة", "By:"). */
const BARE_OPENER = new RegExp(`^${OPENER}\\s*[:：\\-–—|]?$`, 'iu');

/** A job title or desk as a word of a byline segment. */
const JOB_WORD = new RegExp(`(?:^|\\s)${phrasesPattern(entriesOf(JOB_TITLE_WORDS))}(?:\\s|$)`, 'i');

const CREDENTIAL = /^(?:M\.?[AD]|Ph\.?D|R\.?N|M\.?S|B\.?A|MPH|MBA|Jr\.?|Sr\.?|III?)$/;

/** A clock time or a time word, where a byline's names end. */
const TIME_NOISE = new RegExp(
  `\\d{1,2}:\\d{2}|\\b${phrasesPattern(BYLINE_TIME_WORDS.en ?? [])}\\b|${ar.words(BYLINE_TIME_WORDS.ar ?? [])}`,
  'iu',
);

/** A placeholder instead of a name ("admin", "View all posts"). */
const GENERIC_BYLINE = new RegExp(
  `^${phrasesPattern(entriesOf(PLACEHOLDER_BYLINES))}(?:\\s+${phrasesPattern(PLACEHOLDER_TAILS)})?$`,
  'i',
);

/** A weekday left at the end once a date is cut off ("Jane Doe Sunday, 2 March" → "Jane Doe"). */
const WEEKDAY_END = new RegExp(
  `[\\s,،|•·\\-–—]*(?:${phrasesPattern(entriesOf(WEEKDAY_LEADS))}\\s+)?${phrasesPattern(entriesOf(WEEKDAYS))}[\\s,،]*$`,
  'iu',
);
/** A word left at the end once a date is cut off ("Bill McBride on 8/20/2012" → "Bill McBride"). */
const LEAD_END = new RegExp(`[\\s,]+${phrasesPattern([...entriesOf(WEEKDAY_LEADS), ...entriesOf(TIME_LEADS)])}$`, 'iu');
/** A credit-line segment that says the outlet's own ("خاص"). */
const EXCLUSIVE_SEGMENT = new RegExp(`^${phrasesPattern(entriesOf(EXCLUSIVE_CREDIT_WORDS))}$`, 'iu');

/** A segment that names the site itself, in full or in part ("المشرق" of "قناة المشرق"). */
function isSiteSegment(seg: string, siteKeys: readonly string[]): boolean {
  const k = key(seg);
  return k.length >= 2 && siteKeys.some((s) => s === k || (k.length >= 4 && s.includes(k)));
}

/** A credit whose names are followed by the category of the post, and the word that marks the category. */
const CATEGORY_CREDIT = new RegExp(`^${phrasesPattern(entriesOf(CATEGORY_CREDITS))}\\s`, 'iu');
const CATEGORY_MARK = new RegExp(`\\s${phrasesPattern(entriesOf(CATEGORY_MARKS))}\\s`, 'u');

/** Marks that may stand before a byline's opener: dashes, bars, bullets, a copyright sign. */
const LEADING_MARKS = /^[\s|•·\-–—©]+(?=\S)/u;

const URLISH = /(?:https?:\/\/|www\.)\S+|\S+\.(?:com|net|org)(?:\/\S*)?/gi;

/** A byline as a reader expects it, or null when the text is not one (a URL, the site, a paragraph, a date). */
export function cleanByline(raw: string | null | undefined, siteKeys: readonly string[] = []): string | null {
  let s = clean(raw);
  if (!s || ar.isCreditOrLabel(s)) return null;
  const hadUrl = URLISH.test(s);
  URLISH.lastIndex = 0;
  s = normalizeSpace(
    s
      .replace(URLISH, ' ')
      .replace(/\(\s*\)/g, ' ')
      .replace(/(?:^|\s)@[\w.]+/g, ' '),
  );
  if (!s) return null;
  // A dash or a bar set before the opener ("— By Jane Doe", "| By Jane Doe") marks the line, and is no name.
  s = s.replace(LEADING_MARKS, '');
  const category = CATEGORY_CREDIT.test(s);
  for (let i = 0; i < 2; i++) s = s.replace(BYLINE_PREFIX, '').trim();
  // "Posted by Ree in Recipes": the names end where the category starts.
  if (category) s = s.split(CATEGORY_MARK)[0] ?? s;
  const creditAt = s.search(
    /\s(?:edited|photos?|photographs|illustrations?|illustrated|translated|additional reporting)\s+by\s/i,
  );
  if (creditAt > 0) s = s.slice(0, creditAt);
  // "Tech Industry by Steven Musil": the name follows the last "by".
  const by = /^.{1,40}?\s(?:by|von|par|por|بقلم)\s+(?=[\p{Lu}\u0600-\u06ff])/u.exec(s);
  if (by) s = s.slice(by[0].length);

  // Cut at glued dates and times ("John Smith | 14 March 2025", "Lucas Nolan22 Dec 2016").
  const at = dateIndex(s);
  if (at >= 0) s = s.slice(0, at).replace(WEEKDAY_END, '');
  else if (at === -2) s = s.split(/\s[|•·–—-]\s/)[0] ?? s;
  const timeAt = s.search(TIME_NOISE);
  if (timeAt >= 0) s = s.slice(0, timeAt);

  // Segments after a separator: keep names, drop job titles, credentials and empty bits.
  const segments = ar.segmentsOf(ar.namesEnd(s, WEEKDAY_END).split(/\s*[|•·]\s*|\s+[–—-]\s+|\s*\n\s*/), JOB_WORD);
  // "Place - Outlet - خاص": the outlet's own credit line, naming no person.
  if (segments.length > 1 && segments.some((seg) => EXCLUSIVE_SEGMENT.test(seg))) return null;
  const kept: string[] = [];
  for (const seg of segments) {
    if (segments.length > 1 && isSiteSegment(seg, siteKeys)) continue;
    if (JOB_WORD.test(seg) && kept.length) break;
    const pieces = seg.split(/\s*[,،]\s*/).filter(Boolean);
    const names = pieces.filter(
      (p) =>
        !CREDENTIAL.test(p) &&
        !(JOB_WORD.test(p) && pieces.length > 1 && p !== pieces[0]) &&
        !(pieces.length > 1 && p !== pieces[0] && isSiteSegment(p, siteKeys)),
    );
    if (names.length) kept.push(names.join(hasArabic(seg) ? '، ' : ', '));
    if (kept.length) break;
  }
  s = normalizeSpace((kept[0] ?? '').replace(/^[\s,،:;|.\-–—]+|[\s,،:;|\-–—]+$/g, '')).replace(LEAD_END, '');
  if (!s || !/\p{L}/u.test(s)) return null;
  if (hadUrl && s.split(/\s+/).length < 2 && !/\p{Lu}/u.test(s[0] ?? '')) return null;
  if (GENERIC_BYLINE.test(s) || BARE_OPENER.test(s)) return null;
  if (s.length > MAX_BYLINE || s.split(/\s+/).length > 16) return null;
  // Each name is a few words ("Bruno (Henrique Zecchin) Rodrigues" counts without its parenthesis).
  const names = s.replace(/\([^)]*\)/g, ' ').split(NAME_SEPARATOR);
  if (names.some((n) => n.trim().split(/\s+/).length > 5)) return null;
  // A sentence, not a name.
  if (/[.!?؟]\s+\p{Ll}/u.test(s) || /[.!?؟]\s+\S+\s+\S+\s+\S+\s+\S+/u.test(s)) return null;
  if (siteKeys.includes(key(s))) return null;
  return peopleOnly(s);
}
