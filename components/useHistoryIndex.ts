/** The history list, read when the view opens and again whenever any view changes it; null until read. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { HISTORY_INDEX_KEY, type HistoryItem } from '@/utils/history';
import { listHistory } from './history';

export function useHistoryIndex(): HistoryItem[] | null {
  const [items, setItems] = useState<HistoryItem[] | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => void listHistory().then((list) => alive && setItems(list));
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && HISTORY_INDEX_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return items;
}
