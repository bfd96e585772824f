/**
 * The learners of `npm run eval:learn-blocks`, pure functions over rows of numbers: a weighted logistic regression
 * and gradient-boosted regression trees (logistic or squared loss). Deterministic: no randomness, fixed iterations.
 */
import { type TreeNode, treeValue } from './block-features';

/** Weighted L2-regularised logistic regression by full-batch gradient descent on standardised features. */
export function fitLogistic(
  xs: readonly number[][],
  ys: readonly number[],
  ws: readonly number[],
  l2 = 1e-3,
  iterations = 400,
): (x: readonly number[]) => number {
  const d = xs[0]?.length ?? 0;
  const wsum = ws.reduce((a, b) => a + b, 0) || 1;
  const mu = Array.from({ length: d }, (_, j) => xs.reduce((a, x, i) => a + x[j]! * ws[i]!, 0) / wsum);
  const sd = Array.from({ length: d }, (_, j) => {
    const v = xs.reduce((a, x, i) => a + ws[i]! * (x[j]! - mu[j]!) ** 2, 0) / wsum;
    return Math.sqrt(v) || 1;
  });
  const z = xs.map((x) => x.map((v, j) => (v - mu[j]!) / sd[j]!));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const rate = 0.5;
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < z.length; i++) {
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * z[i]![j]!;
      const err = (1 / (1 + Math.exp(-s)) - ys[i]!) * ws[i]!;
      gb += err;
      for (let j = 0; j < d; j++) g[j]! += err * z[i]![j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= rate * (g[j]! / wsum + l2 * w[j]!);
    b -= (rate * gb) / wsum;
  }
  return (x) => {
    let s = b;
    for (let j = 0; j < d; j++) s += (w[j]! * ((x[j] ?? 0) - mu[j]!)) / sd[j]!;
    return 1 / (1 + Math.exp(-s));
  };
}

/** Settings of the boosted trees. */
export const TREES = { rounds: 60, depth: 3, rate: 0.1, lambda: 1, minChild: 0.05, bins: 32 };

/**
 * Gradient-boosted regression trees (Newton leaf values) for the log-odds under logistic loss, or for the value
 * under squared loss; weighted rows; splits on up to `bins` quantiles of each feature.
 */
export function boost(
  xs: readonly number[][],
  ys: readonly number[],
  ws: readonly number[],
  loss: 'logistic' | 'squared',
  o = TREES,
): { base: number; trees: TreeNode[][] } {
  const d = xs[0]?.length ?? 0;
  const wsum = ws.reduce((a, b) => a + b, 0) || 1;
  const avg = ys.reduce((a, y, i) => a + y * ws[i]!, 0) / wsum;
  const prior = Math.min(0.999, Math.max(0.001, avg));
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  const base = round(loss === 'logistic' ? Math.log(prior / (1 - prior)) : avg);
  // Candidate split points: distinct quantiles of each feature.
  const cuts = Array.from({ length: d }, (_, j) => {
    const v = [...new Set(xs.map((x) => x[j]!))].sort((a, b) => a - b);
    if (v.length <= o.bins) return v.slice(1);
    return [...new Set(Array.from({ length: o.bins - 1 }, (_, k) => v[Math.floor(((k + 1) * v.length) / o.bins)]!))];
  });
  const f = new Array<number>(xs.length).fill(base);
  const trees: TreeNode[][] = [];
  for (let r = 0; r < o.rounds; r++) {
    const g = ys.map((y, i) => (loss === 'logistic' ? y - 1 / (1 + Math.exp(-f[i]!)) : y - f[i]!) * ws[i]!);
    const h = f.map((v, i) => {
      if (loss === 'squared') return ws[i]!;
      const p = 1 / (1 + Math.exp(-v));
      return Math.max(p * (1 - p), 1e-6) * ws[i]!;
    });
    const tree: TreeNode[] = [];
    const grow = (idx: number[], depth: number): number => {
      const at = tree.length;
      tree.push({ v: 0 });
      const G = idx.reduce((a, i) => a + g[i]!, 0);
      const H = idx.reduce((a, i) => a + h[i]!, 0);
      const leaf = () => {
        tree[at] = { v: round((o.rate * G) / (H + o.lambda)) };
        return at;
      };
      if (depth >= o.depth || idx.length < 2) return leaf();
      let best = { gain: 1e-9, f: -1, t: 0 };
      const parent = (G * G) / (H + o.lambda);
      for (let j = 0; j < d; j++) {
        const cs = cuts[j]!;
        if (!cs.length) continue;
        const gl = new Array<number>(cs.length + 1).fill(0);
        const hl = new Array<number>(cs.length + 1).fill(0);
        for (const i of idx) {
          const v = xs[i]![j]!;
          let lo = 0;
          let hi = cs.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (v < cs[mid]!) hi = mid;
            else lo = mid + 1;
          }
          gl[lo]! += g[i]!;
          hl[lo]! += h[i]!;
        }
        let GL = 0;
        let HL = 0;
        for (let k = 0; k < cs.length; k++) {
          GL += gl[k]!;
          HL += hl[k]!;
          const GR = G - GL;
          const HR = H - HL;
          if (HL < o.minChild || HR < o.minChild) continue;
          const gain = (GL * GL) / (HL + o.lambda) + (GR * GR) / (HR + o.lambda) - parent;
          if (gain > best.gain) best = { gain, f: j, t: cs[k]! };
        }
      }
      if (best.f < 0) return leaf();
      const { f: bf, t: bt } = best;
      const l = grow(
        idx.filter((i) => xs[i]![bf]! < bt),
        depth + 1,
      );
      const rr = grow(
        idx.filter((i) => xs[i]![bf]! >= bt),
        depth + 1,
      );
      tree[at] = { f: bf, t: bt, l, r: rr };
      return at;
    };
    grow(
      xs.map((_, i) => i),
      0,
    );
    trees.push(tree);
    for (let i = 0; i < xs.length; i++) f[i]! += treeValue(tree, xs[i]!);
  }
  return { base, trees };
}
