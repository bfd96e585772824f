/**
 * The extension API the page reader uses, taken from the browser itself: `browser` in Firefox, `chrome` in
 * Chromium (whose runtime.sendMessage returns a Promise in Manifest V3), not through webextension-polyfill as the
 * views and the worker do. The reader is injected into every page that is briefed, on the brief's path: the
 * polyfill was about a third of its script, compiled and run at each injection for the three calls below.
 */

/** A listener of runtime.onMessage: it answers with sendResponse, and returns true when it answers later. */
export type ReaderListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (response: unknown) => void,
) => true | undefined;

export interface ReaderApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown> | undefined;
    onMessage: {
      addListener(listener: ReaderListener): void;
      removeListener(listener: ReaderListener): void;
    };
  };
}

/** The browser's own extension API object, or null where there is none (a page outside an extension). */
export function readerApi(): ReaderApi | null {
  // By name (the build adds an import of the polyfill wherever it sees the identifier).
  const g = globalThis as unknown as Partial<Record<'browser' | 'chrome', ReaderApi>>;
  const api = g['browser']?.runtime?.id ? g['browser'] : g['chrome'];
  return api?.runtime?.id ? api : null;
}
