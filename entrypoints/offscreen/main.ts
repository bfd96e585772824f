/**
 * The offscreen document (Chromium): a page with no window, opened by the worker with the reason WORKERS, that
 * hosts the extraction Workers (a service worker cannot start one). It talks to the worker over one port and
 * to nobody else; the worker closes it when it is no longer needed.
 */
import { browser } from 'wxt/browser';
import { EXTRACTOR_PORT, isExtractRun, type ExtractDone } from '@/utils/protocol';
import workerUrl from './extract.worker.ts?worker&url';
import { ExtractPool } from './pool';

const pool = new ExtractPool(new URL(workerUrl, location.href).href);
const port = browser.runtime.connect({ name: EXTRACTOR_PORT });
port.onMessage.addListener((message: unknown) => {
  if (!isExtractRun(message)) return;
  void pool.extract(message.html, message.url, message.budgetMs).then((outcome) => {
    const reply: ExtractDone = { type: 'extract/done', id: message.id, outcome };
    try {
      port.postMessage(reply);
    } catch {
      // The worker went away (stopped when idle); it asks again when it needs the brief.
    }
  });
});
