/**
 * The commitments one clause states: read by the Arabic or the English reader (arabic.ts, english.ts) by the
 * clause's script, unless the clause is a question or dates its pledge before the article's event (time.ts); each
 * actor resolved against the article (actors.ts), each with its when and amount (details.ts).
 */
import { type ActorContext, resolveActor } from './actors';
import { arabicCommitments } from './arabic';
import { commitmentDetails } from './details';
import { englishCommitments } from './english-actions';
import { endsQuotation, quotesBalanced } from './english-quotes';
import { mayStateEnglishCommitment } from './english-triggers';
import { isPastPledge } from './time';
import { escapeRegex } from '../../lexicon/compile';
import type { Commitment } from '../../types';

/** Any Arabic-block character: the clause is read as Arabic. */
const HAS_ARABIC = /[\u0600-\u06ff]/;

/**
 * The commitments a clause states, in order. `referenceYear` is the year of the article's event: a pledge dated to
 * an earlier year, or to "last year" / "العام الماضي", is background. `context` is what the article said before
 * the clause, against which "it", "الجانبان" or "الوزارة" are resolved to the actor they name. `lang` is the
 * article's language: Latin-script clauses of an article in another language than English are not read.
 */
export function commitmentsInClause(
  clause: string,
  referenceYear: number | null = null,
  context: ActorContext | null = null,
  lang: string | null = null,
): Commitment[] {
  if (/[?؟]\s*["'”»)]*$/.test(clause)) return []; // a question does not commit
  const arabic = HAS_ARABIC.test(clause);
  // No trigger word, no English commitment: skipped before any clause analysis.
  if (!arabic && !mayStateEnglishCommitment(clause)) return [];
  if (isPastPledge(clause, referenceYear)) return [];
  // Latin-script prose is read in English only: "Die Verwaltung will …" wants, it does not pledge.
  if (!arabic && lang && lang !== 'en') return [];
  const text = `${context?.before ?? ''}\n${clause}\n${context?.article ?? ''}`;
  // A capitalised word is a name when the article (before the clause, or anywhere) also writes it capitalised in
  // mid-sentence: "Suzuki will continue …" opens a sentence, "Reuters reports that Suzuki will …" comes later.
  const isName = (word: string) => new RegExp(`[\\p{Ll},;]\\s+${escapeRegex(word)}\\b`, 'u').test(text);
  // A pledge verb's subject may be a word the article writes capitalised only where it opens a sentence ("Germany
  // pledged €5m."), unless the article also writes it in lower case: "Donors pledged …" beside "the donors".
  const lowerCase = (word: string) =>
    new RegExp(`(?<![\\p{L}])${escapeRegex(word.toLowerCase())}(?![\\p{L}])`, 'u').test(text);
  const mayBeName = (word: string) => isName(word) || !lowerCase(word);
  // A piece of a quotation cut off from its opening or its close ("democracy” describes Harris better"): whose words
  // they are, and where they stop, is not in the clause; unless it ends the quotation and names its speaker there
  // ('… will further investigate the case," the Commission said.'), read then as opening where the clause does.
  const unbalanced = !arabic && !quotesBalanced(clause);
  const ending = unbalanced && endsQuotation(clause);
  if (unbalanced && !ending) return [];
  const read = ending ? `“${clause}` : clause;
  const found = arabic ? arabicCommitments(clause) : englishCommitments(read, isName, mayBeName);
  const out: Commitment[] = [];
  let clauseActor: string | null = null;
  for (const f of found) {
    // "Suzuki will …, but in America, it will …": the actor named first in the clause comes before the text's.
    const actor = resolveActor(f.actor, clause, context && { ...context, clauseActor });
    // A commitment is a named actor's: an English one whose actor the text does not give is left out (the Arabic
    // reader keeps a pledge verb's clause, whose subject the verb's form carries).
    if ((f.needsActor || !arabic) && !actor) continue;
    clauseActor = actor ?? clauseActor;
    const { when, amount } = commitmentDetails(clause, f.commitment);
    out.push({ actor, commitment: f.commitment, area: null, source: 'prose', evidence: clause, when, amount });
  }
  return out;
}

/** The first commitment a clause states, or null (see commitmentsInClause). */
export function commitmentInClause(clause: string, referenceYear: number | null = null): Commitment | null {
  return commitmentsInClause(clause, referenceYear)[0] ?? null;
}
