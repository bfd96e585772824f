/**
 * The views' pure helpers: the publication date in the article's own zone (components/dates.ts), and the brief's
 * length, reading time and emptiness (components/briefMeasures.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatPublished, offsetLabel } from '../../components/dates';
import { countWords, isEmptyBrief, isShortArticle, readingTime } from '../../components/briefMeasures';
import { SCHEMA_VERSION, type Brief } from '../../utils/types';

const utc = () => 0;
const tripoli = () => 120;
const riyadh = () => 180;

describe('formatPublished', () => {
  it("shows the article's own date, not the reader's: 02:00+03:00 on 1 December is not 30 November", () => {
    expect(formatPublished('2020-12-01T02:00+03:00', 'en-US', utc)).toBe('December 1, 2020 at 2:00 AM (UTC+03:00)');
  });

  it("names the article's zone only when it differs from the reader's at that moment", () => {
    expect(formatPublished('2020-12-01T02:00:00+03:00', 'en-US', riyadh)).toBe('December 1, 2020 at 2:00 AM');
    expect(formatPublished('2025-09-16T14:35:00+02:00', 'en-US', tripoli)).toBe('September 16, 2025 at 2:35 PM');
    expect(formatPublished('2025-09-16T14:35:00Z', 'en-US', tripoli)).toBe('September 16, 2025 at 2:35 PM (UTC)');
    expect(formatPublished('2025-01-05T09:00:00-05:30', 'en-GB', utc)).toBe('5 January 2025 at 09:00 (UTC−05:30)');
  });

  it('asks the reader offset for the moment of publication (summer time)', () => {
    const seen: number[] = [];
    formatPublished('2025-07-01T12:00:00+02:00', 'en-US', (ms) => (seen.push(ms), 0));
    expect(seen).toEqual([Date.UTC(2025, 6, 1, 10, 0, 0)]);
  });

  it('shows a date without a time, or a time without a zone, as written', () => {
    expect(formatPublished('2020-12-01', 'en-US', riyadh)).toBe('December 1, 2020');
    expect(formatPublished('2020-12-01T23:30:00', 'en-US', riyadh)).toBe('December 1, 2020 at 11:30 PM');
  });

  it('formats in the interface language, and keeps what it cannot read', () => {
    expect(formatPublished('2020-12-01T02:00+03:00', 'ar', riyadh)).toContain('ديسمبر');
    expect(formatPublished('yesterday', 'en-US', utc)).toBe('yesterday');
    expect(formatPublished('2020-13-45', 'en-US', utc)).toBe('2020-13-45');
  });

  it('labels offsets', () => {
    expect([offsetLabel(0), offsetLabel(180), offsetLabel(-330), offsetLabel(345)]).toEqual([
      'UTC',
      'UTC+03:00',
      'UTC−05:30',
      'UTC+05:45',
    ]);
  });
});

function brief(over: Partial<Brief> = {}): Brief {
  return {
    schema: SCHEMA_VERSION,
    url: null,
    isArticle: false,
    title: null,
    byline: null,
    published: null,
    siteName: null,
    lang: null,
    dir: 'ltr',
    lede: null,
    sections: [],
    keyPoints: [],
    lists: [],
    tables: [],
    commitments: [],
    closing: null,
    flags: [
      { kind: 'no-byline', message: '', values: [] },
      { kind: 'no-date', message: '', values: [] },
    ],
    text: '',
    ...over,
  };
}

describe('brief measures', () => {
  it('counts words in Arabic and English', () => {
    expect(countWords('The EU’s plan, in 3 steps — agreed.')).toBe(7);
    expect(countWords('بحث نائب القائد العام، مع سفير الاتحاد.')).toBe(7);
  });

  it('gives the reading time at the language reading speed', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingTime({ text: words(684), lang: 'en' })).toEqual({ words: 684, minutes: 3 });
    expect(readingTime({ text: words(690), lang: 'ar' })).toEqual({ words: 690, minutes: 5 });
    expect(readingTime({ text: 'one', lang: null }).minutes).toBe(1);
  });

  it('calls articles under 600 words short', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(isShortArticle(readingTime({ text: words(599), lang: 'en' }).words)).toBe(true);
    expect(isShortArticle(readingTime({ text: words(600), lang: 'en' }).words)).toBe(false);
  });

  it('finds nothing article-like in an empty page brief, even with a title', () => {
    expect(isEmptyBrief(brief())).toBe(true);
    expect(isEmptyBrief(brief({ title: 'Home' }))).toBe(true);
    expect(isEmptyBrief(brief({ text: 'Some words.' }))).toBe(false);
    expect(isEmptyBrief(brief({ tables: [{ caption: null, headers: [], rows: [['a']] }] }))).toBe(false);
  });
});
