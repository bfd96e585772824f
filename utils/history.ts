/**
 * History's rules, apart from storage: where it is kept, what an entry records, how big the history may grow, and
 * how it is searched. The worker adds to it (entrypoints/background/history.ts); the views list, search, export
 * and remove (components/history.ts). Pure but for the lock both sides take, so the bounds are unit-tested
 * (test/unit/history.test.ts).
 */
import type { Brief } from '@/utils/types';

export const HISTORY_ON_KEY = 'history:on';
export const HISTORY_INDEX_KEY = 'history:index';
export const historyEntryKey = (id: string) => `history:${id}`;

/** History is on unless the reader turned it off. */
export const parseHistoryOn = (x: unknown): boolean => x !== false;

/**
 * Runs `work` holding the history's lock, shared by the worker and every extension page (one origin), so a write
 * and a removal at once do not lose an entry.
 */
export async function withHistoryLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request('newsbrief-history', work) : work();
}

/** At most this many briefs are kept, newest first. */
export const HISTORY_LIMIT = 200;
/** All kept briefs together stay under this many characters of JSON (storage.local holds 10 MB in all). */
export const HISTORY_MAX_CHARS = 4_000_000;
/** One brief over this size is kept with its `text` shortened; briefs still over it are not kept. */
export const ENTRY_MAX_CHARS = 300_000;

/** One line of the history list; the brief itself is stored apart, under `history:<id>`. */
export interface HistoryItem {
  id: string;
  url: string | null;
  title: string | null;
  site: string | null;
  actors: string[];
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** When it was last shown, milliseconds since the epoch. */
  savedAt: number;
  /** Size of the stored brief, characters of JSON. */
  chars: number;
}

export function itemOf(id: string, brief: Brief, savedAt: number, chars: number): HistoryItem {
  const actors = [...new Set(brief.commitments.map((c) => c.actor).filter((a): a is string => !!a))].slice(0, 20);
  return {
    id,
    url: brief.url,
    title: brief.title,
    site: brief.siteName,
    actors,
    lang: brief.lang,
    dir: brief.dir === 'rtl' ? 'rtl' : 'ltr',
    savedAt,
    chars,
  };
}

/** The brief as stored: its JSON, with `text` shortened when the brief is over ENTRY_MAX_CHARS; null if still over. */
export function storedForm(brief: Brief): { brief: Brief; chars: number } | null {
  let chars = JSON.stringify(brief).length;
  if (chars <= ENTRY_MAX_CHARS) return { brief, chars };
  const keep = Math.max(0, brief.text.length - (chars - ENTRY_MAX_CHARS) - 1);
  const shortened = { ...brief, text: `${brief.text.slice(0, keep)}…` };
  chars = JSON.stringify(shortened).length;
  return chars <= ENTRY_MAX_CHARS ? { brief: shortened, chars } : null;
}

/**
 * The index after adding `item`: an older entry of the same page is replaced, the new one goes first, and the
 * oldest go until there are at most HISTORY_LIMIT and their briefs fit in HISTORY_MAX_CHARS. Returns the ids
 * dropped, whose briefs are to be removed.
 */
export function withItem(index: HistoryItem[], item: HistoryItem): { index: HistoryItem[]; dropped: string[] } {
  const dropped: string[] = [];
  const next = [item];
  let total = item.chars;
  for (const old of index) {
    const samePage = item.url !== null && old.url === item.url;
    if (samePage || old.id === item.id || next.length >= HISTORY_LIMIT || total + old.chars > HISTORY_MAX_CHARS) {
      if (old.id !== item.id) dropped.push(old.id);
      continue;
    }
    next.push(old);
    total += old.chars;
  }
  return { index: next, dropped };
}

/** Text folded for search: case, Latin accents, Arabic diacritics, tatweel and letter variants. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Entries whose title, site or one of whose actors contains every word of the query. */
export function searchHistory(items: HistoryItem[], query: string): HistoryItem[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const haystack = fold([item.title ?? '', item.site ?? '', ...item.actors].join(' \n '));
    return words.every((w) => haystack.includes(w));
  });
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const strOrNull = (x: unknown) => (typeof x === 'string' ? x : null);

/** The stored index, entries that do not have the shape left out. */
export function parseIndex(x: unknown): HistoryItem[] {
  if (!Array.isArray(x)) return [];
  return x.filter(isRecord).flatMap((r) =>
    typeof r.id === 'string' && typeof r.savedAt === 'number' && typeof r.chars === 'number'
      ? [
          {
            id: r.id,
            url: strOrNull(r.url),
            title: strOrNull(r.title),
            site: strOrNull(r.site),
            actors: Array.isArray(r.actors) ? r.actors.filter((a): a is string => typeof a === 'string') : [],
            lang: strOrNull(r.lang),
            dir: r.dir === 'rtl' ? ('rtl' as const) : ('ltr' as const),
            savedAt: r.savedAt,
            chars: r.chars,
          },
        ]
      : [],
  );
}
