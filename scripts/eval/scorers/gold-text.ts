/**
 * The gold-text scorer (the broad/ datasets: `pages/<id>.html` + `gold/<id>.txt`): token precision, recall and F1
 * of each system's title + text against the page's gold main text, mean over pages with bootstrap intervals.
 */
import { words } from '../../../utils/common/text';
import type { CoreApi } from '../../lib/core';
import { htmlToText, readPage } from '../../lib/pages';
import { readabilityFromHtml } from '../../lib/readability-ref';
import { median } from '../../lib/stats';
import type { GoldPage } from '../corpora';
import { longestFew, missingBlocks, tokenF1, type TokenScore, tokenTotals } from '../metrics';
import { failReason, groupReasons, REASON_TEXT } from '../reasons';
import { f3, lpad, printCharsets, printCoreErrors, printTokenRows, tokenSummary, tableRow } from '../report';
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
import { titleAndText } from './snippets';

export interface GoldSystem extends SystemResult {
  token: TokenScore;
  words: number;
  /** Gold lines absent from the output, and output lines absent from the gold: counts and the longest two. */
  lostLines: number;
  lost: string[];
  leakedLines: number;
  leaked: string[];
}

export interface GoldResult extends PageResult {
  kind: 'gold-text';
  goldWords: number;
  nb: GoldSystem | null;
  ref: GoldSystem;
}

const lines = (text: string) => text.split('\n').filter((s) => s.trim());

function evaluate(page: GoldPage, core: CoreApi | null, ctx: RunContext): GoldResult {
  const { text: html, charset } = readPage(page.path);
  const gold = page.gold;
  const judge = (run: Run<{ text: string; isArticle: boolean; verdict?: string }>): GoldSystem => {
    const text = run.value?.text ?? '';
    const lost = missingBlocks(lines(gold), text);
    const leaked = missingBlocks(lines(text), gold);
    return {
      token: tokenF1(text, gold),
      words: words(text).length,
      lostLines: lost.length,
      lost: longestFew(lost),
      leakedLines: leaked.length,
      leaked: longestFew(leaked),
      error: run.error,
      ms: run.ms,
      isArticle: run.value?.isArticle ?? false,
      verdict: run.value?.verdict,
    };
  };
  const nb = core
    ? judge(
        runSystem(ctx, 'nb', () => {
          const { brief, verdict } = briefWithVerdict(core, html, null);
          return {
            text: titleAndText(brief.title, brief.text),
            isArticle: brief.isArticle,
            verdict,
          };
        }),
      )
    : null;
  const ref = judge(
    runSystem(ctx, 'ref', () => {
      const r = readabilityFromHtml(html, null);
      // The block-aware text of its content, so that words of adjacent blocks are not glued together.
      return { text: titleAndText(r.title, htmlToText(r.content)), isArticle: r.readerable };
    }),
  );
  const expectArticle = gold !== '';
  return { kind: 'gold-text', id: page.id, charset, expectArticle, goldWords: words(gold).length, nb, ref };
}

function failed(page: GoldPage, coreLoaded: boolean, message: string): GoldResult {
  const sys = (): GoldSystem => ({
    token: { precision: 0, recall: 0, f1: 0 },
    words: 0,
    lostLines: 0,
    lost: [],
    leakedLines: 0,
    leaked: [],
    error: message,
    ms: 0,
    isArticle: false,
  });
  const nb = coreLoaded ? sys() : null;
  const expectArticle = page.gold !== '';
  return { kind: 'gold-text', id: page.id, charset: '?', expectArticle, goldWords: 0, nb, ref: sys() };
}

/** Figures over the pages the gold calls articles (a page without an article counts for detection only). */
function totals(results: GoldResult[], which: SystemKey) {
  const systems = results.flatMap((r) => (r.expectArticle && r[which] ? [r[which]] : []));
  return {
    token: tokenTotals(systems.map((s) => s.token)),
    errors: systems.filter((s) => s.error).length,
    msMedian: median(systems.map((s) => s.ms)),
  };
}

function report(results: GoldResult[], opts: ReportOptions, coreError: string | null) {
  const nb = coreError ? null : totals(results, 'nb');
  const ref = totals(results, 'ref');
  const none = results.filter((r) => !r.expectArticle).length;
  const aside = none ? ` (${none} whose gold says it holds no article: counted for detection only)` : '';
  console.log(`${opts.corpus}: ${results.length} page${results.length === 1 ? '' : 's'} with gold main text${aside}`);
  console.log('Scored text: title + "\\n" + text (Newsbrief: brief.title, brief.text; Readability.js: title and the');
  console.log('block-aware text of its content). Token precision, recall and F1 against the gold text (lower-cased');
  console.log('words, multiset overlap), mean over pages; 95% intervals by bootstrap over pages (1000 resamples,');
  console.log('fixed seed).\n');
  const row = tableRow([18, 16, 18]);
  row('', 'Newsbrief', 'Readability.js');
  printTokenRows(row, nb?.token ?? null, ref.token);
  row('pages threw', nb ? String(nb.errors) : 'n/a', String(ref.errors));
  row('ms/page median', nb ? nb.msMedian.toFixed(1) : 'n/a', ref.msMedian.toFixed(1));
  printCoreErrors(results, coreError, 20);
  const failures = coreError ? [] : printFailures(results);
  printCharsets(results);
  return { newsbrief: nb, readability: ref, failures };
}

/**
 * Every page Newsbrief scores below 0.5 on, grouped by the reason of its failure (reasons.ts), with Readability's
 * F1 beside it (a page both systems fail is often a page whose gold is not its main text). Returns the list.
 */
function printFailures(results: GoldResult[]): { id: string; reason: string; f1: number; ref: number }[] {
  const failed = results.filter((r) => r.expectArticle && r.nb && r.nb.token.f1 < 0.5);
  if (failed.length === 0) return [];
  const reasonOf = (r: GoldResult) => failReason(r.nb!, r.goldWords);
  const both = failed.filter((r) => r.ref.token.f1 < 0.5).length;
  console.log(
    `\n  Pages with Newsbrief F1 < 0.5, by reason (${both} of ${failed.length} below 0.5 for Readability.js too):`,
  );
  for (const [reason, pages] of groupReasons(failed, reasonOf)) {
    console.log(`    ${pages.length} ${REASON_TEXT[reason]}`);
    for (const r of pages) {
      console.log(
        `        ${r.id}  F1 ${f3(r.nb!.token.f1)} (P ${f3(r.nb!.token.precision)} R ${f3(r.nb!.token.recall)}),` +
          ` ${r.nb!.words}/${r.goldWords} words${r.nb!.isArticle ? '' : ', not called an article'};` +
          ` Readability.js ${f3(r.ref.token.f1)}`,
      );
    }
  }
  return failed.map((r) => ({ id: r.id, reason: reasonOf(r), f1: r.nb!.token.f1, ref: r.ref.token.f1 }));
}

function summary(results: GoldResult[], coreError: string | null): Summary {
  return tokenSummary(coreError ? null : totals(results, 'nb').token, totals(results, 'ref').token);
}

function printWorst(results: GoldResult[], n: number, which: SystemKey) {
  const sys = (r: GoldResult) => r[which]!;
  const worst = [...results]
    .filter((r) => r.expectArticle && (sys(r).error || sys(r).token.f1 < 0.999))
    .sort((a, b) => sys(a).token.f1 - sys(b).token.f1 || (a.id < b.id ? -1 : 1))
    .slice(0, n);
  console.log(`\nWorst ${worst.length} pages for ${SYSTEM_NAMES[which]} (lowest token F1 against the gold text):`);
  worst.forEach((r, i) => {
    const s = sys(r);
    const other = which === 'nb' ? `; Readability.js F1 ${f3(r.ref.token.f1)}` : '';
    const { precision: p, recall: rc, f1 } = s.token;
    console.log(
      `${lpad(String(i + 1), 3)}. ${r.id}  token F1 ${f3(f1)} (P ${f3(p)} R ${f3(rc)}), ${s.words}/${r.goldWords} words` +
        `${s.isArticle ? '' : ', not called an article'}${other}`,
    );
    if (s.error) console.log(`      ! threw   ${s.error}`);
    if (s.lostLines) console.log(`      - lost    ${s.lostLines} gold lines, e.g.`);
    for (const m of s.lost) console.log(`                "${m}"`);
    if (s.leakedLines) console.log(`      + leaked  ${s.leakedLines} lines not in the gold text, e.g.`);
    for (const m of s.leaked) console.log(`                "${m}"`);
  });
}

function verboseLine(r: GoldResult): string {
  const cell = (s: GoldSystem | null) =>
    s ? `${s.error ? 'THREW ' : ''}F1 ${f3(s.token.f1)}${s.isArticle ? '' : ' not-article'}` : 'n/a';
  return `${r.id}  NB ${cell(r.nb)} | RD ${cell(r.ref)}  [${r.charset}]`;
}

export const goldTextScorer: Scorer<GoldPage, GoldResult> = {
  evaluate,
  failed,
  report,
  summary,
  printWorst,
  verboseLine,
};
