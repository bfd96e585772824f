/**
 * Why a page scored below 0.5 token F1: a reason read from the output against the gold (how much was kept, how
 * much of it is gold text), so that a list of catastrophic pages says what kind of failure each is.
 */
import type { TokenScore } from './metrics';

/** The kinds of failure, from the output's size and overlap with the gold text. */
export type FailReason = 'threw' | 'nothing' | 'too-little' | 'too-much' | 'wrong-text';

export const REASON_TEXT: Record<FailReason, string> = {
  threw: 'threw: no output',
  nothing: 'nothing extracted',
  'too-little': 'too little: a part of the story (container too small, or detection gave up)',
  'too-much': 'too much: the story buried in page chrome (container too large)',
  'wrong-text': 'wrong text: another part of the page (comments, teasers, a sidebar)',
};

/** What a system produced on one page, as far as the reason needs it. */
export interface Outcome {
  token: TokenScore;
  /** Words of the output. */
  words: number;
  error: string | null;
}

/** Share of recall under which the gold story counts as mostly lost. */
const LOST = 0.5;
/** Share of precision under which the output counts as mostly not the story. */
const FOREIGN = 0.5;

/** The reason of a page's failure (call it for pages below 0.5 F1). */
export function failReason(out: Outcome, goldWords: number): FailReason {
  if (out.error) return 'threw';
  if (out.words === 0) return 'nothing';
  const { precision, recall } = out.token;
  // Most of what was kept is story, but most of the story is missing.
  if (recall < LOST && precision >= FOREIGN) return 'too-little';
  // Most of the story is there, drowned in other text.
  if (recall >= LOST && precision < FOREIGN) return 'too-much';
  // Neither: the output is mostly other text and the story mostly missing. A short output that is mostly story
  // but still misses it is too little; a long one that misses it is another part of the page.
  return out.words < goldWords * LOST && precision >= recall ? 'too-little' : 'wrong-text';
}

/** Each reason with the pages it explains, most frequent reason first. */
export function groupReasons<T>(items: readonly T[], reasonOf: (t: T) => FailReason): [FailReason, T[]][] {
  const groups = new Map<FailReason, T[]>();
  for (const t of items) {
    const r = reasonOf(t);
    groups.set(r, [...(groups.get(r) ?? []), t]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}
