/**
 * The corpora `npm run eval` understands, read from disk into pages (see the README of the corpora folder):
 * - trafilatura-eval: `evaldata.json` + `pages/*.html`, human-written snippets that must (`with`) or must not
 *   (`without`) appear in the extracted text;
 * - readability-test-pages: `<slug>/{source.html, expected.html, expected-metadata.json}`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScorerKey } from './scorers';

export type CorpusKind = 'trafilatura-eval' | 'readability-test-pages';

export interface SnippetPage {
  id: string;
  path: string;
  url: string | null;
  with: string[];
  without: string[];
}

export interface ReferencePage {
  id: string;
  path: string;
  expectedHtmlPath: string;
  metadata: Record<string, unknown>;
}

/** Which corpus a folder holds, from its contents; null when it is neither. */
export function detectCorpus(dir: string): CorpusKind | null {
  if (existsSync(join(dir, 'evaldata.json')) && existsSync(join(dir, 'pages'))) return 'trafilatura-eval';
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

/** What every loaded page has: an id for report lines, and its address when the corpus knows it. */
export interface CorpusPage {
  id: string;
  url?: string | null;
}

/** A corpus kind's pages and the scorer they go to. */
export function loadCorpus(dir: string, kind: CorpusKind): { scorer: ScorerKey; pages: CorpusPage[] } {
  if (kind === 'trafilatura-eval') return { scorer: 'snippets', pages: loadSnippetCorpus(dir) };
  return { scorer: 'reference', pages: loadReferenceCorpus(dir) };
}
