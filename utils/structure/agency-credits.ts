/**
 * The agency a story credits in its own text when nobody is credited otherwise: in the dateline that opens it
 * ("BAGHDAD, Jan. 13 (Xinhua) -- …") or in brackets at the end of its last paragraph ("… an. (dpa/gem)").
 */
import { isAgencyName } from '../metadata/byline-people';

/** A dateline's credit in brackets, then its dash: "BAGHDAD, Jan. 13 (Xinhua) --", "(CBS/AP) LONDON -". */
const DATELINE_CREDIT = /^[^()]{0,60}?\(([^()]{2,40})\)\s*(?:[^()\s][^()]{0,40}?\s)?(?:--|[-–—])\s/u;

/**
 * The agency a story's dateline credits ("BAGHDAD, Jan. 13 (Xinhua) -- …" → "Xinhua", "(CBS/AP) LONDON - …" →
 * "CBS/AP"), as written, when one of its parts is a news agency (lexicon/agencies.ts); else null. The brief credits
 * it only when nobody else is: seen as the only credit on the dev pages of Xinhua and CBS, and beside a byline on AP
 * and Reuters stories (l3s-gn1 f5593c1e, 1c6b1aa1).
 */
export function datelineAgency(lede: string | null): string | null {
  const credit = lede ? DATELINE_CREDIT.exec(lede)?.[1]?.trim() : undefined;
  if (!credit) return null;
  return credit.split(/\s*\/\s*/).some((part) => isAgencyName(part)) ? credit : null;
}

/** A credit in brackets that ends a paragraph: "… an. (dpa/gem)", "… leitete. (KNA 19.11.21)". */
const CLOSING_CREDIT = /\(([^()]{2,40})\)\s*$/u;

/**
 * The agency a credit in brackets at the end of the story's last paragraph names ("… sein Erscheinen an. (dpa/gem)"
 * → "dpa", "(KNA 19.11.21)" → "KNA"; Automobilwoche, domradio): its parts that are news agencies (lexicon/
 * agencies.ts), an editor's short code or a date beside them aside; else null. Like the dateline's agency,
 * credited only when nobody else is.
 */
export function closingAgency(closing: string | null): string | null {
  const credit = closing ? CLOSING_CREDIT.exec(closing)?.[1] : undefined;
  // Each part without a date after it ("KNA 19.11.21").
  const parts = credit?.split(/\s*[/,;]\s*/).map((part) => part.replace(/\s+[\d./-]+$/u, '')) ?? [];
  const agencies = parts.filter((part) => isAgencyName(part));
  return agencies.length > 0 ? agencies.join(', ') : null;
}
