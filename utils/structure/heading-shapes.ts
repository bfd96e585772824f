/**
 * The shapes of a line that stands as a heading without heading markup (structure/blocks.ts): a bold paragraph, a
 * bare short line over a longer one, a line named as a subheading.
 */
import { SETTINGS } from '../settings';
import { classOf, readableText } from '../common/dom';
import { classWordsRegex } from '../lexicon/compile';
import { SUBHEADING_CLASS_WORDS } from '../lexicon/structure';

/** Class words of a subheading inside the article body. */
const SUBHEADING_CLASS = classWordsRegex(SUBHEADING_CLASS_WORDS);

/** Longest text taken as a heading made of a bold paragraph or a bare line. */
const MAX_PSEUDO_HEADING = 120;
/** Sentence or clause punctuation at the end, before closing quotes or brackets: no heading ends so. */
const SENTENCE_END = /[.!?؟…:;؛،,]["'»”)\]]*$/;

/** Short, no sentence punctuation at its end: the shape of a heading line. */
export function isHeadingLike(line: string): boolean {
  return line.length <= MAX_PSEUDO_HEADING && line.length >= 3 && !SENTENCE_END.test(line) && /\p{L}/u.test(line);
}

/** One short question, and nothing else: a subhead when it is set in bold ("What took so long?", "ما العمل؟"). */
export function isQuestionHeading(line: string): boolean {
  return (
    /[?؟]$/u.test(line) &&
    !/[.!?؟…](?=\s)/u.test(line) &&
    line.split(/\s+/).length <= SETTINGS.brief.maxQuestionHeadingWords &&
    /\p{L}/u.test(line)
  );
}

/** An element named as a subheading ("sub-title", "subhead", "crosshead") with one short line of text. */
export function isSubheadingLine(el: Element): boolean {
  if (!SUBHEADING_CLASS.test(classOf(el) ?? '')) return false;
  const text = readableText(el);
  return text !== '' && isHeadingLike(text);
}
