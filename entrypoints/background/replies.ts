/**
 * The answer to a request whose handling failed, in the shape that request expects: a view that asked for a brief
 * gets an error state for its own tab, so it shows the real error instead of refusing a malformed reply.
 */
import type { BriefState, DetectionState, PageToWorker, PassageReply, UiToWorker } from '@/utils/protocol';

export function failureReply(
  message: UiToWorker | PageToWorker,
  error: unknown,
): BriefState | PassageReply | DetectionState | { ok: false } {
  const text = error instanceof Error ? error.message : String(error);
  switch (message.type) {
    case 'brief/get':
      return { state: 'error', tabId: message.tabId, error: 'failed', message: text };
    case 'passage/show-in-tab':
      return { found: false };
    case 'detection/get':
      return { tabId: message.tabId, url: null, likely: null };
    default:
      return { ok: false };
  }
}
