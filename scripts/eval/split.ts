/**
 * The held-out split: every corpus (and the hand-annotated brief set) is split 70% dev / 30% test by site, so that
 * no site has pages on both sides and rules tuned on dev pages are measured on sites they never saw.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPLIT_DIR } from '../lib/paths';
import { fnv1a } from '../lib/stats';

/** The least share of a corpus's pages that goes to the test split. */
export const TEST_SHARE = 0.3;

export const SPLIT_RULE =
  'Test split: pages are grouped by site (the host of the page address, lower-cased, without www.: the corpus ' +
  "URL for trafilatura-eval, else the page's canonical link, og:url or <base href>, else the file name); sites " +
  'are ordered by the 32-bit FNV-1a hash of the site string (ties by the string) and taken into the test split ' +
  'until it holds at least 30% of the pages. Every other page is dev. Written by `npm run eval:split`.';

export type SplitName = 'dev' | 'test' | 'all';

/** One page (or brief) to split: its id and its site. */
export interface SplitItem {
  id: string;
  site: string;
}

/** The test split of some items: the ids of the test pages (sorted) and the sites they come from. */
export interface Split {
  test: string[];
  sites: number;
  testSites: string[];
}

/**
 * Split items by site: sites in the order of their hash go to the test split until it holds at least `share` of
 * the items. The result depends only on the set of items, not on their order.
 */
export function splitBySite(items: readonly SplitItem[], share = TEST_SHARE): Split {
  const bySite = new Map<string, string[]>();
  for (const { id, site } of items) bySite.set(site, [...(bySite.get(site) ?? []), id]);
  const sites = [...bySite.keys()].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : a > b ? 1 : 0));
  const target = Math.ceil(items.length * share - 1e-9);
  const test: string[] = [];
  const testSites: string[] = [];
  for (const site of sites) {
    if (test.length >= target) break;
    test.push(...bySite.get(site)!);
    testSites.push(site);
  }
  return { test: test.sort(), sites: sites.length, testSites };
}

/**
 * The brief set grows as pages are annotated, and a share-based cut would move sites from dev to test as it grows:
 * pages rules were decided on would then be scored as held out. So its cut is fixed where its first split put it
 * (96 briefs: the test split took sites up to mashriq-press.example, 29 pages), and every site is on the side its
 * hash puts it, whenever it was added.
 */
export const BRIEF_SET_CUT = 1365742058;

export const BRIEF_SET_RULE =
  "Test split: briefs are grouped by site (the gold file's site, lower-cased, without www.); a site is in the test " +
  `split when its 32-bit FNV-1a hash is at most ${BRIEF_SET_CUT}, the cut of the set's first split (sites ordered ` +
  'by hash and taken until the test split held 30% of the 96 briefs then), so that briefs added later never move ' +
  'an earlier one to the other side. Every other brief is dev. Written by `npm run eval:split`.';

/** Split items by site at a fixed hash: a site whose hash is at most `cut` is in the test split. */
export function splitAtCut(items: readonly SplitItem[], cut: number): Split {
  const sites = new Set<string>();
  const testSites = new Set<string>();
  const test: string[] = [];
  for (const { id, site } of items) {
    sites.add(site);
    if (fnv1a(site) > cut) continue;
    test.push(id);
    testSites.add(site);
  }
  return { test: test.sort(), sites: sites.size, testSites: [...testSites].sort((a, b) => fnv1a(a) - fnv1a(b)) };
}

/** The stored split of a corpus (test/eval/split/<corpus>.json). */
export interface StoredSplit {
  comment: string;
  corpus: string;
  pages: number;
  sites: number;
  /** How many pages' sites came from the corpus's addresses, from the pages' own, or from file names. */
  siteSources: Record<string, number>;
  testSites: number;
  testPages: number;
  test: string[];
}

export function splitFile(corpus: string): string {
  return join(SPLIT_DIR, `${corpus}.json`);
}

/** The test ids stored for a corpus, or null when none is stored. */
export function loadStoredTest(corpus: string): Set<string> | null {
  const file = splitFile(corpus);
  if (!existsSync(file)) return null;
  return new Set((JSON.parse(readFileSync(file, 'utf8')) as StoredSplit).test);
}

/** Whether a page is in the selected split. */
export function inSplit(id: string, test: ReadonlySet<string>, split: SplitName): boolean {
  return split === 'all' || (split === 'test') === test.has(id);
}
