/** Ancestor questions the content stage asks, answered in one walk. */

/**
 * The lowest ancestor of `best` (below `body`) that holds at least two of `others`, or null. Linear in the
 * elements visited: each climb from one of `others` stops at an element an earlier climb already placed, so a
 * deep page (thousands of nested tables, each a candidate) costs one walk, not one per candidate and ancestor.
 */
export function lowestAncestorHolding(best: Element, others: readonly Element[], body: Element): Element | null {
  // The ancestors of best, by height: best.parentElement is 0.
  const chain: Element[] = [];
  const height = new Map<Element, number>();
  for (let anc = best.parentElement; anc && anc !== body; anc = anc.parentElement) {
    height.set(anc, chain.length);
    chain.push(anc);
  }
  if (chain.length === 0) return null;
  // For every element climbed: the height of its lowest ancestor-or-self on the chain (-1: inside best; the chain
  // length: not under the chain at all).
  const placed = new Map<Element, number>([[best, -1]]);
  const counts = new Array<number>(chain.length + 1).fill(0);
  for (const other of others) {
    const path: Element[] = [];
    let at = chain.length;
    for (let el: Element | null = other; el; el = el.parentElement) {
      const known = height.get(el) ?? placed.get(el);
      if (known !== undefined) {
        at = known;
        break;
      }
      path.push(el);
    }
    for (const el of path) placed.set(el, at);
    counts[Math.max(0, at)]! += 1;
  }
  // An ancestor holds every candidate placed at or below its height.
  let inside = 0;
  for (let h = 0; h < chain.length; h++) {
    inside += counts[h]!;
    if (inside >= 2) return chain[h]!;
  }
  return null;
}
