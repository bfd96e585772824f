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
 * - a date line anywhere, a paragraph or a heading that only says when (isDateLine), and a list of dates only;
 * - before the first paragraph of prose, a byline line of its own (isBylineLine) and an agency or desk credit
 *   (isCreditHeading): the byline and the date they give fill the metadata's gaps (bylineInBlocks, dateInBlocks);
 * - a box title set as a heading ("Related", "Editor's Choice") and the links under it (dropBoxTitles);
 * - a heading that is the headline repeated, the byline line or a credit (isMetaHeading).
 *
 * A paragraph of prose is a long one, or one that ends as a sentence ends.
 */
import type { Block } from '../types';
import { words } from '../common/text';
import { entriesOf, patternsPattern, phrasesPattern } from '../lexicon/compile';
import { COPYRIGHT_OPENERS, CREDIT_LABELS, PICTURE_CREDIT_OPENERS } from '../lexicon/credit-lines';
import {
  CONTRIBUTION_NOTE_PATTERNS,
  EMBED_NOTE_PATTERNS,
  PUBLICATION_NOTE_PATTERNS,
  TRAILING_CREDIT_PATTERNS,
} from '../lexicon/end-notes';
import { isCommentLabel } from '../extract/comments';
import { END_MATTER_RULE_MARKS, GALLERY_COUNT_UNITS, GALLERY_LABELS, GALLERY_TAILS } from '../lexicon/structure';
import { SETTINGS } from '../settings';
import { BYLINE_PREFIX, cleanByline } from '../metadata/byline';
import { findDateInText } from '../metadata/dates';
import { isAgencyName } from '../metadata/byline-people';
import { DESK_CREDIT_TAILS, JOB_TITLE_WORDS } from '../lexicon/byline';
import { NEWS_AGENCIES } from '../lexicon/agencies';
import { BOX_TITLES, RELATED_LABELS } from '../lexicon/related-labels';
import { SENTENCE_END, isDateLine, isPartedDateLine, isProse } from './line-shapes';
import { commenterRunStart, isCommenterHeading } from './commenter-runs';

export { isDateLine, isProse, isCommenterHeading };
export { closingAgency, datelineAgency } from './agency-credits';

const B = SETTINGS.brief;
/** A credit label and its colon at the start of a block. */
const CREDIT_LINE = new RegExp(`^\\s*${phrasesPattern(entriesOf(CREDIT_LABELS))}\\s*[:：]`, 'iu');
/**
 * A picture credit without a colon, the whole block: at most one word naming the picture, a credit opener, then the
 * credited name ("Featured image by Alberto Riva/The Points Guy.", "Photo by Joan Bardeletti").
 */
const PICTURE_CREDIT = new RegExp(
  `^\\s*(?:\\p{L}+\\s+)?${phrasesPattern(entriesOf(PICTURE_CREDIT_OPENERS))}\\s+\\S.*$`,
  'iu',
);
/** A copyright opener at the start of a block, alone (COPYRIGHT_LINE) or then its year or © (COPYRIGHT_NOTICE). */
const COPYRIGHT_WORD = phrasesPattern(entriesOf(COPYRIGHT_OPENERS));
const COPYRIGHT_OPENER = `^\\s*${COPYRIGHT_WORD}`;
const COPYRIGHT_LINE = new RegExp(COPYRIGHT_OPENER, 'iu');
/** The opener (twice at most: "© Copyright 2007") then a year or ©. */
const COPYRIGHT_NOTICE = new RegExp(
  `${COPYRIGHT_OPENER}(?:\\s*${COPYRIGHT_WORD})?\\s*(?:©|\\(c\\))?\\s*(?:\\d{4}|©|\\(c\\))`,
  'iu',
);
/** One mark repeated, and nothing else: "___", "***", "* * *", "•••". */
const SEPARATOR = /^([^\p{L}\p{N}\s])(?:\s*\1)*$/u;

/** A note on how the report was made, where it appeared or what an embed is, the whole block (lexicon/end-notes.ts). */
const END_NOTE_PATTERN = patternsPattern([
  ...entriesOf(CONTRIBUTION_NOTE_PATTERNS),
  ...entriesOf(PUBLICATION_NOTE_PATTERNS),
  ...entriesOf(EMBED_NOTE_PATTERNS),
]);
const END_NOTE = new RegExp(`^\\s*${END_NOTE_PATTERN}\\s*$`, 'iu');

/** An agency's credit in brackets at the end of a paragraph (lexicon/end-notes.ts, TRAILING_CREDIT_PATTERNS). */
const TRAILING_CREDIT = new RegExp(`\\s*${patternsPattern(entriesOf(TRAILING_CREDIT_PATTERNS))}\\s*$`, 'iu');

/**
 * The story's last paragraph without the agency's credit glued to its end ("… in late February 2013. (Editing by
 * Clare Fallon)"): the closing is the story's, the credit is not. What is left must still be prose, else the
 * paragraph stays as it is.
 */
export function withoutTrailingCredit(text: string): string {
  const cut = text.replace(TRAILING_CREDIT, '');
  return cut !== text && isProse(cut) ? cut : text;
}

/**
 * An end note: a contribution or publication note ("Heba Habib contributed to this report.", "A version of this
 * article appears in print on …"), an embedded post's note ("A post shared by …"), a picture credit without a
 * colon ("Featured image by …"), or a copyright notice longer than a credit line ("© Copyright 2007 Reuters.
 * Reuters content is …"). Never story text: it leaves the brief's fields (the closing above all), while the
 * page's text keeps it.
 */
export function isEndNote(text: string): boolean {
  if (text.length > B.maxEndNoteChars) return false;
  // A picture credit is a short line ("Featured image by …"): "Photo by photo, the show retells …" is a sentence.
  if (text.length <= B.maxMetaLineChars && PICTURE_CREDIT.test(text)) return true;
  return END_NOTE.test(text) || COPYRIGHT_NOTICE.test(text);
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
  const story = at > 0 ? blocks.slice(0, at) : blocks;
  const run = commenterRunStart(story);
  return run > 0 ? story.slice(0, run) : story;
}

/** A credit, source, disclaimer or copyright line. */
export function isCreditLine(text: string): boolean {
  if (text.length > B.maxCreditLineChars) return false;
  if (CREDIT_LINE.test(text)) return true;
  // A copyright notice is a label, not a sentence: the opener then a year or ©, or a line that does not end as a
  // sentence does. "Copyright law in the country dates from 1956." is story text.
  return COPYRIGHT_LINE.test(text) && (COPYRIGHT_NOTICE.test(text) || !SENTENCE_END.test(text));
}

/**
 * The shape of a meta line at the top: a kicker or category of one word ("Policy", "لبنان", "Live"). Other short
 * lines there ("Verified by: …", a deck set as a headline, a page's own first line, a date with other words) are
 * kept: a label line at the top is the story's text often enough on real pages (a dated notice, a "Rezept: …"
 * line) that dropping it loses more than it cleans; they are never the lede (sections.ts takes the first
 * paragraph of prose). A line that only says when (isDateLine) is dropped wherever it stands.
 */
function isMetaShaped(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return ws.length <= B.maxKickerWords && text.length <= B.maxKickerChars && !/\p{N}/u.test(text);
}

/** A paragraph that opens the story: prose, and not a byline or a date line that ends as a sentence does. */
function isStoryProse(text: string): boolean {
  return isProse(text) && !isBylineLine(text) && !isDateLine(text);
}

/** A rule drawn with one of END_MATTER_RULE_MARKS repeated ("___"). */
const END_MATTER_RULE = new RegExp(`^(?:${phrasesPattern([...END_MATTER_RULE_MARKS])}){2,}$`, 'u');

/**
 * The blocks before a rule ("___") that only a few short blocks follow at the end: what is under such a rule is
 * end matter (a correction, "On the Net:" and its links, a contribution note), never the story or its closing.
 */
function withoutEndMatter(blocks: Block[]): Block[] {
  const start = Math.max(0, blocks.length - B.maxEndMatterBlocks - 1);
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== 'paragraph' || !END_MATTER_RULE.test(b.text.replace(/\s+/g, ''))) continue;
    const below = blocks.slice(i + 1);
    const short = below.every((x) => x.type === 'paragraph' && x.text.length <= B.maxEndNoteChars);
    const prose = blocks.slice(0, i).filter((x) => x.type === 'paragraph' && isProse(x.text)).length;
    if (short && prose >= B.minProseBeforeEndMatter) return blocks.slice(0, i);
  }
  return blocks;
}

/**
 * The headline repeated as a paragraph over the story, after a breadcrumb of a few words ("Home Issues Prison
 * official: ‘Anyone’ could escape from Northward", "Home Architecture Incredible Home Revival Project by KNQ …"):
 * its words end with the headline's, and at most maxCrumbWords come before them. Seen as the first line of the
 * story on the dev pages of caymancompass.com, 24ora.com and a dragnet design blog, where it was the lede.
 */
export function isHeadlineUnderCrumbs(text: string, title: string | null): boolean {
  if (!title || letterKey(title).length < B.minRestatedTitleChars) return false;
  const line = words(text);
  const head = words(title);
  const crumbs = line.length - head.length;
  return crumbs >= 0 && crumbs <= B.maxCrumbWords && head.every((w, i) => line[crumbs + i] === w);
}

/**
 * The blocks without credit lines, separators, date lines and the meta lines at the article's edges (the headline
 * repeated under a breadcrumb among them, when the headline is given).
 */
export function dropMetaLines(blocks: Block[], title: string | null = null): Block[] {
  const kept = dropBoxTitles(withoutEndMatter(blocks)).filter(
    (b) =>
      !(
        b.type === 'paragraph' &&
        (isCreditLine(b.text) || SEPARATOR.test(b.text) || isDateLine(b.text) || isPartedDateLine(b.text))
      ) &&
      !(b.type === 'heading' && SEPARATOR.test(b.text)) &&
      // A list of dates only ("Feb. 21, 2019" set as a list item by a page's date markup) is no story list.
      !(b.type === 'list' && b.items.every((item) => isDateLine(item))),
  );
  const firstProse = kept.findIndex(
    (b) => b.type === 'paragraph' && isStoryProse(b.text) && !isHeadlineUnderCrumbs(b.text, title),
  );
  if (firstProse < 0) return kept;
  return kept.filter((b, i) => {
    // Before the first prose paragraph only paragraphs are meta lines: a heading or a list there is the story's,
    // and so is the label over a list (its lead-in, or a summary box's title).
    if (i >= firstProse || b.type !== 'paragraph') return true;
    if (isBylineLine(b.text) || isCreditHeading(b.text) || isHeadlineUnderCrumbs(b.text, title)) return false;
    if (isProse(b.text) || !isMetaShaped(b.text)) return true;
    return kept[i + 1]?.type === 'list';
  });
}

/**
 * The byline the story's first lines give, when the page's markup gives none: a byline line of its own before the
 * first paragraph of prose ("By JEFFREY McMURRAY Associated Press Writer"), its names cleaned.
 */
export function bylineInBlocks(blocks: readonly Block[], siteKeys: readonly string[] = []): string | null {
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    const names = bylineOfLine(b.text, siteKeys);
    if (names) return names;
    if (isStoryProse(b.text)) return null;
  }
  return null;
}

/** A box title set as a heading: a related-stories label or a box of picks, the whole heading (its colon aside). */
const BOX_TITLE = new RegExp(
  `^\\s*${phrasesPattern([...entriesOf(RELATED_LABELS), ...entriesOf(BOX_TITLES)])}\\s*[:：]?\\s*$`,
  'iu',
);

/**
 * The blocks without the title of a box of other stories set as a heading ("Related", "Editor's Choice") and the
 * links under it: the lists and the lines that are no prose up to the next heading or paragraph of prose. The story
 * that a paragraph of prose resumes after the box is kept.
 */
export function dropBoxTitles(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let inBox = false;
  for (const b of blocks) {
    if (b.type === 'heading') inBox = BOX_TITLE.test(b.text);
    else if (inBox && (b.type === 'list' || (b.type === 'paragraph' && !isProse(b.text)))) continue;
    else inBox = false;
    if (!inBox) out.push(b);
  }
  return out;
}

/**
 * A byline set as a line of its own: short, opening with a byline word, then names (a desk and a time may follow:
 * "By JEFFREY McMURRAY Associated Press Writer", "By William Langley"). "By the end of today, …" is a sentence.
 */
export function isBylineLine(text: string): boolean {
  return bylineOfLine(text) !== null;
}

/** The names of a byline line (isBylineLine), cleaned as the metadata stage cleans a byline; else null. */
export function bylineOfLine(text: string, siteKeys: readonly string[] = []): string | null {
  if (text.length > B.maxBylineLineChars || !BYLINE_PREFIX.test(text)) return null;
  // The names end where a number starts (a time, "1 hour, 32 minutes ago"), and before a wire and a job.
  const names = cleanByline(text, siteKeys)
    ?.replace(/[\s,]+\p{N}.*$/u, '')
    .replace(WIRE_AFTER_NAMES, '');
  return names && isNames(names, B.maxBylineLineWords) ? names : null;
}

/** A wire's name and a job after the names, with no comma between ("JEFFREY McMURRAY Associated Press Writer"). */
const JOB_WORDS = `${phrasesPattern(entriesOf(JOB_TITLE_WORDS))}s?`;
const WIRE_NAMES = phrasesPattern(entriesOf(NEWS_AGENCIES).flatMap((e) => e.split(/\s*=\s*/)));
const WIRE_AFTER_NAMES = new RegExp(
  `[\\s,]+(?:${WIRE_NAMES}(?:\\s+${JOB_WORDS})*|${JOB_WORDS}(?:\\s+${JOB_WORDS})*)$`,
  'iu',
);

/**
 * The date the story's first lines give, when the page's metadata gives none: a date line or a byline line with its
 * date, before the first paragraph of prose ("Tue, 2008-01-08 18:35.", "By David A. Utter - Fri, 12/28/2007"). A
 * numeric date read one way as day/month and the other as month/day ("1/10/2008") is not taken.
 */
export function dateInBlocks(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    if (isDateLine(b.text) || isBylineLine(b.text)) {
      const dayFirst = findDateInText(b.text);
      if (dayFirst) return dayFirst === findDateInText(b.text, { monthFirst: true }) ? dayFirst : null;
    }
    // The story's own dateline may carry the date: "Feb. 23, 2015 -- Life-threatening peanut allergies …".
    if (isStoryProse(b.text)) return datelineDate(b.text);
  }
  return null;
}

/** The opening of a paragraph up to a dateline's dash: "Feb. 23, 2015 --", "LONDON, March 3, 2015 —". */
const DATELINE_OPENING = /^([^.!?]{0,60}?(?:\.[^.!?]{0,60}?)?)\s(?:--|[-–—])\s/u;

/** One capitalised word of a dateline's place, with its comma ("LONDON,", "Cape", "Fla.,"). */
const PLACE_WORD = /^\p{Lu}[\p{L}.'’-]*,?\s+/u;

/**
 * The date a dateline that opens the story gives, with its year: the opening up to the dash is a date line, a place
 * of capitalised words before it aside ("Feb. 23, 2015 --", "LONDON, March 3, 2015 —"). A numeric date read two
 * ways is not taken.
 */
function datelineDate(text: string): string | null {
  let opening = DATELINE_OPENING.exec(text)?.[1] ?? '';
  while (opening && !isDateLine(opening) && PLACE_WORD.test(opening)) opening = opening.replace(PLACE_WORD, '');
  if (!opening || !isDateLine(opening)) return null;
  const dayFirst = findDateInText(opening);
  return dayFirst && dayFirst === findDateInText(opening, { monthFirst: true }) ? dayFirst : null;
}

/** A desk or wire credited at the end of a line ("The Oregonian Staff", "CanWest News Service"). */
const DESK_TAIL = new RegExp(`(?:^|\\s)${phrasesPattern(entriesOf(DESK_CREDIT_TAILS))}$`, 'iu');

/**
 * A credit set as a heading or a line of its own, naming an agency or a desk rather than a section: "The
 * Associated Press", "Hugh Gentry, Reuters", "Staff Reporter", "The Oregonian Staff". Short and shaped as names.
 */
export function isCreditHeading(text: string): boolean {
  const t = text.replace(/^[\s(]+|[\s)]+$/g, '');
  if (t.length > B.maxBylineHeadingChars || !isNames(t)) return false;
  const last = t.split(/\s*[,|/]\s*/).pop() ?? t;
  return isAgencyName(t) || isAgencyName(last) || DESK_TAIL.test(t);
}

/** Letters and digits only, lower-cased: the same words whatever the punctuation and spacing. */
function letterKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Few words shaped as names: in a cased script the first starts with a capital and no lower-case word is longer
 * than a particle ("van", "de", "and"), so "Von der Testpflicht …" is a phrase, not "Von Anna Weber".
 */
function isNames(rest: string, maxWords: number = B.maxBylineHeadingWords): boolean {
  const ws = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (ws.length === 0 || ws.length > maxWords) return false;
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
  if (isGalleryHeading(text) || isCreditHeading(text)) return true;
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
