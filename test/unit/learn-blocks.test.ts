/**
 * The learned block scorer's parts (`npm run eval:learn-blocks`): the learners fit what they should (the trees an
 * interaction no line separates, the logistic regression a line) and the leaf blocks of a chosen container come in
 * reading order with the features the names say.
 */
import { describe, expect, it } from 'vitest';
import { extractContent } from '../../utils/extract/content';
import { parseHtml } from '../../utils/extract/parse';
import {
  BLOCK_FEATURES,
  blockFeatures,
  leafBlocks,
  storyProbability,
  treeValue,
} from '../../scripts/eval/learn/block-features';
import { boost, fitLogistic } from '../../scripts/eval/learn/models';

/** Points on a grid, labelled by `f`. */
function grid(f: (a: number, b: number) => number) {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let a = 0; a < 10; a++)
    for (let b = 0; b < 10; b++) {
      xs.push([a / 10, b / 10]);
      ys.push(f(a, b));
    }
  return { xs, ys, ws: xs.map(() => 1) };
}

describe('learners', () => {
  it('boosted trees learn a band (a middle range of one feature) that no line separates', () => {
    const { xs, ys, ws } = grid((a) => (a >= 3 && a < 7 ? 1 : 0));
    const { base, trees } = boost(xs, ys, ws, 'logistic', {
      rounds: 40,
      depth: 2,
      rate: 0.3,
      lambda: 1,
      minChild: 0.1,
      bins: 16,
    });
    const model = { features: ['a', 'b'], base, trees, threshold: 0.5 };
    const right = xs.filter((x, i) => storyProbability(model, x) >= 0.5 === (ys[i] === 1)).length;
    expect(right).toBe(xs.length);
    // A line cannot: the logistic regression gets no more than the larger class (60%) or so.
    const line = fitLogistic(xs, ys, ws);
    const lineRight = xs.filter((x, i) => line(x) >= 0.5 === (ys[i] === 1)).length;
    expect(lineRight).toBeLessThan(xs.length * 0.8);
  });

  it('the logistic regression separates what a line separates, and weights move it', () => {
    const { xs, ys, ws } = grid((a) => (a >= 5 ? 1 : 0));
    const line = fitLogistic(xs, ys, ws);
    expect(xs.every((x, i) => line(x) >= 0.5 === (ys[i] === 1))).toBe(true);
    // Rows of weight zero do not count: the fit is the one without them, whatever their labels.
    const kept = xs.map((x) => x[0]! !== 0.9);
    const flipped = ys.map((y, i) => (kept[i] ? y : 1 - y));
    const zero = ws.map((w, i) => (kept[i] ? w : 0));
    const without = fitLogistic(
      xs.filter((_, i) => kept[i]),
      ys.filter((_, i) => kept[i]),
      ws.filter((_, i) => kept[i]),
    );
    expect(fitLogistic(xs, flipped, zero)([0.9, 0.5])).toBeCloseTo(without([0.9, 0.5]), 9);
    // And weighted rows do: the same flipped labels at full weight pull the fit toward them.
    expect(fitLogistic(xs, flipped, ws)([0.9, 0.5])).toBeLessThan(without([0.9, 0.5]));
  });

  it('squared-loss trees fit a step', () => {
    const { xs, ys, ws } = grid((a) => (a >= 3 ? 0.8 : 0.1));
    const { base, trees } = boost(xs, ys, ws, 'squared', {
      rounds: 60,
      depth: 1,
      rate: 0.3,
      lambda: 0,
      minChild: 1,
      bins: 16,
    });
    const at = (x: number[]) => trees.reduce((v, t) => v + treeValue(t, x), base);
    expect(at([0.1, 0.5])).toBeCloseTo(0.1, 2);
    expect(at([0.7, 0.5])).toBeCloseTo(0.8, 2);
  });
});

describe('leaf blocks of the chosen container', () => {
  const story = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i} of the story, with a clause, another clause, and enough words to count as prose here.</p>`,
  ).join('');
  const html =
    `<html><body><article><h1>Title</h1>${story}` +
    `<div><a href="/a">Other story one</a> <a href="/b">Other story two</a></div></article></body></html>`;
  const doc = parseHtml(html, 'https://example.com/a');
  const content = extractContent(doc)!;

  it('come in reading order, each with one value per feature name', () => {
    const leaves = leafBlocks(content);
    const texts = leaves.map((l) => l.text);
    const first = texts.findIndex((t) => t.startsWith('Paragraph 0'));
    const last = texts.findIndex((t) => t.startsWith('Paragraph 5'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBe(first + 5);
    const x = blockFeatures(content, leaves);
    expect(x.every((row) => row.length === BLOCK_FEATURES.length)).toBe(true);
  });

  it('give a paragraph no links, a sentence end and its place in the text', () => {
    const leaves = leafBlocks(content);
    const x = blockFeatures(content, leaves);
    const f = (name: (typeof BLOCK_FEATURES)[number]) => BLOCK_FEATURES.indexOf(name);
    const i = leaves.findIndex((l) => l.text.startsWith('Paragraph 0'));
    const j = leaves.findIndex((l) => l.text.startsWith('Paragraph 5'));
    expect(x[i]![f('linkDensity')]).toBe(0);
    expect(x[i]![f('sentenceEnd')]).toBe(1);
    expect(x[i]![f('isP')]).toBe(1);
    expect(x[j]![f('start')]).toBeGreaterThan(x[i]![f('start')]!);
  });
});
