/**
 * The offscreen document (Chromium): a page with no window, opened by the worker with the reason WORKERS, that
 * hosts the extraction Workers (a service worker cannot start one). It hands the worker a channel of its own
 * (wake.ts, ExtractorChannel) and over it one lane per Worker (lanes.ts): jobs and outcomes then go between the
 * worker and the Workers without passing through this page's main thread, which the popup and the side panel share.
 * It keeps a runtime port to the worker for its disconnect only. It outlives a worker stopped when idle: the next
 * worker asks it to connect again (wake.ts), and finds its Workers warm.
 */
import { browser, type Browser } from 'wxt/browser';
import { EXTRACTOR_PORT } from '@/utils/protocol';
import workerUrl from './extract.worker.ts?worker&url';
import { LaneKeeper } from './keeper';
import { workerScriptUrl } from './pool';
import { EXTRACTOR_CHANNEL, isExtractorWake } from './wake';

const scriptUrl = workerScriptUrl(new URL(workerUrl, location.href).href);
const keeper = new LaneKeeper(() => new Worker(scriptUrl as string));
// A Worker with the core loaded and compiled before the first request.
keeper.warm();

let port: Browser.runtime.Port | null = null;

/** Hands the running worker one end of a channel of its own, and the lanes over it (see keeper.ts). */
function openChannel(): void {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!sw) return;
  const { port1, port2 } = new MessageChannel();
  keeper.attach(port1);
  void sw.ready
    .then((registration) => registration.active?.postMessage(EXTRACTOR_CHANNEL, [port2]))
    .catch(() => {
      // No channel: the worker's jobs wait until their time is up, and it opens the document again.
    });
}

function connect(): void {
  const p = browser.runtime.connect({ name: EXTRACTOR_PORT });
  port = p;
  p.onDisconnect.addListener(() => {
    // The worker stopped (idle); the next one asks again (wake.ts) when it needs a brief.
    if (port !== p) return;
    port = null;
    keeper.detach();
  });
  openChannel();
}

browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
  // Only this extension's worker (no tab) may ask; a connected document has nothing to do.
  if (sender.id !== browser.runtime.id || sender.tab || !isExtractorWake(message)) return undefined;
  if (!port) connect();
  return undefined;
});

connect();
