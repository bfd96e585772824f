/**
 * A view's first request for its brief, made before the view's own script has loaded: the small script
 * entrypoints/early-brief.ts runs as the popup or side panel page starts loading, finds the tab as the view would
 * (`?tabId=N`, else the active tab of its window) and asks the worker at once; the view, once React has mounted,
 * takes that answer instead of asking again (once, for the same tab). The browser's script loading and React's
 * start then overlap the worker's work instead of preceding it.
 */

/** Where the early script leaves its request, on the view page's own global object. */
export const EARLY_REQUEST_KEY = '__newsbriefEarlyRequest';

export interface EarlyRequest {
  /** The tab asked about, or null when there is none. */
  tabId: Promise<number | null>;
  /** The worker's answer (to be validated like any other). */
  reply: Promise<unknown>;
  /** When the request was made (performance.now(), since the page started loading), once the tab was known. */
  sentAt: Promise<number>;
}

/** The early request for `tabId`, once: null when there was none, it was taken, or it asked about another tab. */
export async function takeEarlyRequest(tabId: number): Promise<{ reply: Promise<unknown>; sentAt: number } | null> {
  const holder = globalThis as unknown as Record<string, EarlyRequest | undefined>;
  const early = holder[EARLY_REQUEST_KEY];
  if (!early) return null;
  holder[EARLY_REQUEST_KEY] = undefined;
  const asked = await early.tabId.catch(() => null);
  return asked === tabId ? { reply: early.reply, sentAt: await early.sentAt } : null;
}
