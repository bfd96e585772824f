/**
 * The multi-part body rule of extract/content.ts (extract/ancestors.ts): the lowest ancestor of the best candidate that holds two other
 * strong candidates. It used to test every strong candidate against every ancestor with `contains` (cubic on a page
 * of nested tables, where every cell is a candidate); the linear walk must give the same answer as that definition.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { lowestAncestorHolding } from '../../utils/extract/ancestors';

/** The rule as first written: climb from best, stop at the first ancestor containing two of `others`. */
function byDefinition(best: Element, others: Element[], body: Element): Element | null {
  for (let anc = best.parentElement; anc && anc !== body; anc = anc.parentElement) {
    if (others.filter((s) => anc.contains(s)).length >= 2) return anc;
  }
  return null;
}

/** A random tree of divs from a list of parent indexes (each element's parent comes before it). */
function tree(parents: number[]): { body: Element; all: Element[] } {
  const { document } = parseHTML('<html><body></body></html>');
  const body = document.body as unknown as Element;
  const all: Element[] = [];
  parents.forEach((p, i) => {
    const el = document.createElement('div') as unknown as Element;
    (i === 0 ? body : all[p % i]!).appendChild(el);
    all.push(el);
  });
  return { body, all };
}

describe('lowestAncestorHolding', () => {
  it('agrees with the definition on random trees and candidate sets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 2, maxLength: 60 }),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 2, maxLength: 12 }),
        (parents, bestAt, otherAt) => {
          const { body, all } = tree(parents);
          const best = all[bestAt % all.length]!;
          const others = [...new Set(otherAt.map((i) => all[i % all.length]!))].filter((el) => el !== best);
          expect(lowestAncestorHolding(best, others, body)).toBe(byDefinition(best, others, body));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the holder above a deep chain: 3,000 nested elements, candidates all along it', () => {
    const { body, all } = tree(Array.from({ length: 3000 }, (_, i) => Math.max(0, i - 1)));
    const best = all[2000]!;
    const others = [all[2999]!, all[1500]!, all[10]!];
    // all[2999] is inside best; all[1500] is an ancestor of best, so it holds two (itself and the one inside).
    expect(lowestAncestorHolding(best, others, body)).toBe(all[1500]);
    expect(byDefinition(best, others, body)).toBe(all[1500]);
  });
});
