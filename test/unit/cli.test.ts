import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, parseArgs } from '../../scripts/cli-args';
import { validateBrief } from '../../utils/format';
import { BRIEF_FIELDS } from '../../utils/types';
import { decodeHtmlInput, declaredCharset, looksLikeHtml } from '../../utils/extract/input';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'brief.ts');
const SAMPLE = path.join(ROOT, 'test', 'fixtures', 'pages', 'sample--seed-ar.html');
const TSX = pathToFileURL(createRequire(path.join(ROOT, 'package.json')).resolve('tsx')).href;

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseArgs', () => {
  it('reads formats, url, force, help and files', () => {
    const r = parseArgs(['--format', 'json', '--url=https://a.example/x', '--force', 'a.html']);
    expect(r).toEqual({
      ok: true,
      options: { format: 'json', url: 'https://a.example/x', force: true, help: false, files: ['a.html'] },
    });
    expect(parseArgs(['-f', 'text', '-', 'b.html'])).toMatchObject({
      ok: true,
      options: { format: 'text', files: ['-', 'b.html'] },
    });
    expect(parseArgs([])).toMatchObject({ ok: true, options: { format: 'md', files: [] } });
    expect(parseArgs(['-h'])).toMatchObject({ ok: true, options: { help: true } });
    expect(parseArgs(['--', '--odd-name.html'])).toMatchObject({ ok: true, options: { files: ['--odd-name.html'] } });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['-x', 'a.html'], 'unknown option -x'],
    [['--format', 'pdf'], 'unknown format "pdf"'],
    [['--format'], '--format needs a value'],
    [['--url', 'javascript:alert(1)'], '--url must be an absolute http or https URL'],
    [['--url', 'https://a.example/', 'a.html', 'b.html'], '--url applies to one page'],
    [['-', '-'], 'standard input ("-") can be read only once'],
    [['--force=yes'], '--force takes no value'],
  ])('rejects %j', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe('decodeHtmlInput', () => {
  it('accepts HTML documents and fragments', () => {
    expect(decodeHtmlInput(utf8('<!DOCTYPE html><html><body><p>x</p></body></html>'))).toMatchObject({
      ok: true,
      charset: 'utf-8',
    });
    expect(decodeHtmlInput(utf8('\n  <!-- saved --> <article><p>نص</p></article>'))).toMatchObject({ ok: true });
    expect(
      decodeHtmlInput(utf8('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')),
    ).toMatchObject({ ok: true });
  });

  it.each<[string, Uint8Array, string]>([
    ['empty', new Uint8Array(), 'empty'],
    ['a lone BOM', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty'],
    ['white space', utf8(' \n\t \n'), 'empty'],
    ['NUL bytes', new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]), 'binary'],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj <</Type/Catalog>>'), 'binary'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary'],
    ['plain text', utf8('This is a plain text note.\nIt mentions <b> once but is not a page.'), 'not-html'],
    ['JSON', utf8('{"title": "<h1>x</h1>"}'), 'not-html'],
    ['an RSS feed', utf8('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'), 'not-html'],
  ])('rejects %s', (_name, bytes, problem) => {
    const r = decodeHtmlInput(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe(problem);
  });

  it('decodes by BOM, then <meta charset>, then UTF-8', () => {
    // "<p>سلام</p>" in windows-1256 with a meta declaration.
    const arabic1256 = new Uint8Array([
      ...utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>'),
      0xd3,
      0xe1,
      0xc7,
      0xe3,
      ...utf8('</p></body></html>'),
    ]);
    expect(declaredCharset(arabic1256)).toBe('windows-1256');
    const r = decodeHtmlInput(arabic1256);
    expect(r.ok && r.html).toContain('<p>سلام</p>');

    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'<p>نص</p>'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeHtmlInput(utf16)).toMatchObject({ ok: true, charset: 'utf-16le', html: '<p>نص</p>' });

    expect(decodeHtmlInput(utf8('\ufeff<p>نص</p>'))).toMatchObject({ ok: true, html: '<p>نص</p>' });
    expect(declaredCharset(utf8('<meta charset="no-such-charset"><p>x</p>'))).toBeNull();
    expect(declaredCharset(utf8('<meta charset="utf-16"><p>x</p>'))).toBe('utf-8');
    expect(decodeHtmlInput(utf8('<meta charset=bogus><p>نص</p>'))).toMatchObject({ ok: true, charset: 'utf-8' });
  });

  it('looksLikeHtml needs markup at the start or a whole document', () => {
    expect(looksLikeHtml('Saved page:\n<html><head></head><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('a < b and b > c')).toBe(false);
    expect(looksLikeHtml('<!-- unterminated comment')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The CLI as a user runs it: a real process, real files, exit codes and messages.
// ---------------------------------------------------------------------------------------------------------------

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string | Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Run from a directory outside the repository: the script must find its sample page by itself.
    const child = spawn(process.execPath, ['--import', TSX, SCRIPT, ...args], {
      cwd: work,
      env: { ...process.env, TZ: 'UTC' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

let work = '';
const file = (name: string) => path.join(work, name);

const NOT_ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Example News - Home</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/story/${i}">Headline number ${i} about a story</a></li>`).join('')}</ul></main>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>`;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'newsbrief-cli-'));
  writeFileSync(file('empty.html'), '');
  writeFileSync(
    file('binary.html'),
    new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xff]),
  );
  writeFileSync(file('notes.txt'), 'Shopping list\n- milk\n- bread\n');
  writeFileSync(file('home.html'), NOT_ARTICLE);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A one-line message on stderr that names the file and has no stack trace. */
function expectOneLineError(r: Run, name: string, reason: RegExp): void {
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('brief CLI', { timeout: 60_000 }, () => {
  it('prints usage with the exit codes on --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^Usage: /);
    for (const code of ['2', '3', '4']) expect(r.stdout).toMatch(new RegExp(`^\\s+${code}\\s`, 'm'));
  });

  it('rejects an unknown flag with a usage error', async () => {
    const r = await run(['--frobnicate', file('home.html')]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown option --frobnicate');
  });

  it('rejects an empty file', async () => {
    const r = await run([file('empty.html')]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stdout).toBe('');
    expectOneLineError(r, 'empty.html', /empty/);
  });

  it('rejects a binary file', async () => {
    const r = await run([file('binary.html')]);
    expect(r.code).toBe(EXIT.badInput);
    expectOneLineError(r, 'binary.html', /PDF/);
  });

  it('rejects a plain text file', async () => {
    const r = await run([file('notes.txt')]);
    expect(r.code).toBe(EXIT.badInput);
    expectOneLineError(r, 'notes.txt', /not HTML/);
  });

  it('rejects a missing file', async () => {
    const r = await run([file('missing.html')]);
    expect(r.code).toBe(EXIT.badInput);
    expectOneLineError(r, 'missing.html', /no such file/);
  });

  it('rejects HTML that is not an article, unless --force', async () => {
    const r = await run([file('home.html')]);
    expect(r.code).toBe(EXIT.notArticle);
    expect(r.stdout).toBe('');
    expectOneLineError(r, 'home.html', /not an article/);

    const forced = await run(['--force', '--format', 'json', file('home.html')]);
    expect(forced.code).toBe(EXIT.ok);
    const b = JSON.parse(forced.stdout) as Record<string, unknown>;
    expect(b.isArticle).toBe(false);
    expect(validateBrief(b)).toBe(true);
  });

  it('briefs the bundled sample page when given no file, from any working directory', async () => {
    const r = await run(['--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    const b = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(b)).toEqual([...BRIEF_FIELDS]);
    expect(validateBrief(b)).toBe(true);
    expect(b).toMatchObject({ isArticle: true, lang: 'ar', dir: 'rtl' });
    expect(b.title).toContain('صدام حفتر');
  });

  it('reads the page from standard input with "-"', async () => {
    const html = await import('node:fs/promises').then((fs) => fs.readFile(SAMPLE, 'utf8'));
    const r = await run(['--format', 'md', '-'], html);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<div dir="rtl"')).toBe(true);
    expect(r.stdout).toMatch(/^# .*صدام حفتر/m);
  });

  it('passes --url to the brief of a page that names no address itself', async () => {
    const r = await run(['--force', '--format', 'json', '--url', 'https://news.example/a', file('home.html')]);
    expect(r.code).toBe(EXIT.ok);
    expect((JSON.parse(r.stdout) as { url: unknown }).url).toBe('https://news.example/a');
  });

  it('rejects empty standard input', async () => {
    const r = await run(['-'], '');
    expect(r.code).toBe(EXIT.badInput);
    expectOneLineError(r, 'standard input', /empty/);
  });

  it('prints JSON Lines for several files and still reports the bad ones', async () => {
    const r = await run(['--format', 'json', SAMPLE, file('empty.html'), SAMPLE, file('home.html')]);
    expect(r.code).toBe(EXIT.notArticle); // the highest failure code
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const { file: name, ...b } = JSON.parse(line) as Record<string, unknown>;
      expect(name).toBe(SAMPLE);
      expect(Object.keys(JSON.parse(line) as object)[0]).toBe('file');
      expect(validateBrief(b)).toBe(true);
    }
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/empty\.html: .*empty/);
    expect(errors[1]).toMatch(/home\.html: not an article/);
  });

  it('separates several md or text briefs with a rule naming each file', async () => {
    const r = await run(['--format', 'text', SAMPLE, SAMPLE]);
    expect(r.code).toBe(EXIT.ok);
    const rules = r.stdout.split('\n').filter((l) => l.startsWith('==== '));
    expect(rules).toHaveLength(2);
    for (const rule of rules) expect(rule).toContain('sample--seed-ar.html');
  });
});
