/**
 * `npm run bench -- <folder> [options]`: time the extraction core stage by stage (parse, extract, total) on saved
 * pages, interleaved in the same process with Readability.js on the same DOM implementation (linkedom), and
 * compare the memory each keeps per page. Reads pages, writes only to stdout/stderr.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectCorpus, loadSnippetCorpus } from './eval/corpora';
import { readArgs, usage, type Usage, wholeNumber } from './lib/args';
import { type CoreApi, loadCore } from './lib/core';
import { collectHtmlFiles, pageId, readPage } from './lib/pages';
import { parseForReference, readabilityParse } from './lib/readability-ref';
import { median, quantile } from './lib/stats';
import { firstLine } from './lib/text';

/**
 * Pages whose heap is measured by default, evenly spread. Each measurement forces full garbage collections, which
 * also throw away compiled code; so heap is measured in its own pass after the timed runs, on a sample.
 */
const HEAP_PAGES = 60;

const USAGE: Usage = usage(`Usage: npm run bench -- <folder> [options]

Times Newsbrief (parse = parseHtml, extract = briefFromDocument) against Readability.js on linkedom
(parse = linkedom parse + <base href>, extract = Readability.parse()) on every page under <folder>:
a corpus folder or any folder of .html files (searched recursively; in a folder with a source.html only
that file is a page). One untimed warm-up pass, then R runs per page, the two systems interleaved and
alternating which goes first; each page's median over its runs is kept. Prints median, p90 and max over
pages of parse/extract/total ms for both systems and the ratio Newsbrief/Readability (< 1 = Newsbrief
faster), and the heap each keeps per page (document + result, measured after a forced gc).

Options:
  --runs R        timed runs per page (default 1)
  --limit N       only the first N pages (after --only)
  --only SUBSTR   only pages whose path contains SUBSTR
  --heap-pages N  measure the heap on N evenly spread pages (default ${HEAP_PAGES}; 0 = none); forced
                  collections make this pass slow, so it runs after the timed runs
  --help          this text

For exact heap figures give Node --expose-gc:
  node --expose-gc --import tsx scripts/bench.ts <folder>
  (or NODE_OPTIONS=--expose-gc npm run bench -- <folder>)
Without it heap figures include uncollected garbage and are marked as rough.`);

interface Page {
  id: string;
  path: string;
  url: string | null;
}

interface Sample {
  parse: number;
  extract: number;
  total: number;
}

type System = 'nb' | 'ref';

const systemName = (s: System) => (s === 'nb' ? 'Newsbrief' : 'Readability.js');

const gc = (globalThis as { gc?: () => void }).gc ?? null;

/** Sink for results so that the engine cannot drop the work being timed. */
let sink = 0;

/** One run of a system on a page: stage times, and the document and result (kept by the caller for heap readings). */
function run(system: System, page: Page, html: string, core: CoreApi | null): { sample: Sample; kept: unknown[] } {
  const t0 = performance.now();
  let doc: Document;
  let t1: number;
  let result: unknown;
  if (system === 'nb') {
    doc = core!.parseHtml(html, page.url);
    t1 = performance.now();
    result = core!.briefFromDocument(doc, { url: page.url });
  } else {
    doc = parseForReference(html, page.url);
    t1 = performance.now();
    result = readabilityParse(doc);
  }
  const t2 = performance.now();
  return { sample: { parse: t1 - t0, extract: t2 - t1, total: t2 - t0 }, kept: [doc, result] };
}

/**
 * Heap each system keeps for a page (its document and result): gc, baseline, then per system run, gc and read the
 * heap while its objects are alive, and drop them (the next gc collects them).
 */
function heapKept(systems: System[], page: Page, html: string, core: CoreApi | null): Partial<Record<System, number>> {
  const out: Partial<Record<System, number>> = {};
  gc?.();
  gc?.(); // a second collection settles objects freed by finalisers of the first
  const h0 = process.memoryUsage().heapUsed;
  for (const s of systems) {
    // Measured while the result is still referenced; it is released when the block ends.
    const kept: unknown[] = run(s, page, html, core).kept;
    gc?.();
    out[s] = process.memoryUsage().heapUsed - h0;
    sink += kept.length;
  }
  return out;
}

/** Page URLs of a trafilatura-eval folder (file name → URL), so that both systems get the page's URL. */
function knownUrls(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  if (detectCorpus(dir) !== 'trafilatura-eval') return map;
  for (const page of loadSnippetCorpus(dir)) if (page.url) map.set(page.path, page.url);
  return map;
}

const fmt = (x: number) =>
  !Number.isFinite(x) ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? (a / b).toFixed(2) : '—');

function stats(xs: number[]) {
  return { median: median(xs), p90: quantile(xs, 0.9), max: xs.length ? Math.max(...xs) : Number.NaN };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { values, positionals } = readArgs(process.argv.slice(2), USAGE, {
    runs: { type: 'string' },
    limit: { type: 'string' },
    only: { type: 'string' },
    'heap-pages': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (positionals.length !== 1) USAGE.error('Give exactly one folder.');
  const dir = resolve(positionals[0]!);
  if (!existsSync(dir)) {
    console.error(`${dir}: no such folder.`);
    process.exit(2);
  }
  const runs = wholeNumber(USAGE, 'runs', values.runs, 1, 1);
  const heapPages = wholeNumber(USAGE, 'heap-pages', values['heap-pages'], HEAP_PAGES);
  const limit = wholeNumber(USAGE, 'limit', values.limit, Number.POSITIVE_INFINITY, 1);

  const urls = knownUrls(dir);
  let files = collectHtmlFiles(dir);
  if (values.only) files = files.filter((f) => pageId(dir, f).includes(values.only!));
  files = files.slice(0, limit);
  if (files.length === 0) {
    console.log('No .html pages found.');
    return;
  }
  // Pages are read and decoded (untimed) when their turn comes, so that the heap holds one page at a time.
  const pages: Page[] = files.map((f) => ({ id: pageId(dir, f), path: f, url: urls.get(f) ?? null }));

  const loaded = await loadCore();
  const core = 'error' in loaded ? null : loaded;
  const systems: System[] = core ? ['nb', 'ref'] : ['ref'];
  const failed = new Map<string, string>(); // page id → first error (either system)

  // Warm-up pass (untimed).
  process.stderr.write(`warm-up over ${pages.length} pages…\n`);
  let phase = performance.now();
  pages.forEach((page, i) => {
    const html = readPage(page.path).text;
    const order = i % 2 ? [...systems].reverse() : systems;
    for (const s of order) {
      try {
        run(s, page, html, core);
      } catch (err) {
        if (!failed.has(page.id)) failed.set(page.id, `${systemName(s)}: ${firstLine(err)}`);
      }
    }
  });

  const timedPages = pages.filter((p) => !failed.has(p.id));
  const samples: Record<System, Map<string, Sample[]>> = { nb: new Map(), ref: new Map() };
  for (let r = 0; r < runs; r++) {
    process.stderr.write(`  ${((performance.now() - phase) / 1000).toFixed(1)} s\nrun ${r + 1}/${runs}…\n`);
    phase = performance.now();
    timedPages.forEach((page, i) => {
      const html = readPage(page.path).text;
      const order = (i + r) % 2 ? [...systems].reverse() : systems;
      for (const s of order) {
        try {
          const { sample } = run(s, page, html, core);
          const list = samples[s].get(page.id) ?? [];
          list.push(sample);
          samples[s].set(page.id, list);
        } catch (err) {
          if (!failed.has(page.id)) failed.set(page.id, `${systemName(s)}: ${firstLine(err)}`);
        }
      }
    });
  }

  // Heap pass, on an evenly spread sample of the pages.
  const retainedById: Record<System, Map<string, number>> = { nb: new Map(), ref: new Map() };
  if (heapPages > 0) {
    const heapEvery = Math.max(1, Math.ceil(timedPages.length / heapPages));
    const sample = timedPages.filter((p, i) => i % heapEvery === 0 && !failed.has(p.id));
    process.stderr.write(`  ${((performance.now() - phase) / 1000).toFixed(1)} s\nheap over ${sample.length} pages…\n`);
    phase = performance.now();
    sample.forEach((page, i) => {
      const order = i % 2 ? [...systems].reverse() : systems;
      try {
        const kept = heapKept(order, page, readPage(page.path).text, core);
        for (const s of order) retainedById[s].set(page.id, kept[s]!);
      } catch (err) {
        if (!failed.has(page.id)) failed.set(page.id, firstLine(err));
      }
    });
  }
  process.stderr.write(`  ${((performance.now() - phase) / 1000).toFixed(1)} s\n`);

  // Only pages both systems completed are compared.
  const ok = timedPages.filter((p) => !failed.has(p.id));
  const perPage = (s: System, k: keyof Sample) => ok.map((p) => median(samples[s].get(p.id)!.map((x) => x[k])));
  const retained: Record<System, number[]> = { nb: [], ref: [] };
  for (const s of systems) {
    for (const p of ok) {
      const kb = retainedById[s].get(p.id);
      if (kb !== undefined) retained[s].push(kb);
    }
  }

  console.log(`Bench: ${ok.length} pages under ${dir}`);
  console.log(
    `${runs} timed run(s) per page after one warm-up pass, systems interleaved; per-page median, then over pages.`,
  );
  console.log('Newsbrief: parse = parseHtml, extract = briefFromDocument. Readability.js: parse = linkedom + <base>,');
  console.log('extract = Readability.parse().\n');
  const head = (a: string, b: string, c: string) => `${a.padStart(8)}${b.padStart(8)}${c.padStart(8)}`;
  console.log(
    `  ${''.padEnd(12)}${'Newsbrief'.padStart(24)}  ${'Readability.js'.padStart(24)}  ${'ratio NB/RD'.padStart(24)}`,
  );
  console.log(
    `  ${''.padEnd(12)}${head('median', 'p90', 'max')}  ${head('median', 'p90', 'max')}  ${head('median', 'p90', 'max')}`,
  );
  const line = (label: string, nb: ReturnType<typeof stats> | null, ref: ReturnType<typeof stats>) => {
    const cells = (x: ReturnType<typeof stats> | null) =>
      x ? head(fmt(x.median), fmt(x.p90), fmt(x.max)) : head('n/a', 'n/a', 'n/a');
    const ratios = nb
      ? head(ratio(nb.median, ref.median), ratio(nb.p90, ref.p90), ratio(nb.max, ref.max))
      : head('—', '—', '—');
    console.log(`  ${label.padEnd(12)}${cells(nb)}  ${cells(ref)}  ${ratios}`);
  };
  for (const k of ['parse', 'extract', 'total'] as const) {
    line(`${k} ms`, core ? stats(perPage('nb', k)) : null, stats(perPage('ref', k)));
  }
  const kb = (xs: number[]) => stats(xs.map((x) => x / 1024));
  line(gc ? 'heap KB' : 'heap KB ~', core ? kb(retained.nb) : null, kb(retained.ref));
  const heapNote = `${retained.ref.length} page${retained.ref.length === 1 ? '' : 's'}`;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / 1000;
  const sumNb = core ? sum(perPage('nb', 'total')) : Number.NaN;
  const sumRef = sum(perPage('ref', 'total'));
  console.log(
    `  ${'sum total s'.padEnd(12)}${fmt(sumNb).padStart(24)}  ${fmt(sumRef).padStart(24)}  ${ratio(sumNb, sumRef).padStart(24)}`,
  );
  console.log(
    gc
      ? `\n  heap KB: heap kept per page (document + result; for Readability.js the document is what its parse()\n  leaves of it) after a forced gc, on ${heapNote}.`
      : `\n  heap KB ~: rough, on ${heapNote} (Node was started without --expose-gc, so garbage is included); see --help.`,
  );
  if (!core) console.log(`  Newsbrief not measured: ${(loaded as { error: string }).error}`);
  if (failed.size) {
    console.log(`  ${failed.size} page(s) left out because a system threw:`);
    for (const [id, e] of [...failed].slice(0, 20)) console.log(`    ${id}: ${e}`);
  }
  if (gc) gc();
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `  Process heap used at the end: ${heapMb.toFixed(1)} MB. Bench ran in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (sink < 0) console.log(sink); // never true; keeps `sink` observable
}

await main();
