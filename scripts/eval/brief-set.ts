/**
 * The hand-annotated brief set (test/brief-set/, conventions in its CONVENTIONS.md) as a corpus of `npm run eval`:
 * one gold file per page in `gold/<id>.json`, naming its page as `corpus:<path under the corpora root>` (read in
 * place, never copied) or `fixture:<path under test/fixtures/>` (the Arabic pages written for the set).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldCommitment } from './brief-match';
import type { CorpusPage } from './corpora';
import { corporaRoot, FIXTURES_DIR } from '../lib/paths';

/** One page's gold, as test/brief-set/CONVENTIONS.md defines each field. */
export interface BriefGold {
  id: string;
  page: string;
  url: string | null;
  site: string;
  lang: string;
  title: string;
  byline: string | null;
  published: string | null;
  lede: string;
  ledeAlt: string | null;
  headings: string[];
  lists: { leadIn: string | null; items: string[] }[];
  tables: { caption: string | null; headers: string[]; rows: string[][] }[];
  commitments: GoldCommitment[];
  closing: string;
  summaryBox: string[];
  captions: string[];
  junk: string[];
  nameVariants: string[][];
  notes: string;
}

export interface BriefPage extends CorpusPage {
  url: string | null;
  gold: BriefGold;
}

/** Whether a folder holds a brief set: a `gold/` folder of JSON files and no `pages/` (that is a gold-text corpus). */
export function isBriefSet(dir: string): boolean {
  const gold = join(dir, 'gold');
  return !existsSync(join(dir, 'pages')) && existsSync(gold) && readdirSync(gold).some((f) => f.endsWith('.json'));
}

/** Where a gold file's page is: under the corpora root or test/fixtures/; null when it cannot be (no corpora). */
export function briefPagePath(page: string, corpora: string | null = corporaRoot()): string | null {
  if (page.startsWith('corpus:')) return corpora ? join(corpora, page.slice('corpus:'.length)) : null;
  if (page.startsWith('fixture:')) return join(FIXTURES_DIR, page.slice('fixture:'.length));
  return null;
}

/**
 * The pages of a brief set in id order, and a warning for each gold file whose page cannot be read (a corpus page
 * without the corpora, a page that moved): those pages are left out, loudly, never scored as empty.
 */
export function loadBriefSet(dir: string): { pages: BriefPage[]; warnings: string[] } {
  const goldDir = join(dir, 'gold');
  const pages: BriefPage[] = [];
  const missing: string[] = [];
  for (const f of readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as BriefGold;
    const path = briefPagePath(gold.page);
    if (path && existsSync(path)) pages.push({ id: gold.id, path, url: gold.url, gold });
    else missing.push(`${gold.id} (${gold.page})`);
  }
  const warnings = missing.length
    ? [
        `WARNING: ${missing.length} brief-set page(s) not found and left out ` +
          `(corpora root: ${corporaRoot() ?? 'none'}; ` +
          `set NEWSBRIEF_CORPORA): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
      ]
    : [];
  return { pages, warnings };
}
