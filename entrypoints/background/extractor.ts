/**
 * Where the core runs: never on the worker's own thread, so that one page's extraction cannot delay another
 * tab's answer. In Chromium the service worker cannot start a Worker, so an offscreen document (reason WORKERS)
 * hosts them and hands this worker a lane to each (lanes.ts): jobs go straight to the Workers, not through the
 * document's main thread. In Firefox the background page starts them itself. Either way a job that outlives its
 * budget is stopped (Worker.terminate), and the worker keeps a timer of its own in case the offscreen document
 * itself is gone.
 */
import { browser, type Browser } from 'wxt/browser';
import { EXTRACTOR_PORT, parseOutcome, type ExtractOutcome } from '@/utils/protocol';
import workerUrl from '../offscreen/extract.worker.ts?worker&url';
import { ExtractPool } from '../offscreen/pool';
import { EXTRACTOR_WAKE, isExtractorChannel } from '../offscreen/wake';
import { LaneDispatcher } from './lanes';

/** How long past the budget the worker waits for the offscreen document before giving up on it. */
const GRACE_MS = 3_000;
/** How long a worker waits for the document of its previous run to connect again before opening a new one. */
const WAKE_MS = 1_000;
const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

type Port = Browser.runtime.Port;

let port: Port | null = null;
/** The jobs' way: the lanes the offscreen document hands over its channel (wake.ts, ExtractorChannel). */
const lanes = new LaneDispatcher(GRACE_MS);
let portWaiters: ((p: Port) => void)[] = [];
let opening: Promise<Port> | null = null;

/** The offscreen document's port: accepted from this extension's offscreen page only. */
export function acceptExtractorPort(p: Port): boolean {
  const url = p.sender?.url ?? '';
  const own = (browser.runtime.getURL as (path: string) => string)(OFFSCREEN_PATH);
  if (p.name !== EXTRACTOR_PORT || p.sender?.id !== browser.runtime.id || !url.startsWith(own)) return false;
  port = p;
  p.onDisconnect.addListener(() => {
    if (port !== p) return;
    port = null;
    // Whatever was running there is lost with it.
    lanes.detach('The extraction document closed');
  });
  const waiters = portWaiters;
  portWaiters = [];
  for (const w of waiters) w(p);
  return true;
}

/** A message event of the worker's global scope (ServiceWorker.postMessage from one of the extension's pages). */
export interface WorkerMessageEvent {
  data: unknown;
  ports: readonly MessagePort[];
  source: { url?: string } | null;
}

/** The offscreen document's channel (wake.ts, ExtractorChannel): accepted from this extension's offscreen page only. */
export function acceptExtractorChannel(e: WorkerMessageEvent): boolean {
  const own = (browser.runtime.getURL as (path: string) => string)(OFFSCREEN_PATH);
  const [p] = e.ports;
  if (!isExtractorChannel(e.data) || !p || e.ports.length !== 1 || !e.source?.url?.startsWith(own)) return false;
  lanes.attach(p);
  return true;
}

async function openOffscreen(api: OffscreenApi): Promise<Port> {
  if (port) return port;
  const connected = new Promise<Port>((resolve) => portWaiters.push(resolve));
  // A document left by a previous run of the worker has no port to this one: ask it to connect again (its Workers
  // are warm), and only when it does not answer, start it again.
  const exists = (await api.hasDocument?.()) ?? false;
  if (exists) {
    browser.runtime.sendMessage(EXTRACTOR_WAKE).catch(() => undefined);
    const woke = await Promise.race([connected, new Promise<null>((r) => setTimeout(() => r(null), WAKE_MS))]);
    if (woke) return woke;
    await api.closeDocument().catch(() => undefined);
  }
  await api.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['WORKERS'],
    justification: 'Runs the article extraction on threads of its own, stopped at a time budget.',
  });
  return connected;
}

function extractorPort(api: OffscreenApi): Promise<Port> {
  if (port) return Promise.resolve(port);
  opening ??= openOffscreen(api).finally(() => (opening = null));
  return opening;
}

let localPool: ExtractPool | null = null;

/** The outcome in the extraction thread's JSON text, checked; a malformed one is a failure, not a brief. */
function read(json: string): ExtractOutcome {
  return parseOutcome(json) ?? { ok: false, error: 'failed', message: 'The extraction thread answered malformed' };
}

/**
 * Opens the extraction document now (Chromium), if it is not open, so that it starts while the page is being read:
 * called as a brief is asked for. Never throws.
 */
export function prepareExtractor(): void {
  const api = offscreenApi();
  if (api && !port) extractorPort(api).catch(() => undefined);
}

/** Brief `html` off the worker's thread within `budgetMs`. Never throws. */
export async function extractOffThread(html: string, url: string, budgetMs: number): Promise<ExtractOutcome> {
  const api = offscreenApi();
  if (!api) {
    // Firefox: the background page may start Workers itself.
    localPool ??= new ExtractPool(new URL(workerUrl, location.href).href);
    return read(await localPool.extract(html, url, budgetMs));
  }
  try {
    await extractorPort(api);
  } catch (e) {
    return { ok: false, error: 'failed', message: `No extraction document: ${e instanceof Error ? e.message : e}` };
  }
  const outcome = await lanes.extract(html, url, budgetMs);
  // Parsing a big brief takes the worker's thread for a while: let the requests already waiting go first.
  await new Promise((r) => setTimeout(r, 0));
  return read(outcome);
}
