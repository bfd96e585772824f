/**
 * The people a byline credits: without the titles before their names, without an agency named beside them, and one
 * agency written two ways read as one (lexicon/agencies.ts); never a company or a hidden e-mail address
 * (lexicon/byline.ts). Used by byline.ts.
 */
import { WORD_END, entriesOf, phrasesPattern } from '../lexicon/compile';
import { NAME_TITLES, NEWS_AGENCIES } from '../lexicon/agencies';
import { COMPANY_FORMS, EMAIL_PLACEHOLDERS, WAW_GIVEN_NAMES } from '../lexicon/byline';
import { normalizeSpace } from '../common/text';
import { hasArabic, key } from './clean';

/** Each news agency's names, as keys (lexicon/agencies.ts): "وام" and "وكالة أنباء الإمارات" are one agency. */
const AGENCIES: readonly string[][] = entriesOf(NEWS_AGENCIES).map((e) => e.split(/\s*=\s*/).map(key));

/** The agency a name is, by its index in AGENCIES, or -1. */
function agencyOf(name: string): number {
  const k = key(name);
  return k ? AGENCIES.findIndex((names) => names.includes(k)) : -1;
}

/** Whether a name is a news agency's, in one of its forms ("Reuters", "The Associated Press", "وام"). */
export function isAgencyName(name: string): boolean {
  return agencyOf(name) >= 0;
}

/** Whether two bylines name the same one agency, each in its own form. */
export function sameAgency(a: string, b: string): boolean {
  const i = agencyOf(a);
  return i >= 0 && i === agencyOf(b);
}

/** A title before a name ("د.", "Dr."), then the name. */
const NAME_TITLE = new RegExp(`^${phrasesPattern(entriesOf(NAME_TITLES))}(?:(?<=\\.)|${WORD_END})\\s*(?=\\S)`, 'iu');

/** An e-mail address hidden by the page's CDN, printed as a placeholder (lexicon/byline.ts). */
const EMAIL_PLACEHOLDER = new RegExp(phrasesPattern(entriesOf(EMAIL_PLACEHOLDERS)), 'giu');

/** A company's name, its legal form last ("Perform Media Deutschland GmbH"): the publisher, not an author. */
const COMPANY_NAME = new RegExp(`\\s${phrasesPattern(entriesOf(COMPANY_FORMS))}$`, 'u');

/** An agency in brackets after the names ("By Richard Lam (AP)", "Jane Doe (Reuters)"). */
const BRACKETED_TAIL = /\s*\(([^()]{1,40})\)$/u;

/** A byline without the agency named in brackets after its names: the agency when nothing else is named. */
function withoutBracketedAgency(byline: string): string {
  const m = BRACKETED_TAIL.exec(byline);
  if (!m || agencyOf(m[1]!) < 0) return byline;
  const rest = byline.slice(0, m.index).replace(/[\s,،]+$/, '');
  return rest ? rest : m[1]!;
}

/** Names of a byline, split at commas, "&" and "and" ("HERB KEINON AND AP"). */
const NAME_SEPARATOR = /\s*[,،&]\s*|\s+(?:and|und|et)\s+/iu;

/**
 * The people of a byline without their titles ("د. هالة المصري" → "هالة المصري") and, when a person is credited,
 * without an agency named beside them ("HERB KEINON AND AP" → "HERB KEINON"): the brief credits people, an agency only
 * when no person is.
 */
export function peopleOnly(byline: string): string | null {
  const s = withoutBracketedAgency(
    normalizeSpace(byline.replace(EMAIL_PLACEHOLDER, ' ')).replace(/^[\s,،]+|[\s,،]+$/g, ''),
  );
  // A company set as the author ("Perform Media Deutschland GmbH") is the publisher: no person is credited.
  const written = s.split(NAME_SEPARATOR).filter(Boolean);
  const all = written.flatMap(splitArabicAnd);
  // A part with no letters names nobody (a year beside an agency: "© The Associated Press, 2012").
  const names = all.filter((n) => !COMPANY_NAME.test(n) && /\p{L}/u.test(n));
  if (names.length === 0) return null;
  const untitled = names.map((n) => {
    const rest = n.replace(NAME_TITLE, '');
    return rest !== n && rest.split(/\s+/).length >= 2 ? rest : n;
  });
  const people = untitled.filter((n) => agencyOf(n) < 0);
  const kept = people.length > 0 && people.length < untitled.length ? people : untitled;
  if (kept.every((n, i) => n === written[i]) && kept.length === written.length) return s;
  return kept.join(hasArabic(s) ? '، ' : ', ');
}

/** A given name that opens with و (lexicon/byline.ts), so its و is no "and". */
const WAW_NAME = new RegExp(`^${phrasesPattern(entriesOf(WAW_GIVEN_NAMES))}${WORD_END}`, 'u');

/**
 * Two Arabic authors joined by a و glued to the second ("أحمد علي وسارة حسن" → "أحمد علي", "سارة حسن"): split
 * where each side is a name of two to four words and the word after the و is no given name of its own that opens
 * with و ("محمد وليد حسن" is one name; "أحمد علي ووليد حسن" is two).
 */
function splitArabicAnd(name: string): string[] {
  if (!hasArabic(name)) return [name];
  const words = name.trim().split(/\s+/);
  for (let i = 2; i <= words.length - 2; i++) {
    const w = words[i]!;
    if (!w.startsWith('و') || w.length < 3) continue;
    const rest = w.slice(1);
    if (WAW_NAME.test(w) && !rest.startsWith('و')) continue;
    const before = words.slice(0, i);
    const after = [rest, ...words.slice(i + 1)];
    if (before.length > 4 || after.length > 4) continue;
    return [before.join(' '), ...splitArabicAnd(after.join(' '))];
  }
  return [name];
}
