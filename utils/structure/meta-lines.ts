/**
 * Labels and meta lines are never content. Blocks that read as a line about the article rather than of it are
 * left out of the story, each by its shape and its place, never by one page's words:
 *
 * - a credit or source line anywhere: short, opening with a credit label and a colon ("المصدر: (أ ش أ)",
 *   "Source: Reuters", "تصوير: …", "Disclaimer: …"), or a copyright line ("© 2008 …");
 * - a separator, one mark repeated ("___", "* * *");
 * - at the top edge, before the first paragraph of prose: short lines that do not end as a sentence end (a kicker,
 *   a category: isMetaShaped), except the label over a list; other short lines there are kept, but are not the
 *   lede (sections.ts);
 * - a heading that is the headline repeated or the byline line (isMetaHeading).
 *
 * A paragraph of prose is a long one, or one that ends as a sentence ends.
 */
import type { Block } from '../types';
import { entriesOf, patternsPattern, phrasesPattern } from '../lexicon/compile';
import { COPYRIGHT_OPENERS, CREDIT_LABELS } from '../lexicon/credit-lines';
import { CONTRIBUTION_NOTE_PATTERNS, PUBLICATION_NOTE_PATTERNS } from '../lexicon/end-notes';
import { isCommentLabel } from '../extract/comments';
import { GALLERY_COUNT_UNITS, GALLERY_LABELS, GALLERY_TAILS } from '../lexicon/structure';
import { SETTINGS } from '../settings';
import { BYLINE_PREFIX } from '../metadata/byline';

const B = SETTINGS.brief;
/** A credit label and its colon at the start of a block. */
const CREDIT_LINE = new RegExp(`^\\s*${phrasesPattern(entriesOf(CREDIT_LABELS))}\\s*[:：]`, 'iu');
/** A copyright opener at the start of a block, alone (COPYRIGHT_LINE) or then its year or © (COPYRIGHT_NOTICE). */
const COPYRIGHT_WORD = phrasesPattern(entriesOf(COPYRIGHT_OPENERS));
const COPYRIGHT_OPENER = `^\\s*${COPYRIGHT_WORD}`;
const COPYRIGHT_LINE = new RegExp(COPYRIGHT_OPENER, 'iu');
/** The opener (twice at most: "© Copyright 2007") then a year or ©. */
const COPYRIGHT_NOTICE = new RegExp(
  `${COPYRIGHT_OPENER}(?:\\s*${COPYRIGHT_WORD})?\\s*(?:©|\\(c\\))?\\s*(?:\\d{4}|©|\\(c\\))`,
  'iu',
);
/** The end of a sentence, closing quotes and brackets aside. */
const SENTENCE_END = /[.!?؟…。！？]["'»”’)\]」』]*\s*$/u;
/** One mark repeated, and nothing else: "___", "***", "* * *", "•••". */
const SEPARATOR = /^([^\p{L}\p{N}\s])(?:\s*\1)*$/u;

/** A note on how the report was made or where it appeared, the whole block (lexicon/end-notes.ts). */
const END_NOTE_PATTERN = patternsPattern([
  ...entriesOf(CONTRIBUTION_NOTE_PATTERNS),
  ...entriesOf(PUBLICATION_NOTE_PATTERNS),
]);
const END_NOTE = new RegExp(`^\\s*${END_NOTE_PATTERN}\\s*$`, 'iu');

/**
 * An end note: a contribution or publication note ("Heba Habib contributed to this report.", "A version of this
 * article appears in print on …"), or a copyright notice longer than a credit line ("© Copyright 2007 Reuters.
 * Reuters content is …"). Never story text: it leaves the brief's fields (the closing above all), while the
 * page's text keeps it.
 */
export function isEndNote(text: string): boolean {
  if (text.length > B.maxEndNoteChars) return false;
  return END_NOTE.test(text) || COPYRIGHT_NOTICE.test(text);
}

/** An e-mail address or a social handle ("Write to Jane Roe at jane.roe@example.com", "… on Twitter at @jroe"). */
const CONTACT = /\S@\S|(?:^|\s)@\w/;

/**
 * A note about the article's author after the story: a paragraph that opens with an author's name ("Corey
 * Kilgannon is a Metro reporter …", "Ben Silverman is on Twitter at …"), or names one beside an e-mail address
 * ("Write to Selina Williams at …@dowjones.com"). Seen at the end of the dev pages of three sites (New York
 * Times, Yahoo, Wall Street Journal). Only the paragraphs that close the story are judged (dropAuthorNotes).
 */
export function isAuthorNote(text: string, byline: string | null): boolean {
  if (!byline || text.length > B.maxEndNoteChars) return false;
  const lower = text.toLowerCase();
  return byline
    .split(/\s*[,،]\s*/)
    .map((n) => n.trim().toLowerCase())
    .some(
      (name) =>
        name.split(/\s+/).length >= 2 && (lower.startsWith(`${name} `) || (lower.includes(name) && CONTACT.test(text))),
    );
}

/** The blocks without the author notes and end notes that close them (isAuthorNote, isEndNote). */
export function dropAuthorNotes(blocks: Block[], byline: string | null): Block[] {
  let end = blocks.length;
  while (end > 0) {
    const b = blocks[end - 1]!;
    if (b.type !== 'paragraph' || !(isAuthorNote(b.text, byline) || isEndNote(b.text))) break;
    end--;
  }
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/**
 * The story up to a comment section's label (lexicon/comment-labels.ts), set as a heading or a line of its own
 * after the story has begun, or up to the first block read from inside a comment thread (structure/
 * comment-threads.ts): what follows is readers' text, never a section, a list, a commitment or the closing.
 */
export function endAtComments(blocks: Block[]): Block[] {
  const at = blocks.findIndex(
    (b, i) => i > 0 && (b.inThread || ((b.type === 'heading' || b.type === 'paragraph') && isCommentLabel(b.text))),
  );
  return at > 0 ? blocks.slice(0, at) : blocks;
}

/** A credit, source, disclaimer or copyright line. */
export function isCreditLine(text: string): boolean {
  if (text.length > B.maxCreditLineChars) return false;
  if (CREDIT_LINE.test(text)) return true;
  // A copyright notice is a label, not a sentence: the opener then a year or ©, or a line that does not end as a
  // sentence does. "Copyright law in the country dates from 1956." is story text.
  return COPYRIGHT_LINE.test(text) && (COPYRIGHT_NOTICE.test(text) || !SENTENCE_END.test(text));
}

/** A paragraph that is prose: long, or ending as a sentence ends. */
export function isProse(text: string): boolean {
  return text.length > B.maxMetaLineChars || SENTENCE_END.test(text);
}

/**
 * The shape of a meta line at the top: a kicker or category of one word ("Policy", "لبنان", "Live"). Other short
 * lines there (a date line, "Verified by: …", a deck set as a headline, a page's own first line) are kept: a
 * date or label line at the top is the story's text often enough on real pages (a dated notice, a "Rezept: …"
 * line) that dropping it loses more than it cleans; they are never the lede (sections.ts takes the first
 * paragraph of prose).
 */
function isMetaShaped(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return ws.length <= B.maxKickerWords && text.length <= B.maxKickerChars && !/\p{N}/u.test(text);
}

/** The blocks without credit lines, separators and the meta lines at the article's edges. */
export function dropMetaLines(blocks: Block[]): Block[] {
  const kept = blocks.filter(
    (b) =>
      !(b.type === 'paragraph' && (isCreditLine(b.text) || SEPARATOR.test(b.text))) &&
      !(b.type === 'heading' && SEPARATOR.test(b.text)),
  );
  const firstProse = kept.findIndex((b) => b.type === 'paragraph' && isProse(b.text));
  if (firstProse < 0) return kept;
  return kept.filter((b, i) => {
    // Before the first prose paragraph only paragraphs are meta lines: a heading or a list there is the story's,
    // and so is the label over a list (its lead-in, or a summary box's title).
    if (i >= firstProse || b.type !== 'paragraph' || isProse(b.text) || !isMetaShaped(b.text)) return true;
    return kept[i + 1]?.type === 'list';
  });
}

/** Letters and digits only, lower-cased: the same words whatever the punctuation and spacing. */
function letterKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Few words shaped as names: in a cased script the first starts with a capital and no lower-case word is longer
 * than a particle ("van", "de", "and"), so "Von der Testpflicht …" is a phrase, not "Von Anna Weber".
 */
function isNames(rest: string): boolean {
  const ws = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (ws.length === 0 || ws.length > B.maxBylineHeadingWords) return false;
  return !/^\p{Ll}/u.test(ws[0]!) && ws.every((w) => !/^\p{Ll}/u.test(w) || w.length <= 3);
}

/**
 * A deck set as a heading: the first block of the story, before any paragraph, a heading as long as a sentence.
 * It is read as a paragraph (the lede), not as a section over the story. Seen on three dev sites (an Egyptian
 * tagDiv theme's sub-title, the Independent's standfirst, a German "Tag der Abstimmung" box).
 */
export function deckAsParagraph(blocks: Block[]): Block[] {
  const first = blocks[0];
  // A photo and its caption may sit between the deck and the story's first paragraph.
  if (first?.type !== 'heading' || blocks.slice(1).find((b) => b.type !== 'caption')?.type !== 'paragraph')
    return blocks;
  const words = first.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < B.minDeckHeadingWords) return blocks;
  return [{ type: 'paragraph', text: first.text }, ...blocks.slice(1)];
}

/** A gallery box's title (lexicon/structure.ts, GALLERY_LABELS): the label alone or before a colon or a dash. */
const GALLERY_LABEL = new RegExp(
  `^\\s*${phrasesPattern(entriesOf(GALLERY_LABELS))}\\s*(?:$|[:：|\\-–—]|[.\\s]+$)`,
  'iu',
);
/** "UK news in pictures", "… | 9 Photos", "12 صورة". */
const GALLERY_TAIL = phrasesPattern(entriesOf(GALLERY_TAILS));
const GALLERY_COUNT = `[\\d٠-٩]+\\s+${phrasesPattern(entriesOf(GALLERY_COUNT_UNITS))}`;
const GALLERY_END = new RegExp(`(?:\\s${GALLERY_TAIL}|${GALLERY_COUNT})[\\s.…]*$`, 'iu');

/** The title of a photo gallery or slideshow box, set as a heading: short, a gallery label at its start or end. */
export function isGalleryHeading(text: string): boolean {
  return text.length <= B.maxGalleryHeadingChars && (GALLERY_LABEL.test(text) || GALLERY_END.test(text));
}

export function isMetaHeading(text: string, opts: { title: string | null; byline?: string | null }): boolean {
  if (isGalleryHeading(text)) return true;
  const k = letterKey(text);
  const title = opts.title ? letterKey(opts.title) : '';
  if (title && k === title) return true;
  // The headline restated under a kicker ("Tag der Abstimmung: <headline> - wie geht es jetzt weiter?").
  if (title.length >= B.minRestatedTitleChars && k.includes(title) && k.length <= title.length * 2) return true;
  if (text.length > B.maxBylineHeadingChars) return false;
  const opener = BYLINE_PREFIX.exec(text);
  if (opener && isNames(text.slice(opener[0].length))) return true;
  const byline = opts.byline ? letterKey(opts.byline) : '';
  return byline.length > 0 && k.includes(byline) && k.length <= byline.length * 2;
}
