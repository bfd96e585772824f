/**
 * The evaluation's statistics and the gold-text scorer: bootstrap intervals, mean token figures, pooled snippet
 * figures, detection recall, and a gold-text corpus written here and evaluated with the real core.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectCorpus, findCorpora, loadCorpus } from '../../scripts/eval/corpora';
import { snippetIntervals, tokenF1, tokenTotals } from '../../scripts/eval/metrics';
import { detection } from '../../scripts/eval/report';
import { runSelections } from '../../scripts/eval/runner';
import { scorerFor } from '../../scripts/eval/scorers';
import type { GoldResult } from '../../scripts/eval/scorers/gold-text';
import { bootstrap, fnv1a, mean, seededRandom } from '../../scripts/lib/stats';

describe('seeded randomness and hashing', () => {
  it('FNV-1a gives the published 32-bit values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('the same seed gives the same sequence, another seed another one', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('bootstrap intervals', () => {
  const values = Array.from({ length: 200 }, (_, i) => (i % 10) / 10);

  it('brackets the statistic and is the same from run to run', () => {
    const iv = bootstrap(values, mean);
    expect(iv.value).toBeCloseTo(0.45, 10);
    expect(iv.lo).toBeLessThan(iv.value);
    expect(iv.hi).toBeGreaterThan(iv.value);
    // The standard error of the mean here is about 0.02, so the 95% interval is about ±0.04.
    expect(iv.hi - iv.lo).toBeGreaterThan(0.05);
    expect(iv.hi - iv.lo).toBeLessThan(0.12);
    expect(bootstrap(values, mean)).toEqual(iv);
  });

  it('leaves out resamples where the statistic is undefined', () => {
    // A pooled ratio: a resample of only the second item has no denominator.
    const items = [
      { k: 1, n: 2 },
      { k: 0, n: 0 },
    ];
    const ratio = (xs: readonly { k: number; n: number }[]) => {
      const n = xs.reduce((a, x) => a + x.n, 0);
      return n ? xs.reduce((a, x) => a + x.k, 0) / n : Number.NaN;
    };
    expect(bootstrap(items, ratio)).toEqual({ value: 0.5, lo: 0.5, hi: 0.5 });
  });

  it('collapses for identical values and is NaN for no values', () => {
    expect(bootstrap([0.5, 0.5, 0.5], mean)).toEqual({ value: 0.5, lo: 0.5, hi: 0.5 });
    const none = bootstrap([], mean);
    expect([none.value, none.lo, none.hi].every(Number.isNaN)).toBe(true);
  });
});

describe('totals', () => {
  it('token totals: means, median, pages below 0.5', () => {
    const t = tokenTotals([tokenF1('a b', 'a b'), tokenF1('a', 'a b c d'), tokenF1('x', 'a')]);
    expect(t.f1.value).toBeCloseTo((1 + 0.4 + 0) / 3, 10);
    expect(t.precision.value).toBeCloseTo((1 + 1 + 0) / 3, 10);
    expect(t.recall.value).toBeCloseTo((1 + 0.25 + 0) / 3, 10);
    expect(t.f1Median).toBeCloseTo(0.4, 10);
    expect(t.below05).toBe(2);
  });

  it('snippet intervals pool the counts of each resample', () => {
    const iv = snippetIntervals([
      { tp: 3, fn: 1, fp: 0, tn: 2 },
      { tp: 1, fn: 1, fp: 1, tn: 1 },
    ]);
    // Pooled: tp 4, fn 2, fp 1 → P 0.8, R 2/3, F1 8/11.
    expect(iv.precision.value).toBeCloseTo(0.8, 10);
    expect(iv.recall.value).toBeCloseTo(2 / 3, 10);
    expect(iv.f1.value).toBeCloseTo(8 / 11, 10);
  });
});

describe('the gold-text scorer on a corpus written here', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'nb-gold-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dir = path.join(root, 'broad', 'tiny');
  mkdirSync(path.join(dir, 'pages'), { recursive: true });
  mkdirSync(path.join(dir, 'gold'), { recursive: true });
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story: the council met on Tuesday, voted on the plan and said that work would start in spring, after a long debate about its cost.</p>`;
  const numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const story = numbers.map(para).join('\n');
  writeFileSync(
    path.join(dir, 'pages', 'a.html'),
    `<!doctype html><html lang="en"><head><title>Council votes</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council votes</h1>${story}</article><footer>Copyright 2024 Example News</footer></body></html>`,
  );
  writeFileSync(
    path.join(dir, 'gold', 'a.txt'),
    `Council votes\n${numbers.map((n) => para(n).replace(/<\/?p>/g, '')).join('\n')}\n`,
  );
  writeFileSync(path.join(dir, 'pages', 'b.html'), '<!doctype html><html><body><p>Menu</p></body></html>');
  writeFileSync(path.join(dir, 'gold', 'b.txt'), 'A story that the page does not hold at all.\n');
  writeFileSync(path.join(dir, 'pages', 'no-gold.html'), '<p>x</p>');
  writeFileSync(path.join(dir, 'pages', 'c.html'), '<!doctype html><html><body><ul><li>Home</li></ul></body></html>');
  writeFileSync(path.join(dir, 'gold', 'c.txt'), '<!-- this page contains no article -->\n');

  it('is found under a folder of corpora and loads the pages that have gold', () => {
    expect(detectCorpus(dir)).toBe('gold-text');
    expect(findCorpora(root)).toEqual([{ dir, kind: 'gold-text' }]);
    expect(loadCorpus(dir, 'gold-text').pages.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('scores title + text against the gold for both systems, with detection recall', async () => {
    const corpus = loadCorpus(dir, 'gold-text');
    const { coreError, results } = await runSelections([corpus], { jobs: 1, timeoutS: 60 });
    expect(coreError).toBeNull();
    const [a, b, c] = results[0] as GoldResult[];
    // A gold that is only a comment saying so: the page is no article, and counts for detection only.
    expect(c!.expectArticle).toBe(false);
    expect(a!.nb!.token.f1).toBeGreaterThan(0.95);
    expect(a!.ref.token.f1).toBeGreaterThan(0.95);
    expect(b!.nb!.token.f1).toBeLessThan(0.5);
    const summary = scorerFor('gold-text').summary(results[0]!, null)!;
    expect(summary.nb!.value).toBeCloseTo((a!.nb!.token.f1 + b!.nb!.token.f1) / 2, 10);
    expect(summary.below05).toEqual({ nb: 1, ref: 1 });
    const d = detection(results[0]!, null);
    expect(d.articles).toBe(2);
    expect(d.nonArticles).toBe(1);
    expect(d.nbWrong).toBe(c!.nb!.isArticle ? 1 : 0);
    expect(d.nb).toBe([a, b].filter((r) => r!.nb!.isArticle).length);
    expect(a!.nb!.isArticle).toBe(true);
    expect(b!.nb!.isArticle).toBe(false);
  });
});
