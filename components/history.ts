/**
 * History as the views read it: the last briefs shown on this device, in storage.local, never sent anywhere. The
 * worker adds a brief when it answers the popup or the side panel with a ready one (entrypoints/background/
 * history.ts), and a page shown again moves to the top. The list is one small index (`history:index`); each brief
 * is stored under its own key (`history:<id>`), so listing and searching read the index only. Removals take the
 * lock the worker's writes take. Keys, bounds and the lock: utils/history.ts.
 */
import { browser } from 'wxt/browser';
import { orderedBrief, toJsonLine } from '@/utils/format/json';
import {
  HISTORY_INDEX_KEY,
  HISTORY_ON_KEY,
  historyEntryKey as entryKey,
  parseIndex,
  withHistoryLock as locked,
  type HistoryItem,
} from '@/utils/history';
import type { Brief } from '@/utils/types';

async function readIndex(): Promise<HistoryItem[]> {
  return parseIndex((await browser.storage.local.get(HISTORY_INDEX_KEY))[HISTORY_INDEX_KEY]);
}

export async function listHistory(): Promise<HistoryItem[]> {
  return readIndex();
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
