/**
 * The worker's call to an offscreen document it did not open: a worker started again (the browser stops it when
 * idle) finds the extraction document of its previous run still there, with its Workers loaded and warm, but no
 * port to it. Rather than close it and open another (a new document, new Workers, the core loaded and compiled
 * again: the larger part of a cold brief), it asks the document to connect again.
 */
export interface ExtractorWake {
  type: 'extractor/wake';
}

export const EXTRACTOR_WAKE: ExtractorWake = { type: 'extractor/wake' };

export function isExtractorWake(x: unknown): x is ExtractorWake {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as { type?: unknown }).type === 'extractor/wake' &&
    Object.keys(x).length === 1
  );
}

/** A small article the extraction Workers brief once when they start, so a reader's first brief finds the core compiled. */
export const WARM_UP_HTML =
  '<!DOCTYPE html><html lang="en"><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>' +
  '<p>The council said on Monday it will open the new library in March, after two years of work. ' +
  'The mayor promised to keep it open every evening.</p><ul><li>One</li><li>Two</li></ul>' +
  '<table><tr><th>Day</th><th>Hours</th></tr><tr><td>Monday</td><td>9 to 5</td></tr></table></article></body></html>';

/**
 * The offscreen document hands the worker one end of a MessageChannel with this message (ServiceWorker.postMessage,
 * the port transferred). Over it come the lanes, one port per extraction Worker (lanes.ts), so that jobs and
 * outcomes go straight between the worker's thread and the Workers', cloned within the extension's process, and
 * neither through the browser as JSON over the runtime port (which stays, for its disconnect) nor through the
 * document's main thread.
 */
export interface ExtractorChannel {
  type: 'extractor/channel';
}

export const EXTRACTOR_CHANNEL: ExtractorChannel = { type: 'extractor/channel' };

export function isExtractorChannel(x: unknown): x is ExtractorChannel {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as { type?: unknown }).type === 'extractor/channel' &&
    Object.keys(x).length === 1
  );
}
