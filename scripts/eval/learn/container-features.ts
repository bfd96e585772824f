/**
 * Features of the content stage's container candidates (a learned container choice), measured on the
 * strict pass: the best-scored candidates, each described by what scoring.ts already computed (its score against
 * the best, text, link density, paragraphs, class weight, tag, depth, how it sits against the rules' pick). Used by
 * `npm run eval:learn-blocks` to measure what a learned choice could gain; not wired into extraction.
 */
import { tagOf } from '../../../utils/common/dom';
import { classWeight } from '../../../utils/extract/class-weight';
import { linkDensity, type Stats } from '../../../utils/extract/model';

export const CONTAINER_FEATURES = [
  'scoreShare',
  'logText',
  'textShare',
  'linkDensity',
  'logParas',
  'paraShare',
  'itemShare',
  'commaRate',
  'classWeight',
  'isArticle',
  'isSection',
  'isCell',
  'depth',
  'holdsPick',
  'insidePick',
  'isPick',
  'rank',
] as const;

/** The `k` best-scored candidates (by final score), the rules' pick first. */
export function containerCandidates(finalScore: ReadonlyMap<Element, number>, pick: Element, k: number): Element[] {
  const ranked = [...finalScore.entries()]
    .filter(([el]) => el !== pick)
    .sort((a, b) => b[1] - a[1])
    .slice(0, k - 1)
    .map(([el]) => el);
  return [pick, ...ranked];
}

/** The features of each candidate (CONTAINER_FEATURES order). */
export function containerFeatures(
  candidates: readonly Element[],
  pick: Element,
  finalScore: ReadonlyMap<Element, number>,
  stats: ReadonlyMap<Element, Stats>,
  body: Element,
): number[][] {
  const best = Math.max(...[...finalScore.values()], 1e-9);
  const bodyText = stats.get(body)?.text || 1;
  const ranked = [...finalScore.values()].sort((a, b) => b - a);
  return candidates.map((el) => {
    const st = stats.get(el)!;
    const tag = tagOf(el);
    let depth = 0;
    for (let a = el.parentElement; a; a = a.parentElement) depth++;
    const score = finalScore.get(el) ?? 0;
    return [
      score / best,
      Math.log1p(st.text),
      st.text / bodyText,
      linkDensity(st),
      Math.log1p(st.paras),
      st.text ? st.paraText / st.text : 0,
      st.paraText ? (st.itemText ?? 0) / st.paraText : 0,
      Math.min(3, (st.commas * 100) / Math.max(st.text, 1)),
      classWeight(el) / 25,
      tag === 'article' || tag === 'main' ? 1 : 0,
      tag === 'section' ? 1 : 0,
      tag === 'td' || tag === 'tr' || tag === 'table' || tag === 'tbody' ? 1 : 0,
      Math.min(depth, 40) / 40,
      el !== pick && el.contains(pick) ? 1 : 0,
      el !== pick && pick.contains(el) ? 1 : 0,
      el === pick ? 1 : 0,
      Math.min(ranked.indexOf(score), 20) / 20,
    ];
  });
}
