/**
 * `npm run eval:audit -- [--draw] [--file F]`: the audit of English bylines, ledes and closings on dev-split pages
 * that are not in the brief set (test/brief-set/audit/README.md).
 *
 * Without `--draw` it scores the brief of today against the audit's right values, field by field, with the brief
 * set's own matching rules (the same byline, the same text), and lists the pages each field gets wrong.
 * With `--draw` it draws the sample again (seeded, one page a site, English articles of the dev split, sites not
 * in the brief set) and writes it with the brief's output and empty verdicts, for a person to judge from the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { briefFromHtml } from '../../utils/brief';
import { guessLatinLang } from '../../utils/common/text';
import type { Brief } from '../../utils/types';
import { readArgs, usage, type Usage } from '../lib/args';
import { readPage } from '../lib/pages';
import { BRIEF_SET_DIR, corporaRoot } from '../lib/paths';
import { fnv1a, seededRandom } from '../lib/stats';
import { loadBriefSet } from './brief-set';
import { sameByline, sameText } from './brief-match';
import { type CorpusPage, findCorpora, loadCorpus } from './corpora';
import { siteOf } from './site';
import { loadStoredTest } from './split';

const USAGE: Usage = usage(`Usage: npm run eval:audit -- [--draw] [--file F]

Scores today's brief against the audit of English bylines, ledes and closings (default file
test/brief-set/audit/en-fields-dev.json). --draw draws the sample again and writes it to F with the brief's
output and empty verdicts (it overwrites F: judge again from the pages).`);

export const AUDIT_FILE = join(BRIEF_SET_DIR, 'audit', 'en-fields-dev.json');
export const AUDIT_FIELDS = ['byline', 'lede', 'closing'] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

/** Pages drawn from each corpus (one a site), in this order (cleanportaleval's dev split holds one site outside the brief set); 61 in all. */
export const AUDIT_QUOTAS: Record<string, number> = {
  'l3s-gn1': 20,
  dragnet: 18,
  cleanportaleval: 1,
  'trafilatura-eval': 16,
  'readability-test-pages': 6,
};
export const AUDIT_SEED = 60;

export interface AuditEntry {
  field: AuditField;
  /** What the brief gave when the page was judged. */
  output: string | null;
  /** ok: the output is right; wrong: it is not; skip: the conventions give the page no such field to judge. */
  verdict: 'ok' | 'wrong' | 'skip' | '';
  /** The right value copied from the page (null for a byline: nobody is credited). */
  right: string | null;
  /** For a lede: the other defensible lede (the first body paragraph under a standfirst), else null. */
  rightAlt?: string | null;
  /** Why the output is wrong (its shape), or what was decided. */
  reason: string;
}

export interface AuditPage {
  /** `<corpus>/<path under the corpora root>` of the page. */
  source: string;
  site: string;
  url: string | null;
  fields: AuditEntry[];
}

export interface Audit {
  comment: string;
  seed: number;
  quotas: Record<string, number>;
  pages: AuditPage[];
}

/** Whether an output is right against an audit entry, by the brief set's matching rules. */
export function auditOk(e: AuditEntry, got: string | null): boolean {
  if (e.field === 'byline') return sameByline(e.right, got);
  if (e.right === null) return got === null || !got.trim();
  return sameText(got, e.right) || (e.field === 'lede' && sameText(got, e.rightAlt ?? null));
}

function fieldOf(b: Brief, f: AuditField): string | null {
  return f === 'byline' ? b.byline : f === 'lede' ? b.lede : b.closing;
}

function briefOfPath(root: string, source: string, url: string | null): Brief {
  const page = readPage(join(root, source));
  return briefFromHtml(page.text, { url: url ?? undefined });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function draw(root: string): Audit {
  const briefSet = loadBriefSet(BRIEF_SET_DIR).pages;
  const takenPaths = new Set(briefSet.map((p) => p.path));
  const takenSites = new Set(briefSet.map((p) => p.gold.site));
  const pages: AuditPage[] = [];
  for (const { dir, kind } of findCorpora(root)) {
    const corpus = loadCorpus(dir, kind);
    const quota = AUDIT_QUOTAS[corpus.name];
    if (!quota) continue;
    const test = loadStoredTest(corpus.name) ?? new Set<string>();
    const pool = corpus.pages.filter((p: CorpusPage) => !test.has(p.id) && !takenPaths.has(p.path));
    const sites = new Set<string>();
    let taken = 0;
    for (const p of shuffled(pool, fnv1a(corpus.name) ^ AUDIT_SEED)) {
      if (taken >= quota) break;
      const html = readPage(p.path).text;
      const site = siteOf(p, html).site.replace(/^www\./, '');
      if (sites.has(site) || takenSites.has(site)) continue;
      const brief = briefFromHtml(html, { url: p.url ?? undefined });
      // English by the page's own tag and by its text: some pages tagged `en` are written in German.
      if (!brief.isArticle || !(brief.lang ?? '').startsWith('en') || guessLatinLang(brief.text) !== 'en') continue;
      sites.add(site);
      taken++;
      pages.push({
        source: relative(root, p.path),
        site,
        url: p.url ?? null,
        fields: AUDIT_FIELDS.map((field) => ({
          field,
          output: fieldOf(brief, field),
          verdict: '',
          right: null,
          reason: '',
        })),
      });
    }
  }
  return {
    comment: 'See README.md beside this file.',
    seed: AUDIT_SEED,
    quotas: AUDIT_QUOTAS,
    pages,
  };
}

function score(root: string, audit: Audit): void {
  const judged = { byline: [0, 0, 0], lede: [0, 0, 0], closing: [0, 0, 0] } as Record<AuditField, number[]>;
  const wrongNow: string[] = [];
  for (const page of audit.pages) {
    const brief = briefOfPath(root, page.source, page.url);
    for (const e of page.fields) {
      if (e.verdict === '' || e.verdict === 'skip') continue;
      const got = fieldOf(brief, e.field);
      const ok = auditOk(e, got);
      const c = judged[e.field];
      c[0]! += 1;
      if (e.verdict === 'ok') c[1]! += 1;
      if (ok) c[2]! += 1;
      else wrongNow.push(`${e.field.padEnd(8)} ${page.source}\n           got   ${got}\n           right ${e.right}`);
    }
  }
  console.log(`Audit: ${audit.pages.length} pages (${relative(process.cwd(), AUDIT_FILE)})`);
  console.log('field     judged   right when judged   right now');
  for (const f of AUDIT_FIELDS) {
    const [n, then, now] = judged[f] as [number, number, number];
    const pct = (k: number) => (n ? ((100 * k) / n).toFixed(1) : '—').padStart(5);
    console.log(
      `${f.padEnd(9)} ${String(n).padStart(6)}   ${`${then}/${n}`.padStart(8)} ${pct(then)}%   ${`${now}/${n}`.padStart(6)} ${pct(now)}%`,
    );
  }
  if (wrongNow.length) console.log(`\nWrong now:\n  ${wrongNow.join('\n  ')}`);
}

function main(): void {
  const { values } = readArgs(process.argv.slice(2), USAGE, {
    draw: { type: 'boolean' },
    file: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const root = corporaRoot();
  if (!root) USAGE.error('No corpora root (NEWSBRIEF_CORPORA, ../shared/corpora or /work/shared/corpora).');
  const file = values.file ?? AUDIT_FILE;
  if (values.draw) {
    writeFileSync(file, `${JSON.stringify(draw(root), null, 2)}\n`);
    console.log(`Wrote ${file}`);
    return;
  }
  score(root, JSON.parse(readFileSync(file, 'utf8')) as Audit);
}

main();
