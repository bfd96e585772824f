/**
 * The detection scorer (test/fixtures/non-articles/: pages that are not articles, such as home pages, listings,
 * search results): how many of them each system wrongly calls an article. Nothing is extracted or scored but that.
 */
import type { CoreApi } from '../../lib/core';
import { parseForReference } from '../../lib/readability-ref';
import { readPage } from '../../lib/pages';
import { isProbablyReaderable } from '@mozilla/readability';
import type { PlainPage } from '../corpora';
import { detection, fmtShare } from '../report';
import {
  type PageResult,
  type Run,
  type RunContext,
  runSystem,
  type Scorer,
  type SystemResult,
  briefWithVerdict,
} from './scorer';

export interface DetectionResult extends PageResult {
  kind: 'detection';
}

function evaluate(page: PlainPage, core: CoreApi | null, ctx: RunContext): DetectionResult {
  const { text: html, charset } = readPage(page.path);
  const judge = (run: Run<{ isArticle: boolean; verdict?: string }>): SystemResult => ({
    error: run.error,
    ms: run.ms,
    isArticle: run.value?.isArticle ?? false,
    verdict: run.value?.verdict,
  });
  const nb = core
    ? judge(
        runSystem(ctx, 'nb', () => {
          const { brief, verdict } = briefWithVerdict(core, html, null);
          return { isArticle: brief.isArticle, verdict };
        }),
      )
    : null;
  const ref = judge(runSystem(ctx, 'ref', () => ({ isArticle: isProbablyReaderable(parseForReference(html, null)) })));
  return { kind: 'detection', id: page.id, charset, expectArticle: false, nb, ref };
}

function failed(page: PlainPage, coreLoaded: boolean, message: string): DetectionResult {
  const sys = (): SystemResult => ({ error: message, ms: 0, isArticle: false });
  return {
    kind: 'detection',
    id: page.id,
    charset: '?',
    expectArticle: false,
    nb: coreLoaded ? sys() : null,
    ref: sys(),
  };
}

function report(results: DetectionResult[], _opts: unknown, coreError: string | null) {
  const { nbWrong: nb, refWrong: ref } = detection(results, coreError);
  const threw = results.filter((r) => r.nb?.error).length;
  console.log(`non-articles: ${results.length} pages that are not articles (test/fixtures/non-articles/)`);
  console.log(
    `  Called articles (wrongly): Newsbrief (brief.isArticle) ${fmtShare(nb, results.length)},` +
      ` Readability.js (isProbablyReaderable) ${fmtShare(ref, results.length)}` +
      (threw ? `; the core threw on ${threw} page(s) (must be 0)` : ''),
  );
  return { pages: results.length, calledArticles: { newsbrief: nb, readability: ref }, threw };
}

function printWorst(results: DetectionResult[], n: number) {
  const wrong = results.filter((r) => r.nb?.isArticle).slice(0, n);
  if (wrong.length) console.log(`  Called articles by Newsbrief: ${wrong.map((r) => r.id).join(', ')}`);
}

function verboseLine(r: DetectionResult): string {
  const cell = (s: SystemResult | null) =>
    s ? `${s.error ? 'THREW ' : ''}${s.isArticle ? 'article' : 'not article'}` : 'n/a';
  return `${r.id}  NB ${cell(r.nb)} | RD ${cell(r.ref)}`;
}

export const detectionScorer: Scorer<PlainPage, DetectionResult> = {
  evaluate,
  failed,
  report,
  summary: () => null,
  printWorst,
  verboseLine,
};
