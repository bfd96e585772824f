/**
 * The words without which no English clause states a commitment: every trigger the English readers look for
 * (english.ts: the pledge verbs and "made a <pledge noun>"; english-actions.ts: the future markers, gifts in progress,
 * signatures, partnerships and an asserted "commitment"), compiled once into one pattern. A clause holding none of
 * them is skipped before any clause analysis; the pattern matches each word anywhere (no word boundary), so it finds
 * at least every clause the readers would read.
 */
import { alternation } from '../patterns';
import { SIGN_VERBS } from '../../lexicon/actors';
import { FUTURE_MARKERS, GIFT_PARTICIPLES, PARTNERSHIP_VERBS } from '../../lexicon/announced-actions';
import { PLEDGE_NOUNS, PLEDGE_VERBS } from '../../lexicon/pledge-verbs';

const EN = ['en'];

const ANY_TRIGGER = new RegExp(
  [PLEDGE_VERBS, PLEDGE_NOUNS, FUTURE_MARKERS, GIFT_PARTICIPLES, SIGN_VERBS, PARTNERSHIP_VERBS]
    .map((lexicon) => alternation(lexicon, EN))
    .join('|'),
  'iu',
);

/** Whether an English clause holds a word that may state a commitment. */
export const mayStateEnglishCommitment = (clause: string) => ANY_TRIGGER.test(clause);
