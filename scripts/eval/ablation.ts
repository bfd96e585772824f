/**
 * `npm run eval:ablation -- [options]`: what each rule family of the boilerplate stage, or each feature group of the
 * content stage (`--stage content`), pays. Each family named in utils/settings/boilerplate.ts (`rules`), or group
 * named in utils/settings/content.ts (`rules`), is switched off in turn, by a settings override passed into the core
 * for that run only (nothing global is changed), and every corpus is scored again. Printed per corpus: the F1 with
 * all rules on, then for each family the change in F1 when it is off, on the dev split and, beside it, on the test
 * split. A family whose removal does not lower dev F1 (delta ≥ 0) does not pay. Decide on dev; the test column is
 * reported, never tuned on.
 *
 * Pages are parsed once and briefed once per variant; the variants are spread over child processes (`--jobs`).
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { briefAndVerdictFromDocument, briefFromDocument, type BriefOptions } from '../../utils/brief';
import { parseHtml } from '../../utils/extract/parse';
import { BOILERPLATE, type BoilerplateSettings } from '../../utils/settings/boilerplate';
import { CONTENT, type ContentRule, type ContentSettings } from '../../utils/settings/content';
import { readArgs, usage, type Usage, wholeNumber } from '../lib/args';
import type { CoreApi } from '../lib/core';
import { corporaRoot } from '../lib/paths';
import { type Corpus, findCorpora, loadCorpus } from './corpora';
import { inSplit, loadStoredTest } from './split';
import { f3 } from './report';
import { scorerFor } from './scorers';
import type { PageResult } from './scorers/scorer';

const USAGE: Usage = usage(`Usage: npm run eval:ablation -- [options]

Switches off each rule family of the boilerplate stage (utils/settings/boilerplate.ts, rules), or each
feature group of the content stage (utils/settings/content.ts, rules), in turn and prints, per corpus, the
F1 change on the dev split and on the test split beside it. Newsbrief only.

Options:
  --stage S       boilerplate (default) or content: whose rules are switched off
  --limit N       only the first N pages of each corpus and split
  --only A,B      only these rule families or groups (names as in the settings' rules)
  --jobs N        worker processes (default: number of CPUs, at most 4)
  --help          this text`);

type Stage = 'boilerplate' | 'content';
type Rule = keyof BoilerplateSettings['rules'] | ContentRule;
const STAGE_RULES: Record<Stage, readonly Rule[]> = {
  boilerplate: Object.keys(BOILERPLATE.rules) as Rule[],
  content: Object.keys(CONTENT.rules) as Rule[],
};
const SPLITS = ['dev', 'test'] as const;

/** One variant's figures: per corpus and split, F1 and pages below 0.5. */
type Figures = Record<string, { f1: number; below05: number | null }>;

/** The settings override with one rule family (boilerplate) or feature group (content) off. */
function settingsWithout(stage: Stage, rule: Rule | null): NonNullable<BriefOptions['settings']> {
  if (!rule) return {};
  if (stage === 'content') {
    const content: ContentSettings = { ...CONTENT, rules: { ...CONTENT.rules, [rule]: false } };
    return { content };
  }
  return { boilerplate: { ...BOILERPLATE, rules: { ...BOILERPLATE.rules, [rule]: false } } };
}

/** The corpora scored by the ablation: every corpus with a headline F1 (not the brief set). */
function corpora(): Corpus[] {
  const root = corporaRoot();
  if (!root) USAGE.error('No corpora folder found: set NEWSBRIEF_CORPORA.');
  return findCorpora(root)
    .filter(({ kind }) => kind !== 'brief-set')
    .map(({ dir, kind }) => loadCorpus(dir, kind));
}

function pagesOf(corpus: Corpus, split: 'dev' | 'test', limit: number): Corpus['pages'] {
  const test = loadStoredTest(corpus.name) ?? new Set<string>();
  return corpus.pages.filter((p) => inSplit(p.id, test, split)).slice(0, limit);
}

/** Score the given variants on every corpus and split. A parsed page is reused by every variant. */
function measure(stage: Stage, variants: readonly (Rule | null)[], limit: number): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  for (const v of variants) out[v ?? 'all rules'] = {};
  for (const corpus of corpora()) {
    const scorer = scorerFor(corpus.scorer);
    for (const split of SPLITS) {
      const pages = pagesOf(corpus, split, limit);
      const results = new Map<string, PageResult[]>(variants.map((v) => [v ?? 'all rules', []]));
      for (const page of pages) {
        let parsed: { html: string; doc: Document } | null = null;
        for (const v of variants) {
          const opts: BriefOptions = { settings: settingsWithout(stage, v) };
          const core: CoreApi = {
            parseHtml,
            briefFromDocument: (doc, o) => briefFromDocument(doc, { ...o, ...opts }),
            briefFromHtml: (html, o) => {
              if (parsed?.html !== html) parsed = { html, doc: parseHtml(html, o.url) };
              return briefFromDocument(parsed.doc, { ...o, ...opts });
            },
            briefAndVerdict: (html, o) => {
              if (parsed?.html !== html) parsed = { html, doc: parseHtml(html, o.url) };
              return briefAndVerdictFromDocument(parsed.doc, { ...o, ...opts });
            },
          };
          const r = scorer.evaluate(page, core, { skip: { system: 'ref', error: 'not run in the ablation' } });
          results.get(v ?? 'all rules')!.push(r);
        }
      }
      for (const [name, res] of results) {
        const summary = scorer.summary(res, null);
        if (!summary?.nb) continue;
        out[name]![`${corpus.name} ${split}`] = { f1: summary.nb.value, below05: summary.below05?.nb ?? null };
      }
    }
  }
  return out;
}

/** Run the variants over `jobs` child processes, each measuring every jobs-th variant. */
async function measureAll(
  stage: Stage,
  variants: readonly (Rule | null)[],
  args: string[],
  limit: number,
  jobs: number,
): Promise<Record<string, Figures>> {
  if (jobs <= 1) return measure(stage, variants, limit);
  const script = fileURLToPath(import.meta.url);
  const tsx = import.meta.resolve('tsx');
  const parts = await Promise.all(
    Array.from(
      { length: jobs },
      (_, k) =>
        new Promise<Record<string, Figures>>((done, fail) => {
          const child = fork(script, args, {
            execArgv: ['--import', tsx],
            env: { ...process.env, NEWSBRIEF_ABLATION_PART: `${k}/${jobs}` },
          });
          child.on('message', (m) => done(m as Record<string, Figures>));
          child.on('exit', (code) => code && fail(new Error(`ablation process ${k} exited with ${code}`)));
        }),
    ),
  );
  return Object.assign({}, ...parts) as Record<string, Figures>;
}

function printTable(figures: Record<string, Figures>, rules: readonly Rule[]): void {
  const base = figures['all rules']!;
  const names = [...new Set(Object.keys(base).map((k) => k.replace(/ (dev|test)$/, '')))].sort();
  const sign = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(4);
  for (const corpus of names) {
    const dev = base[`${corpus} dev`];
    const test = base[`${corpus} test`];
    console.log(
      `\n── ${corpus}: all rules on, F1 dev ${dev ? f3(dev.f1) : '—'} (F1 < 0.5: ${dev?.below05 ?? '—'}), ` +
        `test ${test ? f3(test.f1) : '—'} (F1 < 0.5: ${test?.below05 ?? '—'})`,
    );
    console.log(`  ${'rule family off'.padEnd(16)} ${'Δ F1 dev'.padStart(9)} ${'Δ F1 test'.padStart(10)}  pays on dev`);
    for (const rule of rules) {
      const d = figures[rule]?.[`${corpus} dev`];
      const t = figures[rule]?.[`${corpus} test`];
      const dd = d && dev ? d.f1 - dev.f1 : null;
      const td = t && test ? t.f1 - test.f1 : null;
      const pays = dd === null ? '—' : dd < 0 ? 'yes' : 'no';
      console.log(
        `  ${rule.padEnd(16)} ${(dd === null ? '—' : sign(dd)).padStart(9)} ${(td === null ? '—' : sign(td)).padStart(10)}  ${pays}`,
      );
    }
  }
  // Over all corpora: the mean change, and whether any corpus's dev F1 falls without the family.
  console.log(`\n── every corpus: mean Δ F1 when off (dev, test); pays when some corpus's dev F1 falls`);
  for (const rule of rules) {
    const deltas = (split: string) =>
      names.flatMap((c) => {
        const a = figures[rule]?.[`${c} ${split}`];
        const b = base[`${c} ${split}`];
        return a && b ? [a.f1 - b.f1] : [];
      });
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
    const dev = deltas('dev');
    console.log(
      `  ${rule.padEnd(16)} ${sign(mean(dev)).padStart(9)} ${sign(mean(deltas('test'))).padStart(10)}  ` +
        `${dev.some((x) => x < 0) ? 'yes' : 'no'}`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = readArgs(process.argv.slice(2), USAGE, {
    limit: { type: 'string' },
    jobs: { type: 'string' },
    only: { type: 'string' },
    stage: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const stage = (values.stage ?? 'boilerplate') as Stage;
  if (!(stage in STAGE_RULES)) USAGE.error(`--stage is boilerplate or content, got "${stage}"`);
  const ALL_RULES = STAGE_RULES[stage];
  const limit = wholeNumber(USAGE, 'limit', values.limit, Number.POSITIVE_INFINITY);
  const rules = values.only ? (values.only.split(',') as Rule[]) : ALL_RULES;
  const unknown = rules.filter((r) => !ALL_RULES.includes(r));
  if (unknown.length) USAGE.error(`Unknown rule families: ${unknown.join(', ')} (known: ${ALL_RULES.join(', ')})`);
  /** The variants: all rules on, then each family off. */
  const variants: (Rule | null)[] = [null, ...rules];
  const part = process.env.NEWSBRIEF_ABLATION_PART;
  if (part && process.send) {
    const [k, n] = part.split('/').map(Number) as [number, number];
    process.send(
      measure(
        stage,
        variants.filter((_, i) => i % n === k),
        limit,
      ),
      () => process.exit(0),
    );
    return;
  }
  const started = performance.now();
  const jobs = wholeNumber(USAGE, 'jobs', values.jobs, Math.min(availableParallelism(), 4));
  const args = [
    ...(Number.isFinite(limit) ? [`--limit=${limit}`] : []),
    ...(values.only ? [`--only=${values.only}`] : []),
    `--stage=${stage}`,
  ];
  const figures = await measureAll(stage, variants, args, limit, Math.max(1, Math.min(jobs, variants.length)));
  printTable(figures, rules);
  console.log(`\nAblation of ${rules.length} rule families in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

await main();
