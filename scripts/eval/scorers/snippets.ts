/**
 * The snippet scorer (trafilatura-eval): over all pages, each `with` snippet found in a system's title + text is
 * a true positive and each one missed a false negative; each `without` snippet found is a false positive and each
 * one absent a true negative. Precision, recall, F1 and accuracy of the pooled counts.
 */
import type { CoreApi } from '../../lib/core';
import { readPage } from '../../lib/pages';
import { readabilityFromHtml } from '../../lib/readability-ref';
import { clip } from '../../lib/text';
import { median, sum } from '../../lib/stats';
import type { SnippetPage } from '../corpora';
import {
  addConfusion,
  type Confusion,
  nearMisses,
  prf,
  scoreSnippets,
  type SnippetScore,
  snippetIntervals,
} from '../metrics';
import { f3, fmtInterval, lpad, printCharsets, printCoreErrors, tableRow } from '../report';
import {
  type PageResult,
  type ReportOptions,
  type Run,
  type RunContext,
  runSystem,
  type Scorer,
  type Summary,
  SYSTEM_NAMES,
  type SystemKey,
  type SystemResult,
  briefWithVerdict,
} from './scorer';

export interface SnippetSystem extends SystemResult {
  score: SnippetScore;
  /** Lost snippets that are present once case, punctuation and white space are ignored. */
  nearMisses: string[];
  /** Length of the scored text (title + text). */
  chars: number;
}

export interface SnippetResult extends PageResult {
  kind: 'snippets';
  url: string | null;
  nb: SnippetSystem | null;
  ref: SnippetSystem;
}

/** Title and text joined: a snippet that is the title may legitimately be found in the title. */
export function titleAndText(title: string | null | undefined, text: string | null | undefined): string {
  return `${title ?? ''}\n${text ?? ''}`;
}

function evaluate(page: SnippetPage, core: CoreApi | null, ctx: RunContext): SnippetResult {
  const { text: html, charset } = readPage(page.path);
  // A system that threw scores as if it returned nothing.
  const score = (run: Run<{ text: string; isArticle: boolean; verdict?: string }>): SnippetSystem => {
    const text = run.value?.text ?? '';
    const s = scoreSnippets(text, page.with, page.without);
    return {
      score: s,
      nearMisses: run.value ? nearMisses(text, s.missed) : [],
      error: run.error,
      ms: run.ms,
      isArticle: run.value?.isArticle ?? false,
      verdict: run.value?.verdict,
      chars: run.value?.text.length ?? 0,
    };
  };
  const nb = core
    ? score(
        runSystem(ctx, 'nb', () => {
          const { brief, verdict } = briefWithVerdict(core, html, page.url);
          return {
            text: titleAndText(brief.title, brief.text),
            isArticle: brief.isArticle,
            verdict,
          };
        }),
      )
    : null;
  const ref = score(
    runSystem(ctx, 'ref', () => {
      const r = readabilityFromHtml(html, page.url);
      return { text: titleAndText(r.title, r.textContent), isArticle: r.readerable };
    }),
  );
  return { kind: 'snippets', id: page.id, url: page.url, charset, expectArticle: true, nb, ref };
}

function failed(page: SnippetPage, coreLoaded: boolean, message: string): SnippetResult {
  const sys = (): SnippetSystem => ({
    score: scoreSnippets('', page.with, page.without),
    nearMisses: [],
    error: message,
    ms: 0,
    isArticle: false,
    chars: 0,
  });
  const nb = coreLoaded ? sys() : null;
  return { kind: 'snippets', id: page.id, url: page.url, charset: '?', expectArticle: true, nb, ref: sys() };
}

function totals(results: SnippetResult[], which: 'nb' | 'ref') {
  let c: Confusion = { tp: 0, fn: 0, fp: 0, tn: 0 };
  let errors = 0;
  let near = 0;
  const ms: number[] = [];
  for (const r of results) {
    const s = r[which];
    if (!s) continue;
    c = addConfusion(c, s.score);
    near += s.nearMisses.length;
    if (s.error) errors++;
    ms.push(s.ms);
  }
  const intervals = snippetIntervals(results.flatMap((r) => (r[which] ? [r[which].score] : [])));
  return { confusion: c, ...prf(c), intervals, errors, nearMisses: near, msMedian: median(ms), msTotal: sum(ms) };
}

type Totals = ReturnType<typeof totals>;

function report(results: SnippetResult[], opts: ReportOptions, coreError: string | null) {
  const nb = coreError ? null : totals(results, 'nb');
  const ref = totals(results, 'ref');
  const nWith = results.reduce((a, r) => a + r.ref.score.tp + r.ref.score.fn, 0);
  const nWithout = results.reduce((a, r) => a + r.ref.score.fp + r.ref.score.tn, 0);
  console.log(
    `${opts.corpus}: ${results.length} page${results.length === 1 ? '' : 's'}, ${nWith} "with" + ${nWithout} "without" snippets`,
  );
  console.log('Scored text: title + "\\n" + text (Newsbrief: brief.title, brief.text; Readability.js: title,');
  console.log('textContent), white space collapsed on both sides of every comparison. 95% intervals: bootstrap over');
  console.log('pages (1000 resamples, fixed seed), pooled counts in each resample.\n');
  const row = tableRow([16, 18, 20, 10]);
  row('', 'Newsbrief', 'Readability.js', 'Δ');
  for (const k of ['precision', 'recall', 'f1', 'accuracy'] as const) {
    row(
      k === 'f1' ? 'F1' : k,
      nb ? f3(nb[k]) : 'n/a',
      f3(ref[k]),
      nb ? (nb[k] - ref[k] >= 0 ? '+' : '') + f3(nb[k] - ref[k]) : '',
    );
    if (k !== 'accuracy') row('  95% interval', nb ? fmtInterval(nb.intervals[k]) : '', fmtInterval(ref.intervals[k]));
  }
  const cm = (t: Totals) => `${t.confusion.tp}/${t.confusion.fn}/${t.confusion.fp}/${t.confusion.tn}`;
  row('TP/FN/FP/TN', nb ? cm(nb) : 'n/a', cm(ref));
  row('FN near misses', nb ? String(nb.nearMisses) : 'n/a', String(ref.nearMisses));
  row('pages threw', nb ? String(nb.errors) : 'n/a', String(ref.errors));
  row('ms/page median', nb ? nb.msMedian.toFixed(1) : 'n/a', ref.msMedian.toFixed(1));
  row('CPU s, total', nb ? (nb.msTotal / 1000).toFixed(1) : 'n/a', (ref.msTotal / 1000).toFixed(1));
  console.log('\n  FN near misses: lost snippets present once case, punctuation and spacing are ignored.');
  printCoreErrors(results, coreError, 20);
  printCharsets(results);
  return { newsbrief: nb, readability: ref };
}

function summary(results: SnippetResult[], coreError: string | null): Summary {
  const f1 = (which: SystemKey) => totals(results, which).intervals.f1;
  return { metric: 'snippet F1', nb: coreError ? null : f1('nb'), ref: f1('ref'), below05: null };
}

function printWorst(results: SnippetResult[], n: number, which: SystemKey) {
  const badness = (r: SnippetResult) => {
    const s = r[which]!;
    return s.error ? Number.POSITIVE_INFINITY : s.score.fn + s.score.fp;
  };
  const worst = [...results]
    .filter((r) => badness(r) > 0)
    .sort((a, b) => badness(b) - badness(a) || b[which]!.score.fn - a[which]!.score.fn || (a.id < b.id ? -1 : 1))
    .slice(0, n);
  console.log(`\nWorst ${worst.length} pages for ${SYSTEM_NAMES[which]} (lost "with" + leaked "without" snippets):`);
  worst.forEach((r, i) => {
    const s = r[which]!;
    const sc = s.score;
    const other = which === 'nb' ? `; Readability.js lost ${r.ref.score.fn}, leaked ${r.ref.score.fp}` : '';
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

function verboseLine(r: SnippetResult): string {
  const cell = (s: SnippetSystem | null) =>
    s
      ? `${s.error ? 'THREW ' : ''}with ${s.score.tp}/${s.score.tp + s.score.fn} leaked ${s.score.fp}/${s.score.fp + s.score.tn}`
      : 'n/a';
  return `${r.id}  NB ${cell(r.nb)} | RD ${cell(r.ref)}  [${r.charset}]`;
}

export const snippetScorer: Scorer<SnippetPage, SnippetResult> = {
  evaluate,
  failed,
  report,
  summary,
  printWorst,
  verboseLine,
};
