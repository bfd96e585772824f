/**
 * Which sections of a brief are open. Short articles open expanded, longer ones as an outline
 * (briefMeasures.ts). What the reader opens or closes is remembered per tab, for the page the tab shows, in
 * storage.session (gone when the browser closes), shared by the popup and the side panel: the popup opened again
 * on the same article shows the sections as they were left. At most MAX_TABS tabs are remembered.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

const KEY = 'open-sections';
const MAX_TABS = 100;

interface Remembered {
  url: string;
  open: number[];
  at: number;
}

/** Where the remembered state belongs: a tab showing a page. Views with no tab (a brief from history) keep none. */
export interface SectionScope {
  tabId: number;
  url: string;
}

function readStore(x: unknown): Record<string, Remembered> {
  if (typeof x !== 'object' || x === null) return {};
  const out: Record<string, Remembered> = {};
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
    const r = v as Partial<Remembered> | null;
    if (r && typeof r.url === 'string' && Array.isArray(r.open) && typeof r.at === 'number') {
      out[k] = { url: r.url, open: r.open.filter((i): i is number => Number.isInteger(i)), at: r.at };
    }
  }
  return out;
}

/** The remembered states as last read or written by this view: a toggle writes at once, with no read first. */
let known: Record<string, Remembered> | null = null;

async function recall(): Promise<Record<string, Remembered>> {
  known = readStore((await browser.storage.session.get(KEY))[KEY]);
  return known;
}

/**
 * Writes the tab's state in one storage call made during the click, so it is kept even when the popup closes
 * right after. (A state another view wrote meanwhile for another tab may be lost; its own view writes it again on
 * its next toggle.)
 */
function remember(scope: SectionScope, open: number[]): Promise<void> {
  const store = { ...(known ?? {}), [String(scope.tabId)]: { url: scope.url, open, at: Date.now() } };
  known = Object.fromEntries(
    Object.entries(store)
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, MAX_TABS),
  );
  return browser.storage.session.set({ [KEY]: known });
}

export function useOpenSections(
  scope: SectionScope | null,
  count: number,
  expanded: boolean,
): { isOpen: (i: number) => boolean; setOpen: (i: number, open: boolean) => void } {
  const tabId = scope?.tabId ?? null;
  const url = scope?.url ?? null;
  const scopeKey = tabId === null ? null : `${tabId} ${url}`;
  const [state, setState] = useState<{ key: string | null; open: Set<number> | null }>({ key: scopeKey, open: null });
  // Until the reader opens or closes something (or a remembered state arrives), the article's length decides.
  const open =
    state.key === scopeKey && state.open
      ? state.open
      : new Set(expanded ? Array.from({ length: count }, (_, i) => i) : []);

  useEffect(() => {
    if (tabId === null || url === null) return;
    let alive = true;
    void recall().then(
      (store) => {
        const r = store[String(tabId)];
        if (alive && r && r.url === url) setState({ key: `${tabId} ${url}`, open: new Set(r.open) });
      },
      () => undefined,
    );
    return () => void (alive = false);
  }, [tabId, url]);

  const setOpen = (i: number, isOpen: boolean) => {
    if (open.has(i) === isOpen) return;
    const next = new Set(open);
    if (isOpen) next.add(i);
    else next.delete(i);
    setState({ key: scopeKey, open: next });
    if (tabId !== null && url !== null) {
      void remember(
        { tabId, url },
        [...next].sort((a, b) => a - b),
      ).catch(() => undefined);
    }
  };
  return { isOpen: (i) => open.has(i), setOpen };
}
