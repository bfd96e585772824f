/**
 * How an English commitment's text reads on the panel: one action an entry, written as the action itself ("keeping the
 * project within its budget", "will publish quarterly reports"), not as the words left around it by the sentence.
 */
import { entriesOf } from '../../lexicon/compile';
import { STATE_VERBS } from '../../lexicon/announced-actions';

/** Verbs after "will" that state a state, not an action (lexicon/announced-actions.ts). */
const STATE = new Set(entriesOf(STATE_VERBS));

/**
 * A second undertaking joined by "and" and its own future marker: "committed to keeping the project within its budget
 * and will publish …" (group 1 the joining words, group 2 the verb after the marker).
 */
const SECOND_FUTURE = /(,?\s+and\s+)(?=(will|would)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b)/u;

/**
 * A commitment's text cut in two where a second undertaking with its own "will" or "would" starts after an action of
 * another form, so that each reads as one action: "to keeping the project within its budget" and "will publish
 * quarterly reports". Two actions under the same marker read as one clause ("would report within a fortnight … and
 * would report on the outcome"); a state after the marker ("and will be monitored") is no undertaking of its own.
 */
export function splitFutureAction(text: string): string[] {
  const m = SECOND_FUTURE.exec(text);
  if (!m || m.index === 0 || STATE.has(m[3]!) || text.startsWith(`${m[2]!} `)) return [text];
  return [text.slice(0, m.index), ...splitFutureAction(text.slice(m.index + m[1]!.length))];
}

/**
 * A commitment read as the action itself: the "to" of "committed to keeping …" dropped before a gerund, which it
 * would leave dangling ("to keeping the project within its budget" → "keeping the project within its budget"). An
 * infinitive's "to" stays ("to provide …"), as the annotation conventions copy it.
 */
export const asAction = (text: string) => text.replace(/^to\s+(?=\p{Ll}{2,}ing\b)/u, '');

/** The base forms a present participle may have: "facing" → "fac", "face"; "running" → "runn", "run". */
export function stemsOf(participle: string): string[] {
  const stem = participle.replace(/ing$/, '');
  return [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, '$1')];
}
