/**
 * What the worker knows per tab: the last article detection and the brief made for a URL. Kept in
 * storage.session so it survives the worker being stopped (MV3 stops idle workers after ~30 s) but not a
 * browser restart, and is never readable by content scripts (storage.session is for trusted contexts only).
 */
import { browser } from 'wxt/browser';
import { isBriefState, type BriefState } from '@/utils/protocol';
import { pageKey } from './pages';

export type BriefResult = Extract<BriefState, { state: 'ready' | 'not-article' }>;

export interface TabRecord {
  detection: { url: string; likely: boolean } | null;
  brief: BriefResult | null;
}

const key = (tabId: number) => `tab:${tabId}`;

/** Read-modify-write of one tab's record, one at a time per tab, so a detection never overwrites a brief. */
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, update: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(update, update);
  queues.set(tabId, next);
  const cleanup = () => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  };
  next.then(cleanup, cleanup);
  return next;
}

function parseRecord(x: unknown): TabRecord {
  const empty: TabRecord = { detection: null, brief: null };
  if (typeof x !== 'object' || x === null) return empty;
  const r = x as Record<string, unknown>;
  const d = r.detection as Record<string, unknown> | null | undefined;
  const detection =
    d && typeof d.url === 'string' && typeof d.likely === 'boolean' ? { url: d.url, likely: d.likely } : null;
  const brief = isBriefState(r.brief) && r.brief.state !== 'error' ? r.brief : null;
  return { detection, brief };
}

export async function readTab(tabId: number): Promise<TabRecord> {
  const got = await browser.storage.session.get(key(tabId));
  return parseRecord(got[key(tabId)]);
}

async function writeTab(tabId: number, record: TabRecord): Promise<void> {
  if (!record.detection && !record.brief) await browser.storage.session.remove(key(tabId));
  else await browser.storage.session.set({ [key(tabId)]: record });
}

export function saveBrief(tabId: number, brief: BriefResult): Promise<void> {
  return serial(tabId, async () => {
    const record = await readTab(tabId);
    try {
      await writeTab(tabId, { ...record, brief });
    } catch {
      // storage.session is full (10 MB across all tabs): start over with this tab's brief only.
      await browser.storage.session.clear();
      try {
        await writeTab(tabId, { detection: record.detection, brief });
      } catch {
        // A brief larger than the whole quota is answered now but not kept: after a worker restart it is made
        // again from the page.
        await writeTab(tabId, { detection: record.detection, brief: null });
      }
    }
  });
}

export function saveDetection(tabId: number, url: string, likely: boolean): Promise<void> {
  return serial(tabId, async () => {
    const record = await readTab(tabId);
    const brief = record.brief && pageKey(record.brief.url) === pageKey(url) ? record.brief : null;
    await writeTab(tabId, { detection: { url, likely }, brief });
  });
}

/**
 * Forget what no longer describes the tab's page. With `url` (known after an in-page navigation or when the
 * worker can see the tab's URL), only data about other URLs is dropped; without it, everything is.
 * Returns true when something was dropped.
 */
export function dropStale(tabId: number, url?: string): Promise<boolean> {
  return serial(tabId, async () => {
    const record = await readTab(tabId);
    const keep = (u: string | undefined) => url !== undefined && u !== undefined && pageKey(u) === pageKey(url);
    const next: TabRecord = {
      detection: keep(record.detection?.url) ? record.detection : null,
      brief: keep(record.brief?.url) ? record.brief : null,
    };
    if (next.detection === record.detection && next.brief === record.brief) return false;
    await writeTab(tabId, next);
    return true;
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serial(tabId, () => browser.storage.session.remove(key(tabId)));
}
