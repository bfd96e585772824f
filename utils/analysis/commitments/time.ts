/**
 * When a pledge was made: a clause that dates its pledge before the article's event ("Last year, donors pledged
 * …", "العام الماضي") states background, not a commitment made at the event. The event's year is the publication
 * year, or else the latest year the text names that is not a deadline. Time words are lexicon data
 * (lexicon/past-time.ts).
 */
import { alternation } from '../patterns';
import { foldWord } from '../words';
import { toWesternDigits } from '../../common/text';
import { entriesOf, phrasesPattern } from '../../lexicon/compile';
import {
  AGO_COUNTS,
  AGO_UNITS,
  AGO_WORDS,
  BEFORE_SPANS,
  DEADLINE_WORDS,
  PAST_ADVERBS,
  PAST_PERIODS,
  PAST_QUALIFIERS,
  SINCE_SPANS,
  YEAR_NOUNS,
  YEAR_QUALIFIERS,
} from '../../lexicon/past-time';

/** The English entries of a lexicon. */
const EN = ['en'];
/** The Arabic entries of a lexicon. */
const AR = ['ar'];

/**
 * Time expressions that place a pledge before the article's event: "Last year, donors pledged …" is background,
 * not a commitment made at the event the article reports.
 */
const EN_PAST_TIME = new RegExp(
  `\\b${alternation(PAST_QUALIFIERS, EN)}\\s+${alternation(PAST_PERIODS, EN)}\\b` +
    `|\\b(?:${alternation(AGO_COUNTS)}|\\d+)\\s+${alternation(AGO_UNITS)}\\s+${alternation(AGO_WORDS)}\\b` +
    `|\\b${alternation(PAST_ADVERBS, EN)}\\b`,
  'i',
);
/** The same in Arabic, on folded text: العام الماضي، السنة الماضية، العام المنصرم، سابقا، في السابق، قبل سنوات. */
const AR_PAST_TIME = new RegExp(
  `(?:^|\\s)(?:[وفبل]?(?:ال)?${alternation(PAST_PERIODS, AR)} (?:ال)?${alternation(PAST_QUALIFIERS, AR)}` +
    `|[وف]?${alternation(PAST_ADVERBS, AR)}` +
    `|[وف]?قبل ${alternation(BEFORE_SPANS)}` +
    `|[وف]?منذ ${alternation(SINCE_SPANS)})(?=$|[\\s،,.؛])`,
);
/** A year named as the time of the pledge: "in 2019", "في عام 2019", "عام 2019". */
const YEAR_OF_PLEDGE = new RegExp(
  `\\b(?:in|during)\\s+((?:19|20)\\d\\d)\\b` +
    `|(?:^|\\s)(?:[وف]?في\\s+)?${alternation(YEAR_NOUNS)}\\s+((?:19|20)\\d\\d)(?!\\d)`,
  'gi',
);

/** A clause that dates its pledge to an earlier time than the article's own (`referenceYear`). */
export function isPastPledge(clause: string, referenceYear: number | null = null): boolean {
  const text = toWesternDigits(clause);
  if (EN_PAST_TIME.test(text) || AR_PAST_TIME.test(foldWord(text))) return true;
  if (referenceYear === null) return false;
  for (const m of foldWord(text).matchAll(YEAR_OF_PLEDGE)) if (Number(m[1] ?? m[2]) < referenceYear) return true;
  return false;
}

/** Years named as deadlines ("by 2030", "until 2027", "بحلول 2030", "حتى عام 2030") are not the event's year. */
const DEADLINE_YEAR = new RegExp(
  `(?:\\b${alternation(DEADLINE_WORDS, EN)}|${alternation(DEADLINE_WORDS, AR)})` +
    `\\s+(?:${phrasesPattern(entriesOf(YEAR_QUALIFIERS))}\\s+)*$`,
  'i',
);

/**
 * The year of the article's event: the publication year when known; otherwise the latest year the text names that
 * is not a deadline ("by 2030") or a starting point ("since 2011").
 */
export function referenceYearOf(texts: string[], published: string | null = null): number | null {
  const fromDate = published ? /^(\d{4})/.exec(published) : null;
  if (fromDate) return Number(fromDate[1]);
  let best: number | null = null;
  for (const raw of texts) {
    const text = toWesternDigits(raw);
    for (const m of text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)) {
      if (DEADLINE_YEAR.test(foldWord(text.slice(Math.max(0, m.index - 30), m.index)))) continue;
      const year = Number(m[1]);
      if (best === null || year > best) best = year;
    }
  }
  return best;
}
