/**
 * The popup's and side panel's first request for the brief, sent as their page starts loading (a plain script in
 * their <head>, before the view's module): see components/earlyRequest.ts. It uses the browser's own `chrome` /
 * `browser` object, so that it stays a few hundred bytes and runs before anything else loads.
 */
import { EARLY_REQUEST_KEY, type EarlyRequest } from '@/components/earlyRequest';

interface MiniApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
}

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: MiniApi; chrome?: MiniApi } & Record<string, unknown>;
  const api = g.browser ?? g.chrome;
  if (!api?.runtime?.sendMessage || !api.tabs?.query) return;
  const fixed = new URLSearchParams(location.search).get('tabId');
  const tabId: Promise<number | null> =
    fixed !== null && /^\d+$/.test(fixed)
      ? Promise.resolve(Number(fixed))
      : api.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null);
  let sent = 0;
  const reply = tabId.then((id) => {
    sent = performance.now();
    return id === null ? null : api.runtime.sendMessage({ type: 'brief/get', tabId: id });
  });
  // Not yet taken: an unhandled rejection would be reported before the view takes it.
  reply.catch(() => undefined);
  const early: EarlyRequest = { tabId, reply, sentAt: tabId.then(() => sent) };
  g[EARLY_REQUEST_KEY] = early;
});
