/**
 * Corpus loading and scoring for `npm run eval` and `npm run bench`.
 *
 * Two external corpora are understood (see the README of the corpora folder):
 * - trafilatura-eval: `evaldata.json` + `pages/*.html`, human-written snippets that must (`with`) or must not
 *   (`without`) appear in the extracted text;
 * - readability-test-pages: `<slug>/{source.html, expected.html, expected-metadata.json}`.
 *
 * Everything above the "Core access" section is pure (no DOM, no file system) and unit-tested in
 * test/unit/scoring.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { normalizeSpace, primaryLang, words } from '../utils/common/text';
import type { Brief } from '../utils/types';

// ---------------------------------------------------------------------------------------------------------------
// Character sets

export interface Decoded {
  text: string;
  /** The WHATWG encoding name used (TextDecoder's `encoding`, e.g. "utf-8", "windows-1252"). */
  charset: string;
  /**
   * Where the charset came from. "utf8-valid": a legacy charset is declared but the bytes are valid, non-ASCII
   * UTF-8; "fallback": undeclared and not valid UTF-8, read as windows-1252.
   */
  source: 'bom' | 'meta' | 'xml' | 'default' | 'utf8-valid' | 'fallback';
}

/** How far into the file a charset declaration is looked for (saved pages often have long heads). */
const SNIFF_BYTES = 8192;

/** A TextDecoder for a label, or null when the label is unknown. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/**
 * The charset a saved page declares: byte-order mark first, then `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, then an XML declaration. Returns the WHATWG encoding
 * name, or null when nothing usable is declared. A declared UTF-16 in an ASCII-compatible file means UTF-8 (as
 * in browsers); x-user-defined means windows-1252.
 */
export function sniffCharset(bytes: Uint8Array): { charset: string; source: 'bom' | 'meta' | 'xml' } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', source: 'bom' };
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const found: { label: string; source: 'meta' | 'xml' }[] = [];
  const xml = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const metaRe = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/;>]+)/gi;
  for (let m = metaRe.exec(head); m; m = metaRe.exec(head)) found.push({ label: m[1]!, source: 'meta' });
  if (xml) found.push({ label: xml[1]!, source: 'xml' });
  for (const { label, source } of found) {
    const decoder = decoderFor(label);
    if (!decoder) continue;
    let charset = decoder.encoding;
    if (charset.startsWith('utf-16')) charset = 'utf-8';
    if (charset === 'x-user-defined') charset = 'windows-1252';
    return { charset, source };
  }
  return null;
}

/**
 * Decode a saved page. A byte-order mark decides. A declared charset is used as declared, except that a page
 * declaring a legacy charset whose bytes are valid non-ASCII UTF-8 is read as UTF-8. An undeclared page is UTF-8
 * unless it is not valid UTF-8, in which case it is read as windows-1252 (the usual encoding of old undeclared
 * Western pages).
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
  const sniffed = sniffCharset(bytes);
  if (sniffed && sniffed.source !== 'bom' && sniffed.charset !== 'utf-8' && bytes.some((b) => b > 0x7f)) {
    // Saved pages are often re-encoded as UTF-8 while keeping the original declaration; non-ASCII text that is
    // valid UTF-8 is practically never a legacy encoding.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', source: 'utf8-valid' };
    } catch {
      // not UTF-8: the declaration stands
    }
  }
  if (sniffed) {
    // TextDecoder drops a BOM matching its own encoding by default.
    const text = new TextDecoder(sniffed.charset).decode(bytes);
    return { text, charset: sniffed.charset, source: sniffed.source };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', source: 'default' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', source: 'fallback' };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Snippet scoring (trafilatura-eval)

export interface SnippetScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** `with` snippets not found (lost content). */
  missed: string[];
  /** `without` snippets found (leaked boilerplate). */
  leaked: string[];
}

/** Does `text` contain `snippet` once runs of white space are collapsed on both sides? */
export function containsSnippet(text: string, snippet: string): boolean {
  const s = normalizeSpace(snippet);
  return s.length > 0 && normalizeSpace(text).includes(s);
}

/** Score one output against a page's snippets: `with` found = TP, missed = FN; `without` found = FP, absent = TN. */
export function scoreSnippets(
  text: string,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
): SnippetScore {
  const hay = normalizeSpace(text);
  const has = (snippet: string) => {
    const s = normalizeSpace(snippet);
    return s.length > 0 && hay.includes(s);
  };
  const missed = withSnippets.filter((s) => !has(s));
  const leaked = withoutSnippets.filter((s) => has(s));
  return {
    tp: withSnippets.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: withoutSnippets.length - leaked.length,
    missed,
    leaked,
  };
}

/** Letters and digits only, case-folded and NFKC-normalised: for "is the text there at all?" checks. */
function relaxed(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The snippets that are present in `text` once case, punctuation, white space and soft hyphens are ignored: a
 * lost snippet found this way is in the output but spelled differently (a normalisation problem, not a content
 * selection problem).
 */
export function nearMisses(text: string, snippets: readonly string[]): string[] {
  if (snippets.length === 0) return [];
  const hay = relaxed(text);
  return snippets.filter((s) => {
    const r = relaxed(s);
    return r.length > 0 && hay.includes(r);
  });
}

export interface Confusion {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** Sum confusion counts. */
export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

/** Precision, recall, F1 and accuracy of confusion counts; a ratio with a zero denominator is 0. */
export function prf({ tp, fn, fp, tn }: Confusion): Prf {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    accuracy: ratio(tp + tn, tp + tn + fp + fn),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Token overlap (readability-test-pages)

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Token precision/recall/F1 of `got` against `expected`: tokens are lower-cased words (letters and digits), and
 * the overlap counts each token as often as it occurs in both (multiset intersection). Two empty texts agree (1);
 * one empty text against a non-empty one scores 0.
 */
export function tokenF1(got: string, expected: string): TokenScore {
  const g = words(got);
  const e = words(expected);
  if (g.length === 0 && e.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (g.length === 0 || e.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const w of e) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of g) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  const precision = common / g.length;
  const recall = common / e.length;
  return { precision, recall, f1: common === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

// ---------------------------------------------------------------------------------------------------------------
// Metadata agreement (readability-test-pages)

/** A date as written: its calendar day, whether it has a time and a zone, and the instant it names. */
export interface ParsedDate {
  /** "YYYY-MM-DD" as written (the publisher's calendar day). */
  day: string;
  hasTime: boolean;
  zoned: boolean;
  /** Whole seconds since the epoch: the instant when zoned, the wall-clock time read as UTC otherwise. */
  seconds: number;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Parse an ISO-8601-like date ("2015-03-17", "2017-11-03 03:01:00.000000", "…T10:52:50+0100", "…Z"). */
export function parseDateish(s: string | null | undefined): ParsedDate | null {
  if (!s) return null;
  const m = ISO_DATE.exec(s.trim());
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0));
    if (Number.isNaN(wall)) return null;
    let offsetMin = 0;
    if (zone && zone.toUpperCase() !== 'Z') {
      const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
      offsetMin = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
    }
    return {
      day: `${y}-${mo}-${d}`,
      hasTime: h !== undefined,
      zoned: zone !== undefined,
      seconds: Math.floor((wall - offsetMin * 60_000) / 1000),
    };
  }
  // Other forms ("Tue, 05 Apr 2016 10:00:00 GMT"): whatever Date understands, read as zoned.
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return { day: new Date(t).toISOString().slice(0, 10), hasTime: true, zoned: true, seconds: Math.floor(t / 1000) };
}

/**
 * Do two publication dates agree? Both absent: yes. One absent: no. When either side has only a date, the calendar
 * days (as written) must match; when both have a zone, the instants (to the second); otherwise the wall-clock
 * times. Unparseable dates must be equal after white-space normalisation.
 */
export function datesAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  const e = normalizeSpace(expected ?? '');
  const g = normalizeSpace(got ?? '');
  if (!e || !g) return !e && !g;
  const pe = parseDateish(e);
  const pg = parseDateish(g);
  if (!pe || !pg) return e === g;
  if (!pe.hasTime || !pg.hasTime) return pe.day === pg.day;
  if (pe.zoned && pg.zoned) return pe.seconds === pg.seconds;
  const we = wallSeconds(e);
  const wg = wallSeconds(g);
  return we === null || wg === null ? pe.seconds === pg.seconds : we === wg;
}

/** Wall-clock seconds of an ISO-like date, ignoring its zone. */
function wallSeconds(s: string): number | null {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, sec] = m;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0)) / 1000;
}

/** An empty or white-space-only value counts as absent. */
function present(s: string | null | undefined): string | null {
  const n = normalizeSpace(s ?? '');
  return n ? n : null;
}

/** Titles agree when equal after white-space normalisation (both absent also agrees). */
export function titlesAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  return present(expected) === present(got);
}

/** A site name set off from a headline: " | Site", " - Site", " — Site", " :: Site", " _Site", " [Site]". */
const SITE_AFTER = /^\s*(?:[|\-–—·•_:»/]|::)\s*\S|^\s*\[[^\]]+\]\s*$/;
const SITE_BEFORE = /\S\s*(?:[|\-–—·•_:«/]|::)\s*$/;

/**
 * Titles agree with the site's name set aside: equal, or one is the other plus a site part set off by a
 * separator, before or after it ("Headline | Site" and "Headline"; "Site — Headline" and "Headline").
 */
export function titlesAgreeSiteAside(expected: string | null | undefined, got: string | null | undefined): boolean {
  const a = present(expected);
  const b = present(got);
  if (a === b) return true;
  if (!a || !b) return false;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && SITE_AFTER.test(long.slice(short.length))) return true;
  return long.endsWith(short) && SITE_BEFORE.test(long.slice(0, long.length - short.length));
}

/**
 * Bylines agree when equal after white-space normalisation, ignoring case, a leading "By"/"Von"/"Par"/"Por" and
 * trailing punctuation.
 */
export function bylinesAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) =>
    present(s)
      ?.toLowerCase()
      .replace(/^(by|von|par|por)\s+/, '')
      .replace(/[\s.,;:|·•–—-]+$/, '') || null;
  return norm(expected) === norm(got);
}

/** Languages agree on their primary tag ("en-US" = "en"). */
export function langsAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  return primaryLang(expected) === primaryLang(got);
}

/** Directions agree; an undeclared direction (null) is left-to-right, the default of HTML. */
export function dirsAgree(expected: string | null | undefined, got: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (present(s)?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr');
  return norm(expected) === norm(got);
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics

/** The q-quantile (0..1) of numbers by the nearest-rank method; NaN for no numbers. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** The median: the middle value, or the mean of the two middle values. NaN for no numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Shorten a string for a report line. */
export function clip(s: string, max = 100): string {
  const n = normalizeSpace(s);
  return n.length <= max ? n : `${n.slice(0, max - 1)}…`;
}

// ---------------------------------------------------------------------------------------------------------------
// Corpora on disk

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

/**
 * The HTML pages under a folder, recursively: in a folder holding a `source.html` only that file is a page (its
 * `expected.html` is an answer, not a page); elsewhere every `.html`/`.htm` file is. Sorted by path.
 */
export function collectHtmlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const names = readdirSync(dir).sort();
    if (names.includes('source.html')) {
      out.push(join(dir, 'source.html'));
    } else {
      for (const name of names) {
        if (/\.html?$/i.test(name) && statSync(join(dir, name)).isFile()) out.push(join(dir, name));
      }
    }
    for (const name of names) {
      const p = join(dir, name);
      if (!name.startsWith('.') && name !== 'node_modules' && statSync(p).isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

/** A page id relative to a root folder, for report lines. */
export function pageId(root: string, path: string): string {
  return relative(root, path) || path;
}

/** Read and decode a saved page. */
export function readPage(path: string): Decoded {
  return decodeHtml(readFileSync(path));
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text of an HTML fragment with a line break around every block element, so that words in adjacent blocks
 * never run together (plain `textContent` glues "</p><p>" neighbours).
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(document.body ?? document.documentElement);
  return parts
    .join('')
    .replace(/[ \t\u00a0]*\n\s*/g, '\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Core access: the one place the evaluation and the benchmark reach the extraction core.

export interface CoreApi {
  /** The full brief from HTML. */
  briefFromHtml(html: string, opts: { url?: string | null }): Brief;
  /** Stage 1: parse. */
  parseHtml(html: string, url?: string | null): Document;
  /** Stage 2: extract from a parsed document. */
  briefFromDocument(doc: Document, opts: { url?: string | null }): Brief;
}

/**
 * Load the extraction core, or return the reason it cannot be loaded (the evaluation then reports the reference
 * alone). Loaded lazily so that the pure functions above can be used without the core.
 */
export async function loadCore(): Promise<CoreApi | { error: string }> {
  try {
    const brief = await import('../utils/brief');
    const parse = await import('../utils/extract/parse');
    return {
      briefFromHtml: brief.briefFromHtml,
      briefFromDocument: brief.briefFromDocument,
      parseHtml: parse.parseHtml,
    };
  } catch (err) {
    return { error: `the extraction core could not be loaded: ${firstLine(err)}` };
  }
}

/** The first line of an error, for report lines. */
export function firstLine(err: unknown): string {
  const s = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return clip(s.split('\n')[0] ?? s, 160);
}
