/**
 * A value kept in extension storage, read and validated when the view opens, written back on change, and kept in
 * step when another view (the popup, the side panel, the options) changes it.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export type StorageAreaName = 'local' | 'sync' | 'session';

export function useStored<T>(
  area: StorageAreaName,
  key: string,
  parse: (stored: unknown) => T,
): { value: T; loaded: boolean; save: (next: T) => Promise<void> } {
  const [state, setState] = useState<{ value: T; loaded: boolean }>(() => ({ value: parse(undefined), loaded: false }));
  useEffect(() => {
    let alive = true;
    void browser.storage[area].get(key).then(
      (got) => alive && setState({ value: parse(got[key]), loaded: true }),
      () => alive && setState((s) => ({ ...s, loaded: true })),
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      if (areaName === area && key in changes) setState({ value: parse(changes[key]!.newValue), loaded: true });
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [area, key, parse]);
  const save = useCallback(
    async (next: T) => {
      setState({ value: next, loaded: true });
      await browser.storage[area].set({ [key]: next });
    },
    [area, key],
  );
  return { value: state.value, loaded: state.loaded, save };
}
