/**
 * `npm run eval -- <corpus-dir> [options]`: how well the extraction core does on an external corpus, side by side
 * with Readability.js (on the same DOM implementation) as the reference. The corpus type is read from the folder:
 * trafilatura-eval (snippet precision/recall) or readability-test-pages (metadata agreement and token F1).
 * Pages are spread over child processes (`--jobs`); results do not depend on the number of jobs.
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeSpace, words } from '../utils/common/text';
import type { Brief } from '../utils/types';
import {
  addConfusion,
  bylinesAgree,
  clip,
  type Confusion,
  type CoreApi,
  datesAgree,
  detectCorpus,
  dirsAgree,
  firstLine,
  htmlToText,
  langsAgree,
  loadCore,
  loadReferenceCorpus,
  loadSnippetCorpus,
  median,
  nearMisses,
  prf,
  readPage,
  type ReferencePage,
  scoreSnippets,
  type SnippetPage,
  type SnippetScore,
  titlesAgree,
  titlesAgreeSiteAside,
  tokenF1,
  type TokenScore,
} from './corpus';
import { readabilityFromHtml, type ReferenceResult } from './readability-ref';

const USAGE = `Usage: npm run eval -- <corpus-dir> [options]

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
  --help          this text`;

// ---------------------------------------------------------------------------------------------------------------
// Per-page results (plain data: they cross process boundaries as JSON)

interface SnippetSystem {
  score: SnippetScore | null;
  /** Lost snippets that are present once case, punctuation and white space are ignored. */
  nearMisses: string[];
  error: string | null;
  ms: number;
  /** Length of the scored text (title + text). */
  chars: number;
}

interface SnippetResult {
  kind: 'snippets';
  id: string;
  url: string | null;
  charset: string;
  nb: SnippetSystem | null;
  ref: SnippetSystem;
}

type Field = 'title' | 'titleCore' | 'byline' | 'lang' | 'dir' | 'publishedTime' | 'readerable';
const FIELDS: readonly Field[] = ['title', 'titleCore', 'byline', 'lang', 'dir', 'publishedTime', 'readerable'];
/** The metadata key a field is read from: `titleCore` is the title, compared with the site's name set aside. */
const SOURCE: Record<Field, Exclude<Field, 'titleCore'>> = {
  title: 'title',
  titleCore: 'title',
  byline: 'byline',
  lang: 'lang',
  dir: 'dir',
  publishedTime: 'publishedTime',
  readerable: 'readerable',
};
const LABEL: Record<Field, string> = {
  title: 'title',
  titleCore: 'title, site aside',
  byline: 'byline',
  lang: 'lang',
  dir: 'dir',
  publishedTime: 'publishedTime',
  readerable: 'readerable',
};

interface FieldCheck {
  field: Field;
  ok: boolean;
  expected: string | null;
  got: string | null;
}

interface ReferenceSystem {
  fields: FieldCheck[];
  token: TokenScore;
  /** Expected blocks absent from the output: count and the longest few (clipped). */
  lostBlocks: number;
  lost: string[];
  /** Output paragraphs absent from the expected text. */
  leakedBlocks: number;
  leaked: string[];
  words: number;
  error: string | null;
  ms: number;
}

interface ReferenceCaseResult {
  kind: 'reference';
  id: string;
  charset: string;
  expectedBlocks: number;
  expectedWords: number;
  nb: ReferenceSystem | null;
  ref: ReferenceSystem;
}

type PageResult = SnippetResult | ReferenceCaseResult;

type SystemKey = 'nb' | 'ref';

/** A system not to run on a page (it hung or crashed there before), and the error to record for it instead. */
interface Skip {
  system: SystemKey;
  error: string;
}

type Task = ({ kind: 'snippets'; page: SnippetPage } | { kind: 'reference'; page: ReferencePage }) & { skip?: Skip };

const SYSTEM_NAMES: Record<SystemKey, string> = { nb: 'Newsbrief', ref: 'Readability.js' };

// ---------------------------------------------------------------------------------------------------------------
// Evaluating one page

/** How a page's evaluation runs each system: announce it (`onPhase`), or skip it with a recorded error. */
interface RunContext {
  skip?: Skip;
  onPhase?: (system: SystemKey) => void;
}

function runSystem<T>(
  ctx: RunContext,
  system: SystemKey,
  fn: () => T,
): { value: T | null; error: string | null; ms: number } {
  if (ctx.skip?.system === system) return { value: null, error: ctx.skip.error, ms: 0 };
  ctx.onPhase?.(system);
  return timed(fn);
}

function timed<T>(fn: () => T): { value: T | null; error: string | null; ms: number } {
  const t0 = performance.now();
  try {
    const value = fn();
    return { value, error: null, ms: performance.now() - t0 };
  } catch (err) {
    return { value: null, error: firstLine(err), ms: performance.now() - t0 };
  }
}

/** Title and text joined: a snippet that is the title may legitimately be found in the title. */
function titleAndText(title: string | null | undefined, text: string | null | undefined): string {
  return `${title ?? ''}\n${text ?? ''}`;
}

function evaluateSnippetPage(page: SnippetPage, core: CoreApi | null, ctx: RunContext): SnippetResult {
  const { text: html, charset } = readPage(page.path);
  const score = (run: { value: string | null; error: string | null; ms: number }): SnippetSystem => {
    const s = run.value === null ? null : scoreSnippets(run.value, page.with, page.without);
    return {
      score: s,
      nearMisses: s && run.value !== null ? nearMisses(run.value, s.missed) : [],
      error: run.error,
      ms: run.ms,
      chars: run.value?.length ?? 0,
    };
  };
  const nb = core
    ? score(
        runSystem(ctx, 'nb', () => {
          const brief = core.briefFromHtml(html, { url: page.url });
          return titleAndText(brief.title, brief.text);
        }),
      )
    : null;
  const ref = score(
    runSystem(ctx, 'ref', () => {
      const r = readabilityFromHtml(html, page.url, false);
      return titleAndText(r.title, r.textContent);
    }),
  );
  // A system that threw scores as if it returned nothing.
  for (const s of [nb, ref]) if (s && !s.score) s.score = scoreSnippets('', page.with, page.without);
  return { kind: 'snippets', id: page.id, url: page.url, charset, nb, ref };
}

/** Blocks (with at least one word) not contained in `b`, after white-space normalisation. */
function missingBlocks(blocks: readonly string[], b: string): string[] {
  const hay = normalizeSpace(b);
  return blocks.map(normalizeSpace).filter((s) => words(s).length > 0 && !hay.includes(s));
}

function longestFew(blocks: string[], n = 2): string[] {
  return [...blocks]
    .sort((x, y) => y.length - x.length)
    .slice(0, n)
    .map((s) => clip(s));
}

function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function evaluateReferencePage(
  page: ReferencePage,
  core: CoreApi | null,
  expectedHtml: string,
  ctx: RunContext,
): ReferenceCaseResult {
  const { text: html, charset } = readPage(page.path);
  const meta = page.metadata;
  const expectedText = htmlToText(expectedHtml);
  const expectedBlocks = expectedText.split('\n').filter((s) => s.trim());

  const judge = (run: {
    value: { got: Record<Exclude<Field, 'titleCore'>, string | boolean | null>; text: string } | null;
    error: string | null;
    ms: number;
  }): ReferenceSystem => {
    const got = run.value?.got;
    const fields: FieldCheck[] = [];
    for (const field of FIELDS) {
      if (field === 'lang' && !('lang' in meta)) continue; // not every case states a language
      const e = meta[SOURCE[field]] ?? null;
      const g = got ? got[SOURCE[field]] : null;
      let ok = false;
      if (got) {
        if (field === 'title') ok = titlesAgree(asText(e), asText(g));
        else if (field === 'titleCore') ok = titlesAgreeSiteAside(asText(e), asText(g));
        else if (field === 'byline') ok = bylinesAgree(asText(e), asText(g));
        else if (field === 'lang') ok = langsAgree(asText(e), asText(g));
        else if (field === 'dir') ok = dirsAgree(asText(e), asText(g));
        else if (field === 'publishedTime') ok = datesAgree(asText(e), asText(g));
        else ok = e === g;
      }
      fields.push({ field, ok, expected: asText(e), got: run.error ? `threw: ${run.error}` : asText(g) });
    }
    const text = run.value?.text ?? '';
    const lost = missingBlocks(expectedBlocks, text);
    const outBlocks = text.split(/\n/).filter((s) => s.trim());
    const leaked = missingBlocks(outBlocks, expectedText);
    return {
      fields,
      token: tokenF1(text, expectedText),
      lostBlocks: lost.length,
      lost: longestFew(lost),
      leakedBlocks: leaked.length,
      leaked: longestFew(leaked),
      words: words(text).length,
      error: run.error,
      ms: run.ms,
    };
  };

  const nb = core
    ? judge(
        runSystem(ctx, 'nb', () => {
          const brief: Brief = core.briefFromHtml(html, { url: null });
          return {
            got: {
              title: brief.title,
              byline: brief.byline,
              lang: brief.lang,
              dir: brief.dir,
              publishedTime: brief.published,
              readerable: brief.isArticle,
            },
            text: brief.text,
          };
        }),
      )
    : null;
  const ref = judge(
    runSystem(ctx, 'ref', () => {
      const r: ReferenceResult = readabilityFromHtml(html, null);
      return {
        got: {
          title: r.title,
          byline: r.byline,
          lang: r.lang,
          dir: r.dir,
          publishedTime: r.publishedTime,
          readerable: r.readerable,
        },
        // The same block-aware text as the expected side, so both are tokenised alike.
        text: htmlToText(r.content),
      };
    }),
  );
  return {
    kind: 'reference',
    id: page.id,
    charset,
    expectedBlocks: expectedBlocks.length,
    expectedWords: words(expectedText).length,
    nb,
    ref,
  };
}

function evaluate(task: Task, core: CoreApi | null, onPhase?: (system: SystemKey) => void): PageResult {
  const ctx: RunContext = { skip: task.skip, onPhase };
  if (task.kind === 'snippets') return evaluateSnippetPage(task.page, core, ctx);
  return evaluateReferencePage(task.page, core, readPage(task.page.expectedHtmlPath).text, ctx);
}

// ---------------------------------------------------------------------------------------------------------------
// Running pages: in-process or over child processes

type ChildMessage =
  | { index: number; result: PageResult }
  | { index: number; phase: SystemKey }
  | { ready: true; coreError: string | null };

async function runChild(): Promise<void> {
  const loaded = await loadCore();
  const core = 'error' in loaded ? null : loaded;
  process.on('message', (msg: { index: number; task: Task } | { done: true }) => {
    if ('done' in msg) {
      process.disconnect();
      return;
    }
    const onPhase = (phase: SystemKey) => process.send!({ index: msg.index, phase } satisfies ChildMessage);
    process.send!({ index: msg.index, result: evaluate(msg.task, core, onPhase) } satisfies ChildMessage);
  });
  process.send!({ ready: true, coreError: 'error' in loaded ? loaded.error : null } satisfies ChildMessage);
}

/** The result of a page whose evaluation process hung or died: both systems count as having thrown. */
function failedResult(task: Task, coreLoaded: boolean, message: string): PageResult {
  if (task.kind === 'snippets') {
    const sys = (): SnippetSystem => ({
      score: scoreSnippets('', task.page.with, task.page.without),
      nearMisses: [],
      error: message,
      ms: 0,
      chars: 0,
    });
    return {
      kind: 'snippets',
      id: task.page.id,
      url: task.page.url,
      charset: '?',
      nb: coreLoaded ? sys() : null,
      ref: sys(),
    };
  }
  const meta = task.page.metadata;
  const sys = (): ReferenceSystem => ({
    fields: FIELDS.filter((f) => f !== 'lang' || 'lang' in meta).map((field) => ({
      field,
      ok: false,
      expected: asText(meta[SOURCE[field]] ?? null),
      got: `threw: ${message}`,
    })),
    token: { precision: 0, recall: 0, f1: 0 },
    lostBlocks: 0,
    lost: [],
    leakedBlocks: 0,
    leaked: [],
    words: 0,
    error: message,
    ms: 0,
  });
  return {
    kind: 'reference',
    id: task.page.id,
    charset: '?',
    expectedBlocks: 0,
    expectedWords: 0,
    nb: coreLoaded ? sys() : null,
    ref: sys(),
  };
}

/**
 * Evaluate every task, in this process (jobs = 1) or over `jobs` child processes fed one page at a time. When a
 * system hangs on a page (longer than `timeoutS`) or kills its process, a fresh process takes over and the page
 * is evaluated again without that system, which is recorded as having thrown there.
 */
async function runAll(
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
    tasks.forEach((task, i) => record(i, evaluate(task, core)));
    return results;
  }
  const script = fileURLToPath(import.meta.url);
  const tsx = import.meta.resolve('tsx');
  const pending: { index: number; task: Task }[] = tasks.map((task, index) => ({ index, task }));
  pending.reverse(); // pop() from the end takes pages in order
  const lane = (): Promise<void> =>
    new Promise<void>((done, fail) => {
      const child = fork(script, ['--child'], {
        execArgv: ['--import', tsx],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
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
          record(index, failedResult(task, core !== null, `${phase ? SYSTEM_NAMES[phase] : 'evaluation'} ${why}`));
        }
      };
      const feed = () => {
        const item = pending.pop();
        if (!item) {
          child.send({ done: true });
          return;
        }
        current = { ...item, phase: null };
        child.send(item);
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

// ---------------------------------------------------------------------------------------------------------------
// Reports

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function snippetTotals(results: SnippetResult[], which: 'nb' | 'ref') {
  let c: Confusion = { tp: 0, fn: 0, fp: 0, tn: 0 };
  let errors = 0;
  let near = 0;
  const ms: number[] = [];
  for (const r of results) {
    const s = r[which];
    if (!s) continue;
    c = addConfusion(c, s.score!);
    near += s.nearMisses.length;
    if (s.error) errors++;
    ms.push(s.ms);
  }
  return {
    confusion: c,
    ...prf(c),
    errors,
    nearMisses: near,
    msMedian: median(ms),
    msTotal: ms.reduce((a, b) => a + b, 0),
  };
}

function printSnippetReport(results: SnippetResult[], opts: Options, coreError: string | null) {
  const nb = coreError ? null : snippetTotals(results, 'nb');
  const ref = snippetTotals(results, 'ref');
  const nWith = results.reduce((a, r) => a + r.ref.score!.tp + r.ref.score!.fn, 0);
  const nWithout = results.reduce((a, r) => a + r.ref.score!.fp + r.ref.score!.tn, 0);
  console.log(
    `trafilatura-eval: ${results.length} page${results.length === 1 ? '' : 's'}, ${nWith} "with" + ${nWithout} "without" snippets`,
  );
  console.log('Scored text: title + "\\n" + text (Newsbrief: brief.title, brief.text; Readability.js: title,');
  console.log('textContent), white space collapsed on both sides of every comparison.\n');
  const row = (label: string, a: string, b: string, d = '') =>
    console.log(`  ${pad(label, 16)}${lpad(a, 18)}${lpad(b, 20)}${lpad(d, 10)}`);
  row('', 'Newsbrief', 'Readability.js', 'Δ');
  for (const k of ['precision', 'recall', 'f1', 'accuracy'] as const) {
    row(
      k === 'f1' ? 'F1' : k,
      nb ? f3(nb[k]) : 'n/a',
      f3(ref[k]),
      nb ? (nb[k] - ref[k] >= 0 ? '+' : '') + f3(nb[k] - ref[k]) : '',
    );
  }
  const cm = (t: ReturnType<typeof snippetTotals>) =>
    `${t.confusion.tp}/${t.confusion.fn}/${t.confusion.fp}/${t.confusion.tn}`;
  row('TP/FN/FP/TN', nb ? cm(nb) : 'n/a', cm(ref));
  row('FN near misses', nb ? String(nb.nearMisses) : 'n/a', String(ref.nearMisses));
  row('pages threw', nb ? String(nb.errors) : 'n/a', String(ref.errors));
  row('ms/page median', nb ? nb.msMedian.toFixed(1) : 'n/a', ref.msMedian.toFixed(1));
  row('CPU s, total', nb ? (nb.msTotal / 1000).toFixed(1) : 'n/a', (ref.msTotal / 1000).toFixed(1));
  console.log('\n  FN near misses: lost snippets present once case, punctuation and spacing are ignored.');
  if (coreError) console.log(`\n  Newsbrief not scored: ${coreError}`);
  else if (nb!.errors > 0) {
    console.log(`\n  The core threw on ${nb!.errors} page(s) (must be 0):`);
    for (const r of results.filter((x) => x.nb?.error).slice(0, 20)) console.log(`    ${r.id}: ${r.nb!.error}`);
  }
  printCharsets(results);

  if (opts.worst > 0) {
    const which = coreError ? 'ref' : 'nb';
    const badness = (r: SnippetResult) => {
      const s = r[which]!;
      return s.error ? Number.POSITIVE_INFINITY : s.score!.fn + s.score!.fp;
    };
    const worst = [...results]
      .filter((r) => badness(r) > 0)
      .sort((a, b) => badness(b) - badness(a) || b[which]!.score!.fn - a[which]!.score!.fn || (a.id < b.id ? -1 : 1))
      .slice(0, opts.worst);
    const name = which === 'nb' ? 'Newsbrief' : 'Readability.js';
    console.log(`\nWorst ${worst.length} pages for ${name} (lost "with" + leaked "without" snippets):`);
    worst.forEach((r, i) => {
      const s = r[which]!;
      const sc = s.score!;
      const other = which === 'nb' ? `; Readability.js lost ${r.ref.score!.fn}, leaked ${r.ref.score!.fp}` : '';
      console.log(
        `${lpad(String(i + 1), 3)}. ${r.id}  lost ${sc.fn}/${sc.tp + sc.fn}, leaked ${sc.fp}/${sc.fp + sc.tn}` +
          `, ${s.chars} chars${other}`,
      );
      if (r.url) console.log(`      ${r.url}`);
      if (s.error) console.log(`      ! threw   ${s.error}`);
      for (const m of sc.missed) {
        const near = s.nearMisses.includes(m) ? '  (present ignoring case/punctuation/spacing)' : '';
        console.log(`      - lost    "${clip(m)}"${near}`);
      }
      for (const m of sc.leaked) console.log(`      + leaked  "${clip(m)}"`);
    });
  }
  return { newsbrief: nb, readability: ref };
}

function printCharsets(results: { charset: string }[]) {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.charset, (counts.get(r.charset) ?? 0) + 1);
  const list = [...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
  console.log(`\n  Charsets read: ${list.join(', ')}`);
}

function referenceTotals(results: ReferenceCaseResult[], which: 'nb' | 'ref') {
  const fields = new Map<Field, { ok: number; n: number }>();
  const f1s: number[] = [];
  const ps: number[] = [];
  const rs: number[] = [];
  let errors = 0;
  const ms: number[] = [];
  for (const r of results) {
    const s = r[which];
    if (!s) continue;
    for (const f of s.fields) {
      const t = fields.get(f.field) ?? { ok: 0, n: 0 };
      t.n++;
      if (f.ok) t.ok++;
      fields.set(f.field, t);
    }
    f1s.push(s.token.f1);
    ps.push(s.token.precision);
    rs.push(s.token.recall);
    if (s.error) errors++;
    ms.push(s.ms);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
  return {
    fields: Object.fromEntries(FIELDS.map((f) => [f, fields.get(f) ?? { ok: 0, n: 0 }])) as Record<
      Field,
      { ok: number; n: number }
    >,
    tokenF1: mean(f1s),
    tokenPrecision: mean(ps),
    tokenRecall: mean(rs),
    tokenF1Median: median(f1s),
    below05: f1s.filter((x) => x < 0.5).length,
    errors,
    msMedian: median(ms),
    msTotal: ms.reduce((a, b) => a + b, 0),
  };
}

function printReferenceReport(results: ReferenceCaseResult[], opts: Options, coreError: string | null) {
  const nb = coreError ? null : referenceTotals(results, 'nb');
  const ref = referenceTotals(results, 'ref');
  console.log(`readability-test-pages: ${results.length} cases`);
  console.log('Agreement with expected-metadata.json (title exact after white-space normalisation, and again with a');
  console.log(
    'site name set off by a separator ("Headline | Site", "Site - Headline") set aside on either side; byline ignoring',
  );
  console.log('case and a leading "By"; lang on the primary tag, scored where the case states one; dir with null');
  console.log('= ltr; publishedTime same instant, or same day when one side has only a date; readerable =');
  console.log('brief.isArticle / isProbablyReaderable). Token F1: lower-cased words, multiset overlap, against the');
  console.log('text of expected.html (Newsbrief: brief.text; Readability.js: the text of its content).\n');
  const row = (label: string, a: string, b: string) => console.log(`  ${pad(label, 18)}${lpad(a, 14)}${lpad(b, 16)}`);
  row('', 'Newsbrief', 'Readability.js');
  for (const f of FIELDS) {
    const cell = (t: ReturnType<typeof referenceTotals> | null) => (t ? `${t.fields[f].ok}/${t.fields[f].n}` : 'n/a');
    row(LABEL[f], cell(nb), cell(ref));
  }
  const num = (
    t: ReturnType<typeof referenceTotals> | null,
    k: 'tokenF1' | 'tokenPrecision' | 'tokenRecall' | 'tokenF1Median',
  ) => (t ? f3(t[k]) : 'n/a');
  row('token F1 (mean)', num(nb, 'tokenF1'), num(ref, 'tokenF1'));
  row('token F1 (median)', num(nb, 'tokenF1Median'), num(ref, 'tokenF1Median'));
  row(
    'token P / R',
    nb ? `${f3(nb.tokenPrecision)}/${f3(nb.tokenRecall)}` : 'n/a',
    `${f3(ref.tokenPrecision)}/${f3(ref.tokenRecall)}`,
  );
  row('token F1 < 0.5', nb ? String(nb.below05) : 'n/a', String(ref.below05));
  row('pages threw', nb ? String(nb.errors) : 'n/a', String(ref.errors));
  row('ms/page median', nb ? nb.msMedian.toFixed(1) : 'n/a', ref.msMedian.toFixed(1));
  if (coreError) console.log(`\n  Newsbrief not scored: ${coreError}`);
  else if (nb!.errors > 0) {
    console.log(`\n  The core threw on ${nb!.errors} page(s) (must be 0):`);
    for (const r of results.filter((x) => x.nb?.error)) console.log(`    ${r.id}: ${r.nb!.error}`);
  }

  if (opts.worst > 0) {
    const which = coreError ? 'ref' : 'nb';
    const misses = (r: ReferenceCaseResult) => r[which]!.fields.filter((f) => !f.ok).length;
    const worst = [...results]
      .filter((r) => r[which]!.error || r[which]!.token.f1 < 0.999 || misses(r) > 0)
      .sort(
        (a, b) =>
          Number(!!b[which]!.error) - Number(!!a[which]!.error) ||
          a[which]!.token.f1 - b[which]!.token.f1 ||
          misses(b) - misses(a) ||
          (a.id < b.id ? -1 : 1),
      )
      .slice(0, opts.worst);
    const name = which === 'nb' ? 'Newsbrief' : 'Readability.js';
    console.log(`\nWorst ${worst.length} cases for ${name} (lowest token F1, then most metadata mismatches):`);
    worst.forEach((r, i) => {
      const s = r[which]!;
      const other = which === 'nb' ? `; Readability.js F1 ${f3(r.ref.token.f1)}` : '';
      console.log(
        `${lpad(String(i + 1), 3)}. ${r.id}  token F1 ${f3(s.token.f1)} (P ${f3(s.token.precision)} R ${f3(s.token.recall)})` +
          `, ${s.words}/${r.expectedWords} words${other}`,
      );
      if (s.error) console.log(`      ! threw   ${s.error}`);
      for (const f of s.error ? [] : s.fields.filter((x) => !x.ok)) {
        console.log(`      ≠ ${pad(f.field, 13)} expected ${show(f.expected)}, got ${show(f.got)}`);
      }
      if (s.lostBlocks) console.log(`      - lost    ${s.lostBlocks}/${r.expectedBlocks} expected blocks, e.g.`);
      for (const m of s.lost) console.log(`                "${m}"`);
      if (s.leakedBlocks) console.log(`      + leaked  ${s.leakedBlocks} blocks not in expected.html, e.g.`);
      for (const m of s.leaked) console.log(`                "${m}"`);
    });
  }
  return { newsbrief: nb, readability: ref };
}

function show(v: string | null): string {
  return v === null ? 'null' : `"${clip(v, 70)}"`;
}

function verboseLine(r: PageResult): string {
  if (r.kind === 'snippets') {
    const cell = (s: SnippetSystem | null) =>
      s
        ? `${s.error ? 'THREW ' : ''}with ${s.score!.tp}/${s.score!.tp + s.score!.fn} leaked ${s.score!.fp}/${s.score!.fp + s.score!.tn}`
        : 'n/a';
    return `${r.id}  NB ${cell(r.nb)} | RD ${cell(r.ref)}  [${r.charset}]`;
  }
  const cell = (s: ReferenceSystem | null) =>
    s
      ? `${s.error ? 'THREW ' : ''}F1 ${f3(s.token.f1)} ` +
        s.fields.map((f) => `${f.field}${f.ok ? '✓' : '✗'}`).join(' ')
      : 'n/a';
  return `${r.id}  NB ${cell(r.nb)} | RD ${cell(r.ref)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

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

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function intOption(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) usageError(`--${name} needs a whole number, got "${v}"`);
  return Number(v);
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        limit: { type: 'string' },
        worst: { type: 'string' },
        only: { type: 'string' },
        json: { type: 'string' },
        jobs: { type: 'string' },
        timeout: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    usageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) usageError('Give exactly one corpus folder.');
  const jobs = intOption('jobs', values.jobs, Math.min(availableParallelism(), 4));
  return {
    dir: resolve(positionals[0]!),
    limit: intOption('limit', values.limit, Number.POSITIVE_INFINITY),
    worst: intOption('worst', values.worst, 10),
    only: values.only ?? null,
    json: values.json ?? null,
    jobs: Math.max(1, jobs),
    timeout: Math.max(1, intOption('timeout', values.timeout, 60)),
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
  let tasks: Task[] =
    kind === 'trafilatura-eval'
      ? loadSnippetCorpus(opts.dir).map((page) => ({ kind: 'snippets' as const, page }))
      : loadReferenceCorpus(opts.dir).map((page) => ({ kind: 'reference' as const, page }));
  if (opts.only) {
    const only = opts.only;
    tasks = tasks.filter((t) => t.page.id.includes(only) || ('url' in t.page && t.page.url?.includes(only)));
  }
  tasks = tasks.slice(0, opts.limit);
  if (tasks.length === 0) {
    console.log('No pages selected.');
    return;
  }

  const loaded = await loadCore();
  const coreError = 'error' in loaded ? loaded.error : null;
  const core = 'error' in loaded ? null : loaded;
  const jobs = Math.min(opts.jobs, tasks.length);
  const results = await runAll(tasks, { jobs, timeoutS: opts.timeout }, core, (r) => {
    if (opts.verbose) console.log(verboseLine(r));
  });
  if (opts.verbose) console.log('');

  const totals =
    kind === 'trafilatura-eval'
      ? printSnippetReport(results as SnippetResult[], opts, coreError)
      : printReferenceReport(results as ReferenceCaseResult[], opts, coreError);
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

if (process.argv[2] === '--child') {
  await runChild();
} else {
  await main();
}
