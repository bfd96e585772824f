/**
 * The notes that close an article without being its story: notes on the author ("Corey Kilgannon is a Metro
 * reporter …", "Write to … at …@wsj.com"), end notes (meta-lines.ts, isEndNote), labelled notes ("Disclosure: …",
 * "Editor's Note: …") and calls to comment ("Share your thoughts in the comments below."). They leave the brief's
 * fields, the closing above all; the page's text keeps them.
 */
import type { Block } from '../types';
import { COMMENT_CALL_PATTERNS } from '../lexicon/calls-to-action';
import { NOTE_LABEL_PATTERNS } from '../lexicon/end-notes';
import { labelPattern } from '../extract/words';
import { SETTINGS } from '../settings';
import { isProse } from './line-shapes';
import { isEndNote } from './meta-lines';

const B = SETTINGS.brief;

/** An e-mail address or a social handle ("Write to Jane Roe at jane.roe@example.com", "… on Twitter at @jroe"). */
const CONTACT = /\S@\S|(?:^|\s)@\w/;

/**
 * A note about the article's author after the story: a paragraph that opens with an author's name ("Corey
 * Kilgannon is a Metro reporter …", "Ben Silverman is on Twitter at …", or by the first name alone, "Devindra has
 * been …"), or names one beside an e-mail address
 * ("Write to Selina Williams at …@dowjones.com"). Seen at the end of the dev pages of three sites (New York
 * Times, Yahoo, Wall Street Journal). Only the paragraphs that close the story are judged (dropAuthorNotes).
 */
export function isAuthorNote(text: string, byline: string | null): boolean {
  if (text.length > B.maxEndNoteChars) return false;
  if (isContactNote(text)) return true;
  if (!byline) return false;
  const lower = text.toLowerCase();
  return byline
    .split(/\s*[,،]\s*/)
    .map((n) => n.trim().toLowerCase())
    .some(
      (name) =>
        name.split(/\s+/).length >= 2 &&
        (lower.startsWith(`${name} `) ||
          (lower.includes(name) && CONTACT.test(text)) ||
          opensWithFirstName(text, name)),
    );
}

/**
 * A note that calls the author by the first name alone, a verb following it ("Devindra has been obsessed with
 * technology …" under Devindra Hardawar's review): the name, then a word in lower case, not the rest of a name.
 */
function opensWithFirstName(text: string, name: string): boolean {
  const first = name.split(/\s+/)[0]!;
  if (!text.toLowerCase().startsWith(`${first} `)) return false;
  const next = text.slice(first.length + 1).match(/^\p{L}+/u)?.[0] ?? '';
  return next !== '' && next === next.toLowerCase() && next !== next.toUpperCase();
}

/** An e-mail address ("emullener@timespicayune.com", "ben.grossman@reedbusiness.com"). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

/**
 * A note on how to reach the author, whoever the byline names: a short paragraph that gives an e-mail address
 * ("Staff writer Elizabeth Mullener can be reached at …@timespicayune.com", "Write to Nick Wingfield at …@wsj.com",
 * "David Unkle can be reached at: …@canoemail.com", "E-mail comments to …@reedbusiness.com": four sites of the broad
 * corpora's dev split). Only the paragraphs that close the story are judged (dropAuthorNotes).
 */
function isContactNote(text: string): boolean {
  return EMAIL.test(text) && text.split(/\s+/).length <= B.maxContactNoteWords;
}

/** A call to the reader to comment ("Share your thoughts in the comments below."), in a short block. */
const COMMENT_CALL = new RegExp(labelPattern({}, COMMENT_CALL_PATTERNS), 'iu');

export function isCommentCall(text: string): boolean {
  return text.length <= B.maxEndNoteChars && COMMENT_CALL.test(text);
}

/** A note's label and its colon at the start of a block, after a mark ("*Disclosure:", "[Note:", "Editor's Note:"). */
const NOTE_LABEL = new RegExp(`^[\\s*\\[(]*${labelPattern({}, NOTE_LABEL_PATTERNS)}\\s*[:：]`, 'iu');

/**
 * A labelled note after the story ("Disclosure: I have worked with …", "Editor's Note: …", "Note: …"):
 * short, opening with a note's label and its colon (lexicon/end-notes.ts). Only the paragraphs that close the story
 * are judged (dropAuthorNotes): a "Note:" inside the story is its text.
 */
export function isLabelledNote(text: string): boolean {
  return text.length <= B.maxEndNoteChars && NOTE_LABEL.test(text);
}

/**
 * The blocks without the author notes, end notes, labelled notes and calls to comment that close them
 * (isAuthorNote, isEndNote, isLabelledNote, isCommentCall). Short lines that are no prose ("2192 Shares", a label)
 * may stand after a note: they go with it, and alone they stay.
 */
export function dropAuthorNotes(blocks: Block[], byline: string | null): Block[] {
  let end = blocks.length;
  for (let i = blocks.length; i > 0; i--) {
    const b = blocks[i - 1]!;
    if (b.type !== 'paragraph') break;
    const note = isAuthorNote(b.text, byline) || isEndNote(b.text) || isLabelledNote(b.text);
    if (note || isCommentCall(b.text)) end = i - 1;
    else if (isProse(b.text)) break;
  }
  return end === blocks.length ? blocks : blocks.slice(0, end);
}
