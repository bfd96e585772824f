/**
 * Lists of the article with their lead-in sentence and their kind.
 *
 * A lead-in is the paragraph right before a list that introduces it: it ends with a colon, or it announces what
 * follows ("إليك خطوات …", "here are the steps", "the following"). A list is `steps` when it is ordered or its
 * lead-in speaks of steps, stages or how to do something; otherwise `bullets`.
 */
import type { Block, BriefList } from '../types';

const LEAD_IN_CUE =
  /[:：]\s*$|(التالي[ةه]?|يلي|الآتي[ةه]?|الاتي[ةه]?|إليك|اليك|كالتالي|كما يلي|following|below|as follows|here are|here's|these)\s*[.:؛]?\s*$/i;
const STEPS_CUE =
  /(خطو[ةا]ت?|الخطوات|مراحل|مرحلة|كيفية|طريقة|لتحقيق|إجراءات|steps?\b|stages?\b|how to|instructions|procedure|in order to|to get started|schritte?\b|anleitung)/i;

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
