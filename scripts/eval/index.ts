/**
 * `npm run eval -- <corpus-dir> [options]`: how well the extraction core does on an external corpus, side by side
 * with Readability.js (on the same DOM implementation) as the reference. The corpus type is read from the folder:
 * trafilatura-eval (snippet precision/recall) or readability-test-pages (metadata agreement and token F1).
 * Pages are spread over child processes (`--jobs`); results do not depend on the number of jobs.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { readArgs, usage, wholeNumber } from '../lib/args';
import { loadCore } from '../lib/core';
import { detectCorpus, loadCorpus } from './corpora';
import { runAll, type Task } from './runner';
import { scorerFor } from './scorers';

const USAGE = usage(`Usage: npm run eval -- <corpus-dir> [options]

Scores Newsbrief (the extraction core) and Readability.js (reference) on an external corpus:
  trafilatura-eval         (evaldata.json + pages/): snippet precision, recall, F1, accuracy
  readability-test-pages   (<slug>/source.html, expected.html, expected-metadata.json):
                           metadata agreement per field and token F1 of the text against expected.html

Options:
  --limit N       only the first N pages (after --only)
  --only SUBSTR   only pages whose file name, slug or URL contains SUBSTR
  --worst N       list the N worst pages with what was lost and what leaked (default 10, 0 = none)
  --json FILE     write totals and per-page results as JSON to FILE
  --jobs N        worker processes (default: number of CPUs, at most 4; 1 = in this process)
  --timeout S     a page still running after S seconds counts as thrown (default 60; not with --jobs 1)
  --verbose       one line per page
  --help          this text`);

interface Options {
  dir: string;
  limit: number;
  worst: number;
  only: string | null;
  json: string | null;
  jobs: number;
  timeout: number;
  verbose: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = readArgs(argv, USAGE, {
    limit: { type: 'string' },
    worst: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'string' },
    jobs: { type: 'string' },
    timeout: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' },
  });
  if (positionals.length !== 1) USAGE.error('Give exactly one corpus folder.');
  const jobs = wholeNumber(USAGE, 'jobs', values.jobs, Math.min(availableParallelism(), 4));
  return {
    dir: resolve(positionals[0]!),
    limit: wholeNumber(USAGE, 'limit', values.limit, Number.POSITIVE_INFINITY),
    worst: wholeNumber(USAGE, 'worst', values.worst, 10),
    only: values.only ?? null,
    json: values.json ?? null,
    jobs: Math.max(1, jobs),
    timeout: Math.max(1, wholeNumber(USAGE, 'timeout', values.timeout, 60)),
    verbose: values.verbose ?? false,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const opts = parseOptions(process.argv.slice(2));
  const kind = detectCorpus(opts.dir);
  if (!kind) {
    console.error(
      `${opts.dir}: not a corpus folder (expected evaldata.json + pages/, or <slug>/source.html + expected-metadata.json).`,
    );
    process.exit(2);
  }
  const corpus = loadCorpus(opts.dir, kind);
  let pages = corpus.pages;
  if (opts.only) {
    const only = opts.only;
    pages = pages.filter((p) => p.id.includes(only) || p.url?.includes(only));
  }
  const tasks: Task[] = pages.slice(0, opts.limit).map((page) => ({ kind: corpus.scorer, page }));
  if (tasks.length === 0) {
    console.log('No pages selected.');
    return;
  }

  const loaded = await loadCore();
  const coreError = 'error' in loaded ? loaded.error : null;
  const core = 'error' in loaded ? null : loaded;
  const jobs = Math.min(opts.jobs, tasks.length);
  const scorer = scorerFor(corpus.scorer);
  const results = await runAll(tasks, { jobs, timeoutS: opts.timeout }, core, (r) => {
    if (opts.verbose) console.log(scorer.verboseLine(r));
  });
  if (opts.verbose) console.log('');

  const totals = scorer.report(results, opts, coreError);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nEvaluated ${results.length} pages in ${seconds.toFixed(1)} s with ${jobs} job(s).`);
  if (opts.json) {
    writeFileSync(
      opts.json,
      `${JSON.stringify({ corpus: kind, dir: opts.dir, coreError, totals, seconds, pages: results }, null, 1)}\n`,
    );
    console.log(`Wrote ${opts.json}`);
  }
}

await main();
