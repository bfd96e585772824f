/**
 * The mark that entrypoints/snapshot-soon.ts leaves for the page reader injected right after it: a snapshot is
 * wanted now. A symbol from the global registry, on the isolated world's global object.
 */
export const SNAPSHOT_SOON = Symbol.for('newsbrief.snapshot-soon');

/**
 * How long a snapshot started at injection stays the answer to the worker's request (milliseconds). The request
 * follows the injection within milliseconds; a later one gets a snapshot of the page as it is then.
 */
export const SOON_SNAPSHOT_MS = 2_000;
