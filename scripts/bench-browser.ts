/**
 * `npm run bench:browser [-- options]`: the whole path from a view opening to its brief drawn, in real Chromium,
 * stage by stage, over saved pages of the corpora (../shared/corpora) served from a local server.
 *
 * It builds the bench build (`NEWSBRIEF_BENCH=1 wxt build`, into .output/bench/chrome-mv3: the extension whose
 * stages report performance.now() marks along its own messages) and drives it with the end-to-end harness. For
 * each page: a tab opens it; then the popup page opens as a tab on it (a toolbar click cannot be driven), and the
 * clock runs from the popup page starting to load to the first frame drawn with the brief.
 * - warm: the worker alive and the core loaded (a page was briefed just before);
 * - cached: the popup opened again on the same tab (the brief is remembered);
 * - cold: another tab of the page, after the worker was stopped through the DevTools protocol
 *   (ServiceWorker.stopAllWorkers), as the browser stops it when idle.
 * Also: the page reader's script size and its work at injection, and how long a 12 MB page takes to be refused.
 * Prints median / p90 / max per stage, writes bench/browser.json and the README's latency table (between the
 * markers). Times are measured here and never asserted in tests.
 * `--pair <another bench build>`: that build runs alongside in a browser of its own, page by page, the two taking
 * turns first; the median of per-page differences per stage is printed and kept in the output (`pair`). On a loaded
 * machine, runs of one build minutes apart differ by more than most changes pay.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROMIUM, launch, stopWorkerVia, type Session } from '../test/e2e/harness';
import {
  markdownTable,
  pairedDifferences,
  replaceBetweenMarkers,
  stageTable,
  summarize,
  type Marks,
  type Table,
} from './bench-browser-report';
import { loadStoredTest } from './eval/split';
import { readPage } from './lib/pages';
import { REPO_ROOT, corporaRoot } from './lib/paths';

const BENCH_BUILD_DIR = join(REPO_ROOT, '.output/bench/chrome-mv3');
const OUT_FILE = join(REPO_ROOT, 'bench/browser.json');
const POPUP_VIEWPORT = { width: 420, height: 600 };
/** The oversized page: 200,000 paragraphs, 12.4 MB of HTML (the harness's /generated/large.html). */
const OVERSIZED_PATH = '/generated/large.html?elements=200000';

interface CorpusPage {
  id: string;
  file: string;
}

/** The corpus pages of a split, evenly spread: half from Readability's test pages, half from trafilatura's. */
function choosePages(root: string, split: 'dev' | 'test', count: number): CorpusPage[] {
  const readability = join(root, 'readability-test-pages');
  const trafilatura = join(root, 'trafilatura-eval/pages');
  const lists: CorpusPage[][] = [
    readdirSync(readability)
      .filter((d) => existsSync(join(readability, d, 'source.html')))
      .map((d) => ({ id: `readability-test-pages/${d}`, file: join(readability, d, 'source.html') })),
    readdirSync(trafilatura)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ id: `trafilatura-eval/${f}`, file: join(trafilatura, f) })),
  ];
  const tests = [loadStoredTest('readability-test-pages'), loadStoredTest('trafilatura-eval')];
  return lists.flatMap((pages, i) => {
    const test = tests[i] ?? new Set<string>();
    const mine = pages.filter((p) => test.has(p.id.split('/').pop()!) === (split === 'test')).sort();
    const want = Math.min(mine.length, Math.ceil(count / 2));
    return Array.from({ length: want }, (_, k) => mine[Math.floor((k * mine.length) / want)]!);
  });
}

/** Serves the chosen pages, decoded as the CLI decodes them, as UTF-8 under /corpus/<n>.html. */
async function corpusServer(pages: CorpusPage[]): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const n = /^\/corpus\/(\d+)\.html/.exec(req.url ?? '')?.[1];
    const page = n === undefined ? undefined : pages[Number(n)];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readPage(page.file).text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Run {
  state: string;
  marks: Marks;
  /** The corpus page (set by benchPages). */
  page?: string;
}

/**
 * What the page evaluates to wait for the view's marks: [data-bench, data-view-state] of its <main> once the
 * attribute is set (components/benchMarks.ts), or a rejection after `timeoutMs`.
 */
const marksOnceDrawn = (timeoutMs: number) => `new Promise((resolve, reject) => {
  const read = () => {
    const main = document.querySelector('main[data-bench]');
    if (main) resolve([main.getAttribute('data-bench'), main.getAttribute('data-view-state') ?? '']);
    return main !== null;
  };
  if (read()) return;
  const seen = new MutationObserver(() => read() && seen.disconnect());
  seen.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-bench'] });
  setTimeout(() => reject(new Error('No brief drawn within ${timeoutMs} ms')), ${timeoutMs});
})`;

/**
 * Opens the popup on a tab and reads its marks once it has drawn an answer. The wait is a small promise evaluated
 * through the DevTools protocol, not Playwright's waitForSelector: that one first evaluates Playwright's selector
 * engine (a large script) in the page, and an extension page shares its renderer's main thread with the offscreen
 * extraction document, which relays every snapshot to its extraction thread and the outcome back. Evaluated while
 * the brief was being made, it delayed the brief it measured (a trace of one warm run: 28 ms of script and 27 ms
 * of garbage collection on that thread); a toolbar popup has nothing of the kind.
 */
async function popupRun(s: Session, tabId: number, timeoutMs = 60_000): Promise<Run> {
  const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
  try {
    const cdp = await s.context.newCDPSession(popup);
    const answer = (await cdp.send('Runtime.evaluate', {
      expression: marksOnceDrawn(timeoutMs),
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text?: string } };
    await cdp.detach();
    if (answer.exceptionDetails || !Array.isArray(answer.result.value)) {
      throw new Error(answer.exceptionDetails?.text ?? 'No marks');
    }
    const [bench, state] = answer.result.value as [string, string];
    return { state, marks: JSON.parse(bench) as Marks };
  } finally {
    await popup.close();
  }
}

/**
 * A tab of the page, loaded and drawn (a reader clicks on a page they see: two animation frames after `load`, so
 * the page's first layout and paint are not counted as ours); null (noted in `failures`) when it does not open: a
 * saved page may redirect elsewhere.
 */
async function openPage(
  s: Session,
  url: string,
  failures: string[] = [],
): Promise<{ page: Page; tabId: number } | null> {
  try {
    const tab = await s.openTab(url);
    await tab.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return tab;
  } catch (e) {
    failures.push(`${url}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    return null;
  }
}

interface Results {
  warm: Run[];
  cached: Run[];
  cold: Run[];
  failures: string[];
}

/**
 * Each page in each session (one browser per build), the sessions taking turns first (`--pair`: a page's runs in
 * both builds are seconds apart, whatever the machine's load does meanwhile).
 */
async function benchPages(sessions: Session[], origin: string, pages: CorpusPage[]): Promise<Results[]> {
  const outs = sessions.map((): Results => ({ warm: [], cached: [], cold: [], failures: [] }));
  // One brief first, not counted: the worker, the offscreen document and the core are then up.
  for (const s of sessions) {
    const first = await openPage(s, `${origin}/corpus/0.html?warmup`);
    if (first) {
      await popupRun(s, first.tabId).catch(() => undefined);
      await first.page.close();
    }
  }
  for (const [i, p] of pages.entries()) {
    const order = sessions.map((_, k) => (k + i) % sessions.length);
    for (const k of order) await benchPage(sessions[k]!, origin, p, i, outs[k]!);
    process.stdout.write(`\r  ${i + 1}/${pages.length} pages`);
  }
  process.stdout.write('\n');
  return outs;
}

/** One page: warm, then cached on the same tab, then cold in another tab. */
async function benchPage(s: Session, origin: string, p: CorpusPage, i: number, out: Results): Promise<void> {
  const record = (kind: 'warm' | 'cached' | 'cold', run: Run) => {
    // A view that shows a brief, or says it is not an article or empty: the whole path ran.
    if (['ready', 'not-article', 'empty'].includes(run.state)) out[kind].push({ ...run, page: p.id });
    else out.failures.push(`${kind} ${p.id}: ${run.state}`);
  };
  const attempt = async (kind: 'warm' | 'cached' | 'cold', tabId: number) => {
    try {
      record(kind, await popupRun(s, tabId));
    } catch (e) {
      out.failures.push(`${kind} ${p.id}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    }
  };
  const warm = await openPage(s, `${origin}/corpus/${i}.html?warm`, out.failures);
  if (warm) {
    await attempt('warm', warm.tabId);
    await attempt('cached', warm.tabId);
    await warm.page.close();
  }
  const cold = await openPage(s, `${origin}/corpus/${i}.html?cold`, out.failures);
  if (cold) {
    await stopWorkerVia(s.context, cold.page);
    await attempt('cold', cold.tabId);
    await cold.page.close();
  }
}

/** How long a 12 MB page takes to be refused ("page too large"), from the popup starting to load. */
async function benchOversized(s: Session, times: number): Promise<{ ms: number[]; states: string[]; marks: Marks[] }> {
  const ms: number[] = [];
  const states: string[] = [];
  const marks: Marks[] = [];
  for (let i = 0; i < times; i++) {
    const tab = await openPage(s, `${s.origin}${OVERSIZED_PATH}&run=${i}`);
    if (!tab) continue;
    const run = await popupRun(s, tab.tabId, 120_000).catch(() => null);
    if (run) {
      ms.push(run.marks.total ?? Number.NaN);
      states.push(run.state);
      marks.push(run.marks);
    }
    await tab.page.close();
  }
  return { ms, states, marks };
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM!, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** `--pair`: the other build's runs, and per kind of run the median of per-page differences (other − this). */
function pairReport(build: string, mine: Results, other: Results) {
  const kinds = ['warm', 'cold', 'cached'] as const;
  const differences = Object.fromEntries(kinds.map((k) => [k, pairedDifferences(mine[k], other[k])]));
  for (const k of kinds) {
    const parts = Object.entries(differences[k]!).map(([part, d]) => `${part} ${d.median.toFixed(1)}`);
    console.log(`${build} − this build, ${k}, median of per-page differences (ms): ${parts.join(', ')}`);
  }
  return {
    build,
    differences,
    failures: other.failures,
    runs: { warm: other.warm, cold: other.cold, cached: other.cached },
  };
}

const fmt = (s: { n: number; median: number; p90: number; max: number }) =>
  s.n === 0 ? 'not run yet' : `median ${s.median.toFixed(0)}, p90 ${s.p90.toFixed(0)}, max ${s.max.toFixed(0)} ms`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '64' },
      split: { type: 'string', default: 'dev' },
      oversized: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      'build-dir': { type: 'string' },
      pair: { type: 'string' },
      'no-readme': { type: 'boolean', default: false },
      out: { type: 'string', default: OUT_FILE },
    },
  });
  if (!CHROMIUM) throw new Error('No Chromium: install chromium or set CHROMIUM_PATH');
  const split = values.split === 'test' ? 'test' : 'dev';
  const root = corporaRoot();
  if (!root) throw new Error('No corpora: set NEWSBRIEF_CORPORA or put them in ../shared/corpora');
  // --build-dir: another bench build, made before (an older commit's, to compare with); it is not rebuilt.
  const buildDir = values['build-dir'] ?? BENCH_BUILD_DIR;
  if (!values['no-build'] && !values['build-dir']) {
    console.log('Building the bench build (NEWSBRIEF_BENCH=1 wxt build → .output/bench/chrome-mv3)…');
    execFileSync('npx', ['wxt', 'build'], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
      env: { ...process.env, NEWSBRIEF_BENCH: '1' },
    });
  }
  const pages = choosePages(root, split, Number(values.pages));
  const server = await corpusServer(pages);
  const reader = readFileSync(join(buildDir, 'reader.js'));
  console.log(`${pages.length} pages (${split} split), ${chromiumVersion()}, ${os.cpus().length} cores`);
  // --pair: another build run alongside, page by page (see benchPages); the figures below are this build's.
  const sessions = [await launch({ buildDir })];
  if (values.pair) sessions.push(await launch({ buildDir: values.pair }));
  const s = sessions[0]!;
  let results: Results;
  let paired: Results | undefined;
  let oversized: Awaited<ReturnType<typeof benchOversized>>;
  try {
    [results, paired] = (await benchPages(sessions, server.origin, pages)) as [Results, Results?];
    oversized = await benchOversized(s, Number(values.oversized));
  } finally {
    for (const session of sessions) await session.close();
    await server.close();
  }
  const tables: Record<string, Table> = {
    warm: stageTable(results.warm.map((r) => r.marks)),
    cold: stageTable(results.cold.map((r) => r.marks)),
    cached: stageTable(results.cached.map((r) => r.marks)),
  };
  const injected = [...results.warm, ...results.cold].map((r) => r.marks).filter((m) => m.startup !== undefined);
  const readerFigures = {
    bytes: reader.length,
    gzipBytes: gzipSync(reader).length,
    startup: summarize(injected.map((m) => m.startup!)),
    detect: summarize(injected.filter((m) => m.detect !== undefined).map((m) => m.detect!)),
  };
  const table = markdownTable(tables);
  console.log(`\n${table}\n`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  // Injected to take a snapshot, the reader leaves the article check to the brief (entrypoints/reader/index.ts).
  const detectLine =
    readerFigures.detect.n === 0
      ? 'the article check, for the badge, left to the brief'
      : `the article check, for the badge, when the snapshot was taken: ${fmt(readerFigures.detect)}`;
  const readerLine =
    `Page reader: ${kb(readerFigures.bytes)} (${kb(readerFigures.gzipBytes)} gzipped); its work at injection ` +
    `${fmt(readerFigures.startup)} (${detectLine}).`;
  const oversizedLine =
    `12 MB page refused in ${oversized.ms.map((x) => x.toFixed(0)).join(', ')} ms ` +
    `(${[...new Set(oversized.states)].join('/')}).`;
  console.log(readerLine);
  console.log(oversizedLine);
  if (results.failures.length) console.log(`Not counted (${results.failures.length}): ${results.failures.join('; ')}`);
  const report = {
    date: new Date().toISOString(),
    chromium: chromiumVersion(),
    cores: os.cpus().length,
    split,
    build: buildDir,
    pages: pages.map((p) => p.id),
    stages: tables,
    reader: readerFigures,
    oversized,
    failures: results.failures,
    runs: { warm: results.warm, cold: results.cold, cached: results.cached },
    ...(paired ? { pair: pairReport(values.pair!, results, paired) } : {}),
  };
  mkdirSync(join(values.out, '..'), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${values.out}`);
  if (!values['no-readme']) {
    const when = `${report.date.slice(0, 10)}, ${report.chromium}, headless, ${report.cores} cores`;
    const content = [
      `Measured by \`npm run bench:browser\` (${when}; ${pages.length} pages of the ${split} split):`,
      '',
      table,
      '',
      readerLine,
      oversizedLine,
    ].join('\n');
    if (replaceBetweenMarkers(join(REPO_ROOT, 'README.md'), content)) console.log('Updated the README latency table');
    else console.warn('README.md has no latency table markers: not updated');
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
