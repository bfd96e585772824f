/**
 * What every corpus kind's scorer provides to `npm run eval`: evaluating one page with both systems, the result
 * of a page whose evaluation process hung or died, and the report over all pages (which returns the totals). A
 * new corpus kind is one more scorer listed in the registry (./index.ts), not a copy of the evaluation.
 */
import type { Brief } from '../../../utils/types';
import type { CoreApi } from '../../lib/core';
import type { Interval } from '../../lib/stats';
import { firstLine } from '../../lib/text';

/** The two systems compared: the extraction core (Newsbrief) and the reference (Readability.js). */
export type SystemKey = 'nb' | 'ref';

export const SYSTEM_NAMES: Record<SystemKey, string> = { nb: 'Newsbrief', ref: 'Readability.js' };

/** A system not to run on a page (it hung or crashed there before), and the error to record for it instead. */
export interface Skip {
  system: SystemKey;
  error: string;
}

/** How a page's evaluation runs each system: announce it (`onPhase`), or skip it with a recorded error. */
export interface RunContext {
  skip?: Skip;
  onPhase?: (system: SystemKey) => void;
}

/** A system's run on a page: its value, or the error it threw, and the time it took. */
export interface Run<T> {
  value: T | null;
  error: string | null;
  ms: number;
}

/** Run one system on a page under `ctx`, timed; a throw is caught and recorded. */
export function runSystem<T>(ctx: RunContext, system: SystemKey, fn: () => T): Run<T> {
  if (ctx.skip?.system === system) return { value: null, error: ctx.skip.error, ms: 0 };
  ctx.onPhase?.(system);
  const t0 = performance.now();
  try {
    const value = fn();
    return { value, error: null, ms: performance.now() - t0 };
  } catch (err) {
    return { value: null, error: firstLine(err), ms: performance.now() - t0 };
  }
}

/** What every system's result on a page carries. */
export interface SystemResult {
  /** The error the system threw (or the reason it was not run), else null. */
  error: string | null;
  ms: number;
  /** Whether the system calls the page an article (Newsbrief: brief.isArticle; Readability.js: isProbablyReaderable). */
  isArticle: boolean;
  /** Newsbrief only: the verdict's rule and detection's signals ("short:undeclared; og:type=article, …"). */
  verdict?: string;
}

/** Newsbrief's brief of a page, with the verdict's rule and detection's signals as one line (`SystemResult.verdict`). */
export function briefWithVerdict(core: CoreApi, html: string, url: string | null): { brief: Brief; verdict: string } {
  const { brief, verdict } = core.briefAndVerdict(html, { url });
  return { brief, verdict: `${verdict.reason}; ${verdict.signals.join(', ')}` };
}

/** What every page result carries (results are plain data: they cross process boundaries as JSON). */
export interface PageResult {
  kind: string;
  id: string;
  charset: string;
  /** Whether the corpus says the page is an article (every page is, unless the corpus says otherwise). */
  expectArticle: boolean;
  /** Newsbrief's result; null when the core could not be loaded. */
  nb: SystemResult | null;
  ref: SystemResult;
}

/** Options of the report. */
export interface ReportOptions {
  /** The corpus's name, for the report's first line. */
  corpus: string;
}

/** A corpus's headline figure for the summary table and the gate: the metric, per system, with its interval. */
export interface Summary {
  metric: string;
  nb: Interval | null;
  ref: Interval;
  /** Pages with F1 < 0.5, where the metric is a mean over pages. */
  below05: { nb: number | null; ref: number } | null;
}

/**
 * A corpus kind's scorer. `P` is a page as loaded from the corpus, `R` its result. Methods (not function
 * properties) so that a scorer of particular pages can stand in the registry beside the others.
 */
export interface Scorer<P, R extends PageResult> {
  /** Evaluate one page with both systems (the core is null when it could not be loaded). */
  evaluate(page: P, core: CoreApi | null, ctx: RunContext): R;
  /** The result of a page whose evaluation could not finish: both systems count as having thrown `message`. */
  failed(page: P, coreLoaded: boolean, message: string): R;
  /** Print the report's header and table over all results and return its totals (for `--json`). */
  report(results: R[], opts: ReportOptions, coreError: string | null): unknown;
  /** The headline figure, or null for a corpus without one. */
  summary(results: R[], coreError: string | null): Summary | null;
  /** Print the `n` worst pages for a system, with what went wrong there. */
  printWorst(results: R[], n: number, which: SystemKey): void;
  /** One line per page for `--verbose`. */
  verboseLine(result: R): string;
}
