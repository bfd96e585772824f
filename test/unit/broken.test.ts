/**
 * Broken input (test/fixtures/broken/): truncated HTML, a missing or wrong charset, mixed encodings, NUL bytes,
 * empty documents, a frameset, an RSS feed, an SVG image, a PDF's bytes, a bare doctype. The core must give a
 * clear outcome (BriefInputError with a code, or a valid brief), and the CLI a one-line message with the
 * documented exit code, never a stack trace.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../scripts/cli-args';
import { briefFromHtml } from '../../utils/brief';
import { toJson, toMarkdown, toPlainText, validateBrief } from '../../utils/format';
import { decodeHtmlInput } from '../../utils/extract/input';
import { BriefInputError, parseHtml } from '../../utils/extract/parse';
import type { Brief } from '../../utils/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = path.join(ROOT, 'test', 'fixtures', 'broken');
const SCRIPT = path.join(ROOT, 'scripts', 'brief.ts');
const TSX = pathToFileURL(createRequire(path.join(ROOT, 'package.json')).resolve('tsx')).href;

/**
 * The sample page cut off mid-tag, four fifths of the way through (a download that stopped): made from the
 * sample at run time, so it cannot drift from it, and written to a temporary folder for the CLI.
 */
function truncatedSample(): string {
  const sample = readFileSync(path.join(ROOT, 'test', 'fixtures', 'pages', 'sample--seed-ar.html'), 'utf8');
  const cut = sample.lastIndexOf('</a>', Math.floor(sample.length * 0.8));
  return sample.slice(0, cut + '</a'.length);
}
const GENERATED = mkdtempSync(path.join(tmpdir(), 'newsbrief-broken-'));
writeFileSync(path.join(GENERATED, 'truncated.html'), truncatedSample());
afterAll(() => rmSync(GENERATED, { recursive: true, force: true }));
/** Where a case's file is: generated at run time, or in test/fixtures/broken/. */
const fileOf = (name: string) => path.join(name === 'truncated.html' ? GENERATED : DIR, name);

const TITLE_AR = 'خطة النقل الجديدة';
const PARA_AR = 'وافق المجلس البلدي يوم الثلاثاء على خطة النقل الجديدة';

type Core =
  | { kind: 'error'; code: BriefInputError['code'] }
  | { kind: 'brief'; brief: Brief }
  | { kind: 'crash'; error: unknown };

function core(html: string): Core {
  try {
    return { kind: 'brief', brief: briefFromHtml(html) };
  } catch (e) {
    if (e instanceof BriefInputError) return { kind: 'error', code: e.code };
    return { kind: 'crash', error: e };
  }
}

const describeCrash = (c: Core) =>
  c.kind === 'crash' ? String(c.error instanceof Error ? `${c.error.name}: ${c.error.message}` : c.error) : '';

interface Expectation {
  file: string;
  /** Exit codes the CLI may give (documented in scripts/cli-args.ts). */
  exit: number[];
  /** What the one-line message must say, when the CLI fails. */
  message?: RegExp;
  /** The core outcome on the page text: an input error code, 'not-article', 'article' or 'brief' (either). */
  core: BriefInputError['code'] | 'not-article' | 'article' | 'brief' | 'error-or-not-article';
  /** Text the brief must contain (checked on the core's brief and, when the CLI succeeds, on its output). */
  keeps?: string[];
}

const CASES: Expectation[] = [
  { file: 'empty.html', exit: [EXIT.badInput], message: /empty/, core: 'empty' },
  { file: 'whitespace.html', exit: [EXIT.badInput], message: /empty|white space/, core: 'empty' },
  { file: 'about-blank.html', exit: [EXIT.notArticle], message: /not an article/, core: 'not-article' },
  {
    file: 'doctype-only.html',
    exit: [EXIT.badInput, EXIT.notArticle],
    message: /empty|not HTML|not an article/,
    core: 'error-or-not-article',
  },
  { file: 'comment-only.html', exit: [EXIT.badInput], message: /not HTML/, core: 'error-or-not-article' },
  { file: 'script-only.html', exit: [EXIT.notArticle], message: /not an article/, core: 'not-article' },
  { file: 'unclosed-comment.html', exit: [EXIT.notArticle], message: /not an article/, core: 'not-article' },
  { file: 'frameset.html', exit: [EXIT.notArticle], message: /not an article/, core: 'not-article' },
  { file: 'feed.rss', exit: [EXIT.badInput], message: /not HTML/, core: 'error-or-not-article' },
  { file: 'drawing.svg', exit: [EXIT.badInput], message: /not HTML/, core: 'error-or-not-article' },
  { file: 'document.pdf.html', exit: [EXIT.badInput], message: /PDF/, core: 'error-or-not-article' },
  // The CLI refuses bytes with NUL as binary; the core drops NUL characters and briefs the rest.
  {
    file: 'nul-bytes.html',
    exit: [EXIT.badInput, EXIT.ok, EXIT.notArticle],
    message: /NUL|binary|not an article/,
    core: 'brief',
    keeps: ['council approved'],
  },
  { file: 'truncated.html', exit: [EXIT.ok], core: 'article', keeps: ['صدام حفتر'] },
  { file: 'mixed-encodings.html', exit: [EXIT.ok], core: 'article', keeps: [TITLE_AR, PARA_AR] },
  // Arabic in windows-1256 with no <meta charset>: either decoded right, or refused with a message about the
  // encoding. Never a brief of U+FFFD replacement characters.
  {
    file: 'windows-1256-no-meta.html',
    exit: [EXIT.ok, EXIT.badInput],
    message: /charset|encoding|UTF-8/i,
    core: 'brief',
    keeps: [TITLE_AR, PARA_AR],
  },
];

/** The page text as the CLI would hand it to the core (decodeHtmlInput), or raw UTF-8 when the CLI refuses it. */
function pageText(bytes: Uint8Array): { text: string; decoded: boolean } {
  const d = decodeHtmlInput(bytes);
  return d.ok ? { text: d.html, decoded: true } : { text: new TextDecoder().decode(bytes), decoded: false };
}

describe('broken input: the core', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const bytes = new Uint8Array(readFileSync(fileOf(file)));
    const { text, decoded } = pageText(bytes);
    const r = core(text);
    expect(describeCrash(r)).toBe('');
    if (r.kind === 'error') {
      // An input error is right when one was expected, or when either an error or a non-article is.
      if (c.core !== 'error-or-not-article') expect(r.code).toBe(c.core);
      return;
    }
    if (r.kind !== 'brief') return;
    expect(['empty', 'not-html', 'too-large']).not.toContain(c.core);
    const b = r.brief;
    expect(validateBrief(b)).toBe(true);
    expect(JSON.parse(toJson(b))).toEqual(b);
    expect(toMarkdown(b).length).toBeGreaterThan(0);
    expect(toPlainText(b).length).toBeGreaterThan(0);
    if (c.core === 'not-article' || c.core === 'error-or-not-article') expect(b.isArticle).toBe(false);
    if (c.core === 'article') expect(b.isArticle).toBe(true);
    // Text the CLI decodes must come out readable; the replacement character means bytes were lost.
    if (c.keeps && (decoded || c.core !== 'brief')) {
      const all = JSON.stringify(b);
      for (const k of c.keeps) expect(all).toContain(k);
    }
    if (decoded && file !== 'mixed-encodings.html') expect(b.text).not.toContain('\ufffd');
  });

  it('NUL characters never reach the brief', () => {
    const html = new TextDecoder().decode(readFileSync(path.join(DIR, 'nul-bytes.html')));
    expect(html).toContain('\u0000');
    const b = briefFromHtml(html);
    expect(JSON.stringify(b)).not.toContain('\\u0000');
  });

  it('a page saved inside a wrapper element before its doctype is read as the page', () => {
    const sample = readFileSync(path.join(ROOT, 'test', 'fixtures', 'pages', 'sample--seed-ar.html'), 'utf8');
    const plain = briefFromHtml(sample);
    const html = `<text id="https://example.org/a">\n${sample}\n</text>`;
    const doc = parseHtml(html);
    expect(doc.documentElement?.localName).toBe('html');
    expect(doc.body?.textContent).toContain(plain.lede!.slice(0, 60));
    const wrapped = briefFromHtml(html);
    expect(wrapped.isArticle).toBe(true);
    expect(wrapped.title).toBe(plain.title);
    expect(wrapped.text).toBe(plain.text);
  });

  it('mixed encodings lose only the undecodable bytes', () => {
    const d = decodeHtmlInput(new Uint8Array(readFileSync(path.join(DIR, 'mixed-encodings.html'))));
    expect(d.ok).toBe(true);
    const b = briefFromHtml(d.ok ? d.html : '');
    expect(b.title).toBe(TITLE_AR);
    // Three UTF-8 paragraphs before the foreign bytes and four after survive whole.
    const whole = b.text.split('\n\n').filter((p) => !p.includes('\ufffd') && /[\u0600-\u06ff]/.test(p));
    expect(whole.length).toBeGreaterThanOrEqual(7);
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, SCRIPT, ...args], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'UTC' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

describe('broken input: the CLI', { timeout: 120_000 }, () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', async (file, c) => {
    const r = await runCli(['--format', 'json', fileOf(file)]);
    expect(c.exit).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|RangeError/);
    if (r.code === EXIT.ok) {
      expect(r.stderr).toBe('');
      const b = JSON.parse(r.stdout) as unknown;
      expect(validateBrief(b)).toBe(true);
      for (const k of c.keeps ?? []) expect(r.stdout).toContain(k);
      if (file !== 'mixed-encodings.html') expect(r.stdout).not.toContain('\ufffd');
    } else {
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      if (c.message) expect(lines[0]).toMatch(c.message);
    }
  });
});
