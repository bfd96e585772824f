/**
 * The Arabic forms of a byline, used by byline.ts: the openers read in visible text, a correspondent's label, the
 * credits and labels that are no byline, a second credit or a date where the names end, a place written before the
 * name, and a section of the site set in the author slot. The words are data (lexicon/byline.ts, lexicon/
 * credit-lines.ts, lexicon/calls-to-action.ts).
 */
import { documentMemo, elementsNamed } from '../common/dom';
import { WORD_END, WORD_START, entriesOf, patternsPattern, phrasesPattern } from '../lexicon/compile';
import { CREDIT_LABELS } from '../lexicon/credit-lines';
import { PROMPTS } from '../lexicon/calls-to-action';
import { BYLINE_OPENERS, BYLINE_SPACE_OPENERS, CORRESPONDENT_OPENERS, SECOND_CREDIT_LABELS } from '../lexicon/byline';
import { hasArabic, key } from './clean';
import { textOf } from './place';

/** Whole Arabic words or phrases: JavaScript's `\b` never sees Arabic letters as word characters. */
export function words(phrases: readonly string[]): string {
  return `${WORD_START}${phrasesPattern(phrases)}${WORD_END}`;
}

/** Opener patterns and a correspondent's label before the name ("مراسلنا في الدوحة:", lexicon/byline.ts). */
export function withCorrespondent(patterns: readonly string[]): string {
  return patternsPattern([...patterns, ...entriesOf(CORRESPONDENT_OPENERS)]);
}

/**
 * Visible text that opens an Arabic byline, as a pattern source: كتب, كتبت, كتبه or بقلم then a separator or a space
 * ("كتبت هدى عادل"), any other Arabic opener then a colon, a dash, a slash or a tatweel ("إعداد: …", "حاوره - …",
 * "إعداد/ …"); the slash is the Egyptian papers' ("كتب/ …", "بقلم/ …").
 */
export const OPENING =
  `${phrasesPattern(entriesOf(BYLINE_SPACE_OPENERS))}(?:\\s*[:：\\-–—/]\\s*|\\s+)\\S|` +
  `${phrasesPattern(entriesOf(BYLINE_OPENERS, ['ar']))}\\s*[:：\\-–—ـ/]\\s*\\S`;

/** An Arabic byline opener anywhere in a text (BYLINE_SPACE_OPENERS and BYLINE_OPENERS): a cheap first check. */
export const OPENER_WORD = new RegExp(
  words([...entriesOf(BYLINE_SPACE_OPENERS), ...entriesOf(BYLINE_OPENERS, ['ar'])]),
  'u',
);

/**
 * Arabic text that is no byline whatever follows: a source or photo credit with its colon ("المصدر: رويترز",
 * "تصوير: …") or a share prompt ("شارك") opening it.
 */
const CREDIT_OR_LABEL = new RegExp(
  `^\\s*(?:${phrasesPattern(entriesOf(CREDIT_LABELS, ['ar']))}\\s*[:：]|${words(entriesOf(PROMPTS, ['ar']))})`,
  'u',
);

/**
 * Whether a byline candidate is a credit or a label rather than a byline: an Arabic source, photo credit or share
 * label (CREDIT_OR_LABEL), or a credit cut off before its closing bracket ("(أبوظبي"), a fragment of a credit line.
 */
export function isCreditOrLabel(text: string): boolean {
  const t = text.trim();
  return (t.startsWith('(') && !t.includes(')')) || CREDIT_OR_LABEL.test(t);
}

/** A second credit after the author's, its label and colon ("… تصوير: بندر الدوسري"). */
const SECOND_CREDIT = new RegExp(`[\\s,،|\\-–—]*${words(entriesOf(SECOND_CREDIT_LABELS))}\\s*[:：].*$`, 'su');

/**
 * An Arabic byline without what follows its names: a second credit ("كتب: فهد العنزي تصوير: …"), and a date,
 * Hijri or Gregorian, from its first digit on ("محمد علي 11 صفر 1447 هـ"): a name holds no digit. A number that
 * ends the text is kept: it is part of a site's name ("المحروسة 24"), which the site check then knows. A weekday left
 * at the end goes too (`weekdayEnd`). Other bylines are returned as they are.
 */
export function namesEnd(s: string, weekdayEnd: RegExp): string {
  if (!hasArabic(s)) return s;
  return s
    .replace(SECOND_CREDIT, '')
    .replace(/[\s,،|•·\-–—]*\p{N}[^\p{L}]*\p{L}.*$/su, '')
    .replace(weekdayEnd, '');
}

/**
 * The segments of a byline, trimmed, empty ones left out, and in an Arabic credit without the place it names first
 * (withoutLeadingPlace).
 */
export function segmentsOf(parts: string[], job: RegExp): string[] {
  return withoutLeadingPlace(parts.map((x) => x.trim()).filter(Boolean), job);
}

/**
 * An Arabic credit that names its place first ("بغداد - حيدر الساعدي", as the place-first credit lines "البصرة -
 * الرافدين نيوز - خاص" and "عمّان - خاص" of two dev sites do): a first part of one word before a part of two words or
 * more is the place, not the author, whose name runs to two words at least (a job title there is the one-word
 * author's: "محمد - مراسل الخبر").
 */
function withoutLeadingPlace(segments: string[], job: RegExp): string[] {
  const [first, next, ...rest] = segments;
  if (!first || !next || !hasArabic(first) || first.split(/\s+/).length !== 1) return segments;
  return next.split(/\s+/).length >= 2 && !job.test(next) ? [next, ...rest] : segments;
}

/** The most navigation links read for the page's section names. */
const MAX_NAV_LINKS = 300;

/** The keys of the link texts in the page's navigation (`nav`, `[role=navigation]`): its sections. */
function navSections(doc: Document): Set<string> {
  return documentMemo(doc, 'byline-nav-sections', () => {
    const out = new Set<string>();
    const navs = [...elementsNamed(doc, 'nav'), ...Array.from(doc.querySelectorAll('[role="navigation"]'))];
    let n = 0;
    for (const nav of navs)
      for (const a of Array.from(nav.querySelectorAll('a'))) {
        if (++n > MAX_NAV_LINKS) return out;
        const t = textOf(a);
        if (t) out.add(key(t));
      }
    return out;
  });
}

/**
 * Whether an Arabic byline is the name of a section the page's navigation links to ("اقتصاد", "منوعات"): a
 * category, as a WordPress theme sets it in the author slot of a story with no author. A person's name is no
 * section of the site.
 */
export function isSectionName(doc: Document, byline: string): boolean {
  return hasArabic(byline) && navSections(doc).has(key(byline));
}
