/**
 * Which tab a view describes, and that tab's brief.
 *
 * The tab is `?tabId=N` when given (a view opened as a tab, as in the end-to-end tests), else the active tab of
 * the view's window; the side panel follows the active tab as the reader switches tabs. The brief is asked
 * again when the worker says the tab navigated.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { BriefState } from '@/utils/protocol';
import { RequestTimeout, onWorkerBroadcast, requestBrief } from './messaging';

/** `requestedAt`: when the view asked (performance.now(), since the view started loading); `elapsedMs`: the wait. */
export type ViewState =
  | { phase: 'loading' }
  | { phase: 'timeout' }
  | { phase: 'done'; result: BriefState; elapsedMs: number; requestedAt: number };

const LOADING: ViewState = { phase: 'loading' };

/** The tab named by `?tabId=N` in the view's URL, or null. */
export function tabIdFromLocation(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function useTabId(follow: boolean): number | null {
  const fixed = tabIdFromLocation(location.search);
  const [tabId, setTabId] = useState<number | null>(fixed);
  useEffect(() => {
    if (fixed !== null) return;
    let alive = true;
    const refresh = () => activeTabId().then((id) => alive && setTabId(id));
    void refresh();
    if (!follow) return () => void (alive = false);
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows?.onFocusChanged.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.windows?.onFocusChanged.removeListener(onActivated);
    };
  }, [fixed, follow]);
  return tabId;
}

export function useTabBrief(tabId: number | null): { view: ViewState; retry: () => void } {
  // The view is kept with the tab it describes: a view of another tab reads as loading, so switching tabs needs
  // no state reset inside an effect.
  const [shown, setShown] = useState<{ tabId: number | null; view: ViewState }>({ tabId, view: LOADING });
  const view = shown.tabId === tabId ? shown.view : LOADING;
  const generation = useRef(0);
  const current = useRef(view);
  useEffect(() => {
    current.current = view;
  });

  const load = useCallback(
    /** Ask for the tab's brief; `showLoading` clears the view first (a retry, a navigation). */
    (refresh: boolean, showLoading: boolean) => {
      if (tabId === null) return;
      const mine = ++generation.current;
      let started = performance.now();
      const show = (next: ViewState) => {
        if (mine === generation.current) setShown({ tabId, view: next });
      };
      if (showLoading) show(LOADING);
      requestBrief(tabId, refresh, (at) => (started = at)).then(
        (result) => show({ phase: 'done', result, elapsedMs: performance.now() - started, requestedAt: started }),
        (e: unknown) => {
          if (e instanceof RequestTimeout) show({ phase: 'timeout' });
          else {
            const message = e instanceof Error ? e.message : String(e);
            const result: BriefState = { state: 'error', tabId, error: 'failed', message };
            show({ phase: 'done', result, elapsedMs: performance.now() - started, requestedAt: started });
          }
        },
      );
    },
    [tabId],
  );

  useEffect(() => {
    load(false, false);
    return onWorkerBroadcast((message) => {
      if (message.tabId !== tabId) return;
      // A navigation makes the brief stale. A detection means the page can now be read (the reader clicked the
      // toolbar button there, or it loaded with automatic detection on): worth asking again after an error. Not
      // after "too large": the page reader that refused the snapshot reports its detection just after, and the
      // page is as large as it was.
      const shown = current.current;
      const failed =
        shown.phase === 'timeout' ||
        (shown.phase === 'done' && shown.result.state === 'error' && shown.result.error !== 'too-large');
      if (message.reason === 'navigated' || (message.reason === 'detected' && failed)) load(false, true);
    });
  }, [tabId, load]);

  return { view, retry: () => load(true, true) };
}
