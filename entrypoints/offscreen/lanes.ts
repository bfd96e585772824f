/**
 * Lanes (Chromium): each extraction Worker gets a MessageChannel of its own, one end held by the Worker and the
 * other by the service worker, so that a snapshot and its outcome go straight between the two threads. The
 * offscreen document only starts, replaces and stops the Workers and hands out their ports: its main thread (which
 * the popup and the side panel share) no longer receives and re-posts every snapshot.
 *
 * The messages, by direction; types and validators only:
 * - document → extraction Worker (its parent's postMessage): LanePort, with the Worker's end of a new channel;
 * - extraction Worker → document: LaneBusy when a job starts (so the document can stop it at its budget) and
 *   LaneIdle when it is answered;
 * - document → service worker (the ExtractorChannel of wake.ts): ExtractorLane, with the worker's end of a
 *   Worker's channel, and ExtractorGone when a Worker was stopped;
 * - service worker → document: ExtractorWant (so many Workers wanted) and ExtractorDrop (stop this one).
 */
import { hasOnlyKeys, isRecord, isTabId as isId } from '@/utils/shapes';

export interface LanePort {
  type: 'lane/port';
}
export interface LaneBusy {
  type: 'lane/busy';
  /** The job's id (ExtractRun.id), so that a stop at the budget is charged to the job that overran. */
  id: number;
  budgetMs: number;
}
export interface LaneIdle {
  type: 'lane/idle';
}
export interface ExtractorLane {
  type: 'extractor/lane';
  lane: number;
}
export interface ExtractorGone {
  type: 'extractor/gone';
  lane: number;
  /** budget: the job `id` overran its budget; failed: the Worker failed (running `id`, if any); retired: idle. */
  reason: 'budget' | 'failed' | 'retired';
  id: number | null;
  message: string;
}
export interface ExtractorWant {
  type: 'extractor/want';
  lanes: number;
}
export interface ExtractorDrop {
  type: 'extractor/drop';
  lane: number;
}

export const LANE_PORT: LanePort = { type: 'lane/port' };
export const LANE_IDLE: LaneIdle = { type: 'lane/idle' };

export function isLanePort(x: unknown): x is LanePort {
  return isRecord(x) && x.type === 'lane/port' && hasOnlyKeys(x, ['type']);
}

export function isLaneBusy(x: unknown): x is LaneBusy {
  return (
    isRecord(x) &&
    x.type === 'lane/busy' &&
    hasOnlyKeys(x, ['type', 'id', 'budgetMs']) &&
    isId(x.id) &&
    typeof x.budgetMs === 'number' &&
    x.budgetMs > 0
  );
}

export function isLaneIdle(x: unknown): x is LaneIdle {
  return isRecord(x) && x.type === 'lane/idle' && hasOnlyKeys(x, ['type']);
}

export function isExtractorLane(x: unknown): x is ExtractorLane {
  return isRecord(x) && x.type === 'extractor/lane' && hasOnlyKeys(x, ['type', 'lane']) && isId(x.lane);
}

export function isExtractorGone(x: unknown): x is ExtractorGone {
  return (
    isRecord(x) &&
    x.type === 'extractor/gone' &&
    hasOnlyKeys(x, ['type', 'lane', 'reason', 'id', 'message']) &&
    isId(x.lane) &&
    (x.reason === 'budget' || x.reason === 'failed' || x.reason === 'retired') &&
    (x.id === null || isId(x.id)) &&
    typeof x.message === 'string'
  );
}

export function isExtractorWant(x: unknown): x is ExtractorWant {
  return isRecord(x) && x.type === 'extractor/want' && hasOnlyKeys(x, ['type', 'lanes']) && isId(x.lanes);
}

export function isExtractorDrop(x: unknown): x is ExtractorDrop {
  return isRecord(x) && x.type === 'extractor/drop' && hasOnlyKeys(x, ['type', 'lane']) && isId(x.lane);
}
