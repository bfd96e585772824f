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
