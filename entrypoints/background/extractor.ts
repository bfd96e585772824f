/**
 * Where the core runs: never on the worker's own thread, so that one page's extraction cannot delay another
 * tab's answer. In Chromium the service worker cannot start a Worker, so an offscreen document (reason WORKERS)
 * hosts them and takes jobs over a port; in Firefox the background page starts them itself. Either way a job
 * that outlives its budget is stopped (Worker.terminate), and the worker keeps a timer of its own in case the
 * offscreen document itself is gone.
 */
import { browser, type Browser } from 'wxt/browser';
import { EXTRACTOR_PORT, isExtractDone, parseOutcome, type ExtractOutcome, type ExtractRun } from '@/utils/protocol';
import workerUrl from '../offscreen/extract.worker.ts?worker&url';
import { ExtractPool } from '../offscreen/pool';
import { EXTRACTOR_WAKE, isExtractorChannel } from '../offscreen/wake';

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
/** The offscreen document's channel (wake.ts, ExtractorChannel): the jobs' way once it is there. */
let channel: MessagePort | null = null;
let portWaiters: ((p: Port) => void)[] = [];
let opening: Promise<Port> | null = null;
let nextId = 1;
const pending = new Map<number, (outcome: string) => void>();

/** The offscreen document's port: accepted from this extension's offscreen page only. */
export function acceptExtractorPort(p: Port): boolean {
  const url = p.sender?.url ?? '';
  const own = (browser.runtime.getURL as (path: string) => string)(OFFSCREEN_PATH);
  if (p.name !== EXTRACTOR_PORT || p.sender?.id !== browser.runtime.id || !url.startsWith(own)) return false;
  port = p;
  p.onMessage.addListener(settle);
  p.onDisconnect.addListener(() => {
    if (port === p) port = null;
    channel?.close();
    channel = null;
    // Whatever was running there is lost with it.
    for (const [id, resolve] of pending) {
      resolve(JSON.stringify({ ok: false, error: 'failed', message: 'The extraction document closed' }));
      pending.delete(id);
    }
  });
  const waiters = portWaiters;
  portWaiters = [];
  for (const w of waiters) w(p);
  return true;
}

function settle(message: unknown): void {
  if (!isExtractDone(message)) return;
  pending.get(message.id)?.(message.outcome);
  pending.delete(message.id);
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
  channel?.close();
  channel = p;
  p.onmessage = (m: MessageEvent) => settle(m.data);
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
  let p: Port;
  try {
    p = await extractorPort(api);
  } catch (e) {
    return { ok: false, error: 'failed', message: `No extraction document: ${e instanceof Error ? e.message : e}` };
  }
  const id = nextId++;
  return new Promise<ExtractOutcome>((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      resolve({ ok: false, error: 'too-large', message: `No extraction result within ${budgetMs} ms` });
    }, budgetMs + GRACE_MS);
    pending.set(id, (outcome) => {
      clearTimeout(timer);
      // Parsing a big brief takes the worker's thread for a while: let the requests already waiting go first.
      setTimeout(() => resolve(read(outcome)), 0);
    });
    const message: ExtractRun = { type: 'extract/run', id, html, url, budgetMs };
    try {
      if (channel) channel.postMessage(message);
      else p.postMessage(message);
    } catch (e) {
      pending.delete(id);
      clearTimeout(timer);
      resolve({ ok: false, error: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  });
}
