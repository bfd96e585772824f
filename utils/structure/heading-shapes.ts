/**
 * The shapes of a line that stands as a heading without heading markup (structure/blocks.ts): a bold paragraph, a
 * bare short line over a longer one, a line named as a subheading, a crosshead in capitals between paragraphs.
 */
import type { Block } from '../types';
import { SETTINGS } from '../settings';
import { isProse } from './line-shapes';
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

/** A few words in capitals and nothing else ("CONSTANT CONTACT"): every word of two letters or more. */
function isCapsLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= SETTINGS.brief.maxCapsCrossheadWords &&
    words.every((w) => /^\p{Lu}[\p{Lu}'’&-]+$/u.test(w))
  );
}

/**
 * Crossheads set in capitals as paragraphs of their own, between two paragraphs of prose ("… the time needed to
 * complete the mission.", "CONSTANT CONTACT", "Venezuela's foreign minister said …"): headings. Seen so on the dev
 * pages of Reuters, LG's newsroom, a music-industry column and a blog; a line in capitals at the top or the end
 * (an agency's name, "COPYRIGHT") has no prose on one side and stays what it was.
 */
export function promoteCapsCrossheads(blocks: Block[]): Block[] {
  return blocks.map((b, i) => {
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (b.type !== 'paragraph' || before?.type !== 'paragraph' || after?.type !== 'paragraph') return b;
    if (!isCapsLine(b.text) || !isProse(before.text) || !isProse(after.text)) return b;
    return { type: 'heading', level: 3, text: b.text.trim() };
  });
}
