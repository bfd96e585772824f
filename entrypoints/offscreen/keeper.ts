/**
 * The offscreen document's Workers (Chromium), each with a lane to the service worker (lanes.ts). The document
 * never sees a job: it starts Workers as the service worker asks (up to MAX_LANES), stops one whose job outlives
 * its budget or which failed (and says so to the service worker), lets idle ones go after a while, and keeps one
 * warm. A service worker started again gets a new lane to every Worker, still warm.
 */
import type { ExtractRun } from '@/utils/protocol';
import {
  LANE_PORT,
  isExtractorDrop,
  isExtractorWant,
  isLaneBusy,
  isLaneIdle,
  type ExtractorGone,
  type ExtractorLane,
} from './lanes';
import { WARM_UP_HTML } from './wake';

/** Workers at once: jobs running at once, more wait their turn. Two cores are common: a hostile page takes one. */
export const MAX_LANES = 3;
/**
 * An idle Worker is kept this long (milliseconds) for the next job, then stopped to give its memory back; except
 * the last one, kept while the document lives, so that a brief never waits for the core to load.
 */
export const IDLE_MS = 30_000;
/** Budget of the warm-up brief (milliseconds). */
const WARM_UP_BUDGET_MS = 5_000;

/** What the keeper needs of a Worker (a test gives a fake one). */
export interface LaneWorker {
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
}

/** What the keeper needs of its channel to the service worker. */
export interface ControlPort {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: ExtractorLane | ExtractorGone, transfer?: Transferable[]): void;
  close(): void;
}

interface Lane {
  id: number;
  worker: LaneWorker;
  /** The job running (LaneBusy.id), if any. */
  job: number | null;
  budget: ReturnType<typeof setTimeout> | null;
  idle: ReturnType<typeof setTimeout> | null;
}

export class LaneKeeper {
  private lanes = new Map<number, Lane>();
  private control: ControlPort | null = null;
  private nextLane = 1;

  constructor(private readonly makeWorker: () => LaneWorker) {}

  /** Workers alive. */
  get size(): number {
    return this.lanes.size;
  }

  /** Starts the first Worker and has it brief a small article, so that the first real brief finds the core compiled. */
  warm(): void {
    const lane = this.lanes.values().next().value ?? this.start();
    const run: ExtractRun = {
      type: 'extract/run',
      id: 0,
      html: WARM_UP_HTML,
      url: 'https://newsbrief.invalid/warm-up',
      budgetMs: WARM_UP_BUDGET_MS,
    };
    lane.worker.postMessage(run);
  }

  /** A (new) service worker's channel: it gets a lane to every Worker, and asks for more over it. */
  attach(control: ControlPort): void {
    this.detach();
    this.control = control;
    control.onmessage = (e: MessageEvent) => {
      const m: unknown = e.data;
      if (isExtractorWant(m)) {
        while (this.lanes.size < Math.min(m.lanes, MAX_LANES)) this.start();
      } else if (isExtractorDrop(m)) {
        const lane = this.lanes.get(m.lane);
        if (lane) this.stop(lane, null);
      }
    };
    if (this.lanes.size === 0) this.start();
    else for (const lane of this.lanes.values()) this.offer(lane);
  }

  /** The service worker went away: its lanes with it (the Workers stay, warm, for the next one). */
  detach(): void {
    if (!this.control) return;
    this.control.onmessage = null;
    this.control.close();
    this.control = null;
  }

  private start(): Lane {
    const worker = this.makeWorker();
    const lane: Lane = { id: this.nextLane++, worker, job: null, budget: null, idle: null };
    this.lanes.set(lane.id, lane);
    worker.onmessage = (e: MessageEvent) => {
      const m: unknown = e.data;
      if (isLaneBusy(m)) {
        this.clear(lane);
        lane.job = m.id;
        lane.budget = setTimeout(() => {
          const message = `Extraction stopped at its budget of ${m.budgetMs} ms`;
          this.stop(lane, { reason: 'budget', id: m.id, message });
        }, m.budgetMs);
      } else if (isLaneIdle(m)) {
        this.clear(lane);
        lane.job = null;
        lane.idle = setTimeout(() => this.expire(lane), IDLE_MS);
      }
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      this.stop(lane, { reason: 'failed', id: lane.job, message: e.message || 'The extraction thread failed' });
    };
    lane.idle = setTimeout(() => this.expire(lane), IDLE_MS);
    this.offer(lane);
    return lane;
  }

  /** Hands the service worker a new lane to this Worker (the Worker drops its previous one). */
  private offer(lane: Lane): void {
    if (!this.control) return;
    const { port1, port2 } = new MessageChannel();
    lane.worker.postMessage(LANE_PORT, [port1]);
    const message: ExtractorLane = { type: 'extractor/lane', lane: lane.id };
    this.control.postMessage(message, [port2]);
  }

  private clear(lane: Lane): void {
    if (lane.budget) clearTimeout(lane.budget);
    if (lane.idle) clearTimeout(lane.idle);
    lane.budget = null;
    lane.idle = null;
  }

  /** An idle Worker's time is up: stopped, unless it is the last one (kept warm for the next brief). */
  private expire(lane: Lane): void {
    if (this.lanes.size === 1) {
      lane.idle = setTimeout(() => this.expire(lane), IDLE_MS);
      return;
    }
    this.stop(lane, { reason: 'retired', id: null, message: 'Idle' });
  }

  /**
   * Stops a Worker, tells the service worker why (not when it asked for it: `why` null), and starts a warm one
   * when none is left.
   */
  private stop(lane: Lane, why: Pick<ExtractorGone, 'reason' | 'id' | 'message'> | null): void {
    this.clear(lane);
    lane.worker.onmessage = null;
    lane.worker.onerror = null;
    lane.worker.terminate();
    this.lanes.delete(lane.id);
    if (why && this.control) this.control.postMessage({ type: 'extractor/gone', lane: lane.id, ...why });
    if (this.lanes.size === 0) this.warm();
  }
}
