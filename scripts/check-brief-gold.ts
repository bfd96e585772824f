/**
 * Checks the brief set's gold (test/brief-set/gold/*.json, conventions in test/brief-set/CONVENTIONS.md): every
 * file has every field with the right type, and every string copied from the page is in the page's text.
 *
 *   npx tsx scripts/check-brief-gold.ts [--corpora DIR] [ID ...]
 *
 * Exit 0 when all gold is sound, 1 when a file has an error. A string found only once white space is ignored is a
 * warning (the page splits it across blocks), not an error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtml } from '../utils/extract/parse';
import { htmlToText, readPage } from './lib/pages';

const ROOT = resolve(import.meta.dirname, '..');
const GOLD = join(ROOT, 'test', 'brief-set', 'gold');

const argv = process.argv.slice(2);
const corporaAt = argv.indexOf('--corpora');
const CORPORA = corporaAt >= 0 ? resolve(argv[corporaAt + 1] ?? '') : resolve(ROOT, '..', 'shared', 'corpora');
const only = new Set(argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--corpora'));

const collapse = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const squeeze = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');

type Problems = { errors: string[]; warnings: string[] };

function pagePath(page: string): string | null {
  if (page.startsWith('corpus:')) return join(CORPORA, page.slice('corpus:'.length));
  if (page.startsWith('fixture:')) return join(ROOT, 'test', 'fixtures', page.slice('fixture:'.length));
  return null;
}

/** The page's visible-ish text (body, blocks on their own lines) plus its title and meta contents. */
function pageText(html: string): { text: string; squeezed: string } {
  const document = parseHtml(html);
  const metas = [...document.querySelectorAll('title, meta[content]')].map((m) =>
    m.tagName.toLowerCase() === 'title' ? (m.textContent ?? '') : (m.getAttribute('content') ?? ''),
  );
  const body = document.body ? htmlToText(document.body.innerHTML) : htmlToText(html);
  const text = collapse(`${body}\n${metas.join('\n')}`);
  return { text, squeezed: squeeze(text) };
}

function checkString(
  label: string,
  v: unknown,
  page: { text: string; squeezed: string },
  p: Problems,
  nullable = false,
) {
  if (v === null && nullable) return;
  if (typeof v !== 'string' || !v.trim()) {
    p.errors.push(`${label}: expected a non-empty string${nullable ? ' or null' : ''}, got ${JSON.stringify(v)}`);
    return;
  }
  if (v !== collapse(v)) p.errors.push(`${label}: white space not collapsed: ${JSON.stringify(v)}`);
  if (page.text.includes(collapse(v))) return;
  if (page.squeezed.includes(squeeze(v)))
    p.warnings.push(`${label}: found only with white space ignored: ${JSON.stringify(v.slice(0, 80))}`);
  else p.errors.push(`${label}: not in the page: ${JSON.stringify(v.slice(0, 120))}`);
}

function checkStrings(label: string, v: unknown, page: { text: string; squeezed: string }, p: Problems) {
  if (!Array.isArray(v)) {
    p.errors.push(`${label}: expected an array`);
    return;
  }
  v.forEach((s, i) => checkString(`${label}[${i}]`, s, page, p));
}

const FIELDS = [
  'id',
  'page',
  'url',
  'site',
  'lang',
  'title',
  'byline',
  'published',
  'lede',
  'ledeAlt',
  'headings',
  'lists',
  'tables',
  'commitments',
  'closing',
  'summaryBox',
  'captions',
  'junk',
  'nameVariants',
  'notes',
];

function checkGold(file: string): Problems {
  const p: Problems = { errors: [], warnings: [] };
  let g: Record<string, unknown>;
  try {
    g = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as Record<string, unknown>;
  } catch (err) {
    p.errors.push(`not JSON: ${(err as Error).message}`);
    return p;
  }
  for (const f of FIELDS) if (!(f in g)) p.errors.push(`missing field "${f}"`);
  for (const f of Object.keys(g)) if (!FIELDS.includes(f)) p.errors.push(`unknown field "${f}"`);
  if (g.id !== file.replace(/\.json$/, '')) p.errors.push(`id ${JSON.stringify(g.id)} is not the file name`);
  const path = typeof g.page === 'string' ? pagePath(g.page) : null;
  if (!path || !existsSync(path)) {
    p.errors.push(`page not found: ${JSON.stringify(g.page)}`);
    return p;
  }
  const page = pageText(readPage(path).text);
  if (typeof g.site !== 'string' || !/^[a-z0-9.-]+$/.test(g.site) || g.site.startsWith('www.')) {
    p.errors.push(`site: a lower-case host without www. expected, got ${JSON.stringify(g.site)}`);
  }
  if (typeof g.lang !== 'string' || !/^[a-z]{2,3}$/.test(g.lang)) p.errors.push(`lang: a primary tag expected`);
  if (g.published !== null && (typeof g.published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(g.published))) {
    p.errors.push(`published: YYYY-MM-DD or null expected, got ${JSON.stringify(g.published)}`);
  }
  checkString('title', g.title, page, p);
  // A byline of several people is written joined ("A, B" / "أ، ب"): each name must be on the page, not the join.
  if (typeof g.byline === 'string') {
    g.byline.split(/\s*[,،]\s*/).forEach((name, i) => checkString(`byline name ${i + 1}`, name, page, p));
  } else checkString('byline', g.byline, page, p, true);
  checkString('lede', g.lede, page, p);
  checkString('ledeAlt', g.ledeAlt, page, p, true);
  checkStrings('headings', g.headings, page, p);
  if (!Array.isArray(g.lists)) p.errors.push('lists: expected an array');
  else {
    (g.lists as Record<string, unknown>[]).forEach((l, i) => {
      checkString(`lists[${i}].leadIn`, l.leadIn, page, p, true);
      checkStrings(`lists[${i}].items`, l.items, page, p);
    });
  }
  if (!Array.isArray(g.tables)) p.errors.push('tables: expected an array');
  else {
    (g.tables as Record<string, unknown>[]).forEach((t, i) => {
      checkString(`tables[${i}].caption`, t.caption, page, p, true);
      checkStrings(`tables[${i}].headers`, t.headers, page, p);
      if (!Array.isArray(t.rows)) p.errors.push(`tables[${i}].rows: expected an array`);
      else (t.rows as unknown[]).forEach((r, j) => checkStrings(`tables[${i}].rows[${j}]`, r, page, p));
    });
  }
  if (!Array.isArray(g.commitments)) p.errors.push('commitments: expected an array');
  else {
    (g.commitments as Record<string, unknown>[]).forEach((c, i) => {
      for (const k of Object.keys(c)) {
        if (!['actor', 'commitment', 'evidence', 'when', 'amount'].includes(k))
          p.errors.push(`commitments[${i}]: unknown key ${k}`);
      }
      if (typeof c.actor !== 'string' || !c.actor.trim()) p.errors.push(`commitments[${i}].actor: a name expected`);
      checkString(`commitments[${i}].commitment`, c.commitment, page, p);
      checkString(`commitments[${i}].evidence`, c.evidence, page, p);
      if (typeof c.evidence === 'string' && typeof c.commitment === 'string' && !c.evidence.includes(c.commitment)) {
        p.errors.push(`commitments[${i}]: the commitment is not part of its evidence sentence`);
      }
      for (const k of ['when', 'amount'] as const) {
        if (k in c) {
          checkString(`commitments[${i}].${k}`, c[k], page, p);
          if (typeof c.evidence === 'string' && typeof c[k] === 'string' && !c.evidence.includes(c[k] as string)) {
            p.errors.push(`commitments[${i}].${k} is not part of its evidence sentence`);
          }
        }
      }
    });
  }
  checkString('closing', g.closing, page, p);
  checkStrings('summaryBox', g.summaryBox, page, p);
  checkStrings('captions', g.captions, page, p);
  checkStrings('junk', g.junk, page, p);
  if (Array.isArray(g.junk) && (g.junk.length < 5 || g.junk.length > 15))
    p.warnings.push(`junk: ${g.junk.length} snippets (5 to 15 asked)`);
  if (!Array.isArray(g.nameVariants)) p.errors.push('nameVariants: expected an array');
  else (g.nameVariants as unknown[]).forEach((v, i) => checkStrings(`nameVariants[${i}]`, v, page, p));
  if (typeof g.notes !== 'string') p.errors.push('notes: a string expected');
  return p;
}

function main(): void {
  if (!existsSync(GOLD)) {
    console.error(`no gold folder at ${GOLD}`);
    process.exit(1);
  }
  const files = readdirSync(GOLD)
    .filter((f) => f.endsWith('.json') && (only.size === 0 || only.has(f.replace(/\.json$/, ''))))
    .sort();
  let bad = 0;
  for (const f of files) {
    const p = checkGold(f);
    if (p.errors.length) bad++;
    if (p.errors.length || p.warnings.length) {
      console.log(`${f}`);
      for (const e of p.errors) console.log(`  error    ${e}`);
      for (const w of p.warnings) console.log(`  warning  ${w}`);
    }
  }
  console.log(`${files.length} gold files, ${bad} with errors`);
  process.exit(bad ? 1 : 0);
}

main();
