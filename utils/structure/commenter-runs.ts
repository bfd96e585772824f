/**
 * Readers' comments set as headings, under no labelled comment container: a commenter's name (and the comment's
 * date) as a heading over a short block, in a run after the story. meta-lines.ts (endAtComments) ends the story
 * where such a run begins.
 */
import type { Block } from '../types';
import { SETTINGS } from '../settings';
import { dateIndex, findDateInText, isMonthName, normalizeForDates } from '../metadata/dates';
import { CLOCK, DATE_WORDS, isProse } from './line-shapes';

const B = SETTINGS.brief;

/** A clock time, a date, or a day and a month without a full year ("07 Nov 12", "November 2") in a heading. */
function holdsDateOrTime(text: string): boolean {
  const norm = normalizeForDates(text);
  if (CLOCK.test(norm) || findDateInText(text) !== null) return true;
  const words = norm.split(/[\s,|]+/).map((w) => w.replace(/\.$/, ''));
  return words.some(
    (w, i) => isMonthName(w) && [words[i - 1], words[i + 1]].some((x) => x !== undefined && /^\d{1,2}$/.test(x)),
  );
}

/**
 * A reader's name set as a heading over a comment, with or without the comment's date: "Gary", "Frank @ Toronto",
 * "Jermaine 07 Nov 12", "GreatAunt On Friday, November 2 at 12:14 pm", "Heidemarie Heim | Di, 21. April 2020 -
 * 16:40". Short; besides date and clock words at most a few words of a name; not a sentence, not a question, not
 * numbered ("1. Angelina Jolie" heads a list article's item), and not opening with the time (a live blog's entry
 * opens with its time stamp: "21:22 Frances Watkins").
 */
export function isCommenterHeading(text: string): boolean {
  // A name may end with an initial ("Jack M."); any other final stop ends a sentence.
  const t = text.trim().replace(/\s\p{Lu}\.$/u, '');
  if (!t || t.length > B.maxCommenterHeadingChars || /^\p{N}+\s*[.)]/u.test(t) || /[.!?؟…:]["'”’)]*$/u.test(t))
    return false;
  const norm = normalizeForDates(t);
  if (dateIndex(norm) === 0 || /^\p{N}{1,2}[:.]\p{N}{2}/u.test(norm)) return false;
  const words = norm.match(/\p{L}[\p{L}\p{M}.'’-]*|\p{N}[\p{N}\p{L}]*/gu) ?? [];
  const name = words.filter((w) => {
    const bare = w.replace(/\.$/, '');
    return !(/^\p{N}+$/u.test(bare) || DATE_WORDS.has(bare) || isMonthName(bare));
  });
  return name.length > 0 && name.length <= B.maxCommenterNameWords;
}

/** The name words of a heading (three letters or more), lower-cased: what a section about that name repeats. */
function nameWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !DATE_WORDS.has(w) && !isMonthName(w));
}

/**
 * Where a run of readers' comments set as headings starts after the story, or -1. The run: headings of one level
 * shaped as a commenter's name (isCommenterHeading), each over a short block of paragraphs, after a story of three
 * paragraphs of prose or more; from there to the end nearly every heading is one (a comment's own bold line may
 * stand between them). Either three or more in a row each give a name and a date ("Jermaine 07 Nov 12"), or six or
 * more in a row give names only and no two share a word: a story's short headings run shorter and share their
 * words ("Kanae's Review", "Moeko's Review"; "Ingredients", "Method", "My Notes"). Sections that name their subject
 * in their heading ("Black Angus" over "Angus, and more specifically Black Angus, is …") are the story's: a comment
 * seldom names its own writer. Seen under no labelled comment container on CTV (l3s-gn1 79bc594a, 24 names in
 * bold), and as the shape of the comment threads of three more dev sites (dragnet R627 "Jermaine 07 Nov 12", R297
 * "GreatAunt On Friday, November 2 at 12:14 pm", cicero.de "Heidemarie Heim | Di, 21. April 2020 - 16:40").
 */
export function commenterRunStart(blocks: readonly Block[]): number {
  const units: { at: number; level: number; comment: boolean; dated: boolean; named: boolean; words: string[] }[] = [];
  blocks.forEach((b, i) => {
    if (b.type !== 'heading') return;
    let next = i + 1;
    while (next < blocks.length && blocks[next]!.type !== 'heading') next++;
    const body = blocks.slice(i + 1, next);
    const texts = body.flatMap((x) => (x.type === 'paragraph' ? [x.text] : []));
    const comment =
      isCommenterHeading(b.text) &&
      texts.length > 0 &&
      texts.length === body.length &&
      texts.reduce((n, t) => n + t.length, 0) <= B.maxCommentChars;
    const text = texts.join(' ').toLowerCase();
    const words = nameWords(b.text);
    const named = words.some((w) => text.includes(w));
    units.push({ at: i, level: b.level, comment, dated: holdsDateOrTime(b.text), named, words });
  });
  for (let k = 0; k < units.length; k++) {
    const level = units[k]!.level;
    let n = k;
    while (n < units.length && units[n]!.comment && units[n]!.level === level) n++;
    const run = units.slice(k, n);
    const dated = run.length >= B.minCommenterHeadingRun && run.every((u) => u.dated);
    const seen = new Set<string>();
    const distinct = run.every((u) => u.words.every((w) => !seen.has(w)) && u.words.every((w) => seen.add(w)));
    const undated = run.length >= B.minUndatedCommenterRun && distinct;
    if (!dated && !undated) continue;
    const rest = units.slice(k);
    const comments = rest.filter((u) => u.comment);
    if (rest.length - comments.length > comments.length * B.maxOtherHeadingsInCommentRun) return -1;
    if (comments.filter((u) => u.named).length * 3 > comments.length) return -1;
    const at = units[k]!.at;
    const prose = blocks.slice(0, at).filter((b) => b.type === 'paragraph' && isProse(b.text)).length;
    return prose >= B.minProseBeforeEndMatter ? at : -1;
  }
  return -1;
}
