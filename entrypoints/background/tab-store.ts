/**
 * What the worker knows per tab: the last article detection and the brief made for a URL. Kept in
 * storage.session so it survives the worker being stopped (MV3 stops idle workers after ~30 s) but not a
 * browser restart, and is never readable by content scripts (storage.session is for trusted contexts only).
 */
import { browser } from 'wxt/browser';
import { MAX_STORED_BRIEF_CHARS, isBriefState, type BriefState } from '@/utils/protocol';
import { pageKey } from './pages';

export type BriefResult = Extract<BriefState, { state: 'ready' | 'not-article' }>;

/** The JSON length of a brief and of its text (the extraction thread measures them off the worker's thread). */
export interface BriefSizes {
  chars: number;
  textChars: number;
}

export interface TabRecord {
  detection: { url: string; likely: boolean } | null;
  brief: BriefResult | null;
  /** The hash of the snapshot the brief was made from: an unchanged page is not extracted again. */
  hash: string | null;
  /** The brief's `text` was cut to keep the record under MAX_STORED_BRIEF_CHARS; its structure is whole. */
  textCut: boolean;
  /** When the brief was saved (Date.now()): the oldest briefs make room first when storage is full. */
  savedAt: number;
}

const key = (tabId: number) => `tab:${tabId}`;
const EMPTY: TabRecord = { detection: null, brief: null, hash: null, textCut: false, savedAt: 0 };

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
  if (typeof x !== 'object' || x === null) return EMPTY;
  const r = x as Record<string, unknown>;
  const d = r.detection as Record<string, unknown> | null | undefined;
  const detection =
    d && typeof d.url === 'string' && typeof d.likely === 'boolean' ? { url: d.url, likely: d.likely } : null;
  const brief = isBriefState(r.brief) && r.brief.state !== 'error' ? r.brief : null;
  return {
    detection,
    brief,
    hash: brief && typeof r.hash === 'string' ? r.hash : null,
    textCut: brief !== null && r.textCut === true,
    savedAt: typeof r.savedAt === 'number' ? r.savedAt : 0,
  };
}

export async function readTab(tabId: number): Promise<TabRecord> {
  const got = await browser.storage.session.get(key(tabId));
  return parseRecord(got[key(tabId)]);
}

async function writeTab(tabId: number, record: TabRecord): Promise<void> {
  if (!record.detection && !record.brief) await browser.storage.session.remove(key(tabId));
  else await browser.storage.session.set({ [key(tabId)]: record });
}

/**
 * The brief as stored: whole when its JSON fits MAX_STORED_BRIEF_CHARS; else with `text` cut at a paragraph
 * break so that it fits (the sections, lists and tables stay whole, and the Markdown and plain-text copies are
 * made from those); null when even that is too big. The answer to the request that made it is always whole.
 */
export function storedForm(
  result: BriefResult,
  limit = MAX_STORED_BRIEF_CHARS,
  sizes?: BriefSizes,
): { brief: BriefResult; cut: boolean } | null {
  // Measured by the extraction thread when it can: a big brief is then never serialized here at all.
  if (sizes && sizes.chars - sizes.textChars > limit) return null;
  const size = JSON.stringify(result).length;
  if (size <= limit) return { brief: result, cut: false };
  const text = result.brief.text;
  const room = limit - (size - JSON.stringify(text).length) - 2;
  if (room <= 0) return null;
  // JSON escapes can make the text longer than its characters: cut, then check, twice at most.
  let keep = room;
  for (let attempt = 0; attempt < 3; attempt++) {
    let cut = text.slice(0, keep);
    const paragraph = cut.lastIndexOf('\n\n');
    if (paragraph > keep / 2) cut = cut.slice(0, paragraph);
    const brief: BriefResult = { ...result, brief: { ...result.brief, text: cut } };
    if (JSON.stringify(brief).length <= limit) return { brief, cut: true };
    keep = Math.floor(keep / 2);
  }
  return null;
}

/**
 * Make room in storage.session by dropping the briefs of other tabs, oldest first, one tab at a time. Their
 * detections (a few bytes each, which the badge shows) stay. Returns false when there was nothing left to drop.
 */
async function evictOldestBrief(except: number): Promise<boolean> {
  const all = await browser.storage.session.get(null);
  let oldest: { id: number; record: TabRecord } | null = null;
  for (const [k, v] of Object.entries(all)) {
    const id = /^tab:(\d+)$/.exec(k)?.[1];
    if (id === undefined || Number(id) === except) continue;
    const record = parseRecord(v);
    if (record.brief && (!oldest || record.savedAt < oldest.record.savedAt)) oldest = { id: Number(id), record };
  }
  if (!oldest) return false;
  const { id, record } = oldest;
  await serial(id, () => writeTab(id, { ...record, brief: null, hash: null, textCut: false }));
  return true;
}

/**
 * Keep a tab's brief, and the brief's verdict (is the page an article) as the tab's detection, in the same write:
 * the badge then says what the brief says, and the page reader need not run its own check before the snapshot. A
 * brief too big for its share is stored cut or not at all (storedForm), its verdict still kept; when storage is
 * full, other tabs' briefs make room, oldest first; never is another tab's detection or the whole store dropped.
 * Returns what was stored: 'whole', 'cut' or 'not-stored'.
 */
export function saveBrief(
  tabId: number,
  result: BriefResult,
  hash: string | null,
  sizes?: BriefSizes,
): Promise<'whole' | 'cut' | 'not-stored'> {
  return serial(tabId, async () => {
    const record = { ...(await readTab(tabId)), detection: { url: result.url, likely: result.brief.isArticle } };
    const stored = storedForm(result, MAX_STORED_BRIEF_CHARS, sizes);
    if (!stored) {
      await writeTab(tabId, { ...record, brief: null, hash: null, textCut: false });
      return 'not-stored';
    }
    const next: TabRecord = { ...record, brief: stored.brief, hash, textCut: stored.cut, savedAt: Date.now() };
    for (;;) {
      try {
        await writeTab(tabId, next);
        return stored.cut ? 'cut' : 'whole';
      } catch {
        // storage.session is full (10 MB across all tabs).
        if (await evictOldestBrief(tabId)) continue;
        await writeTab(tabId, { ...record, brief: null, hash: null, textCut: false }).catch(() => undefined);
        return 'not-stored';
      }
    }
  });
}

export function saveDetection(tabId: number, url: string, likely: boolean): Promise<void> {
  return serial(tabId, async () => {
    const record = await readTab(tabId);
    const same = record.brief !== null && pageKey(record.brief.url) === pageKey(url);
    await writeTab(tabId, same ? { ...record, detection: { url, likely } } : { ...EMPTY, detection: { url, likely } });
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
    const brief = keep(record.brief?.url) ? record.brief : null;
    const next: TabRecord = {
      ...(brief ? record : EMPTY),
      detection: keep(record.detection?.url) ? record.detection : null,
    };
    if (next.detection === record.detection && next.brief === record.brief) return false;
    await writeTab(tabId, next);
    return true;
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serial(tabId, () => browser.storage.session.remove(key(tabId)));
}
