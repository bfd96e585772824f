/**
 * `npm run eval:headings -- [options]`: how right the brief's section headings and list items are on the corpora
 * that say what a page's headings are, on many more pages than the annotated brief set (rules in ./heading-score.ts):
 * - readability-test-pages: expected.html holds the article's headings (h1–h6, less the title) and list items;
 * - broad/ (gold text): the page's h2–h6 whose text is a line of the gold are gold headings, those not in the gold
 *   must not be headings; a brief heading is right when its text is in the gold.
 * Pages run in this process, on the dev split unless told otherwise.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { normalizeSpace, primaryLang } from '../../utils/common/text';
import { briefLayout } from '../../utils/format/text';
import type { Brief } from '../../utils/types';
import { readArgs, usage, type Usage, wholeNumber } from '../lib/args';
import { type CoreApi, loadCore } from '../lib/core';
import { readPage } from '../lib/pages';
import { corporaRoot } from '../lib/paths';
import { clip } from '../lib/text';
import { sameItem } from './brief-match';
import { type Corpus, findCorpora, type GoldPage, loadCorpus, type ReferencePage } from './corpora';
import {
  type Counts,
  goldHeadings,
  type ItemCounts,
  prf,
  scoreAgainstGoldText,
  scoreReferenceItems,
} from './heading-score';
import { inSplit, loadStoredTest, type SplitName } from './split';

const USAGE: Usage = usage(`Usage: npm run eval:headings -- [options]

Scores the brief's section headings (and, where the gold has them, list items) on readability-test-pages
(expected.html: headings h1–h6 less the title, list items) and on the gold-text corpora of broad/ (the page's
h2–h6 that are a line of the gold text are its headings; those not in the gold must not be headings).

Options:
  --split S      dev (default), test or all (test/eval/split/)
  --corpus NAME  only the corpus of that name (readability-test-pages, dragnet, l3s-gn1, cleanportaleval)
  --limit N      only the first N pages of each corpus
  --worst N      list the N worst pages of each corpus with what was missed and extra (default 8, 0 = none)
  --help         this text`);

const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  rtp: a.rtp + b.rtp,
  fn: a.fn + b.fn,
});
const ZERO: Counts = { tp: 0, fp: 0, rtp: 0, fn: 0 };
const f3 = (x: number | null): string => (x === null ? '  –  ' : x.toFixed(3));

interface PageLine {
  id: string;
  lang: string;
  headings: Counts;
  lists: Counts | null;
  /** Extra notes: what was missed and extra. */
  notes: string[];
  /** Gold-text pages: gold headings kept only in the text, and known non-headings shown as headings. */
  inText?: number;
  knownWrong?: number;
  /** Wrong headings the views do not show (their section shows nothing: its only paragraph is the closing). */
  hidden: number;
}

const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((el) => normalizeSpace(el.textContent ?? '')).filter(Boolean);

const briefHeadings = (b: Brief): string[] => b.sections.flatMap((s) => (s.heading ? [s.heading] : []));
/** Headings of the model the views leave out (briefLayout): counted here as eval:brief counts them, and reported. */
const hiddenHeadings = (b: Brief): Set<string> => {
  const shown = new Set(briefLayout(b).sections.map(({ section }) => section.heading));
  return new Set(briefHeadings(b).filter((h) => !shown.has(h)));
};
const briefItems = (b: Brief): string[] => b.lists.flatMap((l) => l.items);
const langOf = (b: Brief): string => primaryLang(b.lang) ?? '?';

const list = (label: string, xs: readonly string[]): string[] =>
  xs.length ? [`${label}: ${xs.map((x) => `"${clip(x, 70)}"`).join(' · ')}`] : [];

function countsOf(c: ItemCounts): Counts {
  return { tp: c.tp, fp: c.fp, rtp: c.tp, fn: c.fn };
}

function referencePage(page: ReferencePage, core: CoreApi): PageLine {
  const { text: html } = readPage(page.path);
  const brief = core.briefFromHtml(html, { url: null });
  const { document } = parseHTML(
    `<!doctype html><html><body>${readFileSync(page.expectedHtmlPath, 'utf8')}</body></html>`,
  );
  const title = typeof page.metadata.title === 'string' ? page.metadata.title : (brief.title ?? '');
  const gold = texts(document, 'h1, h2, h3, h4, h5, h6').filter((h) => !sameItem(h, title));
  const heads = scoreReferenceItems(gold, briefHeadings(brief));
  const items = scoreReferenceItems(texts(document, 'li'), briefItems(brief));
  return {
    id: page.id,
    lang: langOf(brief),
    headings: countsOf(heads),
    lists: countsOf(items),
    hidden: heads.extra.filter((h) => hiddenHeadings(brief).has(h)).length,
    notes: [
      ...list('missed heading', heads.missed),
      ...list('extra heading', heads.extra),
      ...list('missed item', items.missed.slice(0, 4)),
      ...list('extra item', items.extra.slice(0, 4)),
    ],
  };
}

function goldPage(page: GoldPage, core: CoreApi): PageLine | null {
  if (!page.gold.trim()) return null;
  const { text: html } = readPage(page.path);
  const doc = core.parseHtml(html, null);
  const brief = core.briefFromDocument(doc, { url: null });
  const meta = [brief.title, brief.byline].filter((x): x is string => !!x);
  const gh = goldHeadings(texts(doc, 'h2, h3, h4, h5, h6'), page.gold, meta);
  const got = briefHeadings(brief).filter((h) => !meta.some((m) => sameItem(m, h)));
  const s = scoreAgainstGoldText(gh, page.gold, got, brief.text);
  return {
    id: page.id,
    lang: langOf(brief),
    headings: { tp: s.right, fp: s.wrong.length, rtp: s.shown, fn: s.inText.length + s.lost.length },
    lists: null,
    inText: s.inText.length,
    knownWrong: s.knownWrong.length,
    hidden: s.wrong.filter((h) => hiddenHeadings(brief).has(h)).length,
    notes: [...list('not in the gold', s.wrong), ...list('kept as text only', s.inText), ...list('lost', s.lost)],
  };
}

/** Per corpus: pooled and mean per-page figures, for all pages and per language, then the worst pages. */
function report(name: string, lines: PageLine[], worst: number): void {
  const byLang = new Map<string, PageLine[]>();
  for (const l of lines) byLang.set(l.lang, [...(byLang.get(l.lang) ?? []), l]);
  const row = (label: string, ls: PageLine[], pick: (l: PageLine) => Counts | null) => {
    const counted = ls.map(pick).filter((c): c is Counts => c !== null);
    const pooled = prf(counted.reduce(add, ZERO));
    const per = counted.map(prf).filter((x) => x.f1 !== null);
    const meanF1 = per.length ? per.reduce((a, x) => a + x.f1!, 0) / per.length : null;
    const tot = counted.reduce(add, ZERO);
    console.log(
      `  ${label.padEnd(22)} pooled P ${f3(pooled.p)} R ${f3(pooled.r)} F1 ${f3(pooled.f1)}   mean page F1 ` +
        `${f3(meanF1)} over ${String(per.length).padStart(3)} pages   (right ${tot.tp}, wrong ${tot.fp}, found ${tot.rtp}, missed ${tot.fn})`,
    );
  };
  console.log(`\n── ${name}: ${lines.length} pages ${'─'.repeat(50)}`);
  const langs = [...byLang.keys()].sort((a, b) => byLang.get(b)!.length - byLang.get(a)!.length);
  for (const [label, ls] of [['all', lines] as const, ...langs.map((l) => [l, byLang.get(l)!] as const)]) {
    row(`headings ${label} (${ls.length})`, ls, (l) => l.headings);
    if (ls.some((l) => l.lists)) row(`list items ${label}`, ls, (l) => l.lists);
  }
  const hidden = lines.reduce((a, l) => a + l.hidden, 0);
  console.log(`  wrong headings the views leave out (their section shows nothing but the closing): ${hidden}`);
  if (lines.some((l) => l.inText !== undefined)) {
    const inText = lines.reduce((a, l) => a + (l.inText ?? 0), 0);
    const known = lines.reduce((a, l) => a + (l.knownWrong ?? 0), 0);
    console.log(
      `  gold headings kept as text only: ${inText}; page headings not in the gold shown as headings: ${known}`,
    );
  }
  if (worst <= 0) return;
  const errors = (l: PageLine) => l.headings.fp + l.headings.fn + (l.lists ? l.lists.fp + l.lists.fn : 0);
  const bad = lines.filter((l) => errors(l) > 0).sort((a, b) => errors(b) - errors(a) || (a.id < b.id ? -1 : 1));
  console.log(`  worst pages (${bad.length} with an error):`);
  for (const l of bad.slice(0, worst)) {
    console.log(`    ${l.id} [${l.lang}] ${errors(l)} error(s)`);
    for (const n of l.notes) console.log(`      ${n}`);
  }
}

async function main(): Promise<void> {
  const { values } = readArgs(process.argv.slice(2), USAGE, {
    split: { type: 'string' },
    corpus: { type: 'string' },
    limit: { type: 'string' },
    worst: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const split = (values.split ?? 'dev') as SplitName;
  if (!['dev', 'test', 'all'].includes(split)) USAGE.error(`--split is dev, test or all, got "${split}"`);
  const limit = wholeNumber(USAGE, 'limit', values.limit, Number.POSITIVE_INFINITY);
  const worst = wholeNumber(USAGE, 'worst', values.worst, 8);
  const root = corporaRoot();
  if (!root) USAGE.error('No corpora folder found: set NEWSBRIEF_CORPORA.');
  const loaded = await loadCore();
  if ('error' in loaded) throw new Error(loaded.error);
  const started = performance.now();
  const corpora: Corpus[] = findCorpora(root)
    .filter(({ kind }) => kind === 'readability-test-pages' || kind === 'gold-text')
    .map(({ dir, kind }) => loadCorpus(dir, kind))
    .filter((c) => !values.corpus || c.name === values.corpus);
  let n = 0;
  for (const corpus of corpora) {
    const test = loadStoredTest(corpus.name) ?? new Set<string>();
    const pages = corpus.pages.filter((p) => inSplit(p.id, test, split)).slice(0, limit);
    const lines: PageLine[] = [];
    for (const page of pages) {
      try {
        const line =
          corpus.kind === 'readability-test-pages'
            ? referencePage(page as ReferencePage, loaded)
            : goldPage(page as GoldPage, loaded);
        if (line) lines.push(line);
      } catch (err) {
        console.log(`${corpus.name}/${page.id}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    n += lines.length;
    report(`${corpus.name} (${split} split)`, lines, worst);
  }
  console.log(`\nScored ${n} pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

await main();
