/**
 * Commitments: who committed to what, read from commitments tables (tables.ts) and from the sentences of the
 * article that state a pledge (clause.ts, with arabic.ts and english.ts), in Arabic and English.
 *
 * A commitment is a firm undertaking stated as fact: "تعهد الاتحاد بـ…", "The EU pledged …". Appeals (دعا،
 * urged), predictions (من المتوقع، could), conditionals (شريطة، if), opinions and hopes (أعرب عن تفاؤله،
 * believes), negated statements (لم يلتزم، did not commit) and tentative agreements (اتفاق مبدئي، in principle)
 * are not commitments.
 */
import { commitmentsInClause } from './clause';
import { key } from './common';
import { mayStateEnglishCommitment } from './english-triggers';
import { commitmentsFromTable } from './tables';
import { referenceYearOf } from './time';
import { describedOnly, speaksToReader } from './reader-pages';
import { isSummaryTotal } from './totals';
import { clauseSpans, sentenceSpans } from '../sentences';
import { SETTINGS } from '../../settings';
import type { Block, BriefTable, Commitment } from '../../types';

export { commitmentInClause, commitmentsInClause } from './clause';

/** Any Arabic-block character: a text the Arabic reader reads. */
const HAS_ARABIC = /[\u0600-\u06ff]/;
export { actorFromHeader, commitmentsFromTable } from './tables';
export { isPastPledge, referenceYearOf } from './time';

/** The texts of an article that may state a pledge: its paragraphs and list items. */
function proseTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b.text);
    else if (b.type === 'list') for (const item of b.items) out.push(item);
  }
  return out;
}

/**
 * Commitments of an article: those of commitments tables (header naming a commitment), then those stated in its
 * paragraphs and list items, one per clause, in article order, without duplicates.
 *
 * A reported preliminary agreement ("أشارت المصادر إلى اتفاق مبدئي على برامج تدريبية مشتركة", "agreed in
 * principle") is left out: like a prediction, it says a commitment may come, not that one was made, and a
 * reader who acts on the commitments list must be able to hold each party to each line.
 */
export function findCommitments(input: {
  blocks: Block[];
  tables: BriefTable[];
  published?: string | null;
  title?: string | null;
  /** The article's language ("en", "de"): prose in Latin script is read only in English. */
  lang?: string | null;
}): Commitment[] {
  const tables = [...input.tables];
  for (const b of input.blocks) if (b.type === 'table' && !tables.includes(b.table)) tables.push(b.table);
  const out: Commitment[] = [];
  const seen = new Set<string>();
  const add = (c: Commitment) => {
    const k = `${c.source}\u0000${key(c.actor)}\u0000${key(c.commitment)}\u0000${key(c.area)}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(c);
  };
  for (const t of tables) commitmentsFromTable(t).forEach(add);
  const seenEvidence = new Set<string>();
  const texts = proseTexts(input.blocks);
  const referenceYear = referenceYearOf(texts, input.published ?? null);
  let before = input.title ?? '';
  let lastActor: string | null = null;
  const article = texts.join('\n');
  for (const text of texts) {
    // A Latin-script text with no trigger word states no commitment in any of its clauses: not split at all.
    const readable = HAS_ARABIC.test(text) || mayStateEnglishCommitment(text);
    for (const [s, e] of readable ? sentenceSpans(text) : []) {
      const sentence = text.slice(s, e);
      for (const [cs, ce] of clauseSpans(sentence)) {
        const clause = sentence.slice(cs, ce);
        if (seenEvidence.has(key(clause))) continue;
        const context = { before: `${before}\n${text.slice(0, s + cs)}`, lastActor, article };
        const found = commitmentsInClause(clause, referenceYear, context, input.lang ?? null);
        if (found.length) seenEvidence.add(key(clause));
        found.forEach(add);
        lastActor = found.filter((c) => c.actor).pop()?.actor ?? lastActor;
      }
    }
    before = `${before}\n${text}`.slice(-SETTINGS.analysis.commitments.contextChars);
  }
  // "Ruby will stop iterating …" on a page that speaks to its reader: how a thing works, not an announcement.
  // The page is read for its "you" only when a bare "will" is there to judge.
  const describes = out.some(describedOnly) && speaksToReader(texts);
  return out.filter((c) => !isSummaryTotal(c, out) && !isRestated(c, out) && !(describes && describedOnly(c)));
}

/** The compared words of a commitment (folded, letters and digits, two characters or more). */
const wordsOf = (s: string) =>
  new Set(
    key(s)
      .split(' ')
      .filter((w) => w.length >= 2),
  );

/**
 * A commitment restated by a fuller one of the same actor from another sentence: a summary box or a deck line
 * ("البنك الدولي يتعهد بقرض ميسر قيمته 250 مليون دولار") beside the sentence that states it in full.
 */
function isRestated(c: Commitment, all: Commitment[]): boolean {
  if (c.source !== 'prose') return false;
  const mine = wordsOf(c.commitment);
  if (!mine.size) return false;
  return all.some((x) => {
    if (x === c || x.source !== 'prose' || x.evidence === c.evidence || key(x.actor) !== key(c.actor)) return false;
    const theirs = wordsOf(x.commitment);
    if (theirs.size <= mine.size) return false;
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    return shared / mine.size >= SETTINGS.analysis.commitments.restatedShare;
  });
}
