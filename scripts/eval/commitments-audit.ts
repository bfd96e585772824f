/**
 * `npm run eval:commitments-audit -- [--draw] [--size N] [--seed N] [--review FILE]`: the precision audit of English
 * prose commitments on pages nobody tuned on (test/commitments/en-dev-audit.json, test/commitments/README.md).
 *
 * The pool: every English page (the brief's language) of the dev split of the broad corpora, trafilatura-eval and
 * Readability's test pages that the brief set does not annotate and no sentence set (test/commitments/en-dev-sentences*.json) drew from; every
 * prose commitment the core emits on them. `--draw` samples from the pool with a fixed seed, one commitment of each
 * site before a second of any, and writes the audit with an empty verdict for each new entry (entries already judged keep their verdict).
 * Without `--draw` it re-runs the core on the audited pages and reports the audited precision: of the audited
 * commitments the core still emits, the share judged right, and lists what it emits in an audited sentence that no
 * entry judges (to be judged before the figure is trusted).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefFromHtml } from '../../utils/brief';
import { normalizeSpace } from '../../utils/common/text';
import type { Commitment } from '../../utils/types';
import { readArgs, usage, type Usage, wholeNumber } from '../lib/args';
import { BRIEF_GOLD_DIR, corporaRoot, REPO_ROOT } from '../lib/paths';
import { readPage } from '../lib/pages';
import { seededRandom } from '../lib/stats';
import { loadGoldCorpus, loadReferenceCorpus, loadSnippetCorpus } from './corpora';
import { siteOf } from './site';
import { inSplit, loadStoredTest } from './split';

export const AUDIT_FILE = join(REPO_ROOT, 'test', 'commitments', 'en-dev-audit.json');

/** One audited commitment: where it was emitted, what, and the verdict by test/brief-set/CONVENTIONS.md. */
export interface AuditEntry {
  /** The page under the corpora folder. */
  source: string;
  site: string;
  evidence: string;
  actor: string | null;
  commitment: string;
  /** true: a commitment by the conventions, with the right actor; false: not one (or the wrong actor). */
  verdict: boolean | null;
  /** The false positive's shape, when the verdict is false. */
  shape?: string;
  reason: string;
}

/**
 * The corpora the audit reads, each with its dev pages' files: the gold-text and snippet corpora it was drawn from,
 * then Readability's test pages (`<slug>/source.html`), added when the first pool was spent, to judge the rules on
 * pages none of them was decided on.
 */
const CORPORA = [
  'broad/l3s-gn1',
  'broad/dragnet',
  'broad/cleanportaleval',
  'trafilatura-eval',
  'readability-test-pages',
];

/** The page files (under the corpora folder) the brief set or a sentence set already uses. */
function usedPages(): Set<string> {
  const used = new Set<string>();
  for (const f of readdirSync(BRIEF_GOLD_DIR).filter((n) => n.endsWith('.json'))) {
    const page = (JSON.parse(readFileSync(join(BRIEF_GOLD_DIR, f), 'utf8')) as { page: string }).page;
    if (page.startsWith('corpus:')) used.add(page.slice('corpus:'.length));
  }
  const dir = join(REPO_ROOT, 'test', 'commitments');
  for (const f of readdirSync(dir).filter((n) => /^en-dev-sentences.*\.json$/.test(n))) {
    for (const item of JSON.parse(readFileSync(join(dir, f), 'utf8')) as { source: string }[])
      used.add(item.source.replace('/gold/', '/pages/').replace(/\.txt$/, '.html'));
  }
  return used;
}

export interface PoolPage {
  source: string;
  path: string;
  url: string | null;
}

/** The dev pages of the audited corpora that no annotated set uses. */
export function poolPages(root: string): PoolPage[] {
  const used = usedPages();
  const out: PoolPage[] = [];
  for (const corpus of CORPORA) {
    const dir = join(root, corpus);
    const name = corpus.split('/').pop()!;
    const test = loadStoredTest(name) ?? new Set<string>();
    const reference = corpus === 'readability-test-pages';
    const pages: { id: string; path: string; url?: string | null }[] = reference
      ? loadReferenceCorpus(dir)
      : corpus === 'trafilatura-eval'
        ? loadSnippetCorpus(dir)
        : loadGoldCorpus(dir);
    for (const p of pages) {
      if (!inSplit(p.id, test, 'dev')) continue;
      const source = reference ? `${corpus}/${p.id}/source.html` : `${corpus}/pages/${p.path.split('/').pop()!}`;
      if (used.has(source)) continue;
      out.push({ source, path: p.path, url: p.url ?? null });
    }
  }
  return out;
}

/** The English prose commitments the core emits on a page, with the page's site. */
export function pageCommitments(root: string, source: string, url: string | null) {
  const html = readPage(join(root, source)).text;
  const brief = briefFromHtml(html, { url });
  const site = siteOf({ id: source, url }, html).site;
  const found = brief.lang === 'en' ? brief.commitments.filter((c) => c.source === 'prose') : [];
  return { site, found, text: brief.text };
}

/**
 * Whether an emitted commitment is the audited one: the same sentence and actor, and overlapping commitment text. An
 * actor resolved otherwise is another commitment for the reader, to be judged again.
 */
export function sameCommitment(entry: AuditEntry, c: Commitment): boolean {
  if (normalizeSpace(c.evidence) !== normalizeSpace(entry.evidence)) return false;
  if (normalizeSpace(c.actor ?? '').toLowerCase() !== normalizeSpace(entry.actor ?? '').toLowerCase()) return false;
  const a = normalizeSpace(c.commitment);
  const b = normalizeSpace(entry.commitment);
  return a.includes(b) || b.includes(a);
}

/** The audited precision: of the entries the core still emits (same sentence, overlapping text), the right ones. */
export function auditPrecision(entries: AuditEntry[], emitted: Map<string, Commitment[]>) {
  let right = 0;
  let wrong = 0;
  const unjudged: Commitment[] = [];
  const wrongOnes: AuditEntry[] = [];
  for (const e of entries) {
    const got = emitted.get(e.source) ?? [];
    if (got.some((c) => sameCommitment(e, c))) {
      if (e.verdict) right++;
      else {
        wrong++;
        wrongOnes.push(e);
      }
    }
  }
  const audited = new Set(entries.map((e) => `${e.source}\n${normalizeSpace(e.evidence)}`));
  for (const [source, got] of emitted) {
    for (const c of got) {
      if (!audited.has(`${source}\n${normalizeSpace(c.evidence)}`)) continue;
      if (!entries.some((e) => e.source === source && sameCommitment(e, c))) unjudged.push(c);
    }
  }
  return { right, wrong, precision: right / Math.max(1, right + wrong), unjudged, wrongOnes };
}

/** What the core emits now on each audited page (the page's corpus address as its url). */
export function auditedEmissions(root: string, entries: AuditEntry[]): Map<string, Commitment[]> {
  const urls = new Map(poolPages(root).map((p) => [p.source, p.url]));
  const emitted = new Map<string, Commitment[]>();
  for (const source of new Set(entries.map((e) => e.source)))
    emitted.set(source, pageCommitments(root, source, urls.get(source) ?? null).found);
  return emitted;
}

function main() {
  const u: Usage = usage(`Usage: npm run eval:commitments-audit -- [--draw] [--size N] [--seed N] [--review FILE]

The precision audit of English prose commitments on dev pages no annotated set uses.
  --draw         sample the audit afresh (one commitment of each site, round by round), keeping verdicts given
  --size N       how many to sample (default 80)
  --seed N       the sampling seed (default 2026)
  --review FILE  also write each sampled commitment with the paragraph before it, for judging`);
  const { values } = readArgs(process.argv.slice(2), u, {
    draw: { type: 'boolean', default: false },
    size: { type: 'string' },
    seed: { type: 'string' },
    review: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const root = corporaRoot();
  if (!root) u.error('no corpora folder found (NEWSBRIEF_CORPORA, ../shared/corpora or /work/shared/corpora)');
  const old: AuditEntry[] = existsSync(AUDIT_FILE)
    ? (JSON.parse(readFileSync(AUDIT_FILE, 'utf8')) as AuditEntry[])
    : [];
  if (values.draw) {
    const pool = poolPages(root);
    const bySite = new Map<string, { source: string; c: Commitment; before: string }[]>();
    let english = 0;
    for (const p of pool) {
      const { site, found, text } = pageCommitments(root, p.source, p.url);
      if (found.length) english++;
      const paragraphs = text.split(/\n\s*\n/).map(normalizeSpace);
      for (const c of found) {
        const at = paragraphs.findIndex((x) => x.includes(normalizeSpace(c.evidence)));
        const before = at > 0 ? paragraphs[at - 1]! : '';
        bySite.set(site, [...(bySite.get(site) ?? []), { source: p.source, c, before }]);
      }
    }
    const size = wholeNumber(u, 'size', values.size, 80, 1);
    const random = seededRandom(wholeNumber(u, 'seed', values.seed, 2026));
    const sites = [...bySite.keys()].sort();
    for (let i = sites.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sites[i], sites[j]] = [sites[j]!, sites[i]!];
    }
    // Round by round, one commitment of each site (in the shuffled order) not drawn yet, until the size is reached:
    // every site before a second of any one.
    const left = new Map(sites.map((site) => [site, [...bySite.get(site)!]]));
    const chosen: { site: string; source: string; c: Commitment; before: string }[] = [];
    while (chosen.length < size && [...left.values()].some((l) => l.length)) {
      for (const site of sites) {
        const list = left.get(site)!;
        if (!list.length || chosen.length >= size) continue;
        chosen.push({ site, ...list.splice(Math.floor(random() * list.length), 1)[0]! });
      }
    }
    const entries: AuditEntry[] = chosen.map(({ site, source, c }) => {
      const e = { source, site, evidence: c.evidence, actor: c.actor, commitment: c.commitment };
      const known = old.find((o) => o.source === source && sameCommitment(o, c));
      return known
        ? { ...e, verdict: known.verdict, shape: known.shape, reason: known.reason }
        : { ...e, verdict: null, reason: '' };
    });
    writeFileSync(AUDIT_FILE, `${JSON.stringify(entries, null, 2)}\n`);
    console.log(
      `${pool.length} pool pages, ${english} with English prose commitments, ` +
        `${[...bySite.values()].reduce((n, l) => n + l.length, 0)} commitments on ${bySite.size} sites; ${entries.length} drawn`,
    );
    if (values.review)
      writeFileSync(
        values.review,
        chosen
          .map(
            (x, i) =>
              `#${i} ${x.source}\nBEFORE: ${x.before}\nEVIDENCE: ${x.c.evidence}\nACTOR: ${x.c.actor}\nCOMMIT: ${x.c.commitment}\n`,
          )
          .join('\n'),
      );
    return;
  }
  const emitted = auditedEmissions(root, old);
  const s = auditPrecision(old, emitted);
  console.log(`audited precision ${s.precision.toFixed(3)} (${s.right}/${s.right + s.wrong}) of ${old.length} audited`);
  for (const e of s.wrongOnes) console.log(`  wrong [${e.shape}] ${e.actor} | ${e.commitment}`);
  for (const c of s.unjudged) console.log(`  unjudged: ${c.actor} | ${c.commitment} | ${c.evidence}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
