/**
 * The extraction thread: a dedicated Worker that runs the core on one snapshot at a time and posts the outcome
 * back. It has no extension API and no DOM of its own (the core parses with linkedom). Whoever started it stops
 * it (Worker.terminate) when its budget is spent, whatever the core is doing: the core cannot block anyone else.
 */
import { briefFromDocument } from '@/utils/brief';
import { BriefInputError, parseHtml } from '@/utils/extract/parse';
import { isExtractRun, type ExtractDone, type ExtractOutcome } from '@/utils/protocol';

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
  postMessage(message: ExtractDone): void;
};
scope.onmessage = (e: MessageEvent) => {
  if (!isExtractRun(e.data)) return;
  scope.postMessage({ type: 'extract/done', id: e.data.id, outcome: JSON.stringify(run(e.data.html, e.data.url)) });
};
