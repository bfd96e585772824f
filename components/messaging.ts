/**
 * The extension pages' side of the protocol: typed requests to the worker, each validated on return and bounded
 * by a timeout, so a view never waits forever.
 */
import { browser } from 'wxt/browser';
import {
  UI_TIMEOUT_MS,
  isBriefState,
  isPassageReply,
  isWorkerSender,
  isWorkerToUi,
  type BriefState,
  type UiToWorker,
  type WorkerToUi,
} from '@/utils/protocol';
import { takeEarlyRequest } from './earlyRequest';

export class RequestTimeout extends Error {}

/** Sends `message` to the worker (or takes the answer of the same request already sent, `sent`), within a time. */
async function request(message: UiToWorker, timeoutMs = UI_TIMEOUT_MS, sent?: Promise<unknown>): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestTimeout(`No answer in ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([sent ?? browser.runtime.sendMessage(message), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The brief of a tab. `onSent` hears when the request was made (performance.now()): now, or earlier, when the
 * answer is that of the request sent as the page started loading.
 */
export async function requestBrief(tabId: number, refresh = false, onSent?: (at: number) => void): Promise<BriefState> {
  // The view's first request was sent as its page started loading (earlyRequest.ts): its answer is this one.
  const early = refresh ? null : await takeEarlyRequest(tabId);
  onSent?.(early ? early.sentAt : performance.now());
  const reply = await request(
    { type: 'brief/get', tabId, ...(refresh ? { refresh } : {}) },
    UI_TIMEOUT_MS,
    early?.reply,
  );
  if (!isBriefState(reply)) throw new Error('The worker answered with something that is not a brief state');
  return reply;
}

export async function showInPage(tabId: number, text: string): Promise<boolean> {
  const reply = await request({ type: 'passage/show-in-tab', tabId, text: text.slice(0, 2000) }, 10_000);
  return isPassageReply(reply) && reply.found;
}

/** The background worker's possible addresses: the service worker (MV3), the generated background page (MV2). */
function workerUrls(): string[] {
  const background = browser.runtime.getManifest().background as { service_worker?: string } | undefined;
  const url = browser.runtime.getURL as (path: string) => string;
  return [
    ...(background?.service_worker ? [url(`/${background.service_worker}`)] : []),
    url('/_generated_background_page.html'),
  ];
}

/** Calls `onChange` for each worker broadcast (from the worker only, never a page's script); returns the unsubscribe. */
export function onWorkerBroadcast(onChange: (message: WorkerToUi) => void): () => void {
  const urls = workerUrls();
  const listener = (message: unknown, sender: { id?: string; url?: string; tab?: { id?: number } }): undefined => {
    if (isWorkerSender(sender, browser.runtime.id, urls) && isWorkerToUi(message)) onChange(message);
    // Never answers: requests to the worker reach extension pages too, and must get the worker's answer.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
