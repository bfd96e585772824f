/**
 * The shape of a caption among the sentences of an article: a photo credit at its end ("(AP Photo/Evan Vucci)",
 * "REUTERS/…", "- تصوير: أحمد جلال"), or a date closing a line with no full stop ("…, Monday, Sept. 2", "…, 24 Nov
 * 2007"), as captions are written and sentences are not. Key points never quote one. Credit words are lexicon data
 * (lexicon/summary-labels.ts).
 */
import { alternation } from './patterns';
import { CREDIT_WORDS } from '../lexicon/summary-labels';
import { CREDIT_LABELS } from '../lexicon/credit-lines';

/** A credit in brackets or after a dash or a colon at the end: "(REUTERS/Jose Miguel Gomez)", "- تصوير: …". */
const CREDIT_END = new RegExp(
  `(?:\\((?:[^()]*\\b)?${alternation(CREDIT_WORDS)}\\b[^()]*\\)|` +
    `[-–—|:]\\s*${alternation(CREDIT_WORDS, ['ar'])}\\s*:?[^.!?؟]*)\\s*$`,
  'iu',
);
/** What sets off a credit that CREDIT_END's second form needs: a dash, a bar or a colon. */
const CREDIT_MARK = /[-–—|:]/;
/**
 * An agency in capitals and a slash at the end, "REUTERS/Jose Miguel Gomez": case-sensitive, so that a word and a
 * slash inside a sentence ("Nintendo/Apple Nintendo and Apple shocked …?") is none; no sentence ends after it.
 */
const AGENCY_SLASH_END = /\b\p{Lu}{2,}\s*\/\s*[^/().!?؟]+$/u;
/**
 * A credit line's label and its colon closing a caption: "Foreign Minister Tzipi Livni Photo: AP", "… Image: Vjeran
 * Pavic / The Verge", "… Credit: DESMOND KWANDE/ AFP", "… Picture: Simone Dalton" (four dev sites: jpost.com,
 * theverge.com, a Zimbabwean paper's page, dailytelegraph.com.au). Only on a line with no sentence's end, the label
 * not in lower case.
 */
const LABELLED_CREDIT_END = new RegExp(`(?:^|\\s)${alternation(CREDIT_LABELS)}\\s*:\\s*[^.!?؟:]{1,60}$`, 'iu');
/** The end of a sentence, or of a quotation that ends one. */
const SENTENCE_CLOSE = /[.!?؟…"”»]$/;
/** A date at the very end of a line without a full stop: "24 Nov 2007", "Sept. 2", "Monday, March 18". */
const DATE_END = /(?:\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{4})\s*$/u;

/** A sentence written as a caption or a credit line. */
export function isCaptionLike(text: string): boolean {
  const t = text.trim();
  // The credit patterns need what they end with or set off by: a closing bracket, a dash, bar or colon, a slash
  // (tested first: most sentences have none, and the patterns are slow to fail on long ones).
  const credit = t.endsWith(')') || CREDIT_MARK.test(t);
  if ((credit && CREDIT_END.test(t)) || (t.includes('/') && AGENCY_SLASH_END.test(t))) return true;
  if (SENTENCE_CLOSE.test(t)) return false;
  // The label is written as a label is, capitalised ("Photo:", "CREDIT:"); "… the source: …" in lower case is prose.
  const label = t.includes(':') ? LABELLED_CREDIT_END.exec(t) : null;
  if (label && !/^\s*\p{Ll}/u.test(label[0])) return true;
  return /,\s*[^,]*$/.test(t) && DATE_END.test(t);
}
