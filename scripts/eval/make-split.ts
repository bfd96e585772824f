/**
 * `npm run eval:split [-- <corpora-root>]`: compute the held-out split of every corpus (and of the brief set) and
 * the eval gate's sample, and write them as data: test/eval/split/<corpus>.json and test/eval/gate-sample.json.
 * The same inputs always give the same files (a unit test recomputes them and compares).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPage } from '../lib/pages';
import { BRIEF_GOLD_DIR, corporaRoot, GATE_SAMPLE_FILE, SPLIT_DIR } from '../lib/paths';
import { fnv1a, seededRandom } from '../lib/stats';
import { type Corpus, findCorpora, loadCorpus } from './corpora';
import { siteOf, type SiteSource } from './site';
import {
  BRIEF_SET_CUT,
  BRIEF_SET_RULE,
  SPLIT_RULE,
  splitAtCut,
  splitBySite,
  splitFile,
  type SplitItem,
  type StoredSplit,
} from './split';

/** The hand-annotated brief set: one gold file per brief, each naming its page's site. */
export { BRIEF_GOLD_DIR };
export const BRIEF_SET = 'brief-set';

/** The gate's sample: about this many test pages, shared equally among the corpora, drawn with this seed. */
export const GATE_PAGES = 150;
export const GATE_SEED = 7;

export interface GateSample {
  comment: string;
  seed: number;
  pages: number;
  corpora: Record<string, string[]>;
}

function stored(corpus: string, items: readonly (SplitItem & { source: string })[], cut?: number): StoredSplit {
  const split = cut === undefined ? splitBySite(items) : splitAtCut(items, cut);
  const siteSources: Record<string, number> = {};
  for (const { source } of items) siteSources[source] = (siteSources[source] ?? 0) + 1;
  return {
    comment: cut === undefined ? SPLIT_RULE : BRIEF_SET_RULE,
    corpus,
    pages: items.length,
    sites: split.sites,
    siteSources,
    testSites: split.testSites.length,
    testPages: split.test.length,
    test: split.test,
  };
}

/** The split of a corpus: every page's site, read from the corpus or the page. */
export function corpusSplit(corpus: Corpus): StoredSplit {
  const items = corpus.pages.map((page) => {
    const { site, source } = siteOf(page, readPage(page.path).text);
    return { id: page.id, site, source: source satisfies SiteSource as string };
  });
  return stored(corpus.name, items);
}

/** The split of every corpus under `root`. */
export function corpusSplits(root: string): StoredSplit[] {
  return findCorpora(root).map(({ dir, kind }) => corpusSplit(loadCorpus(dir, kind)));
}

/** The split of the brief set (test/brief-set/gold/*.json), or null when it has no gold yet. */
export function briefSetSplit(dir = BRIEF_GOLD_DIR): StoredSplit | null {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  if (files.length === 0) return null;
  const items = files.sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id?: string; site?: string };
    const id = gold.id ?? basename(f, '.json');
    return {
      id,
      site:
        gold.site
          ?.trim()
          .toLowerCase()
          .replace(/^www\./, '') || id,
      source: 'gold',
    };
  });
  return stored(BRIEF_SET, items, BRIEF_SET_CUT);
}

/**
 * The gate's sample: `total` test pages shared equally among the corpora (a corpus with fewer test pages gives
 * all it has and the rest is shared among the others), each corpus's drawn at random with a seed of its own.
 */
export function gateSample(splits: readonly StoredSplit[], total = GATE_PAGES, seed = GATE_SEED): GateSample {
  const quota = new Map(splits.map((s) => [s.corpus, 0]));
  let left = total;
  let open = splits.filter((s) => s.test.length > 0);
  while (left > 0 && open.length > 0) {
    const share = Math.max(1, Math.floor(left / open.length));
    for (const s of open) {
      const take = Math.min(share, s.test.length - quota.get(s.corpus)!, left);
      quota.set(s.corpus, quota.get(s.corpus)! + take);
      left -= take;
    }
    open = open.filter((s) => quota.get(s.corpus)! < s.test.length);
  }
  const corpora: Record<string, string[]> = {};
  for (const s of splits) {
    const random = seededRandom(fnv1a(s.corpus) ^ seed);
    const ids = [...s.test];
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    corpora[s.corpus] = ids.slice(0, quota.get(s.corpus)).sort();
  }
  return {
    comment:
      `The eval gate's pages: ${total} test-split pages shared equally among the corpora, drawn per corpus with a ` +
      'seeded shuffle (mulberry32, seed = FNV-1a of the corpus name XOR the seed below). Written by `npm run eval:split`.',
    seed,
    pages: Object.values(corpora).reduce((a, ids) => a + ids.length, 0),
    corpora,
  };
}

async function writeJson(file: string, data: unknown): Promise<void> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(data), { ...options, parser: 'json' }));
}

async function main(): Promise<void> {
  const root = process.argv[2] ? resolve(process.argv[2]) : corporaRoot();
  if (!root) {
    console.error('No corpora found (set NEWSBRIEF_CORPORA or give the corpora folder).');
    process.exit(2);
  }
  const splits = corpusSplits(root);
  if (splits.length === 0) {
    console.error(`${root}: no corpus folders found.`);
    process.exit(2);
  }
  mkdirSync(SPLIT_DIR, { recursive: true });
  const brief = briefSetSplit();
  for (const s of brief ? [...splits, brief] : splits) {
    await writeJson(splitFile(s.corpus), s);
    const sources = Object.entries(s.siteSources)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    console.log(
      `${s.corpus}: ${s.pages} pages, ${s.sites} sites (site from ${sources}); test ${s.testPages} pages` +
        ` (${((100 * s.testPages) / s.pages).toFixed(1)}%) from ${s.testSites} sites`,
    );
  }
  const sample = gateSample(splits);
  await writeJson(GATE_SAMPLE_FILE, sample);
  console.log(
    `gate sample: ${sample.pages} pages (${Object.entries(sample.corpora)
      .map(([c, ids]) => `${c} ${ids.length}`)
      .join(', ')})`,
  );
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) await main();
