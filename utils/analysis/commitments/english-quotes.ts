/**
 * Quotations in an English clause, for the commitments reader: whether a position is inside one, who speaks it (named
 * where it closes), whether its first person is the speaker, and whether a clause ends a quotation an earlier
 * sentence opened ('It only signifies that the Commission will …," the Commission said.').
 */
import { REPORTING } from './english-blockers';
import { alternation } from '../patterns';
import { FIRST_PERSON_PRONOUNS } from '../../lexicon/pronouns';

const EN = ['en'];

/** Whether a position of a clause is inside a quotation: more quotes open before it than closed. */
export function insideQuote(clause: string, at: number): boolean {
  const head = clause.slice(0, at);
  const count = (re: RegExp) => (head.match(re) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/**
 * A quotation opening with the first person just before the future marker, past an opening adverb: '"We [will]',
 * '“I['ll]', '"Also, we [will]'.
 */
const FIRST_PERSON_OPENING = new RegExp(
  `[“"]\\s*(?:\\p{L}+,\\s*)?${alternation(FIRST_PERSON_PRONOUNS, EN)}\\s*$`,
  'iu',
);

/** The first person as the subject just before the future marker: "… so we [will]", "as I indicated all along we". */
const FIRST_PERSON_SUBJECT = new RegExp(`(?<![\\p{L}'’])${alternation(FIRST_PERSON_PRONOUNS, EN)}\\s*$`, 'iu');

/**
 * Where the first person is the subject of a future marker at `at` inside a quotation: at its opening ('"We will
 * review …"'), or past its first words ('"The final release date is based on quality, so we will continue to track …,"
 * the company added', '"…; we will continue to focus on our mission …," the organization said', '"… as I indicated all
 * along we will respond …," Harper told reporters': three L3S-GN1 publishers of the broad corpora's dev split); null
 * when it is not. Past its opening a person's "we" may be anyone's ('"By 2020, we will spend more on interest than we
 * do on kids," said Marc Goldwein': the nation's), so the reader asks there for a body that speaks for itself.
 */
export function firstPersonQuoted(clause: string, at: number): 'opening' | 'inside' | null {
  const before = clause.slice(0, at);
  if (FIRST_PERSON_OPENING.test(before)) return 'opening';
  return FIRST_PERSON_SUBJECT.test(before) && insideQuote(clause, at) ? 'inside' : null;
}

/**
 * Who speaks a quotation, named right after it closes: '," Justice Department spokesman Peter Carr said', '," said
 * Mr. Smith', '," Cronk, 26, said' (group 1 or 2).
 */
const QUOTE_SPEAKER = new RegExp(
  `^[^”"]*[”"]\\s*(?:(?:${REPORTING})\\s+((?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,5}?[\\p{L}.'’-]+?)(?=[.;!]?\\s*$|,)` +
    `|((?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,5}?[\\p{L}.'’-]+)(?:,[^,”"]{1,25},)?\\s+(?:${REPORTING})\\b)`,
  'iu',
);

/** The speaker a quotation names where it closes, after a position inside it; null when it names none. */
export function quoteSpeaker(clause: string, at: number): string | null {
  const m = QUOTE_SPEAKER.exec(clause.slice(at));
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The end of quoted words, where a quotation mark closes them: '…priority," the', '…feedback.” Smith'. */
const FIRST_MARK_CLOSES = /^[^“”"]*[\p{L}\p{N},.!?…'’)]["”]\s/u;

/**
 * Whether a clause ends a quotation an earlier sentence opened and names its speaker where it closes: '… the Commission
 * will further investigate the case as a matter of priority," the Commission said.' (its first quotation mark closes,
 * a speaker follows, and what follows is balanced). The clause reads as the whole quotation's last part.
 */
export function endsQuotation(clause: string): boolean {
  if (!FIRST_MARK_CLOSES.test(clause) || !quoteSpeaker(clause, 0)) return false;
  return quotesBalanced(clause.slice(clause.search(/["”]/) + 1));
}

/** Whether a text closes every quotation it opens, and opens every one it closes (curly and straight quotes). */
export function quotesBalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
}
