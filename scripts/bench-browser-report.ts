/**
 * The figures of `npm run bench:browser` (scripts/bench-browser.ts): stage timings per brief from the bench build's
 * marks, their median / p90 / max, the printed table and the README's latency table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { median, quantile } from './lib/stats';

/** The marks a view writes on its <main> (components/benchMarks.ts), with the figures the worker sent along. */
export type Marks = Record<string, number>;

/**
 * The stages of one brief, in milliseconds, from the view starting to load to the first frame drawn with the brief:
 * - ui: the view's page loading until it asks the worker (script, React, the tab's id);
 * - injection: the worker making sure the page reader is in the tab (a ping, else scripting.executeScript);
 * - snapshot: the page reader's walk, on the page's main thread;
 * - transfer: the snapshot to the worker and on to the extraction thread, and the outcome back;
 * - parse, extract: the extraction thread's work (linkedom's parse, then the core);
 * - storage: the brief written to storage.session, while the answer waited for it (it no longer does: 0 in builds
 *   since; older builds, compared with --build-dir, still report it);
 * - messaging: the rest of the wait for the answer (the request and the answer crossing, waking the worker,
 *   reading the cache);
 * - render: from the answer to the first frame drawn with it (the marks also hold its parts: `commit`, React's
 *   render and commit of the answer, and `frame`, the wait for the frame that draws it);
 * - total: all of it.
 */
export const STAGES = [
  'ui',
  'injection',
  'snapshot',
  'transfer',
  'parse',
  'extract',
  'storage',
  'messaging',
  'render',
  'total',
] as const;
export type Stage = (typeof STAGES)[number];

const m = (marks: Marks, name: string) => marks[name] ?? 0;

/** One brief's stages from its marks. A brief answered from the cache has no page or extraction stages. */
export function stagesOf(marks: Marks): Record<Stage, number> {
  const transfer =
    m(marks, 'snapshotTrip') - m(marks, 'snapshot') + m(marks, 'extractTrip') - m(marks, 'parse') - m(marks, 'extract');
  const worker =
    m(marks, 'lookup') +
    m(marks, 'injection') +
    m(marks, 'snapshotTrip') +
    m(marks, 'extractTrip') +
    m(marks, 'storage');
  return {
    ui: m(marks, 'ui'),
    injection: m(marks, 'injection'),
    snapshot: m(marks, 'snapshot'),
    transfer: Math.max(0, transfer),
    parse: m(marks, 'parse'),
    extract: m(marks, 'extract'),
    storage: m(marks, 'storage'),
    messaging: Math.max(0, m(marks, 'answer') - worker),
    render: m(marks, 'render'),
    total: m(marks, 'total'),
  };
}

export interface Summary {
  n: number;
  median: number;
  p90: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: values.length,
    median: round(median(values)),
    p90: round(quantile(values, 0.9)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
  };
}

export type Table = Record<Stage, Summary>;

export function stageTable(runs: readonly Marks[]): Table {
  const stages = runs.map(stagesOf);
  return Object.fromEntries(STAGES.map((s) => [s, summarize(stages.map((x) => x[s]))])) as Table;
}

const cell = (s: Summary) => `${s.median.toFixed(0)} / ${s.p90.toFixed(0)} / ${s.max.toFixed(0)}`;

/** The stage table as Markdown: one row per stage, a column per kind of run (median / p90 / max, ms). */
export function markdownTable(tables: Record<string, Table>): string {
  const kinds = Object.keys(tables);
  const head = `| stage (ms: median / p90 / max) | ${kinds.map((k) => `${k} (n=${tables[k]!.total.n})`).join(' | ')} |`;
  const rule = `|---|${kinds.map(() => '---:').join('|')}|`;
  const rows = STAGES.map((s) => `| ${s} | ${kinds.map((k) => cell(tables[k]![s])).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}

export const README_START = '<!-- bench:browser:start -->';
export const README_END = '<!-- bench:browser:end -->';

/** Replaces what lies between the markers in `file`; false when the markers are missing. */
export function replaceBetweenMarkers(file: string, content: string): boolean {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) return false;
  const next = `${text.slice(0, start + README_START.length)}\n${content}\n${text.slice(end)}`;
  writeFileSync(file, next);
  return true;
}

/** One brief's marks with the corpus page it was of. */
export interface PageMarks {
  page?: string;
  marks: Marks;
}

/**
 * Two builds run on the same pages (`--pair`): per stage, and for render's parts (commit, frame), the median over
 * pages of the difference `b − a` (a page run more than once counts its median). Pages only one build ran are left
 * out. Differences taken page by page, seconds apart, are what a loaded machine can still compare.
 */
export function pairedDifferences(a: readonly PageMarks[], b: readonly PageMarks[]): Record<string, Summary> {
  const parts = [...STAGES, 'commit', 'frame'] as const;
  const valueOf = (m: Marks, part: (typeof parts)[number]) =>
    part === 'commit' || part === 'frame' ? (m[part] ?? 0) : stagesOf(m)[part];
  const byPage = (runs: readonly PageMarks[]) => {
    const pages = new Map<string, Marks[]>();
    for (const r of runs) if (r.page !== undefined) pages.set(r.page, [...(pages.get(r.page) ?? []), r.marks]);
    return pages;
  };
  const left = byPage(a);
  const right = byPage(b);
  return Object.fromEntries(
    parts.map((part) => {
      const diffs: number[] = [];
      for (const [page, marks] of left) {
        const other = right.get(page);
        if (!other) continue;
        diffs.push(median(other.map((m) => valueOf(m, part))) - median(marks.map((m) => valueOf(m, part))));
      }
      return [part, summarize(diffs)];
    }),
  );
}
