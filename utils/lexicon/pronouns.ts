/**
 * Subject pronouns by person, for the commitments reader (analysis/commitments/): who speaks in a quotation, and who
 * a speaker's "it" or "he" is. pledge-clauses.ts SUBJECT_PRONOUNS is both lists.
 */
import type { Lexicon } from './compile';

/** Third-person subject pronouns: a speaker's own body or person ("Suzuki said its division will …"). */
export const THIRD_PERSON_PRONOUNS: Lexicon = {
  en: ['it', 'they', 'he', 'she'],
};

/** First-person subject pronouns: a quotation's own speaker ('"We will …," said X'). */
export const FIRST_PERSON_PRONOUNS: Lexicon = {
  en: ['we', 'i'],
};

/**
 * English relative pronouns that stand as a clause's subject: "The AX4, which will also be sold by Dell" has no
 * subject of its own to read with the action (grammar, not a site's words).
 */
export const SUBJECT_RELATIVES: Lexicon = {
  en: ['which', 'who', 'that'],
};

/**
 * The reader's pronouns: a "will" that the writer tells the reader, and no one is reported to have said, describes how
 * a service or a product works for whoever uses it ("Coinbase will store that currency until you sell", "Docker will
 * publicly thank you for it", "Chrome will also send … new threats against you", "they will make every effort to
 * contact you"): four sites of the precision audit on the dev split (test/commitments/en-dev-audit.json).
 */
export const READER_PRONOUNS: Lexicon = {
  en: ['you', 'your', 'yours', 'yourself', 'yourselves'],
};

/**
 * Possessive determiners: a subject they open before "is to" is a thing possessed, whose purpose or role the
 * infinitive states, not an actor's plan: "their M.O. is to use local Hokkaido ingredients" (a food site in the
 * precision audit), "their duties today are to talk to a player", "your job is to move the debate", "Our interest is
 * to keep oil supplies matching demand" (three sites of the dev sentence sets, all labelled no commitment), "Our
 * duty is to foil these dangerous schemes", "My desire is to play for the Boks" (more pages of the broad corpora's dev
 * split).
 */
export const POSSESSIVE_DETERMINERS: Lexicon = {
  en: ['his', 'her', 'its', 'their', 'our', 'my', 'your'],
};
