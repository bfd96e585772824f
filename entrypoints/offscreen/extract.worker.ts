/**
 * The extraction thread: a dedicated Worker that runs the core on one snapshot at a time and posts the outcome
 * back. It has no extension API and no DOM of its own (the core parses with linkedom). Whoever started it stops
 * it (Worker.terminate) when its budget is spent, whatever the core is doing: the core cannot block anyone else.
 * Jobs come from its parent, or (Chromium) over its lane straight from the service worker (lanes.ts).
 */
import { briefFromDocument } from '@/utils/brief';
import { BriefInputError, parseHtml } from '@/utils/extract/parse';
import { isExtractRun, type ExtractDone, type ExtractOutcome } from '@/utils/protocol';
import { LANE_IDLE, isLanePort, type LaneBusy, type LaneIdle } from './lanes';

function run(html: string, url: string): ExtractOutcome {
  const started = performance.now();
  try {
    const doc = parseHtml(html, url);
    const parsed = performance.now();
    const brief = briefFromDocument(doc, { url });
    const done = performance.now();
    const ms = done - started;
    const sizes = { chars: JSON.stringify(brief).length, textChars: JSON.stringify(brief.text).length };
    // The bench build says how the time splits between parsing the snapshot and extracting from it.
    const marks = __NEWSBRIEF_BENCH__ ? { marks: { parse: parsed - started, extract: done - parsed } } : {};
    return { ok: true, brief, ms, ...sizes, ...marks };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // The core refuses input over its own size limit with a BriefInputError; a stack overflow is a page too deep.
    const tooLarge = (e instanceof BriefInputError && e.code === 'too-large') || e instanceof RangeError;
    return { ok: false, error: tooLarge ? 'too-large' : 'failed', message };
  }
}

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: ExtractDone | LaneBusy | LaneIdle): void;
};

/** Runs one job and answers on the way it came; the parent hears when it starts and ends (it keeps the budget). */
function serve(message: unknown, answer: (reply: ExtractDone) => void): void {
  if (!isExtractRun(message)) return;
  scope.postMessage({ type: 'lane/busy', id: message.id, budgetMs: message.budgetMs });
  const outcome = JSON.stringify(run(message.html, message.url));
  answer({ type: 'extract/done', id: message.id, outcome });
  scope.postMessage(LANE_IDLE);
}

/** The lane (lanes.ts): the end of a channel to the service worker, given by the parent; a new one replaces it. */
let lane: MessagePort | null = null;

scope.onmessage = (e: MessageEvent) => {
  const [port] = e.ports;
  if (isLanePort(e.data) && port && e.ports.length === 1) {
    lane?.close();
    lane = port;
    port.onmessage = (m: MessageEvent) => serve(m.data, (reply) => port.postMessage(reply));
    return;
  }
  serve(e.data, (reply) => scope.postMessage(reply));
};
