/**
 * The corpora `npm run eval` understands, read from disk into pages (see the README of the corpora folder):
 * - trafilatura-eval: `evaldata.json` + `pages/*.html`, human-written snippets that must (`with`) or must not
 *   (`without`) appear in the extracted text;
 * - readability-test-pages: `<slug>/{source.html, expected.html, expected-metadata.json}`;
 * - gold text (each dataset of broad/): `pages/<id>.html` + `gold/<id>.txt`, the page's main text;
 * - the brief set (test/brief-set/): `gold/<id>.json`, every field of the brief a careful reader expects, each
 *   naming its page (./brief-set.ts);
 * and, apart from the corpora, the non-article pages of test/fixtures/non-articles/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { collectHtmlFiles, pageId } from '../lib/pages';
import { isBriefSet, loadBriefSet } from './brief-set';
import { goldText } from './gold-text';
import type { ScorerKey } from './scorers';

export type CorpusKind = 'trafilatura-eval' | 'readability-test-pages' | 'gold-text' | 'brief-set';

/** What every loaded page has: an id for report lines, its file, and its address when the corpus gives one. */
export interface CorpusPage {
  id: string;
  path: string;
  url?: string | null;
}

export interface SnippetPage extends CorpusPage {
  url: string | null;
  with: string[];
  without: string[];
}

export interface ReferencePage extends CorpusPage {
  expectedHtmlPath: string;
  metadata: Record<string, unknown>;
}

export interface GoldPage extends CorpusPage {
  goldPath: string;
  /** The gold main text (HTML comments removed); empty when the gold says the page holds no article. */
  gold: string;
}

/** A page with nothing to score but whether it is an article. */
export type PlainPage = CorpusPage;

/** A corpus found on disk: its name (the folder's), kind, folder, the scorer of its pages, and its pages. */
export interface Corpus {
  name: string;
  kind: CorpusKind;
  dir: string;
  scorer: ScorerKey;
  pages: CorpusPage[];
  /** What the report must say before its figures (pages that could not be read and were left out). */
  warnings?: string[];
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** Which corpus a folder holds, from its contents; null when it is none. */
export function detectCorpus(dir: string): CorpusKind | null {
  if (existsSync(join(dir, 'evaldata.json')) && existsSync(join(dir, 'pages'))) return 'trafilatura-eval';
  if (isDir(join(dir, 'pages')) && isDir(join(dir, 'gold'))) return 'gold-text';
  if (isBriefSet(dir)) return 'brief-set';
  try {
    const hasCase = readdirSync(dir).some(
      (name) => existsSync(join(dir, name, 'source.html')) && existsSync(join(dir, name, 'expected-metadata.json')),
    );
    return hasCase ? 'readability-test-pages' : null;
  } catch {
    return null;
  }
}

interface EvalDataEntry {
  file: string;
  with?: string[];
  without?: string[];
}

/** The pages of a trafilatura-eval folder, in file-name order. */
export function loadSnippetCorpus(dir: string): SnippetPage[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalDataEntry>;
  return Object.entries(data)
    .map(([url, e]) => ({
      id: e.file,
      path: join(dir, 'pages', e.file),
      url: /^https?:/i.test(url) ? url : null,
      with: e.with ?? [],
      without: e.without ?? [],
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The cases of a readability-test-pages folder, in slug order. */
export function loadReferenceCorpus(dir: string): ReferencePage[] {
  return readdirSync(dir)
    .filter(
      (slug) => existsSync(join(dir, slug, 'source.html')) && existsSync(join(dir, slug, 'expected-metadata.json')),
    )
    .sort()
    .map((slug) => ({
      id: slug,
      path: join(dir, slug, 'source.html'),
      expectedHtmlPath: join(dir, slug, 'expected.html'),
      metadata: JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>,
    }));
}

/**
 * The pages of a gold-text folder that have a gold text, in id order (the id is the file name without `.html`).
 * A gold text that is only an HTML comment ("<!-- this page contains no article -->") says the page is not an
 * article.
 */
export function loadGoldCorpus(dir: string): GoldPage[] {
  return readdirSync(join(dir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .filter((id) => existsSync(join(dir, 'gold', `${id}.txt`)))
    .sort()
    .map((id) => {
      const goldPath = join(dir, 'gold', `${id}.txt`);
      const gold = goldText(readFileSync(goldPath, 'utf8'));
      return { id, path: join(dir, 'pages', `${id}.html`), goldPath, gold };
    });
}

/** The non-article pages under a folder (recursively), each with its path under the folder as its id. */
export function loadPlainPages(dir: string): PlainPage[] {
  return collectHtmlFiles(dir).map((path) => ({ id: pageId(dir, path), path }));
}

/** A corpus kind's pages and the scorer they go to. */
export function loadCorpus(dir: string, kind: CorpusKind): Corpus {
  const name = basename(dir);
  if (kind === 'trafilatura-eval') return { name, kind, dir, scorer: 'snippets', pages: loadSnippetCorpus(dir) };
  if (kind === 'gold-text') return { name, kind, dir, scorer: 'gold-text', pages: loadGoldCorpus(dir) };
  if (kind === 'brief-set') return { name, kind, dir, scorer: 'brief', ...loadBriefSet(dir) };
  return { name, kind, dir, scorer: 'reference', pages: loadReferenceCorpus(dir) };
}

/**
 * The corpus folders at or under `root` (a corpus folder, or a folder of corpora such as broad/ or the corpora
 * root), in path order, looking at most `depth` levels down.
 */
export function findCorpora(root: string, depth = 2): { dir: string; kind: CorpusKind }[] {
  const kind = detectCorpus(root);
  if (kind) return [{ dir: root, kind }];
  if (depth === 0 || !isDir(root)) return [];
  return readdirSync(root)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(root, name))
    .filter(isDir)
    .flatMap((dir) => findCorpora(dir, depth - 1));
}
