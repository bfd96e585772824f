/**
 * Runs of inline content (text and inline elements between block elements, lines split at `<br>`) into paragraph,
 * heading, list and caption blocks: paragraphs at `<br><br>`, or at each `<br>` when every line is a paragraph of
 * prose; a bold or a bare short line over a paragraph as a heading; marker-led lines as a list. Used by blocks.ts.
 */
import type { Block } from '../types';
import { SETTINGS } from '../settings';
import { normalizeSpace } from '../common/text';
import { entriesOf, phrasesPattern } from '../lexicon/compile';
import { FIGURE_LABELS } from '../lexicon/structure';
import { isHeadingLike, isQuestionHeading } from './heading-shapes';
import { SENTENCE_END } from './line-shapes';
import { markerOf, stripMarker, trailingMarkedLines } from './marked-lists';

/** The label of a figure caption written as text: "Abbildung 4:", "Abb. 2.", "Figure 3:", "Fig. 1 –", "الشكل 2:". */
const FIGURE_LABEL = new RegExp(`^${phrasesPattern(entriesOf(FIGURE_LABELS))}\\s*\\d*[a-z]?\\s*[:.–—-]\\s+\\S`, 'iu');
/** Longest line read as a figure caption. */
const MAX_FIGURE_LABEL_LINE = 300;

/** One run of inline content: lines split at `<br>`; an empty line marks a paragraph break (`<br><br>`). */
export interface InlineRun {
  lines: string[];
  /** Text of each line that sits in bold (`strong`/`b`), to detect bold-paragraph headings. */
  bold: number[];
  /** Inside a quotation (`blockquote`): its lines are the quote's, never a heading of the article. */
  quoted?: boolean;
}

/** Turn one inline run into paragraph and heading blocks. */
export function emitRun(run: InlineRun, out: Block[]): void {
  // Group lines into paragraphs at empty lines (a `<br><br>` break).
  const groups: { lines: string[]; bold: number; firstBold: number }[] = [];
  let cur: { lines: string[]; bold: number; firstBold: number } | null = null;
  run.lines.forEach((raw, i) => {
    const line = normalizeSpace(raw);
    if (!line) {
      cur = null;
      return;
    }
    if (!cur) {
      cur = { lines: [], bold: 0, firstBold: run.bold[i] ?? 0 };
      groups.push(cur);
    }
    cur.lines.push(line);
    cur.bold += run.bold[i] ?? 0;
  });
  groups.forEach((g, i) => {
    // Marker-led lines at the end of a group ("lead-in:<br>1. …<br>2. …"): the lines before, then a list.
    const listStart = trailingMarkedLines(g.lines);
    if (listStart >= 0) {
      if (listStart > 0) emitRun({ lines: g.lines.slice(0, listStart), bold: [0] }, out);
      const written = g.lines.slice(listStart);
      out.push({
        type: 'list',
        ordered: markerOf(g.lines[listStart]!) === 'number',
        items: written.map(stripMarker),
        written,
      });
      return;
    }
    const first = g.lines[0]!;
    const text = g.lines.join(' ');
    const next = groups[i + 1];
    // A figure's caption set as plain text ("Abbildung 4: …", "Fig. 2. …"): kept apart from the text.
    if (text.length < MAX_FIGURE_LABEL_LINE && FIGURE_LABEL.test(text)) {
      out.push({ type: 'caption', text });
      return;
    }
    if (g.lines.length === 1) {
      const allBold = g.bold >= text.length * 0.9;
      const short = isHeadingLike(first) || (allBold && isQuestionHeading(first));
      // A bold paragraph, or a bare short line followed by a longer paragraph of the same run.
      if (
        !run.quoted &&
        short &&
        (allBold || (next !== undefined && next.lines.join(' ').length > first.length * 1.5))
      ) {
        out.push({ type: 'heading', level: 3, text: first });
      } else {
        out.push({ type: 'paragraph', text });
      }
      return;
    }
    // Paragraphs set as lines of one run, a single <br> apart ("…from him.<br>The two men …"): every line longer
    // than a meta line (prose by its length alone) and ending as a sentence does. A run with a shorter line is one
    // paragraph broken for show (a signature, an address, a verse).
    if (g.lines.every((l) => l.length > SETTINGS.brief.maxMetaLineChars && SENTENCE_END.test(l))) {
      for (const l of g.lines) out.push({ type: 'paragraph', text: l });
      return;
    }
    // A short bare line on its own line right before a long one ("Heading<br>Long paragraph…"): a heading. So is a
    // bold question there ("<strong>What makes a group smart?</strong><br>Before we …"), as a bold paragraph is.
    const second = g.lines[1]!;
    const subhead = isHeadingLike(first) || (g.firstBold >= first.length * 0.9 && isQuestionHeading(first));
    if (!run.quoted && subhead && second.length >= 80 && second.length > first.length * 3) {
      out.push({ type: 'heading', level: 3, text: first });
      out.push({ type: 'paragraph', text: g.lines.slice(1).join(' ') });
      return;
    }
    out.push({ type: 'paragraph', text });
  });
}
