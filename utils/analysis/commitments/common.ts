/**
 * What the commitment readers share: the shape of a pledge found in a clause, where a commitment's object ends,
 * and the key under which two texts count as the same.
 */
import { alternation } from '../patterns';
import { foldWord } from '../words';
import { normalizeSpace } from '../../common/text';
import { TAIL_OPENERS } from '../../lexicon/pledge-clauses';
import type { Commitment } from '../../types';

/** A pledge read from one clause: who committed (when the clause says) and to what. */
export type ClausePledge = Pick<Commitment, 'actor' | 'commitment'> & {
  /** An announced action, which commits only someone named: it is dropped when its actor resolves to no one. */
  needsActor?: boolean;
};

/** Where a commitment's object ends: a trailing comment clause ("، مما …", ", which …") or a dash aside. */
const TAIL = new RegExp(`\\s*(?:[،,]\\s*${alternation(TAIL_OPENERS)}(?=[\\s,.]|$)|\\s[—–]\\s).*$`, 'su');

/** A trailing attribution: ", the education board said", ", officials told reporters", ',” Clinton told …'. */
const ATTRIBUTION_TAIL = /[,،]["”»]?\s*(?:[\p{L}.’'-]+\s+){0,5}(?:said|says|added|told|announced)\b(?:[^,]|,(?=\d))*$/u;

/** Where a trailing comment starts in a text ("، مما …", ", which …"), or -1. */
export function tailStart(text: string): number {
  const m = TAIL.exec(text);
  return m ? m.index : -1;
}

/** The object of a commitment: up to a trailing comment, without the punctuation around it. */
export function finishObject(text: string): string {
  return normalizeSpace(text.replace(TAIL, '').replace(ATTRIBUTION_TAIL, '')).replace(/^[\s،,:]+|[\s.،,:!؟?…]+$/g, '');
}

/** A text as compared for duplicates: folded, punctuation and spacing ignored. */
export const key = (s: string | null) =>
  foldWord(normalizeSpace(s ?? ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
