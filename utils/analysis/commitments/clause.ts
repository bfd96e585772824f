/**
 * The commitment one clause states: read by the Arabic or the English reader (arabic.ts, english.ts) by the
 * clause's script, unless the clause is a question or dates its pledge before the article's event (time.ts).
 */
import { arabicCommitment } from './arabic';
import { commitmentDetails } from './details';
import { englishCommitment } from './english';
import { isPastPledge } from './time';
import type { Commitment } from '../../types';

/** Any Arabic-block character: the clause is read as Arabic. */
const HAS_ARABIC = /[\u0600-\u06ff]/;

/**
 * The commitment a clause states, or null. `referenceYear` is the year of the article's event: a pledge dated
 * to an earlier year, or to "last year" / "العام الماضي", is background.
 */
export function commitmentInClause(clause: string, referenceYear: number | null = null): Commitment | null {
  if (/[?؟]\s*["'”»)]*$/.test(clause)) return null; // a question does not commit
  const found = HAS_ARABIC.test(clause) ? arabicCommitment(clause) : englishCommitment(clause);
  if (!found || isPastPledge(clause, referenceYear)) return null;
  const { when, amount } = commitmentDetails(clause, found.commitment);
  return {
    actor: found.actor,
    commitment: found.commitment,
    area: null,
    source: 'prose',
    evidence: clause,
    when,
    amount,
  };
}
