/**
 * Commitments read from commitments tables: a table whose header (or first row) names a commitment gives one
 * commitment per row and commitment column, with the actor from an actor column or from the header ("EU pledge")
 * and the area from an area column. Header words are lexicon data (lexicon/commitment-headers.ts).
 */
import { commitmentDetails } from './details';
import { alternation } from '../patterns';
import { foldWord } from '../words';
import { normalizeSpace } from '../../common/text';
import { entriesOf } from '../../lexicon/compile';
import {
  ACTOR_HEADERS,
  ACTOR_HEADER_QUALIFIERS,
  ACTOR_INTRODUCERS,
  AREA_HEADERS,
  AREA_HEADER_QUALIFIERS,
  COMMITMENT_HEADERS,
  DETAIL_HEADERS,
  NOT_ACTOR_WORDS,
} from '../../lexicon/commitment-headers';
import { COMMITMENT_NOUNS } from '../../lexicon/pledge-verbs';
import type { BriefTable, Commitment } from '../../types';

/** The Latin-script (English and German) entries of a lexicon. */
const LATIN = ['en', 'de'];

/** An Arabic header that names a commitment, matched on folded text; group 1 is the commitment word. */
const COMMIT_HEADER_AR = new RegExp(
  `(?:^|[\\s(/])([وب]?(?:ال)?${alternation(COMMITMENT_NOUNS)}(?:ات)?)(?=$|[\\s)/:،,])`,
);
/** A Latin-script (English, German) header that names a commitment; group 1 is the commitment word. */
const COMMIT_HEADER_LATIN = new RegExp(`\\b(${alternation(COMMITMENT_HEADERS)})\\b`, 'i');
/**
 * A column that names who committed, per row: when a table has one, it names each row's actor and a header
 * naming an actor ("Government commitment") applies only to tables without one.
 */
const ACTOR_HEADER = new RegExp(
  `^(?:${alternation(ACTOR_HEADER_QUALIFIERS)}\\s+)?` +
    `(?:${alternation(ACTOR_HEADERS, LATIN)}|(?:ال)?${alternation(ACTOR_HEADERS, ['ar'])})$`,
  'i',
);
/** A column that names the area or topic of each row. */
const AREA_HEADER = new RegExp(
  `^(?:${alternation(AREA_HEADERS, LATIN)}|` +
    `(?:ال)?${alternation(AREA_HEADERS, ['ar'])}(?: (?:ال)?${alternation(AREA_HEADER_QUALIFIERS)})?)$`,
  'i',
);
/** A column of details (when, how much, how far along): never the area. */
const DETAIL_HEADER = new RegExp(
  `\\b${alternation(DETAIL_HEADERS, LATIN)}\\b|(?:^|\\s)(?:ال)?${alternation(DETAIL_HEADERS, ['ar'])}(?:$|\\s)`,
  'i',
);
/** Words that introduce the actor after an Arabic commitment header: "التزام من قبل الحكومة". */
const AR_ACTOR_INTRODUCER = new RegExp(`^${alternation(ACTOR_INTRODUCERS, ['ar'])}\\s+`);
/** The actor after a Latin-script commitment header: "Pledges (made) by the EU", "Zusagen der EU". */
const LATIN_ACTOR_AFTER = new RegExp(`^(?:made\\s+)?${alternation(ACTOR_INTRODUCERS, LATIN)}\\s+(.+)$`, 'i');
/** Words left in a header that are not an actor ("Pledged amount", "الالتزام الرئيسي"), folded. */
const NOT_ACTOR = new Set(entriesOf(NOT_ACTOR_WORDS).map(foldWord));

/** The actor named in a piece of header text, without the words around it that are not an actor. */
function cleanActor(raw: string): string | null {
  const words = normalizeSpace(raw.replace(/[()[\]:،,|]/g, ' '))
    .split(' ')
    .filter(Boolean);
  while (words.length && NOT_ACTOR.has(foldWord(words[0]!))) words.shift();
  while (words.length && NOT_ACTOR.has(foldWord(words[words.length - 1]!))) words.pop();
  const actor = words.join(' ').replace(/['’]s$/i, '');
  return actor && !words.every((w) => NOT_ACTOR.has(foldWord(w))) ? actor : null;
}

/** The actor a commitment header names: "التزام الاتحاد الأوروبي" → "الاتحاد الأوروبي", "EU pledge" → "EU". */
export function actorFromHeader(header: string): string | null {
  const text = normalizeSpace(header);
  const folded = foldWord(text);
  const ar = COMMIT_HEADER_AR.exec(folded);
  if (ar) {
    // Folding keeps offsets (it only replaces letters one for one, or drops marks): map through word indexes.
    const words = text.split(' ');
    const fwords = folded.split(' ');
    const at = fwords.findIndex((w) => w.replace(/[()/:،,]/g, '') === ar[1]);
    if (at >= 0) {
      const after = words
        .slice(at + 1)
        .join(' ')
        .replace(AR_ACTOR_INTRODUCER, '');
      const actor = cleanActor(after);
      if (actor) return actor;
      return cleanActor(words.slice(0, at).join(' '));
    }
  }
  const m = COMMIT_HEADER_LATIN.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length).trim();
  const byActor = LATIN_ACTOR_AFTER.exec(after);
  if (byActor) return cleanActor(byActor[1]!);
  const paren = /^\(([^)]+)\)/.exec(after);
  if (paren) {
    const actor = cleanActor(paren[1]!);
    if (actor) return actor;
  }
  return cleanActor(text.slice(0, m.index));
}

/** A header (or first-row cell) that names a commitment. */
function isCommitmentHeader(header: string): boolean {
  return COMMIT_HEADER_AR.test(foldWord(normalizeSpace(header))) || COMMIT_HEADER_LATIN.test(header);
}

/** Commitments read from one table; none when no header (or first row, for a headerless table) names one. */
export function commitmentsFromTable(table: BriefTable): Commitment[] {
  let headers = table.headers;
  let rows = table.rows;
  if (!headers.some(isCommitmentHeader) && rows.length > 1 && rows[0]!.some(isCommitmentHeader)) {
    headers = rows[0]!;
    rows = rows.slice(1);
  }
  const commitColumns = headers.map((h, i) => (isCommitmentHeader(h) ? i : -1)).filter((i) => i >= 0);
  if (!commitColumns.length) return [];
  const folded = headers.map((h) => foldWord(normalizeSpace(h)));
  const actorColumn = folded.findIndex((h, i) => !commitColumns.includes(i) && ACTOR_HEADER.test(h));
  const free = (i: number) => !commitColumns.includes(i) && i !== actorColumn;
  let areaColumn = folded.findIndex((h, i) => free(i) && AREA_HEADER.test(h));
  if (areaColumn < 0) areaColumn = folded.findIndex((h, i) => free(i) && !DETAIL_HEADER.test(h));
  const out: Commitment[] = [];
  for (const row of rows) {
    for (const col of commitColumns) {
      const commitment = row[col] ?? '';
      if (!commitment) continue;
      const actor = (actorColumn >= 0 ? row[actorColumn] : '') || actorFromHeader(headers[col]!);
      const evidence = row.filter(Boolean).join(' | ');
      out.push({
        actor: actor || null,
        commitment,
        area: areaColumn >= 0 ? row[areaColumn] || null : null,
        source: 'table',
        evidence,
        ...commitmentDetails(evidence, commitment),
      });
    }
  }
  return out;
}
