/**
 * The brief set's figures over a group of pages, per system: shares of pages, pooled ratios and pooled F1, each
 * with a bootstrap 95% interval (pages resampled, 1000 resamples, fixed seed: ../lib/stats.ts), and the counts
 * they come from. A field a system does not produce on any page is null.
 */
import { bootstrap, type Interval } from '../lib/stats';
import { prf } from './metrics';
import { ITEM_FIELDS, type ItemField, PAGE_FIELDS, type PageField, type BriefScores } from './brief-score';

/** A ratio of pooled counts (k of n) with its interval; NaN throughout when n is 0. */
export interface Figure extends Interval {
  k: number;
  n: number;
}

/** Precision, recall and F1 of pooled true positives, false positives and false negatives. */
export interface Prf3 {
  precision: Figure;
  recall: Figure;
  f1: Interval;
  tp: number;
  fp: number;
  fn: number;
}

export interface SystemTotals {
  pages: number;
  threw: number;
  fields: Record<PageField, Figure>;
  items: Record<ItemField, Prf3>;
  leadIns: Figure;
  commitments: (Prf3 & { actorWrong: number; when: Figure | null; amount: Figure | null }) | null;
  flags: { precision: Figure; recall: Figure } | null;
  keyPoints: { ledeRepeat: Figure; captionOrJunk: Figure; summary: Figure } | null;
  junk: Figure;
  junkInText: Figure;
  captions: Figure;
}

/** One page's scores and whether the system threw there. */
export interface PageScores {
  error: string | null;
  scores: BriefScores;
}

/** The pooled ratio sum(k) / sum(n) over pages, with its bootstrap interval. */
export function pooled<T>(pages: readonly T[], count: (p: T) => { k: number; n: number }): Figure {
  const counts = pages.map(count);
  const ratio = (sample: readonly { k: number; n: number }[]) => {
    let k = 0;
    let n = 0;
    for (const c of sample) {
      k += c.k;
      n += c.n;
    }
    return n === 0 ? Number.NaN : k / n;
  };
  const k = counts.reduce((a, c) => a + c.k, 0);
  const n = counts.reduce((a, c) => a + c.n, 0);
  const iv = n === 0 ? { value: Number.NaN, lo: Number.NaN, hi: Number.NaN } : bootstrap(counts, ratio);
  return { ...iv, k, n };
}

/** Precision, recall and F1 of pooled counts, each with its bootstrap interval. */
export function pooledPrf<T>(pages: readonly T[], counts: (p: T) => { tp: number; fp: number; fn: number }): Prf3 {
  const c = pages.map(counts);
  const tp = c.reduce((a, x) => a + x.tp, 0);
  const fp = c.reduce((a, x) => a + x.fp, 0);
  const fn = c.reduce((a, x) => a + x.fn, 0);
  const f1 = (sample: readonly { tp: number; fp: number; fn: number }[]) => {
    const s = sample.reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn, tn: 0 }), {
      tp: 0,
      fp: 0,
      fn: 0,
      tn: 0,
    });
    return s.tp + s.fp + s.fn === 0 ? Number.NaN : prf(s).f1;
  };
  return {
    precision: pooled(c, (x) => ({ k: x.tp, n: x.tp + x.fp })),
    recall: pooled(c, (x) => ({ k: x.tp, n: x.tp + x.fn })),
    f1: tp + fp + fn === 0 ? { value: Number.NaN, lo: Number.NaN, hi: Number.NaN } : bootstrap(c, f1),
    tp,
    fp,
    fn,
  };
}

/** The pages where a field is present (not null), or null when it is absent on every page. */
function present<T>(pages: readonly PageScores[], get: (s: BriefScores) => T | null): T[] | null {
  const values = pages.map((p) => get(p.scores)).filter((v): v is T => v !== null);
  return values.length ? values : null;
}

/** Every figure of one system over some pages. */
export function systemTotals(pages: readonly PageScores[]): SystemTotals {
  const share = (ok: (s: BriefScores) => boolean) => pooled(pages, (p) => ({ k: ok(p.scores) ? 1 : 0, n: 1 }));
  const fields = Object.fromEntries(PAGE_FIELDS.map((f) => [f, share((s) => s.fields[f].ok)])) as Record<
    PageField,
    Figure
  >;
  const items = Object.fromEntries(ITEM_FIELDS.map((f) => [f, pooledPrf(pages, (p) => p.scores.items[f])])) as Record<
    ItemField,
    Prf3
  >;
  const commitments = present(pages, (s) => s.commitments);
  const flags = present(pages, (s) => s.flags);
  const keyPoints = present(pages, (s) => s.keyPoints);
  const detail = (key: 'when' | 'amount') => {
    const with_ = commitments?.filter((c) => c[key] !== null);
    return with_?.length ? pooled(with_, (c) => ({ k: c[key]!.ok, n: c[key]!.n })) : null;
  };
  return {
    pages: pages.length,
    threw: pages.filter((p) => p.error).length,
    fields,
    items,
    leadIns: pooled(pages, (p) => ({ k: p.scores.leadIns.ok, n: p.scores.leadIns.n })),
    commitments: commitments && {
      ...pooledPrf(commitments, (c) => c),
      actorWrong: commitments.reduce((a, c) => a + c.actorWrong, 0),
      when: detail('when'),
      amount: detail('amount'),
    },
    flags: flags && {
      precision: pooled(flags, (f) => ({ k: f.right, n: f.flags })),
      recall: pooled(flags, (f) => ({ k: f.found, n: f.groups })),
    },
    keyPoints: keyPoints && {
      ledeRepeat: pooled(keyPoints, (k) => ({ k: k.ledeRepeat === null ? 0 : 1, n: 1 })),
      captionOrJunk: pooled(keyPoints, (k) => ({ k: k.captionOrJunk.length, n: k.n })),
      summary: pooled(keyPoints, (k) => ({ k: k.summaryFound, n: k.summaryItems })),
    },
    junk: pooled(pages, (p) => ({ k: p.scores.junk.length, n: p.scores.junkTotal })),
    junkInText: pooled(pages, (p) => ({ k: p.scores.junkInText.length, n: p.scores.junkTotal })),
    captions: pooled(pages, (p) => ({ k: p.scores.captions.length, n: p.scores.captionTotal })),
  };
}
