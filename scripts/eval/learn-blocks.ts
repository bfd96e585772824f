/**
 * `npm run eval:learn-blocks -- <collect|train> [options]`: the learned block scorer, trained and
 * cross-validated on the dev split of the gold-text corpora (broad/*) only. Findings: docs/learned-block-scorer.md.
 *
 * `collect` runs the core on every dev page of a gold-text corpus and writes, per page, the words of the brief's
 * text, of the gold and of the chosen roots, each leaf block's features (learn/block-features.ts) and words, and
 * the strict pass's best container candidates with their features (learn/container-features.ts) and F1, to a
 * cache file. `train` reads the caches and prints:
 *   1. each corpus's F1 loss split into precision loss (kept text not in the gold) and recall loss, the latter into
 *      gold text inside the chosen roots that did not reach the text and gold text outside the roots;
 *   2. the headroom: F1 with the labels taken as the decisions;
 *   3. a learned container choice, cross-validated BY SITE (folds by the hash of corpus and site);
 *   4. a learned veto (kept blocks dropped), rescue (dropped blocks kept) and both, cross-validated by site: models
 *      trained on four folds of all corpora, thresholds chosen on those four, the fifth scored by the page F1 with
 *      the vetoed blocks' words taken out of the brief's text and the rescued ones put in;
 *   5. with `--write FILE`, the trees trained on all dev pages, as JSON (not wired into extraction).
 * A block's label: half or more of its word pairs (its word, for a one-word block) occur in the gold text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { briefFromDocument } from '../../utils/brief';
import { readableText } from '../../utils/common/dom';
import { words } from '../../utils/common/text';
import {
  BLOCK_FEATURES,
  type BlockModel,
  blockFeatures,
  leafBlocks,
  storyProbability,
  treeValue,
} from './learn/block-features';
import { extractContent } from '../../utils/extract/content';
import { containerCandidates, containerFeatures } from './learn/container-features';
import { measure } from '../../utils/extract/measure';
import { rank, scoreCandidates, settle } from '../../utils/extract/scoring';
import { parseHtml } from '../../utils/extract/parse';
import { readArgs, usage, type Usage } from '../lib/args';
import { readPage } from '../lib/pages';
import { fnv1a, mean } from '../lib/stats';
import { loadGoldCorpus } from './corpora';
import { boost, fitLogistic, TREES } from './learn/models';
import { siteOf } from './site';
import { loadStoredTest } from './split';

const USAGE: Usage = usage(`Usage: npm run eval:learn-blocks -- collect <corpus folder> [--cache DIR] [--split S]
       npm run eval:learn-blocks -- train [<cache file> ...] [options]

collect        runs the core on a gold-text corpus's dev pages and caches, per page, the tokens of the
               output, the gold and the chosen roots, each block's features and each container candidate's F1
train          reads the caches (default: the dev caches of dragnet, l3s-gn1, cleanportaleval) and prints
               the loss breakdown, the headroom, the learned container choice and the learned veto and
               rescue, each cross-validated by site

Options:
  --cache DIR    cache folder (default /tmp/newsbrief-learn-blocks)
  --split S      collect: dev (default) or test (measure only; never train on it)
  --folds N      folds by site (default 5)
  --learner L    logistic (default) or trees
  --curve        train: the cross-validated F1 change at each fixed threshold instead of the chosen ones
  --container    train: the container choice only
  --write FILE   train: also train on all pages and write the models (JSON) to FILE
  --variant V    with --write: veto, rescue or veto+rescue (default)
  --help         this text`);

interface CachedLeaf {
  x: number[];
  t: string[];
  /** Dropped by the rules (a candidate for rescue), not kept. */
  d: boolean;
}
/** A container candidate of the strict pass: its features and the token F1 of its text against the gold. */
interface CachedCandidate {
  x: number[];
  f1: number;
}
interface CachedPage {
  corpus: string;
  id: string;
  site: string;
  gold: string[];
  out: string[];
  roots: string[];
  leaves: CachedLeaf[];
  /** The strict pass's candidates, the rules' pick first. */
  cands: CachedCandidate[];
}

/** The words of an element's text, chrome the measurement skipped left out. */
function wordsOutside(el: Element, skip: ReadonlySet<Element>): string[] {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) parts.push((n as Text).data);
    else if (n.nodeType === 1 && !skip.has(n as Element)) {
      parts.push(' ');
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return words(parts.join(''));
}

/** The strict pass's best candidates with their features and F1 against the gold. */
function candidatesOf(doc: Document, gold: string): CachedCandidate[] {
  const body = doc.documentElement;
  if (!body) return [];
  const { stats, skip, paragraphs } = measure(body, 'strict');
  const ranking = rank(scoreCandidates(body, paragraphs, stats), stats);
  if (!ranking) return [];
  const pick = settle(ranking, body, stats);
  const cands = containerCandidates(ranking.finalScore, pick, 8);
  const x = containerFeatures(cands, pick, ranking.finalScore, stats, body);
  const g = counts(words(gold));
  return cands.map((el, i) => ({ x: x[i]!, f1: prf(counts(wordsOutside(el, skip)), g, words(gold).length).f1 }));
}

function collect(dir: string, cache: string, split: string): void {
  const corpus = basename(dir);
  const test = loadStoredTest(corpus) ?? new Set<string>();
  const pages = loadGoldCorpus(dir).filter((p) => p.gold !== '' && test.has(p.id) === (split === 'test'));
  const out: CachedPage[] = [];
  for (const page of pages) {
    const { text: html } = readPage(page.path);
    const { site } = siteOf(page, html);
    try {
      const doc = parseHtml(html, null);
      const content = extractContent(doc);
      const brief = briefFromDocument(parseHtml(html, null), { url: null });
      const leaves = content ? leafBlocks(content, true) : [];
      const x = content ? blockFeatures(content, leaves) : [];
      out.push({
        corpus,
        id: page.id,
        site,
        gold: words(page.gold),
        out: words(`${brief.title ?? ''}\n${brief.text}`),
        roots: content ? content.roots.flatMap((r) => words(readableText(r))) : [],
        leaves: leaves.map((l, i) => ({ x: x[i]!, t: words(l.text), d: l.dropped })),
        cands: candidatesOf(parseHtml(html, null), page.gold),
      });
    } catch (err) {
      console.error(`${page.id}: ${String(err)}`);
    }
  }
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, `${corpus}-${split}.json`), JSON.stringify(out));
  console.log(`${corpus}: ${out.length} ${split} pages cached`);
}

// ---------------------------------------------------------------------------------------------------------------

function counts(ts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ts) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Token precision, recall, F1 of an output multiset against the gold's. */
function prf(out: Map<string, number>, gold: Map<string, number>, goldN: number) {
  let n = 0;
  let common = 0;
  for (const [w, c] of out) {
    if (c <= 0) continue;
    n += c;
    common += Math.min(c, gold.get(w) ?? 0);
  }
  if (n === 0 || goldN === 0 || common === 0) return { p: n === 0 && goldN === 0 ? 1 : 0, r: 0, f1: 0 };
  const p = common / n;
  const r = common / goldN;
  return { p, r, f1: (2 * p * r) / (p + r) };
}

interface Prepared {
  page: CachedPage;
  gold: Map<string, number>;
  out: Map<string, number>;
  labels: number[];
  weights: number[];
  base: { p: number; r: number; f1: number };
  fold: number;
}

function prepare(page: CachedPage, folds: number): Prepared {
  const gold = counts(page.gold);
  const pairs = new Set<string>();
  for (let i = 1; i < page.gold.length; i++) pairs.add(`${page.gold[i - 1]} ${page.gold[i]}`);
  const out = counts(page.out);
  const outN = Math.max(page.out.length, 1);
  const labels = page.leaves.map(({ t }) => {
    if (t.length === 0) return 0;
    if (t.length === 1) return gold.has(t[0]!) ? 1 : 0;
    let hit = 0;
    for (let i = 1; i < t.length; i++) if (pairs.has(`${t[i - 1]} ${t[i]}`)) hit++;
    return hit / (t.length - 1) >= 0.5 ? 1 : 0;
  });
  return {
    page,
    gold,
    out,
    labels,
    weights: page.leaves.map(({ t }) => t.length / outN),
    base: prf(out, gold, page.gold.length),
    fold: fnv1a(`${page.corpus} ${page.site}`) % folds,
  };
}

/** A trained model: its probability for a leaf (cached per leaf), the threshold it acts at, what is saved of it. */
interface Model {
  prob: (l: CachedLeaf) => number;
  threshold: number;
  saved: BlockModel | null;
}

/** Two models: a veto for blocks the rules keep, a rescue for blocks they drop (threshold > 1: off). */
interface Scorers {
  veto: Model;
  rescue: Model;
}

function cached(f: (x: readonly number[]) => number): (l: CachedLeaf) => number {
  const memo = new Map<CachedLeaf, number>();
  return (l) => {
    let v = memo.get(l);
    if (v === undefined) memo.set(l, (v = f(l.x)));
    return v;
  };
}

/** The page's F1 with vetoed kept leaves taken out of the output and rescued dropped ones put in. */
function scoredF1(p: Prepared, s: Scorers): number {
  const out = new Map(p.out);
  const single = p.page.leaves.filter((l) => !l.d).length === 1;
  for (const l of p.page.leaves) {
    let delta = 0;
    if (l.d) delta = s.rescue.prob(l) >= s.rescue.threshold ? 1 : 0;
    else if (!single && s.veto.prob(l) < s.veto.threshold) delta = -1;
    if (delta) for (const w of l.t) out.set(w, (out.get(w) ?? 0) + delta);
  }
  return prf(out, p.gold, p.page.gold.length).f1;
}

/** The training rows of one side: kept leaves (veto) or dropped blocks (rescue), with labels and page weights. */
function rows(pages: readonly Prepared[], dropped: boolean) {
  const xs: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const p of pages)
    p.page.leaves.forEach((l, i) => {
      if (l.d !== dropped) return;
      xs.push(l.x);
      ys.push(p.labels[i]!);
      ws.push(p.weights[i]!);
    });
  return { xs, ys, ws };
}

function fitLogisticModel(pages: readonly Prepared[], dropped: boolean): Model {
  const { xs, ys, ws } = rows(pages, dropped);
  return { prob: cached(fitLogistic(xs, ys, ws)), threshold: 0, saved: null };
}

function fitTrees(pages: readonly Prepared[], dropped: boolean): Model {
  const { xs, ys, ws } = rows(pages, dropped);
  const { base, trees } = boost(xs, ys, ws, 'logistic');
  const saved: BlockModel = { features: [...BLOCK_FEATURES], base, trees, threshold: 0 };
  return { prob: cached((x) => storyProbability(saved, x)), threshold: 0, saved };
}

/**
 * Learned container choice, measured by cross-validation by site: squared-loss trees predict, for each of the
 * strict pass's best candidates other than the rules' pick, how much F1 its text gains over the pick's; the page
 * switches to the candidate with the highest predicted gain when that gain is above a margin chosen on the training
 * folds. The page's F1 moves by the candidates' difference (a proxy: the real output adds siblings and drops
 * boilerplate around whichever container is chosen).
 */
function containerCv(
  prepared: readonly Prepared[],
  corpora: readonly string[],
  folds: number,
  absolute: boolean,
): void {
  const f3 = (v: number) => v.toFixed(3);
  const gainOf = (p: Prepared, j: number) => p.page.cands[j]!.f1 - p.page.cands[0]!.f1;
  const target = absolute ? "each candidate's F1, the pick's included" : 'the gain of each candidate over the pick';
  console.log(
    `\nContainer choice, trees trained on ${target}: headroom (the best of 8 strict candidates) and CV by site`,
  );
  const MARGINS = [0, 0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 2];
  const switched = (ps: readonly Prepared[], predict: (x: number[]) => number, margin: number) =>
    ps.map((p) => {
      let best = 0;
      let bestGain = margin;
      p.page.cands.forEach((c, j) => {
        if (j === 0) return;
        const g = predict(c.x);
        if (g > bestGain) {
          bestGain = g;
          best = j;
        }
      });
      return Math.min(1, Math.max(0, p.base.f1 + (best ? gainOf(p, best) : 0)));
    });
  const cv = new Map<Prepared, number>();
  const chosen: number[] = [];
  for (let k = 0; k < folds; k++) {
    const trainSet = prepared.filter((p) => p.fold !== k && p.page.cands.length > 1);
    const xs: number[][] = [];
    const ys: number[] = [];
    for (const p of trainSet)
      p.page.cands.forEach((c, j) => {
        if (j === 0 && !absolute) return;
        xs.push(c.x);
        ys.push(absolute ? c.f1 : gainOf(p, j));
      });
    const { base, trees } = boost(xs, ys, new Array<number>(xs.length).fill(1), 'squared', { ...TREES, rounds: 40 });
    const raw = (x: number[]) => trees.reduce((a, t) => a + treeValue(t, x), base);
    const pickOf = new Map<number[], number>();
    for (const p of prepared) for (const c of p.page.cands) pickOf.set(c.x, absolute ? raw(p.page.cands[0]!.x) : 0);
    const predict = (x: number[]) => raw(x) - pickOf.get(x)!;
    let margin = 2;
    let bestScore = macro(trainSet, (p) => p.base.f1);
    for (const m of MARGINS) {
      const after = switched(trainSet, predict, m);
      const byPage = new Map(trainSet.map((p, i) => [p, after[i]!]));
      const score = macro(trainSet, (p) => byPage.get(p)!);
      if (score > bestScore + 1e-4) {
        bestScore = score;
        margin = m;
      }
    }
    chosen.push(margin);
    const test = prepared.filter((p) => p.fold === k);
    const after = switched(test, predict, margin);
    test.forEach((p, i) => cv.set(p, p.page.cands.length > 1 ? after[i]! : p.base.f1));
  }
  console.log(`margins per fold: ${chosen.join(', ')}\n`);
  console.log('corpus            pages  rules F1  headroom  CV F1   delta   rules<0.5  CV<0.5  better/worse');
  for (const c of corpora) {
    const ps = prepared.filter((p) => p.page.corpus === c);
    const base = mean(ps.map((p) => p.base.f1));
    const head = mean(
      ps.map((p) => Math.min(1, p.base.f1 + Math.max(0, ...p.page.cands.map((_, j) => (j ? gainOf(p, j) : 0))))),
    );
    const after = mean(ps.map((p) => cv.get(p)!));
    console.log(
      `${c.padEnd(18)}${String(ps.length).padStart(5)}  ${f3(base).padStart(8)}  ${f3(head).padStart(8)}  ${f3(after)}` +
        `  ${(after - base >= 0 ? '+' : '') + (after - base).toFixed(4)}  ${String(ps.filter((p) => p.base.f1 < 0.5).length).padStart(9)}` +
        `  ${String(ps.filter((p) => cv.get(p)! < 0.5).length).padStart(6)}` +
        `  ${ps.filter((p) => cv.get(p)! > p.base.f1 + 1e-9).length}/${ps.filter((p) => cv.get(p)! < p.base.f1 - 1e-9).length}`,
    );
  }
}

type Learner = (pages: readonly Prepared[], dropped: boolean) => Model;
const LEARNERS: Record<string, Learner> = { logistic: fitLogisticModel, trees: fitTrees };

const VETO_THRESHOLDS = [0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const RESCUE_THRESHOLDS = [2, 0.98, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5];

/** Thresholds that maximise the mean over corpora of the mean page F1 on these pages: the veto's, then the rescue's. */
function chooseThresholds(pages: readonly Prepared[], s: Scorers, use: { veto: boolean; rescue: boolean }): Scorers {
  let best: Scorers = { veto: { ...s.veto, threshold: 0 }, rescue: { ...s.rescue, threshold: 2 } };
  const search = (which: 'veto' | 'rescue', grid: readonly number[]) => {
    let bestScore = macro(pages, (p) => scoredF1(p, best));
    for (const t of grid) {
      const trial = { ...best, [which]: { ...best[which], threshold: t } };
      const score = macro(pages, (p) => scoredF1(p, trial));
      if (score > bestScore + 1e-4) {
        best = trial;
        bestScore = score;
      }
    }
  };
  if (use.veto) search('veto', VETO_THRESHOLDS);
  if (use.rescue) search('rescue', RESCUE_THRESHOLDS);
  return best;
}

function macro(pages: readonly Prepared[], f: (p: Prepared) => number): number {
  const by = new Map<string, number[]>();
  for (const p of pages) by.set(p.page.corpus, [...(by.get(p.page.corpus) ?? []), f(p)]);
  return mean([...by.values()].map(mean));
}

/**
 * The cross-validated F1 change per corpus at each fixed threshold (models trained per fold, the threshold not
 * chosen): how the veto and the rescue trade precision for recall out of sample.
 */
function thresholdCurve(
  prepared: readonly Prepared[],
  corpora: readonly string[],
  folds: number,
  learn: Learner,
): void {
  const models = Array.from({ length: folds }, (_, k) => {
    const trainSet = prepared.filter((p) => p.fold !== k);
    return { veto: learn(trainSet, false), rescue: learn(trainSet, true) };
  });
  const f3 = (v: number) => (v >= 0 ? '+' : '') + v.toFixed(4);
  const base = (c: string) => mean(prepared.filter((p) => p.page.corpus === c).map((p) => p.base.f1));
  const row = (label: string, s: (k: number) => Scorers) => {
    const cells = corpora.map((c) => {
      const ps = prepared.filter((p) => p.page.corpus === c);
      const after = ps.map((p) => scoredF1(p, s(p.fold)));
      const below = after.filter((v) => v < 0.5).length;
      return `${f3(mean(after) - base(c))} (${below})`.padStart(15);
    });
    console.log(`${label.padEnd(16)}${cells.join('')}`);
  };
  console.log(`\nCV F1 change by fixed threshold (F1<0.5 pages):  ${corpora.map((c) => c.padStart(15)).join('')}`);
  for (const t of VETO_THRESHOLDS.slice(1))
    row(`veto < ${t}`, (k) => ({
      veto: { ...models[k]!.veto, threshold: t },
      rescue: { ...models[k]!.rescue, threshold: 2 },
    }));
  for (const t of RESCUE_THRESHOLDS.slice(1))
    row(`rescue >= ${t}`, (k) => ({
      veto: { ...models[k]!.veto, threshold: 0 },
      rescue: { ...models[k]!.rescue, threshold: t },
    }));
}

interface TrainOptions {
  cache: string;
  files: string[];
  folds: number;
  learner: string;
  /** Only the loss breakdown and the container choice. */
  container: boolean;
  /** The loss breakdown and the F1 change at each fixed threshold. */
  curve: boolean;
  /** Where to write the models trained on all dev pages, and which side(s) they act on. */
  write: string | undefined;
  variant: string;
}

function train(o: TrainOptions): void {
  const { cache, files, folds, write, variant } = o;
  const learn = LEARNERS[o.learner];
  if (!learn) USAGE.error(`--learner is one of ${Object.keys(LEARNERS).join(', ')}`);
  const pages = files.flatMap((f) => JSON.parse(readFileSync(join(cache, f), 'utf8')) as CachedPage[]);
  const prepared = pages.map((p) => prepare(p, folds));
  const corpora = [...new Set(prepared.map((p) => p.page.corpus))].sort();
  const f3 = (v: number) => v.toFixed(3);

  console.log('Loss breakdown (dev): mean over pages of 1-P (kept text not in gold) and 1-R (gold text lost);');
  console.log('recall inside the roots is what the chosen container holds before boilerplate and block rules.\n');
  console.log(
    'corpus            pages   F1     1-P    1-R    R(roots)  lost-in-roots  in-dropped-blocks  lost-outside  F1<0.5',
  );
  for (const c of corpora) {
    const ps = prepared.filter((p) => p.page.corpus === c);
    const rRoots = ps.map((p) => prf(counts(p.page.roots), p.gold, p.page.gold.length).r);
    const r = ps.map((p) => p.base.r);
    // Recall the dropped blocks would add, all put back.
    const rDropped = ps.map((p) => {
      const all = new Map(p.out);
      for (const l of p.page.leaves) if (l.d) for (const w of l.t) all.set(w, (all.get(w) ?? 0) + 1);
      return prf(all, p.gold, p.page.gold.length).r - p.base.r;
    });
    console.log(
      `${c.padEnd(18)}${String(ps.length).padStart(5)}  ${f3(mean(ps.map((p) => p.base.f1)))}  ` +
        `${f3(mean(ps.map((p) => 1 - p.base.p)))}  ${f3(mean(r.map((v) => 1 - v)))}  ${f3(mean(rRoots)).padStart(8)}  ` +
        `${f3(mean(rRoots.map((v, i) => Math.max(0, v - r[i]!)))).padStart(13)}  ${f3(mean(rDropped)).padStart(17)}  ${f3(mean(rRoots.map((v) => 1 - v))).padStart(12)}` +
        `  ${String(ps.filter((p) => p.base.f1 < 0.5).length).padStart(6)}`,
    );
  }

  // What a perfect scorer would reach (the labels as the decisions): the headroom of each side.
  const oracle = (p: Prepared, veto: boolean, rescue: boolean) => {
    const out = new Map(p.out);
    p.page.leaves.forEach((l, i) => {
      const delta = l.d ? (rescue && p.labels[i] ? 1 : 0) : veto && !p.labels[i] ? -1 : 0;
      if (delta) for (const w of l.t) out.set(w, (out.get(w) ?? 0) + delta);
    });
    return prf(out, p.gold, p.page.gold.length).f1;
  };
  console.log(
    '\nHeadroom (labels as decisions): F1 with a perfect veto, a perfect rescue, both, and all dropped put back',
  );
  for (const c of corpora) {
    const ps = prepared.filter((p) => p.page.corpus === c);
    const allBack = ps.map((p) => {
      const out = new Map(p.out);
      for (const l of p.page.leaves) if (l.d) for (const w of l.t) out.set(w, (out.get(w) ?? 0) + 1);
      return prf(out, p.gold, p.page.gold.length).f1;
    });
    console.log(
      `${c.padEnd(18)} veto ${f3(mean(ps.map((p) => oracle(p, true, false))))}  rescue ${f3(mean(ps.map((p) => oracle(p, false, true))))}` +
        `  both ${f3(mean(ps.map((p) => oracle(p, true, true))))}  all-back ${f3(mean(allBack))}`,
    );
  }
  if (o.curve) return thresholdCurve(prepared, corpora, folds, learn);
  containerCv(prepared, corpora, folds, false);
  containerCv(prepared, corpora, folds, true);
  if (o.container) return;
  const variants = [
    { name: 'veto', use: { veto: true, rescue: false } },
    { name: 'rescue', use: { veto: false, rescue: true } },
    { name: 'veto+rescue', use: { veto: true, rescue: true } },
  ];
  for (const v of variants) {
    const cv = new Map<Prepared, number>();
    const chosen: string[] = [];
    for (let k = 0; k < folds; k++) {
      const trainSet = prepared.filter((p) => p.fold !== k);
      const s = chooseThresholds(trainSet, { veto: learn(trainSet, false), rescue: learn(trainSet, true) }, v.use);
      chosen.push(`${s.veto.threshold}/${s.rescue.threshold}`);
      for (const p of prepared.filter((q) => q.fold === k)) cv.set(p, scoredF1(p, s));
    }
    console.log(
      `\nCross-validation by site, ${v.name} (${folds} folds; veto/rescue thresholds per fold: ${chosen.join(', ')}):\n`,
    );
    console.log('corpus            pages  sites  rules F1  CV F1   delta   rules<0.5  CV<0.5  pages better/worse');
    for (const c of corpora) {
      const ps = prepared.filter((p) => p.page.corpus === c);
      const base = mean(ps.map((p) => p.base.f1));
      const after = mean(ps.map((p) => cv.get(p)!));
      const better = ps.filter((p) => cv.get(p)! > p.base.f1 + 1e-9).length;
      const worse = ps.filter((p) => cv.get(p)! < p.base.f1 - 1e-9).length;
      console.log(
        `${c.padEnd(18)}${String(ps.length).padStart(5)}  ${String(new Set(ps.map((p) => p.page.site)).size).padStart(5)}` +
          `  ${f3(base).padStart(8)}  ${f3(after)}  ${(after - base >= 0 ? '+' : '') + (after - base).toFixed(4)}` +
          `  ${String(ps.filter((p) => p.base.f1 < 0.5).length).padStart(9)}  ${String(ps.filter((p) => cv.get(p)! < 0.5).length).padStart(6)}` +
          `  ${better}/${worse}`,
      );
    }
  }
  if (write) {
    if (o.learner !== 'trees') USAGE.error('--write saves trees: give --learner trees.');
    const use = variants.find((v) => v.name === variant)?.use;
    if (!use) USAGE.error(`--variant is one of ${variants.map((v) => v.name).join(', ')}`);
    const s = chooseThresholds(prepared, { veto: learn(prepared, false), rescue: learn(prepared, true) }, use);
    const save = (m: Model) => (m.saved ? { ...m.saved, threshold: m.threshold } : null);
    writeFileSync(write, `${JSON.stringify({ veto: save(s.veto), rescue: save(s.rescue) })}\n`);
    console.log(`\nModels written to ${write} (thresholds: veto ${s.veto.threshold}, rescue ${s.rescue.threshold}).`);
  }
}

function main(): void {
  const { values, positionals } = readArgs(process.argv.slice(2), USAGE, {
    cache: { type: 'string' },
    split: { type: 'string' },
    write: { type: 'string' },
    folds: { type: 'string' },
    learner: { type: 'string' },
    container: { type: 'boolean' },
    curve: { type: 'boolean' },
    variant: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const cache = values.cache ?? '/tmp/newsbrief-learn-blocks';
  const [command, ...rest] = positionals;
  if (command === 'collect') {
    if (rest.length !== 1) USAGE.error('collect takes one corpus folder.');
    collect(rest[0]!, cache, values.split ?? 'dev');
  } else if (command === 'train') {
    const files = rest.length ? rest : ['dragnet-dev.json', 'l3s-gn1-dev.json', 'cleanportaleval-dev.json'];
    train({
      cache,
      files,
      folds: Number(values.folds ?? 5),
      learner: values.learner ?? 'logistic',
      container: values.container ?? false,
      curve: values.curve ?? false,
      write: values.write,
      variant: values.variant ?? 'veto+rescue',
    });
  } else USAGE.error('Give collect or train.');
}

main();
