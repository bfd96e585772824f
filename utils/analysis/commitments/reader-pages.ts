/**
 * Pages that speak to their reader: how-tos, product and software pages, service help, joke and costume lists. A
 * "will" there that no one is reported to have said tells what a program, a product or a service does for whoever
 * reads ("Ruby will stop iterating …", "Stunnel … will then forward to the server", "the Safe Browsing blocklist API
 * … will continue to protect users"), not what an actor announced. The measure and its threshold are settings
 * (settings/analysis.ts); the reader's pronouns are lexicon data (lexicon/pronouns.ts).
 */
import { REPORTING } from './english-blockers';
import { alternation } from '../patterns';
import { ATTRIBUTION_WORDS } from '../../lexicon/pledge-verbs';
import { READER_PRONOUNS } from '../../lexicon/pronouns';
import { SETTINGS } from '../../settings';
import type { Commitment } from '../../types';

const S = SETTINGS.analysis.commitments;
/** The reader's pronouns ("you", "your"). */
const READER = new RegExp(`\\b${alternation(READER_PRONOUNS, ['en'])}\\b`, 'gi');
/** Quoted words: a "you" inside them is a speaker's, not the page's. */
const QUOTED = /“[^”]*”|"[^"\n]*"/g;
/** An action stated by a bare future: "will stop iterating", "she'll sometimes go". */
const BARE_FUTURE = /^(?:will|\S+['’]ll)\b/i;
/** A reporting verb: someone is said to have announced the action. */
const REPORTED = new RegExp(`\\b(?:${REPORTING}|${alternation(ATTRIBUTION_WORDS, ['en'])})\\b`, 'i');

/** Whether a page's prose, outside its quotations, speaks to its reader as often as a how-to or a help page does. */
export function speaksToReader(texts: string[]): boolean {
  const prose = texts.join('\n').replace(QUOTED, ' ');
  const words = prose.split(/\s+/).filter(Boolean).length;
  if (words < S.readerPageMinWords) return false;
  return ((prose.match(READER) ?? []).length * 1000) / words >= S.readerPronounsPerThousandWords;
}

/** Whether a prose commitment is a bare "will" no one is reported to have said: on a reader's page, a description. */
export const describedOnly = (c: Commitment) =>
  c.source === 'prose' && BARE_FUTURE.test(c.commitment) && !REPORTED.test(c.evidence);
