/**
 * The worker's one message listener: validates every message and its sender (utils/protocol.ts), hands it to the
 * UI or page handler, and answers both ways a runtime can expect: it returns the Promise (the webextension
 * polyfill, Firefox, recent Chromium, WXT's fake browser) and also calls sendResponse (runtimes that only honour
 * `return true` + sendResponse). Messages it does not accept get no answer at all. A handler that fails answers
 * with the error in the shape its request expects (replies.ts).
 */
import { acceptFrom, type PageToWorker, type SenderInfo, type UiToWorker } from '@/utils/protocol';
import { failureReply } from './replies';

export interface Handlers {
  ui(message: UiToWorker): Promise<unknown>;
  page(message: PageToWorker, tabId: number): Promise<unknown>;
}

export interface RuntimeIdentity {
  id: string;
  /** runtime.getURL('/'): the origin of the extension's own pages. */
  origin: string;
}

export function messageListener(handlers: Handlers, runtime: RuntimeIdentity) {
  return (
    message: unknown,
    sender: SenderInfo,
    sendResponse: (response: unknown) => void,
  ): Promise<unknown> | undefined => {
    const accepted = acceptFrom(message, sender, runtime.id, runtime.origin);
    if (!accepted) return undefined;
    const run = async () =>
      accepted.kind === 'ui' ? handlers.ui(accepted.message) : handlers.page(accepted.message, accepted.tabId);
    const safe = run().catch((e: unknown) => failureReply(accepted.message, e));
    void safe.then(sendResponse);
    return safe;
  };
}
