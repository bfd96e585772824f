/**
 * Siblings of the top candidate that carry article text join it: blocks that score well, blocks of the same kind
 * (the body's continuation after an ad or a widget), and plain paragraphs of prose.
 */
import { classOf, tagOf } from '../common/dom';
import { isItemList, linkDensity, type Stats } from './model';
import { CONTENT } from '../settings/content';

const S = CONTENT.siblings;

/**
 * The roots of the article body in document order: the top candidate and the siblings merged with it. Wrappers
 * that add no text of their own are transparent: the siblings are those of the outermost one (page builders wrap
 * each block two or three deep).
 */
export function mergeSiblings(
  top: Element,
  topScore: number,
  body: Element,
  measured: { stats: Map<Element, Stats>; skip: Set<Element>; finalScore: Map<Element, number> },
): Element[] {
  const { stats, skip, finalScore } = measured;
  const roots: Element[] = [];
  const threshold = Math.max(S.minScore, topScore * S.scoreShare);
  let anchor = top;
  for (
    let up = anchor.parentElement;
    up && up !== body && stats.get(up)?.text === stats.get(top)!.text;
    up = up.parentElement
  ) {
    anchor = up;
  }
  const anchorClass = classOf(anchor) ?? '';
  const parent = anchor.parentElement;
  if (!parent || top === body) {
    roots.push(top);
    return roots;
  }
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === anchor) {
      roots.push(top);
      continue;
    }
    const st = stats.get(sib);
    if (!st || skip.has(sib)) continue;
    let s = finalScore.get(sib) ?? -Infinity;
    const sameKind = anchorClass !== '' && classOf(sib) === anchorClass;
    // A list of other kind (related posts with their excerpts) is no continuation of the body.
    if (!sameKind && isItemList(st, CONTENT.settle.partItemShare)) continue;
    if (sameKind) s += topScore * S.scoreShare;
    const ld = linkDensity(st);
    if (s >= threshold && ld < S.linkDensity) roots.push(sib);
    // A block of the same kind as the body's (its continuation after an ad or a widget) that holds prose.
    else if (sameKind && ld < S.proseLinkDensity && st.paras >= 1 && st.text > S.proseChars) roots.push(sib);
    else if (tagOf(sib) === 'p') {
      if (st.text > S.proseChars && ld < S.proseLinkDensity) roots.push(sib);
      else if (st.text > 0 && st.text <= S.proseChars && ld === 0 && /[.!?؟。]\s*$/.test(sib.textContent ?? ''))
        roots.push(sib);
    }
  }
  return roots;
}
