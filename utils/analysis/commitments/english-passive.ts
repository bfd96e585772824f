/**
 * A future passive whose agent is named ("The plants … will be taken over by Johnson Controls", "The production will be
 * directed by Austin Pendleton", "The 8GB iPhone … will be offered by the UK's largest mobile phone operator": three
 * sites of the broad corpora's dev split, a Dragnet theatre listing, a Dragnet business report and an L3S-GN1 phone
 * report): what the agent will do, unless it is predicted, negated, conditional or a critic's.
 */
import { actorLike, blockedBefore, blockedClause, criticAttributed, quotedCriticism } from './english-blockers';
import { alternation } from '../patterns';
import { FUTURE_ADVERBS, PHRASAL_PARTICLES } from '../../lexicon/announced-actions';

/**
 * A passive participle (with its particle) and its named agent after a future marker's "be": " taken over by Johnson
 * Controls" (group 1 the agent: capitalised words, joined by "of", "and" or "&").
 */
const NAME_WORD = `\\p{Lu}[\\p{L}.'’&-]*`;
const PASSIVE_BY = new RegExp(
  `^\\s+(?:${alternation(FUTURE_ADVERBS)}\\s+)?\\p{Ll}+(?:ed|en|wn|un|ld|lt|nt|de)` +
    `(?:\\s+${alternation(PHRASAL_PARTICLES, ['en'])})?\\s+` +
    `by\\s+((?:the\\s+)?${NAME_WORD}(?:\\s+(?:(?:of|and|&)\\s+)?${NAME_WORD})*)`,
  'u',
);

/** The named agent of a future passive, and where its "by" starts; null when the agent is no actor. */
export function passiveAgent(
  clause: string,
  after: number,
  isName: (word: string) => boolean,
): { actor: string; by: number } | null {
  const m = PASSIVE_BY.exec(clause.slice(after));
  // "by Austin Pendleton.": the sentence's full stop is no part of the name (an abbreviation's is: "Co.", "U.S.").
  const actor = m?.[1]!.replace(/(?<=\p{Ll}{3})\.$/u, '');
  if (!m || !actor || !actorLike(actor, isName)) return null;
  return { actor, by: after + m[0].lastIndexOf('by', m[0].length - m[1]!.length) };
}

/**
 * Whether a future passive at `at` is announced, not predicted or reported from a critic: nothing before it negates,
 * asks, appeals or predicts (`unreported`: a "would" outside reported speech, a conditional or a guess).
 */
export function announcedPassive(clause: string, at: number, unreported: boolean): boolean {
  const before = clause.slice(0, at);
  if (unreported || /\bto\s*$/i.test(before) || blockedBefore(before) || blockedClause(before)) return false;
  return !quotedCriticism(clause, at) && !criticAttributed(clause.slice(at));
}
