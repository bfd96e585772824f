/**
 * Lists of the article with their lead-in sentence and their kind.
 *
 * A lead-in is the paragraph right before a list that introduces it: it ends with a colon, or it announces what
 * follows ("إليك خطوات …", "here are the steps", "the following"). A list is `steps` when it is ordered or its
 * lead-in speaks of steps, stages or how to do something; otherwise `bullets`.
 */
import type { Block, BriefList } from '../types';
import { entriesOf, phrasesPattern } from '../lexicon/compile';
import { LEAD_IN_ENDINGS, STEP_CUE_WORDS, STEP_CUES } from '../lexicon/structure';

/** A sentence that announces what follows: it ends with a colon or a cue word ("as follows", "إليك"). */
const LEAD_IN_CUE = new RegExp(`[:：]\\s*$|${phrasesPattern(entriesOf(LEAD_IN_ENDINGS))}\\s*[.:؛]?\\s*$`, 'i');
/** A lead-in that speaks of steps, stages or how to do something. */
const STEPS_CUE = new RegExp(
  `${phrasesPattern(entriesOf(STEP_CUES))}|${phrasesPattern(entriesOf(STEP_CUE_WORDS))}\\b`,
  'i',
);

export interface ListsResult {
  lists: BriefList[];
  /** Indexes of paragraph blocks used as a lead-in (they are not repeated in the sections). */
  leadIns: Set<number>;
}

export function buildLists(blocks: Block[]): ListsResult {
  const lists: BriefList[] = [];
  const leadIns = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.type !== 'list') return;
    const prev = blocks[i - 1];
    let leadIn: string | null = null;
    if (prev && prev.type === 'paragraph' && prev.text.length <= 400 && LEAD_IN_CUE.test(prev.text)) {
      leadIn = prev.text;
      leadIns.add(i - 1);
    }
    const steps = b.ordered || (leadIn !== null && STEPS_CUE.test(leadIn));
    lists.push({ leadIn, kind: steps ? 'steps' : 'bullets', ordered: b.ordered, items: b.items });
  });
  return { lists, leadIns };
}
