/**
 * `npm run eval -- [<folder>] [options]`: how well the extraction core does on the external corpora, side by side
 * with Readability.js (on the same DOM implementation, in the same process) as the reference. The folder is one
 * corpus or a folder of corpora (default: all corpora under the corpora root); each corpus's kind is read from its
 * contents and each is reported separately, on the dev split unless told otherwise. Pages are spread over child
 * processes (`--jobs`); results do not depend on the number of jobs.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { readArgs, usage, type Usage, wholeNumber } from '../lib/args';
import { corporaRoot, NON_ARTICLES_DIR } from '../lib/paths';
import { type Corpus, findCorpora, loadCorpus, loadPlainPages } from './corpora';
import { briefSetSplit, corpusSplit } from './make-split';
import { type Detection, detection, printDetection, printMisjudged, printPrecision, worstSystem } from './report';
import { runSelections, type Selection } from './runner';
import { type ScorerKey, scorerFor } from './scorers';
import type { PageResult } from './scorers/scorer';
import { inSplit, loadStoredTest, type SplitName } from './split';
import { printSummary, type SummaryRow } from './summary';

const USAGE: Usage = usage(`Usage: npm run eval -- [<folder>] [options]

Scores Newsbrief (the extraction core) and Readability.js (reference) on external corpora. <folder> is a
corpus or a folder of corpora (default: the corpora root, from NEWSBRIEF_CORPORA, else ../shared/corpora,
else /work/shared/corpora). Corpus kinds, read from each folder's contents:
  trafilatura-eval         (evaldata.json + pages/): snippet precision, recall, F1, accuracy
  readability-test-pages   (<slug>/source.html, expected.html, expected-metadata.json):
                           metadata agreement per field and token F1 of the text against expected.html
  gold text, e.g. broad/*  (pages/<id>.html + gold/<id>.txt): token precision, recall, F1 against the gold
  brief set                (gold/<id>.json naming its page, test/brief-set/; npm run eval:brief): every field
                           of the brief against hand-annotated gold, per language, beside a naive brief built
                           on Readability.js
Every corpus also reports detection recall (pages called articles); test/fixtures/non-articles/, when it
exists, gives detection precision (non-articles called articles).

Options:
  --split S       dev (default), test or all: the held-out split by site (test/eval/split/, npm run eval:split)
  --limit N       only the first N pages of each corpus (after --split and --only)
  --only SUBSTR   only pages whose file name, slug or URL contains SUBSTR
  --worst N       list the N worst pages of each corpus with what was lost and what leaked (default 10, 0 = none)
  --json FILE     write every corpus's totals and per-page results as JSON to FILE
  --jobs N        worker processes (default: number of CPUs, at most 4; 1 = in this process)
  --timeout S     a page still running after S seconds counts as thrown (default 60; not with --jobs 1)
  --misjudged     list, per corpus, the articles Newsbrief refuses (and the non-articles it accepts) grouped by
                  the verdict's rule, each with detection's signals
  --verbose       one line per page
  --help          this text`);

interface Options {
  dir: string | null;
  split: SplitName;
  limit: number;
  worst: number;
  only: string | null;
  json: string | null;
  jobs: number;
  timeout: number;
  verbose: boolean;
  misjudged: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = readArgs(argv, USAGE, {
    split: { type: 'string' },
    limit: { type: 'string' },
    worst: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'string' },
    jobs: { type: 'string' },
    timeout: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    misjudged: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (positionals.length > 1) USAGE.error('Give at most one folder.');
  const split = values.split ?? 'dev';
  if (split !== 'dev' && split !== 'test' && split !== 'all')
    USAGE.error(`--split is dev, test or all, got "${split}"`);
  const jobs = wholeNumber(USAGE, 'jobs', values.jobs, Math.min(availableParallelism(), 4));
  return {
    dir: positionals[0] ? resolve(positionals[0]) : null,
    split,
    limit: wholeNumber(USAGE, 'limit', values.limit, Number.POSITIVE_INFINITY),
    worst: wholeNumber(USAGE, 'worst', values.worst, 10),
    only: values.only ?? null,
    json: values.json ?? null,
    jobs: Math.max(1, jobs),
    timeout: Math.max(1, wholeNumber(USAGE, 'timeout', values.timeout, 60)),
    verbose: values.verbose ?? false,
    misjudged: values.misjudged ?? false,
  };
}

/** The pages of a corpus in the selected split (the stored split, or one computed now when none is stored). */
function splitPages(corpus: Corpus, split: SplitName): Corpus['pages'] {
  if (split === 'all') return corpus.pages;
  let test = loadStoredTest(corpus.name);
  if (!test) {
    console.log(`${corpus.name}: no stored split (npm run eval:split writes it); split computed now.`);
    const computed = corpus.kind === 'brief-set' ? briefSetSplit(join(corpus.dir, 'gold')) : corpusSplit(corpus);
    test = new Set(computed?.test ?? []);
  }
  const known = new Set(corpus.pages.map((p) => p.id));
  const stale = [...test].filter((id) => !known.has(id)).length;
  if (stale) console.log(`${corpus.name}: ${stale} test page(s) of the stored split are not in the corpus.`);
  return corpus.pages.filter((p) => inSplit(p.id, test, split));
}

function select(pages: Corpus['pages'], opts: Options): Corpus['pages'] {
  const only = opts.only;
  const chosen = only ? pages.filter((p) => p.id.includes(only) || p.url?.includes(only)) : pages;
  return chosen.slice(0, opts.limit);
}

async function main(): Promise<void> {
  const started = performance.now();
  const opts = parseOptions(process.argv.slice(2));
  const root = opts.dir ?? corporaRoot();
  if (!root) USAGE.error('No corpora folder found: give one, or set NEWSBRIEF_CORPORA.');
  const corpora = findCorpora(root).map(({ dir, kind }) => loadCorpus(dir, kind));
  for (const w of corpora.flatMap((c) => c.warnings ?? [])) console.log(w);
  if (corpora.length === 0) {
    console.error(
      `${root}: no corpus folder there (expected evaldata.json + pages/, <slug>/source.html + ` +
        'expected-metadata.json, or pages/ + gold/), nor in its subfolders.',
    );
    process.exit(2);
  }
  const selections: (Selection & { corpus: Corpus | null; total: number })[] = corpora.map((corpus) => ({
    name: corpus.name,
    scorer: corpus.scorer,
    corpus,
    total: corpus.pages.length,
    pages: select(splitPages(corpus, opts.split), opts),
  }));
  if (existsSync(NON_ARTICLES_DIR)) {
    const pages = loadPlainPages(NON_ARTICLES_DIR);
    selections.push({
      name: 'non-articles',
      scorer: 'detection',
      corpus: null,
      total: pages.length,
      pages: select(pages, opts),
    });
  }
  const chosen = selections.filter((s) => s.pages.length > 0);
  if (chosen.length === 0) {
    console.log('No pages selected.');
    return;
  }

  const { coreError, results, jobs } = await runSelections(
    chosen,
    { jobs: opts.jobs, timeoutS: opts.timeout },
    (r) => opts.verbose && console.log(scorerFor(r.kind as ScorerKey).verboseLine(r)),
  );
  if (opts.verbose) console.log('');

  const rows: SummaryRow[] = [];
  const json: unknown[] = [];
  let nonArticles: Detection | null = null;
  chosen.forEach((s, i) => {
    const scorer = scorerFor(s.scorer);
    const res: PageResult[] = results[i]!;
    const where = s.corpus ? `${s.corpus.kind}, ${opts.split} split, ` : '';
    console.log(`${i ? '\n' : ''}── ${s.name}: ${where}${res.length} of ${s.total} pages ${'─'.repeat(40)}`);
    const totals = scorer.report(res, { corpus: s.name }, coreError);
    const summary = scorer.summary(res, coreError);
    const found = s.corpus ? detection(res, coreError) : null;
    if (!s.corpus) nonArticles = detection(res, coreError);
    if (found) printDetection(found);
    if (opts.misjudged) printMisjudged(res);
    if (opts.worst > 0) scorer.printWorst(res, opts.worst, worstSystem(coreError));
    if (summary && found) rows.push({ corpus: s.name, pages: res.length, summary, detection: found });
    json.push({
      name: s.name,
      kind: s.corpus?.kind ?? 'non-articles',
      dir: s.corpus?.dir ?? NON_ARTICLES_DIR,
      pages: res.length,
      totals,
      summary,
      detection: found,
      results: res,
    });
  });
  if (rows.length > 1) printSummary(rows, opts.split);
  if (nonArticles) printPrecision(rows, nonArticles);
  const seconds = (performance.now() - started) / 1000;
  const n = results.reduce((a, r) => a + r.length, 0);
  console.log(`\nEvaluated ${n} pages in ${seconds.toFixed(1)} s with ${jobs} job(s).`);
  if (opts.json) {
    writeFileSync(
      opts.json,
      `${JSON.stringify({ root, split: opts.split, coreError, seconds, corpora: json }, null, 1)}\n`,
    );
    console.log(`Wrote ${opts.json}`);
  }
}

await main();
