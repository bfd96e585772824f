/**
 * The reference scorer (readability-test-pages): agreement of each metadata field with expected-metadata.json,
 * and token precision, recall and F1 of the body text against the text of expected.html.
 */
import { words } from '../../../utils/common/text';
import type { CoreApi } from '../../lib/core';
import { htmlToText, readPage } from '../../lib/pages';
import { readabilityFromHtml, type ReferenceResult } from '../../lib/readability-ref';
import { median, sum } from '../../lib/stats';
import { asText, type Field, fieldAgrees, FIELDS, LABEL, SOURCE } from '../agree';
import type { ReferencePage } from '../corpora';
import { longestFew, missingBlocks, tokenF1, type TokenScore, tokenTotals } from '../metrics';
import { f3, lpad, pad, printCoreErrors, printTokenRows, tokenSummary, show, tableRow } from '../report';
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

interface FieldCheck {
  field: Field;
  ok: boolean;
  expected: string | null;
  got: string | null;
}

export interface ReferenceSystem extends SystemResult {
  fields: FieldCheck[];
  token: TokenScore;
  /** Expected blocks absent from the output: count and the longest few (clipped). */
  lostBlocks: number;
  lost: string[];
  /** Output paragraphs absent from the expected text. */
  leakedBlocks: number;
  leaked: string[];
  words: number;
}

export interface ReferenceCaseResult extends PageResult {
  kind: 'reference';
  expectedBlocks: number;
  expectedWords: number;
  nb: ReferenceSystem | null;
  ref: ReferenceSystem;
}

/** What a system gives for a case: its metadata fields and its body text. */
interface Output {
  got: Record<Exclude<Field, 'titleCore'>, string | boolean | null>;
  text: string;
  verdict?: string;
}

/** The fields a case scores: every field, except lang where the case states none. */
function fieldsOf(meta: Record<string, unknown>): Field[] {
  return FIELDS.filter((f) => f !== 'lang' || 'lang' in meta);
}

function evaluate(page: ReferencePage, core: CoreApi | null, ctx: RunContext): ReferenceCaseResult {
  const { text: html, charset } = readPage(page.path);
  const meta = page.metadata;
  const expectedText = htmlToText(readPage(page.expectedHtmlPath).text);
  const expectedBlocks = expectedText.split('\n').filter((s) => s.trim());

  const judge = (run: Run<Output>): ReferenceSystem => {
    const got = run.value?.got;
    const fields: FieldCheck[] = fieldsOf(meta).map((field) => {
      const e = meta[SOURCE[field]] ?? null;
      const g = got ? got[SOURCE[field]] : null;
      const ok = got ? fieldAgrees(field, e, g) : false;
      return { field, ok, expected: asText(e), got: run.error ? `threw: ${run.error}` : asText(g) };
    });
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
      verdict: run.value?.verdict,
      error: run.error,
      ms: run.ms,
      isArticle: run.value?.got.readerable === true,
    };
  };

  const nb = core
    ? judge(
        runSystem(ctx, 'nb', () => {
          const { brief, verdict } = briefWithVerdict(core, html, null);
          const { title, byline, lang, dir, published: publishedTime, isArticle: readerable } = brief;
          return {
            got: { title, byline, lang, dir, publishedTime, readerable },
            text: brief.text,
            verdict,
          };
        }),
      )
    : null;
  const ref = judge(
    runSystem(ctx, 'ref', () => {
      const r: ReferenceResult = readabilityFromHtml(html, null);
      const { title, byline, lang, dir, publishedTime, readerable } = r;
      // The same block-aware text as the expected side, so both are tokenised alike.
      return { got: { title, byline, lang, dir, publishedTime, readerable }, text: htmlToText(r.content) };
    }),
  );
  return {
    kind: 'reference',
    id: page.id,
    charset,
    expectArticle: meta.readerable !== false,
    expectedBlocks: expectedBlocks.length,
    expectedWords: words(expectedText).length,
    nb,
    ref,
  };
}

function failed(page: ReferencePage, coreLoaded: boolean, message: string): ReferenceCaseResult {
  const meta = page.metadata;
  const sys = (): ReferenceSystem => ({
    fields: fieldsOf(meta).map((field) => ({
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
    isArticle: false,
  });
  return {
    kind: 'reference',
    id: page.id,
    charset: '?',
    expectArticle: meta.readerable !== false,
    expectedBlocks: 0,
    expectedWords: 0,
    nb: coreLoaded ? sys() : null,
    ref: sys(),
  };
}

function totals(results: ReferenceCaseResult[], which: 'nb' | 'ref') {
  const fields = new Map<Field, { ok: number; n: number }>();
  const systems = results.map((r) => r[which]).filter((s) => s !== null);
  for (const s of systems) {
    for (const f of s.fields) {
      const t = fields.get(f.field) ?? { ok: 0, n: 0 };
      t.n++;
      if (f.ok) t.ok++;
      fields.set(f.field, t);
    }
  }
  const ms = systems.map((s) => s.ms);
  return {
    fields: Object.fromEntries(FIELDS.map((f) => [f, fields.get(f) ?? { ok: 0, n: 0 }])) as Record<
      Field,
      { ok: number; n: number }
    >,
    token: tokenTotals(systems.map((s) => s.token)),
    errors: systems.filter((s) => s.error).length,
    msMedian: median(ms),
    msTotal: sum(ms),
  };
}

type Totals = ReturnType<typeof totals>;

function report(results: ReferenceCaseResult[], opts: ReportOptions, coreError: string | null) {
  const nb = coreError ? null : totals(results, 'nb');
  const ref = totals(results, 'ref');
  console.log(`${opts.corpus}: ${results.length} cases`);
  console.log('Agreement with expected-metadata.json (title exact after white-space normalisation, and again with a');
  console.log(
    'site name set off by a separator ("Headline | Site", "Site - Headline") set aside on either side; byline ignoring',
  );
  console.log('case and a leading "By"; lang on the primary tag, scored where the case states one; dir with null');
  console.log('= ltr; publishedTime same instant, or same day when one side has only a date; readerable =');
  console.log('brief.isArticle / isProbablyReaderable). Token F1: lower-cased words, multiset overlap, against the');
  console.log('text of expected.html (Newsbrief: brief.text; Readability.js: the text of its content), mean over');
  console.log('cases, 95% intervals by bootstrap over cases (1000 resamples, fixed seed).\n');
  const row = tableRow([18, 16, 18]);
  row('', 'Newsbrief', 'Readability.js');
  for (const f of FIELDS) {
    const cell = (t: Totals | null) => (t ? `${t.fields[f].ok}/${t.fields[f].n}` : 'n/a');
    row(LABEL[f], cell(nb), cell(ref));
  }
  printTokenRows(row, nb?.token ?? null, ref.token);
  row('pages threw', nb ? String(nb.errors) : 'n/a', String(ref.errors));
  row('ms/page median', nb ? nb.msMedian.toFixed(1) : 'n/a', ref.msMedian.toFixed(1));
  printCoreErrors(results, coreError);
  return { newsbrief: nb, readability: ref };
}

function summary(results: ReferenceCaseResult[], coreError: string | null): Summary {
  return tokenSummary(coreError ? null : totals(results, 'nb').token, totals(results, 'ref').token);
}

function printWorst(results: ReferenceCaseResult[], n: number, which: SystemKey) {
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
    .slice(0, n);
  console.log(
    `\nWorst ${worst.length} cases for ${SYSTEM_NAMES[which]} (lowest token F1, then most metadata mismatches):`,
  );
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

function verboseLine(r: ReferenceCaseResult): string {
  const cell = (s: ReferenceSystem | null) =>
    s
      ? `${s.error ? 'THREW ' : ''}F1 ${f3(s.token.f1)} ` +
        s.fields.map((f) => `${f.field}${f.ok ? '✓' : '✗'}`).join(' ')
      : 'n/a';
  return `${r.id}  NB ${cell(r.nb)} | RD ${cell(r.ref)}`;
}

export const referenceScorer: Scorer<ReferencePage, ReferenceCaseResult> = {
  evaluate,
  failed,
  report,
  summary,
  printWorst,
  verboseLine,
};
