/**
 * Injected by the worker just before the page reader, in the same scripting.executeScript call, when it injects
 * the reader to take a snapshot (entrypoints/background/briefs.ts): it tells the reader to start the snapshot at
 * once instead of waiting for the worker's request, which then finds it under way or done. The mark lives on the
 * isolated world's global object, which the page never sees.
 */
import { SNAPSHOT_SOON } from '@/entrypoints/reader/soon';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<symbol, number | undefined>)[SNAPSHOT_SOON] = performance.now();
});
