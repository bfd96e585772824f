/**
 * `npm run eval:gate [-- --update]`: the eval gate. Evaluates the fixed sample of test-split pages
 * (test/eval/gate-sample.json) and compares each corpus's F1 (snippet F1 for trafilatura-eval, mean token F1
 * otherwise) with the baseline stored in test/eval/baseline.json; exit 1 when any corpus is more than 0.005 below
 * its baseline. `--update` measures the baseline anew and writes it, with the date and the commit measured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArgs, usage, type Usage, wholeNumber } from '../lib/args';
import { BASELINE_FILE, corporaRoot, GATE_SAMPLE_FILE, REPO_ROOT } from '../lib/paths';
import { type Corpus, findCorpora, loadCorpus } from './corpora';
import type { GateSample } from './make-split';
import { f3, tableRow } from './report';
import { runSelections } from './runner';
import { scorerFor } from './scorers';

/** How far below its baseline a corpus's F1 may fall before the gate fails. */
export const TOLERANCE = 0.005;

const USAGE: Usage = usage(`Usage: npm run eval:gate [-- options]

Evaluates the gate's sample of test-split pages (test/eval/gate-sample.json) and fails (exit 1) when a
corpus's F1 (snippet F1 for trafilatura-eval, mean token F1 otherwise) is more than ${TOLERANCE} below the
baseline in test/eval/baseline.json. Corpora: NEWSBRIEF_CORPORA, else ../shared/corpora, else
/work/shared/corpora; with none, a warning and exit 0, or exit 1 when NEWSBRIEF_REQUIRE_CORPORA=1.

Options:
  --update        measure and write the baseline (with today's date and the commit measured)
  --jobs N        worker processes (default: number of CPUs, at most 4)
  --help          this text`);

export interface Baseline {
  comment: string;
  date: string;
  commit: string;
  /** Whether the working tree had uncommitted changes when the baseline was measured. */
  uncommitted: boolean;
  tolerance: number;
  corpora: Record<string, { metric: string; pages: number; newsbrief: number; readability: number }>;
}

const required = process.env.NEWSBRIEF_REQUIRE_CORPORA === '1';

/** A missing input: a loud warning, and a failure only when the corpora are required. */
function missing(message: string): void {
  const banner = '!'.repeat(100);
  console.error(`${banner}\n!! eval gate: ${message}\n${banner}`);
  if (required) {
    console.error('NEWSBRIEF_REQUIRE_CORPORA=1: failing.');
    process.exit(1);
  }
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** One corpus's verdict: FAIL when its F1 is more than the tolerance below its baseline, `new` without one. */
export interface Verdict {
  corpus: string;
  metric: string;
  pages: number;
  baseline: number | null;
  now: number;
  delta: number;
  verdict: 'ok' | 'FAIL' | 'new';
}

export function compare(measured: Baseline['corpora'], baseline: Baseline, tolerance = TOLERANCE): Verdict[] {
  return Object.entries(measured).map(([corpus, m]) => {
    const base = baseline.corpora[corpus]?.newsbrief ?? null;
    const delta = base === null ? 0 : m.newsbrief - base;
    // Compared in millionths, as stored, so that a drop of exactly the tolerance passes.
    const verdict = base === null ? 'new' : Math.round(delta * 1e6) < -Math.round(tolerance * 1e6) ? 'FAIL' : 'ok';
    return { corpus, metric: m.metric, pages: m.pages, baseline: base, now: m.newsbrief, delta, verdict };
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = readArgs(process.argv.slice(2), USAGE, {
    update: { type: 'boolean' },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const jobs = Math.max(1, wholeNumber(USAGE, 'jobs', values.jobs, Math.min(availableParallelism(), 4)));
  const root = corporaRoot();
  if (!root) {
    const where = process.env.NEWSBRIEF_CORPORA
      ? `NEWSBRIEF_CORPORA=${process.env.NEWSBRIEF_CORPORA} does not exist`
      : 'neither ../shared/corpora nor /work/shared/corpora exists';
    missing(`no corpora found (${where}): the extraction core was NOT CHECKED.`);
    return;
  }
  const sample = JSON.parse(readFileSync(GATE_SAMPLE_FILE, 'utf8')) as GateSample;
  const found = new Map(findCorpora(root).map(({ dir, kind }) => [loadCorpus(dir, kind).name, { dir, kind }]));
  const corpora: Corpus[] = [];
  for (const name of Object.keys(sample.corpora)) {
    const at = found.get(name);
    if (at) corpora.push(loadCorpus(at.dir, at.kind));
    else missing(`corpus ${name} not found under ${root}: NOT CHECKED.`);
  }
  const selections = corpora.map((c) => {
    const ids = sample.corpora[c.name]!;
    const pages = c.pages.filter((p) => ids.includes(p.id));
    if (pages.length !== ids.length) {
      console.error(
        `${c.name}: ${ids.length - pages.length} sample page(s) not in the corpus; run npm run eval:split.`,
      );
      process.exit(1);
    }
    return { name: c.name, scorer: c.scorer, pages };
  });
  const n = selections.reduce((a, s) => a + s.pages.length, 0);
  console.log(`Eval gate: ${n} test-split pages from ${selections.length} corpora under ${root}, ${jobs} job(s)…`);
  const { coreError, results } = await runSelections(selections, { jobs, timeoutS: 60 });
  if (coreError) {
    console.error(`The extraction core could not be loaded: ${coreError}`);
    process.exit(1);
  }
  const measured: Baseline['corpora'] = {};
  selections.forEach((s, i) => {
    const summary = scorerFor(s.scorer).summary(results[i]!, null)!;
    const round = (x: number) => Math.round(x * 1e6) / 1e6;
    const [newsbrief, readability] = [round(summary.nb!.value), round(summary.ref.value)];
    measured[s.name] = { metric: summary.metric, pages: s.pages.length, newsbrief, readability };
  });
  const seconds = (performance.now() - started) / 1000;

  if (values.update) {
    const commit = git('rev-parse', 'HEAD') || 'unknown';
    const baseline: Baseline = {
      comment:
        'Baseline of `npm run eval:gate`: F1 of Newsbrief (and Readability.js, for reference) on the gate sample ' +
        '(test/eval/gate-sample.json), per corpus. Written by `npm run eval:gate -- --update`.',
      date: new Date().toISOString().slice(0, 10),
      commit,
      uncommitted: git('status', '--porcelain', '--', 'utils', 'scripts') !== '',
      tolerance: TOLERANCE,
      corpora: measured,
    };
    writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
    for (const [name, m] of Object.entries(measured)) console.log(`  ${name.padEnd(24)}${m.metric} ${f3(m.newsbrief)}`);
    console.log(`Wrote ${BASELINE_FILE} (commit ${commit.slice(0, 10)}), in ${seconds.toFixed(1)} s.`);
    return;
  }

  if (!existsSync(BASELINE_FILE)) {
    console.error(`No baseline (${BASELINE_FILE}): run npm run eval:gate -- --update.`);
    process.exit(1);
  }
  const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
  console.log(`Baseline of ${baseline.date}, commit ${baseline.commit.slice(0, 10)}; tolerance ${TOLERANCE}.\n`);
  const rows = compare(measured, baseline);
  const row = tableRow([24, 12, 8, 10, 10, 10, 8]);
  row('corpus', 'metric', 'pages', 'baseline', 'now', 'Δ', '');
  for (const r of rows) {
    const delta = r.baseline === null ? '' : (r.delta >= 0 ? '+' : '') + f3(r.delta);
    row(r.corpus, r.metric, String(r.pages), r.baseline === null ? '—' : f3(r.baseline), f3(r.now), delta, r.verdict);
  }
  const failed = rows.filter((r) => r.verdict === 'FAIL').length;
  console.log(
    `\n${failed ? `FAILED: ${failed} corpus/corpora below the baseline.` : 'Passed.'} (${seconds.toFixed(1)} s)`,
  );
  if (failed) process.exit(1);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) await main();
