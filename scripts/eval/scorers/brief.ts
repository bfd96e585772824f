/**
 * The brief-set scorer (`npm run eval:brief`, the hand-annotated pages of test/brief-set/): every field of the
 * brief scored against the page's gold, for Newsbrief and for a naive brief built on Readability.js, reported per
 * language group. The matching rules are in ../brief-match.ts and printed in the report's header.
 */
import type { CoreApi } from '../../lib/core';
import { readPage } from '../../lib/pages';
import { BRIEF_RULES, GROUPS, type GroupKey, groupOf, printGroupTable, printWorstPages } from '../brief-report';
import { type BriefScores, PAGE_FIELDS, type PageField, scoreView } from '../brief-score';
import type { BriefPage } from '../brief-set';
import { systemTotals, type SystemTotals } from '../brief-totals';
import { type BriefView, emptyView, naiveBrief, viewOfBrief } from '../brief-view';
import { printCharsets, printCoreErrors } from '../report';
import {
  type PageResult,
  type ReportOptions,
  type Run,
  type RunContext,
  runSystem,
  type Scorer,
  SYSTEM_NAMES,
  type SystemKey,
  type SystemResult,
} from './scorer';

export interface BriefSystem extends SystemResult {
  scores: BriefScores;
}

export interface BriefResult extends PageResult {
  kind: 'brief';
  url: string | null;
  lang: string;
  group: Exclude<GroupKey, 'all'>;
  expected: Record<PageField, string | null> & { ledeAlt: string | null };
  nb: BriefSystem | null;
  ref: BriefSystem;
}

function expectedOf(page: BriefPage): BriefResult['expected'] {
  const g = page.gold;
  return {
    title: g.title,
    byline: g.byline,
    date: g.published,
    lede: g.lede,
    ledeAlt: g.ledeAlt,
    closing: g.closing,
  };
}

function result(page: BriefPage, charset: string, nb: BriefSystem | null, ref: BriefSystem): BriefResult {
  return {
    kind: 'brief',
    id: page.id,
    url: page.url,
    lang: page.gold.lang,
    group: groupOf(page.gold.lang),
    charset,
    expectArticle: true,
    expected: expectedOf(page),
    nb,
    ref,
  };
}

function evaluate(page: BriefPage, core: CoreApi | null, ctx: RunContext): BriefResult {
  const { text: html, charset } = readPage(page.path);
  // A system that threw is scored as a brief with nothing found.
  const judge = (run: Run<BriefView>, which: SystemKey): BriefSystem => ({
    scores: scoreView(page.gold, run.value ?? emptyView(which)),
    error: run.error,
    ms: run.ms,
    isArticle: run.value?.isArticle ?? false,
  });
  const nb = core
    ? judge(
        runSystem(ctx, 'nb', () => viewOfBrief(core.briefFromHtml(html, { url: page.url }))),
        'nb',
      )
    : null;
  const ref = judge(
    runSystem(ctx, 'ref', () => naiveBrief(html, page.url)),
    'ref',
  );
  return result(page, charset, nb, ref);
}

function failed(page: BriefPage, coreLoaded: boolean, message: string): BriefResult {
  const sys = (which: SystemKey): BriefSystem => ({
    scores: scoreView(page.gold, emptyView(which)),
    error: message,
    ms: 0,
    isArticle: false,
  });
  return result(page, '?', coreLoaded ? sys('nb') : null, sys('ref'));
}

/** Both systems' totals over each language group. */
function totals(results: BriefResult[], coreError: string | null) {
  const over = (rs: BriefResult[], which: SystemKey): SystemTotals =>
    systemTotals(rs.flatMap((r) => (r[which] ? [{ error: r[which].error, scores: r[which].scores }] : [])));
  return GROUPS.map(({ key, label }) => {
    const rs = key === 'all' ? results : results.filter((r) => r.group === key);
    return {
      group: key,
      label,
      pages: rs.length,
      newsbrief: coreError ? null : over(rs, 'nb'),
      reference: over(rs, 'ref'),
    };
  });
}

function report(results: BriefResult[], opts: ReportOptions, coreError: string | null) {
  console.log(`${opts.corpus}: ${results.length} page${results.length === 1 ? '' : 's'}`);
  console.log(BRIEF_RULES);
  const groups = totals(results, coreError);
  for (const g of groups) {
    if (g.pages > 0) printGroupTable(g.label, g.newsbrief, g.reference);
  }
  const skipped = results.flatMap((r) => r.ref.scores.junkSkipped.map((j) => `${r.id}: "${j}"`));
  if (skipped.length) {
    console.log(`\n  Gold junk not scored, being part of the gold's own story text (a gold error): ${skipped.length}`);
    for (const line of skipped) console.log(`    ${line}`);
  }
  printCoreErrors(results, coreError, 20);
  printCharsets(results);
  return { rules: BRIEF_RULES, groups };
}

function printWorst(results: BriefResult[], n: number, which: SystemKey) {
  const other: SystemKey = which === 'nb' ? 'ref' : 'nb';
  const pages = results.flatMap((r) => {
    const s = r[which];
    if (!s) return [];
    const o = r[other];
    const verdicts = o
      ? (Object.fromEntries(PAGE_FIELDS.map((f) => [f, o.scores.fields[f].ok])) as Record<PageField, boolean>)
      : null;
    return [{ id: r.id, expected: r.expected, scores: s.scores, other: verdicts }];
  });
  printWorstPages(pages, n, SYSTEM_NAMES[which], SYSTEM_NAMES[other]);
}

function verboseLine(r: BriefResult): string {
  const cell = (s: BriefSystem | null) =>
    s
      ? `${s.error ? 'THREW ' : ''}${PAGE_FIELDS.map((f) => `${f}${s.scores.fields[f].ok ? '✓' : '✗'}`).join(' ')}`
      : 'n/a';
  return `${r.id}  NB ${cell(r.nb)} | RD ${cell(r.ref)}`;
}

export const briefScorer: Scorer<BriefPage, BriefResult> = {
  evaluate,
  failed,
  report,
  summary: () => null,
  printWorst,
  verboseLine,
};
