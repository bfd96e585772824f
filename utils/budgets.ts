/**
 * The extension's limits: how big a page may be to snapshot and brief, how long each step may take, how much of a
 * brief is stored, and the estimate that refuses a hopeless page before any extraction. Constants and pure
 * functions only (no browser API); re-exported by protocol.ts.
 */

/** Snapshots larger than this (UTF-16 code units of serialized HTML) end in the "page too large" state. */
export const MAX_SNAPSHOT_CHARS = 8_000_000;
/** Pages with more elements than this are not snapshotted: extraction time grows with the element count. */
export const MAX_SNAPSHOT_ELEMENTS = 150_000;
/** Deeper pages are not snapshotted (the HTML parser stops nesting at 512; deeper trees are built by script). */
export const MAX_SNAPSHOT_DEPTH = 800;
/** The snapshot walk gives up after this long (milliseconds) and reports "page too large". */
export const SNAPSHOT_WALK_MS = 6_000;
/**
 * Extraction runs on a thread of its own, stopped at this budget (milliseconds), ending in "page too large". The
 * budget is for a page that might still be briefed; a page whose estimate (extractCostMs) is over it is refused
 * before any extraction starts.
 */
export const EXTRACT_BUDGET_MS = 15_000;
/** How long the worker waits for the content script (injection + snapshot) before calling the page hung. */
export const SNAPSHOT_TIMEOUT_MS = 10_000;
/** How long the worker waits for the content script to answer a ping (or be injected) before calling it hung. */
export const PING_TIMEOUT_MS = 4_000;
/** A brief larger than this (characters of JSON) is stored with its `text` cut, or not stored at all. */
export const MAX_STORED_BRIEF_CHARS = 1_000_000;
/** The hosts automatic detection may run on (the optional host permission asked for in the options). */
export const AUTO_DETECT_ORIGINS = ['http://*/*', 'https://*/*'];
/** How long a popup or side panel waits for an answer before it shows an error instead of a spinner. */
export const UI_TIMEOUT_MS = 30_000;
/** Longest passage text the UI may ask the page to find. */
export const MAX_PASSAGE_CHARS = 2_000;

/** What the snapshot measured: what extraction time grows with. */
export interface SnapshotCost {
  elements: number;
  chars: number;
  depth: number;
  headings: number;
  longestText: number;
}

/**
 * What extracting a snapshot would cost, in milliseconds of the extraction thread on a slow machine (2 shared
 * cores), from what the snapshot measured. Measured there: 80,000 short paragraphs of 4.8 MB take 6.8 s in Node
 * and 80,000 of 6.3 MB about 8 s in Chromium's Worker (estimates 7.7 s and 8.6 s); 40,000 headings with a
 * paragraph each add ~3 s. Used only to refuse at once a page that could not be briefed within
 * EXTRACT_BUDGET_MS anyway; a page under the estimate still stops at the budget if it runs longer.
 */
export function extractCostMs(c: SnapshotCost): number {
  return c.elements * 0.06 + c.chars * 0.0006 + c.headings * 0.1 + Math.max(0, c.depth - 200) * 2;
}
