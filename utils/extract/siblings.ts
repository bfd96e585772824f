/**
 * Siblings of the top candidate that carry article text join it: blocks that score well, blocks of the same kind
 * (the body's continuation after an ad or a widget), and plain paragraphs of prose.
 */
import { classOf, tagOf } from '../common/dom';
import { linkDensity, type Stats } from './model';

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
  const threshold = Math.max(10, topScore * 0.2);
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
    if (sameKind) s += topScore * 0.2;
    const ld = linkDensity(st);
    if (s >= threshold && ld < 0.4) roots.push(sib);
    // A block of the same kind as the body's (its continuation after an ad or a widget) that holds prose.
    else if (sameKind && ld < 0.25 && st.paras >= 1 && st.text > 80) roots.push(sib);
    else if (tagOf(sib) === 'p') {
      if (st.text > 80 && ld < 0.25) roots.push(sib);
      else if (st.text > 0 && st.text <= 80 && ld === 0 && /[.!?؟。]\s*$/.test(sib.textContent ?? '')) roots.push(sib);
    }
  }
  return roots;
}
