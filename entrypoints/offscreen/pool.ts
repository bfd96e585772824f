/**
 * Dedicated extraction Workers: each job runs on a Worker of its own thread, and a Worker whose job outlives its
 * budget is terminated, which stops the core at once. Idle Workers are kept warm for the next job for a while.
 * Used by the offscreen document (Chromium) and by the background page itself (Firefox), both of which may
 * start Workers; a service worker may not.
 */
import type { ExtractOutcome, ExtractRun } from '@/utils/protocol';
import { isExtractDone } from '@/utils/protocol';
import { WARM_UP_HTML } from './wake';

/** Jobs running at once; more wait their turn. Two cores are common: a hostile page takes one at most. */
const MAX_RUNNING = 3;
/**
 * An idle Worker is kept this long (milliseconds) for the next job, then terminated to give its memory back;
 * except the last one, kept while the document lives, so that a brief never waits for the core to load.
 */
const IDLE_MS = 30_000;
/** Budget of the warm-up brief (milliseconds). */
const WARM_UP_BUDGET_MS = 5_000;

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

export class ExtractPool {
  private idle: { worker: Worker; timer: ReturnType<typeof setTimeout> }[] = [];
  private running = 0;
  private queue: Job[] = [];
  private nextId = 1;
  private readonly scriptUrl: unknown;

  constructor(workerUrl: string) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
    // The policy accepts exactly the packaged extraction script; the page's CSP allows this policy name only.
    this.scriptUrl = tt
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

  /**
   * Starts a Worker and has it brief a small article, so that the core is loaded and compiled before the first
   * real brief; the Worker is then kept idle for it.
   */
  warm(): void {
    void this.extract(WARM_UP_HTML, 'https://newsbrief.invalid/warm-up', WARM_UP_BUDGET_MS);
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
