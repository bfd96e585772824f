/**
 * History's one writer: the worker keeps each article brief it answers a view with (the popup or the side panel
 * asked for it to show it), after the answer has left. Written here, the entry does not depend on the view: a popup
 * closed the moment its brief is drawn keeps it too, and the view's thread does none of the work. "Brief it anyway"
 * on a non-article is not kept. Rules and bounds: utils/history.ts.
 */
import { browser } from 'wxt/browser';
import { orderedBrief } from '@/utils/format/json';
import {
  HISTORY_INDEX_KEY,
  HISTORY_ON_KEY,
  historyEntryKey,
  itemOf,
  parseHistoryOn,
  parseIndex,
  storedForm,
  withHistoryLock,
  withItem,
} from '@/utils/history';
import type { Brief } from '@/utils/types';

function newId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Keep a shown brief; 'off' when history is turned off, 'too-large' when even its shortened form is too big. */
export async function addToHistory(brief: Brief, now = Date.now()): Promise<'added' | 'off' | 'too-large'> {
  return withHistoryLock(async () => {
    const got = await browser.storage.local.get([HISTORY_ON_KEY, HISTORY_INDEX_KEY]);
    if (!parseHistoryOn(got[HISTORY_ON_KEY])) return 'off';
    const stored = storedForm(orderedBrief(brief));
    if (!stored) return 'too-large';
    const item = itemOf(newId(now), stored.brief, now, stored.chars);
    const { index, dropped } = withItem(parseIndex(got[HISTORY_INDEX_KEY]), item);
    await browser.storage.local.set({ [historyEntryKey(item.id)]: stored.brief, [HISTORY_INDEX_KEY]: index });
    if (dropped.length > 0) await browser.storage.local.remove(dropped.map(historyEntryKey));
    return 'added';
  });
}

/** After the answer has left (the next task), keep a ready brief; a failed write costs the entry, nothing else. */
export function keepAnswerInHistory(brief: Brief): void {
  setTimeout(() => void addToHistory(brief).catch(() => undefined), 0);
}
