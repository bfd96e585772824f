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
