/**
 * What the views measure on a brief: its length in words, the reading time, whether it is short enough to open
 * expanded, and whether it has anything article-like in it at all. Pure.
 */
import { primaryLang } from '@/utils/common/text';
import type { Brief } from '@/utils/types';

/** Articles under this many words open with their sections expanded; longer ones open as an outline. */
export const SHORT_ARTICLE_WORDS = 600;

/**
 * Silent reading speed in words per minute by language, from the International Reading Speed Texts study
 * (Trauzettel-Klosinski and Dietz, 2012: Arabic 138, English 228, German 179, French 195, Spanish 218, Italian 188,
 * Dutch 202, Portuguese 181, Turkish 166, Polish 166, Russian 184, Swedish 218); other languages 200.
 */
const WORDS_PER_MINUTE: Record<string, number> = {
  ar: 138,
  en: 228,
  de: 179,
  fr: 195,
  es: 218,
  it: 188,
  nl: 202,
  pt: 181,
  tr: 166,
  pl: 166,
  ru: 184,
  sv: 218,
};
const DEFAULT_WPM = 200;

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu);
  return words ? words.length : 0;
}

/** Words in the article, and minutes to read it at the language's reading speed (at least 1). */
export function readingTime(brief: Pick<Brief, 'text' | 'lang'>): { words: number; minutes: number } {
  const words = countWords(brief.text);
  const wpm = WORDS_PER_MINUTE[primaryLang(brief.lang) ?? ''] ?? DEFAULT_WPM;
  return { words, minutes: Math.max(1, Math.round(words / wpm)) };
}

/** Short enough to open expanded, by its word count (readingTime's `words`: the text is counted once a view). */
export function isShortArticle(words: number): boolean {
  return words < SHORT_ARTICLE_WORDS;
}

const some = (s: string | null | undefined) => typeof s === 'string' && s.trim() !== '';

/**
 * Nothing article-like: no lede, no paragraph, no key point, list, table, commitment or closing. A title alone
 * (every page has one) is not an article. "Brief it anyway" on such a page says so instead of showing an empty
 * brief with "Untitled" and the warnings an empty page always gets.
 */
export function isEmptyBrief(brief: Brief): boolean {
  return !(
    some(brief.lede) ||
    some(brief.closing) ||
    brief.sections.some((s) => s.paragraphs.some(some)) ||
    brief.keyPoints.some(some) ||
    brief.lists.some((l) => l.items.some(some)) ||
    brief.tables.some((t) => t.rows.length > 0) ||
    brief.commitments.length > 0 ||
    some(brief.text)
  );
}
