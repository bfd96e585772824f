/**
 * Summary totals: a pledge of money by a collective ("International donors pledged about $800 million") in an
 * article that also lists the named actors' money pledges it adds up. The brief keeps the named pledges and leaves
 * the total out. Collective and amount words are lexicon data (lexicon/summary-totals.ts).
 */
import { key } from './common';
import { alternation } from '../patterns';
import { foldWord } from '../words';
import { normalizeSpace, toWesternDigits } from '../../common/text';
import { AMOUNT_ABBREVIATIONS, AMOUNT_QUALIFIERS, AMOUNT_UNITS, COLLECTIVE_ACTORS } from '../../lexicon/summary-totals';
import type { Commitment } from '../../types';

/** Collective actors whose pledge, next to the pledges of the named members, is a summary total. */
const COLLECTIVE_ACTOR = new RegExp(
  `(?:^|\\s)(?:${alternation(COLLECTIVE_ACTORS, ['en'])}|` +
    `(?:ال)?${alternation(COLLECTIVE_ACTORS, ['ar'])}(?: (?:ال)?مانحه)?)$`,
  'i',
);
/** A commitment that is an amount of money: "about $800 million …", "€50m", "نحو 800 مليون دولار". */
const AMOUNT_FIRST = new RegExp(
  `^(?:${alternation(AMOUNT_QUALIFIERS)}\\s+)*(?:[\\p{Sc}]\\s?\\d|\\d[\\d.,]*\\s*` +
    `(?:[\\p{Sc}]|${alternation(AMOUNT_ABBREVIATIONS)}\\b|${alternation(AMOUNT_UNITS)}))`,
  'iu',
);

/**
 * A summary total: a pledge of money by a collective ("International donors pledged about $800 million") in an
 * article that also lists at least two named actors' money pledges, which the total adds up.
 */
export function isSummaryTotal(c: Commitment, all: Commitment[]): boolean {
  if (c.source !== 'prose' || !c.actor) return false;
  const money = (x: Commitment) => AMOUNT_FIRST.test(foldWord(toWesternDigits(x.commitment)));
  const collective = (x: Commitment) => x.actor !== null && COLLECTIVE_ACTOR.test(foldWord(normalizeSpace(x.actor)));
  if (!collective(c) || !money(c)) return false;
  const named = new Set(all.filter((x) => x !== c && x.actor && !collective(x) && money(x)).map((x) => key(x.actor)));
  return named.size >= 2;
}
