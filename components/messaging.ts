/**
 * The extension pages' side of the protocol: typed requests to the worker, each validated on return and bounded
 * by a timeout, so a view never waits forever.
 */
import { browser } from 'wxt/browser';
import {
  UI_TIMEOUT_MS,
  isBriefState,
  isPassageReply,
  isWorkerToUi,
  type BriefState,
  type UiToWorker,
  type WorkerToUi,
} from '@/utils/protocol';

export class RequestTimeout extends Error {}

async function request(message: UiToWorker, timeoutMs = UI_TIMEOUT_MS): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestTimeout(`No answer in ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([browser.runtime.sendMessage(message), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function requestBrief(tabId: number, refresh = false): Promise<BriefState> {
  const reply = await request({ type: 'brief/get', tabId, ...(refresh ? { refresh } : {}) });
  if (!isBriefState(reply)) throw new Error('The worker answered with something that is not a brief state');
  return reply;
}

export async function showInPage(tabId: number, text: string): Promise<boolean> {
  const reply = await request({ type: 'passage/show-in-tab', tabId, text: text.slice(0, 2000) }, 10_000);
  return isPassageReply(reply) && reply.found;
}

/** Calls `onChange` for each worker broadcast; returns the unsubscribe function. */
export function onWorkerBroadcast(onChange: (message: WorkerToUi) => void): () => void {
  const listener = (message: unknown, sender: { id?: string }): undefined => {
    if (sender.id === browser.runtime.id && isWorkerToUi(message)) onChange(message);
    // Never answers: requests to the worker reach extension pages too, and must get the worker's answer.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
