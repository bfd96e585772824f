/**
 * History: the last briefs shown on this device, in storage.local, never sent anywhere. A brief is added when the
 * popup or the side panel shows a ready brief (an article; "Brief it anyway" on a non-article is not kept), and
 * a page shown again moves to the top. The list is one small index (`history:index`); each brief is stored under
 * its own key (`history:<id>`), so listing and searching read the index only. Writes take a lock shared by every
 * extension page, so a popup and a side panel adding at once do not lose an entry. Bounds: historyModel.ts.
 */
import { browser } from 'wxt/browser';
import { orderedBrief, toJsonLine } from '@/utils/format/json';
import type { Brief } from '@/utils/types';
import { itemOf, parseIndex, storedForm, withItem, type HistoryItem } from './historyModel';

export const HISTORY_ON_KEY = 'history:on';
export const HISTORY_INDEX_KEY = 'history:index';
const entryKey = (id: string) => `history:${id}`;

/** History is on unless the reader turned it off. */
export const parseHistoryOn = (x: unknown): boolean => x !== false;

async function locked<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request('newsbrief-history', work) : work();
}

async function readIndex(): Promise<HistoryItem[]> {
  return parseIndex((await browser.storage.local.get(HISTORY_INDEX_KEY))[HISTORY_INDEX_KEY]);
}

export async function listHistory(): Promise<HistoryItem[]> {
  return readIndex();
}

function newId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Keep a shown brief; 'off' when history is turned off, 'too-large' when even its shortened form is too big. */
export async function addToHistory(brief: Brief, now = Date.now()): Promise<'added' | 'off' | 'too-large'> {
  return locked(async () => {
    const got = await browser.storage.local.get([HISTORY_ON_KEY, HISTORY_INDEX_KEY]);
    if (!parseHistoryOn(got[HISTORY_ON_KEY])) return 'off';
    const stored = storedForm(orderedBrief(brief));
    if (!stored) return 'too-large';
    const item = itemOf(newId(now), stored.brief, now, stored.chars);
    const { index, dropped } = withItem(parseIndex(got[HISTORY_INDEX_KEY]), item);
    await browser.storage.local.set({ [entryKey(item.id)]: stored.brief, [HISTORY_INDEX_KEY]: index });
    if (dropped.length > 0) await browser.storage.local.remove(dropped.map(entryKey));
    return 'added';
  });
}

/** The stored brief, in this version's shape, or null when it is gone. */
export async function readHistoryBrief(id: string): Promise<Brief | null> {
  const got = (await browser.storage.local.get(entryKey(id)))[entryKey(id)];
  return typeof got === 'object' && got !== null ? orderedBrief(got as Brief) : null;
}

export async function removeFromHistory(id: string): Promise<void> {
  await locked(async () => {
    const index = (await readIndex()).filter((item) => item.id !== id);
    await browser.storage.local.set({ [HISTORY_INDEX_KEY]: index });
    await browser.storage.local.remove(entryKey(id));
  });
}

/** Removes every kept brief (history stays on or off as it was). */
export async function clearHistory(): Promise<void> {
  await locked(async () => {
    const all = await browser.storage.local.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith('history:') && k !== HISTORY_ON_KEY);
    await browser.storage.local.remove(keys);
  });
}

/** Every kept brief as JSON Lines, newest first, each line the brief's JSON with `savedAt` in front. */
export async function exportHistory(): Promise<string> {
  const index = await readIndex();
  if (index.length === 0) return '';
  const got = await browser.storage.local.get(index.map((item) => entryKey(item.id)));
  const lines = index.flatMap((item) => {
    const brief = got[entryKey(item.id)];
    if (typeof brief !== 'object' || brief === null) return [];
    return [toJsonLine(orderedBrief(brief as Brief), { savedAt: new Date(item.savedAt).toISOString() })];
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
