/**
 * The worker's end of the extraction lanes (entrypoints/offscreen/lanes.ts): one port per extraction Worker, given
 * by the offscreen document over its channel. A job goes to an idle lane, or waits for one (and the document is
 * asked for more Workers); its outcome comes back on the same lane. The document says when it stopped a Worker:
 * the job that overran its budget or crashed there fails, one that had not started there waits for another lane.
 * Every job is answered within its budget plus a grace, whatever the document does.
 */
import { isExtractDone, type ExtractOutcome, type ExtractRun } from '@/utils/protocol';
import {
  isExtractorGone,
  isExtractorLane,
  type ExtractorDrop,
  type ExtractorGone,
  type ExtractorWant,
} from '../offscreen/lanes';

/** What the dispatcher needs of a port (the offscreen document's channel, a lane). */
export interface LanePortLike {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

interface Job {
  run: ExtractRun;
  /** With the outcome's JSON text (ExtractDone.outcome). */
  resolve(outcome: string): void;
  timer: ReturnType<typeof setTimeout>;
}

interface Lane {
  id: number;
  port: LanePortLike;
  job: Job | null;
}

export function failure(error: 'too-large' | 'failed', message: string): string {
  const outcome: ExtractOutcome = { ok: false, error, message };
  return JSON.stringify(outcome);
}

export class LaneDispatcher {
  private control: LanePortLike | null = null;
  private lanes = new Map<number, Lane>();
  private queue: Job[] = [];
  /**
   * Job ids start from the clock, so that the job of a previous run of the worker, still running on a Worker, is
   * not taken for one of this run's.
   */
  private nextId = Date.now() % 1_000_000_000;

  /** @param graceMs how long past its budget a job waits for its outcome before it is answered as failed. */
  constructor(private readonly graceMs: number) {}

  /** The offscreen document's channel (accepted by the caller): the lanes come over it. */
  attach(control: LanePortLike): void {
    this.detach(null);
    this.control = control;
    control.onmessage = (e: MessageEvent) => {
      const m: unknown = e.data;
      const [port] = e.ports;
      if (isExtractorLane(m) && port && e.ports.length === 1) this.add(m.lane, port);
      else if (isExtractorGone(m)) this.gone(m);
    };
    this.pump();
  }

  /**
   * The document is gone (`message` says so to the jobs running there, which are lost with it), or a new channel
   * replaces this one (`message` null: the jobs running go on waiting, on a lane of the new channel).
   */
  detach(message: string | null): void {
    this.control?.close();
    this.control = null;
    for (const lane of this.lanes.values()) {
      lane.port.onmessage = null;
      lane.port.close();
      if (!lane.job) continue;
      if (message === null) this.queue.unshift(lane.job);
      else this.finish(lane.job, failure('failed', message));
    }
    this.lanes.clear();
    if (message !== null) {
      for (const job of this.queue.splice(0)) this.finish(job, failure('failed', message));
    }
  }

  /** The outcome of briefing `html` as JSON text: never rejects. */
  extract(html: string, url: string, budgetMs: number): Promise<string> {
    return new Promise((resolve) => {
      const run: ExtractRun = { type: 'extract/run', id: this.nextId++, html, url, budgetMs };
      const job: Job = {
        run,
        resolve,
        timer: setTimeout(() => this.overdue(job), budgetMs + this.graceMs),
      };
      this.queue.push(job);
      this.pump();
    });
  }

  private add(id: number, port: LanePortLike): void {
    // A lane to the same Worker again replaces the one before; a job sent on that one is sent again.
    const old = this.lanes.get(id);
    if (old) {
      old.port.onmessage = null;
      old.port.close();
      if (old.job) this.queue.unshift(old.job);
    }
    const lane: Lane = { id, port, job: null };
    this.lanes.set(id, lane);
    port.onmessage = (e: MessageEvent) => {
      const m: unknown = e.data;
      if (!isExtractDone(m) || !lane.job || lane.job.run.id !== m.id || this.lanes.get(id) !== lane) return;
      const job = lane.job;
      lane.job = null;
      this.finish(job, m.outcome);
      this.pump();
    };
    this.pump();
  }

  /**
   * A Worker was stopped: the job it had fails if that job is the one that overran or crashed there (a crash at no
   * job, such as a script that does not load, fails it too); a job that had not started there waits for another lane.
   */
  private gone({ lane: id, reason, id: ran, message }: ExtractorGone): void {
    const lane = this.lanes.get(id);
    if (!lane) return;
    this.lanes.delete(id);
    lane.port.onmessage = null;
    lane.port.close();
    const job = lane.job;
    if (job && reason !== 'retired' && (ran === null || ran === job.run.id)) {
      this.finish(job, failure(reason === 'budget' ? 'too-large' : 'failed', message));
    } else if (job) {
      this.queue.unshift(job);
    }
    this.pump();
  }

  /** No outcome within budget and grace: the job is answered, and the Worker that had it is let go. */
  private overdue(job: Job): void {
    this.queue = this.queue.filter((j) => j !== job);
    for (const lane of this.lanes.values()) {
      if (lane.job !== job) continue;
      this.lanes.delete(lane.id);
      lane.port.onmessage = null;
      lane.port.close();
      const drop: ExtractorDrop = { type: 'extractor/drop', lane: lane.id };
      this.control?.postMessage(drop);
    }
    job.resolve(failure('too-large', `No extraction result within ${job.run.budgetMs} ms`));
    this.pump();
  }

  private finish(job: Job, outcome: string): void {
    clearTimeout(job.timer);
    job.resolve(outcome);
  }

  /** Jobs to idle lanes; when some still wait, the document is asked for a Worker for each (up to its limit). */
  private pump(): void {
    for (const lane of this.lanes.values()) {
      if (this.queue.length === 0) return;
      if (lane.job) continue;
      const job = this.queue.shift()!;
      lane.job = job;
      try {
        lane.port.postMessage(job.run);
      } catch (e) {
        lane.job = null;
        this.finish(job, failure('failed', e instanceof Error ? e.message : String(e)));
      }
    }
    if (this.queue.length === 0 || !this.control) return;
    let busy = 0;
    for (const lane of this.lanes.values()) if (lane.job) busy += 1;
    const want: ExtractorWant = { type: 'extractor/want', lanes: busy + this.queue.length };
    this.control.postMessage(want);
  }
}
