/**
 * The offscreen document (Chromium): a page with no window, opened by the worker with the reason WORKERS, that
 * hosts the extraction Workers (a service worker cannot start one). It talks to the worker over one port and
 * to nobody else. It outlives a worker stopped when idle: the next worker asks it to connect again (wake.ts), and
 * finds its Workers warm.
 */
import { browser, type Browser } from 'wxt/browser';
import { EXTRACTOR_PORT, isExtractRun, type ExtractDone } from '@/utils/protocol';
import workerUrl from './extract.worker.ts?worker&url';
import { ExtractPool } from './pool';
import { EXTRACTOR_CHANNEL, isExtractorWake } from './wake';

const pool = new ExtractPool(new URL(workerUrl, location.href).href);
// A Worker with the core loaded and compiled before the first request.
pool.warm();

let port: Browser.runtime.Port | null = null;
let channel: MessagePort | null = null;

/** Runs a job and answers on the way it came; a way that closed meanwhile (the worker stopped) drops the answer. */
function serve(message: unknown, answer: (reply: ExtractDone) => void): void {
  if (!isExtractRun(message)) return;
  void pool.extract(message.html, message.url, message.budgetMs).then((outcome) => {
    try {
      answer({ type: 'extract/done', id: message.id, outcome });
    } catch {
      // The worker went away (stopped when idle); it asks again when it needs the brief.
    }
  });
}

/** Hands the running worker one end of a channel of its own (see ExtractorChannel in wake.ts). */
function openChannel(): void {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!sw) return;
  channel?.close();
  const { port1, port2 } = new MessageChannel();
  channel = port1;
  port1.onmessage = (e: MessageEvent) => serve(e.data, (reply) => port1.postMessage(reply));
  void sw.ready
    .then((registration) => registration.active?.postMessage(EXTRACTOR_CHANNEL, [port2]))
    .catch(() => {
      // No channel: the runtime port carries the jobs.
    });
}

function connect(): void {
  const p = browser.runtime.connect({ name: EXTRACTOR_PORT });
  port = p;
  p.onDisconnect.addListener(() => {
    // The worker stopped (idle); the next one asks again (wake.ts) when it needs a brief.
    if (port === p) port = null;
  });
  p.onMessage.addListener((message: unknown) => serve(message, (reply) => p.postMessage(reply)));
  openChannel();
}

browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
  // Only this extension's worker (no tab) may ask; a connected document has nothing to do.
  if (sender.id !== browser.runtime.id || sender.tab || !isExtractorWake(message)) return undefined;
  if (!port) connect();
  return undefined;
});

connect();
