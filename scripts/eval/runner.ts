/**
 * Running evaluation tasks (one page each) in this process or over child processes fed one page at a time, with
 * recovery: when a system hangs on a page or kills its process, a fresh process takes over and the page is
 * evaluated again without that system, which is recorded as having thrown there. Results do not depend on the
 * number of processes.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type CoreApi, loadCore } from '../lib/core';
import { type ScorerKey, scorerFor } from './scorers';
import { type PageResult, type Skip, SYSTEM_NAMES, type SystemKey } from './scorers/scorer';

/** One page to evaluate, with the scorer of its corpus kind. */
export interface Task {
  kind: ScorerKey;
  page: unknown;
  skip?: Skip;
}

/** Messages from an evaluation process: ready (and whether the core loaded), a page's phase, a page's result. */
export type ChildMessage =
  | { index: number; result: PageResult }
  | { index: number; phase: SystemKey }
  | { ready: true; coreError: string | null };

/** Messages to an evaluation process: a page to evaluate, or the end of the work. */
export type ParentMessage = { index: number; task: Task } | { done: true };

/** Evaluate one task with its scorer. */
export function evaluateTask(task: Task, core: CoreApi | null, onPhase?: (system: SystemKey) => void): PageResult {
  return scorerFor(task.kind).evaluate(task.page, core, { skip: task.skip, onPhase });
}

/**
 * Evaluate every task, in this process (jobs = 1) or over `jobs` child processes. A page still running after
 * `timeoutS` seconds counts as thrown by the system it was in.
 */
export async function runAll(
  tasks: Task[],
  opts: { jobs: number; timeoutS: number },
  core: CoreApi | null,
  onResult: (r: PageResult) => void,
): Promise<PageResult[]> {
  const results: PageResult[] = new Array(tasks.length);
  const record = (index: number, r: PageResult) => {
    results[index] = r;
    onResult(r);
  };
  if (opts.jobs <= 1) {
    tasks.forEach((task, i) => record(i, evaluateTask(task, core)));
    return results;
  }
  const script = fileURLToPath(new URL('./child.ts', import.meta.url));
  const tsx = import.meta.resolve('tsx');
  const pending: { index: number; task: Task }[] = tasks.map((task, index) => ({ index, task }));
  pending.reverse(); // pop() from the end takes pages in order
  const lane = (): Promise<void> =>
    new Promise<void>((done, fail) => {
      const child = fork(script, [], {
        execArgv: ['--import', tsx],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const send = (msg: ParentMessage) => child.send(msg);
      let ready = false;
      let current: { index: number; task: Task; phase: SystemKey | null } | null = null;
      let timer: NodeJS.Timeout | undefined;
      let killed = false;
      /** The current page could not finish: run it again without the system at fault, or give up on it. */
      const requeue = (why: string) => {
        if (!current) return;
        const { index, task, phase } = current;
        current = null;
        if (phase && !task.skip && (phase === 'ref' || core)) {
          pending.push({ index, task: { ...task, skip: { system: phase, error: `${SYSTEM_NAMES[phase]} ${why}` } } });
        } else {
          const message = `${phase ? SYSTEM_NAMES[phase] : 'evaluation'} ${why}`;
          record(index, scorerFor(task.kind).failed(task.page, core !== null, message));
        }
      };
      const feed = () => {
        const item = pending.pop();
        if (!item) {
          send({ done: true });
          return;
        }
        current = { ...item, phase: null };
        send(item);
        timer = setTimeout(() => {
          requeue(`timed out after ${opts.timeoutS} s`);
          killed = true;
          child.kill('SIGKILL');
        }, opts.timeoutS * 1000);
      };
      child.on('message', (msg: ChildMessage) => {
        if (killed) return;
        if ('phase' in msg) {
          if (current?.index === msg.index) current.phase = msg.phase;
          return;
        }
        clearTimeout(timer);
        if ('ready' in msg) ready = true;
        else {
          record(msg.index, msg.result);
          current = null;
        }
        feed();
      });
      child.on('error', fail);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (!ready) {
          fail(new Error(`an evaluation process could not start (exit ${signal ?? code})`));
          return;
        }
        requeue(`crashed its process (${signal ?? `exit ${code}`})`);
        if (pending.length > 0) lane().then(done, fail);
        else done();
      });
    });
  await Promise.all(Array.from({ length: opts.jobs }, lane));
  return results;
}

/** Some pages of a corpus to evaluate with its scorer. */
export interface Selection {
  name: string;
  scorer: ScorerKey;
  pages: readonly unknown[];
}

/**
 * Load the core and evaluate the pages of several corpora in one run (one pool of processes for all), returning
 * each corpus's results in page order and why the core could not be loaded, if it could not.
 */
export async function runSelections(
  selections: readonly Selection[],
  opts: { jobs: number; timeoutS: number },
  onResult: (r: PageResult) => void = () => {},
): Promise<{ coreError: string | null; results: PageResult[][]; jobs: number }> {
  const loaded = await loadCore();
  const coreError = 'error' in loaded ? loaded.error : null;
  const core = 'error' in loaded ? null : loaded;
  const tasks: Task[] = selections.flatMap((s) => s.pages.map((page) => ({ kind: s.scorer, page })));
  const jobs = Math.max(1, Math.min(opts.jobs, tasks.length));
  const all = await runAll(tasks, { jobs, timeoutS: opts.timeoutS }, core, onResult);
  let at = 0;
  const results = selections.map((s) => all.slice(at, (at += s.pages.length)));
  return { coreError, results, jobs };
}
