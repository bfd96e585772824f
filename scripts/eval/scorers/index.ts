/** The registry of scorers, one per kind of page result; every corpus kind names the scorer of its pages. */
import { briefScorer } from './brief';
import { detectionScorer } from './detection';
import { goldTextScorer } from './gold-text';
import { referenceScorer } from './reference';
import type { PageResult, Scorer } from './scorer';
import { snippetScorer } from './snippets';

export const SCORERS = {
  snippets: snippetScorer,
  reference: referenceScorer,
  'gold-text': goldTextScorer,
  detection: detectionScorer,
  brief: briefScorer,
} satisfies Record<string, Scorer<never, PageResult>>;

export type ScorerKey = keyof typeof SCORERS;

/** The scorer for a kind of page, with its page type erased (the runner hands each scorer only its own pages). */
export function scorerFor(key: ScorerKey): Scorer<unknown, PageResult> {
  return SCORERS[key] as Scorer<unknown, PageResult>;
}
