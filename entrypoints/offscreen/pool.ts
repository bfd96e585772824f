/**
 * Dedicated extraction Workers: each job runs on a Worker of its own thread, and a Worker whose job outlives its
 * budget is terminated, which stops the core at once. Idle Workers are kept warm for the next job for a while.
 * Used by the background page itself (Firefox), which may start Workers; a service worker may not, and in
 * Chromium the offscreen document keeps them instead, each with a lane to the worker (keeper.ts).
 */
import type { ExtractOutcome, ExtractRun } from '@/utils/protocol';
import { isExtractDone } from '@/utils/protocol';
import { IDLE_MS, MAX_LANES as MAX_RUNNING } from './keeper';

interface Job {
  run: Omit<ExtractRun, 'type' | 'id'>;
  /** With the outcome's JSON text (ExtractDone.outcome). */
  resolve(outcome: string): void;
}

function failure(error: 'too-large' | 'failed', message: string): string {
  const outcome: ExtractOutcome = { ok: false, error, message };
  return JSON.stringify(outcome);
}

/** The Trusted Types policy named in the content security policy, for the one script URL a Worker may load. */
interface TrustedTypesApi {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(u: string): unknown };
}

/**
 * The extraction script's URL as a Worker may be started with it: through the one Trusted Types policy the
 * pages' CSP allows, which accepts exactly the packaged extraction script. Made once per document.
 */
export function workerScriptUrl(workerUrl: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
  return tt
    ? tt
        .createPolicy('newsbrief-worker', {
          createScriptURL: (u) => {
            if (u !== workerUrl) throw new TypeError(`Not the extraction script: ${u}`);
            return u;
          },
        })
        .createScriptURL(workerUrl)
    : workerUrl;
}

export class ExtractPool {
  private idle: { worker: Worker; timer: ReturnType<typeof setTimeout> }[] = [];
  private running = 0;
  private queue: Job[] = [];
  private nextId = 1;
  private readonly scriptUrl: unknown;

  constructor(workerUrl: string) {
    this.scriptUrl = workerScriptUrl(workerUrl);
  }

  /** The outcome of briefing `html`, as JSON text (parseOutcome reads it). */
  extract(html: string, url: string, budgetMs: number): Promise<string> {
    return new Promise((resolve) => {
      this.queue.push({ run: { html, url, budgetMs }, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < MAX_RUNNING && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running += 1;
      void this.start(job).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private take(): Worker {
    const warm = this.idle.pop();
    if (warm) {
      clearTimeout(warm.timer);
      return warm.worker;
    }
    return new Worker(this.scriptUrl as string);
  }

  private release(worker: Worker): void {
    const entry: { worker: Worker; timer: ReturnType<typeof setTimeout> } = {
      worker,
      timer: setTimeout(() => this.expire(entry), IDLE_MS),
    };
    this.idle.push(entry);
  }

  /** An idle Worker's time is up: terminated, unless it is the last one (kept warm for the next brief). */
  private expire(entry: { worker: Worker; timer: ReturnType<typeof setTimeout> }): void {
    const others = this.idle.filter((e) => e !== entry);
    if (others.length === 0 && this.running === 0) {
      entry.timer = setTimeout(() => this.expire(entry), IDLE_MS);
      return;
    }
    this.idle = others;
    entry.worker.terminate();
  }

  private start(job: Job): Promise<void> {
    const id = this.nextId++;
    const worker = this.take();
    return new Promise<void>((done) => {
      const finish = (outcome: string, reusable: boolean) => {
        clearTimeout(timer);
        worker.onmessage = null;
        worker.onerror = null;
        if (reusable) this.release(worker);
        else worker.terminate();
        job.resolve(outcome);
        done();
      };
      const timer = setTimeout(() => {
        const message = `Extraction stopped at its budget of ${job.run.budgetMs} ms`;
        finish(failure('too-large', message), false);
      }, job.run.budgetMs);
      worker.onmessage = (e: MessageEvent) => {
        const reply: unknown = e.data;
        if (isExtractDone(reply) && reply.id === id) finish(reply.outcome, true);
      };
      worker.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        finish(failure('failed', e.message || 'The extraction thread failed'), false);
      };
      const message: ExtractRun = { type: 'extract/run', id, ...job.run };
      worker.postMessage(message);
    });
  }
}
