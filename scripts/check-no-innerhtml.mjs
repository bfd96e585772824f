#!/usr/bin/env node
/**
 * `node scripts/check-no-innerhtml.mjs [DIR ...]`: fail (exit 1, one `file:line: what` per finding) when the
 * extension or the core writes HTML from strings or runs strings as code: `innerHTML`, `outerHTML =`,
 * `insertAdjacentHTML`, `document.write`, `dangerouslySetInnerHTML`, `createContextualFragment`, `srcdoc`,
 * `eval(`, `new Function(`. Page content is hostile; it reaches the screen only as text.
 *
 * Allowed: reading `.outerHTML` (the content script serializes a detached clone with it), and the files listed in
 * ALLOWED_FILES (none today; every entry must exist, which test/unit/no-innerhtml.test.ts checks). Comments are
 * not scanned.
 * With no DIR, scans entrypoints/, components/ and utils/ of the repository. Exit 2 on a usage error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIRS = ['entrypoints', 'components', 'utils'];
const EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts']);
/** Files allowed to use the banned APIs, relative to the repository root. Each must exist. */
export const ALLOWED_FILES = new Set([]);
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', 'dist', '.git']);

/** [what, pattern]; patterns run on code with comments blanked out. */
const BANNED = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML assignment', /\bouterHTML\s*(?:=(?!=)|\+=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/i],
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
];

/**
 * The source with comments replaced by spaces (line breaks kept, so line numbers stay right). Strings, regular
 * expression literals (recognised by what precedes them) and template literals are kept: a banned name inside a
 * string is still reported, as it is usually a property access by name (`el['innerHTML']`) or an attribute
 * (`setAttribute('srcdoc', …)`).
 */
export function stripComments(src) {
  let out = '';
  let i = 0;
  let quote = null;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i++;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
      out += c;
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') {
        out += ' ';
        i++;
      }
      continue;
    }
    if (
      c === '/' &&
      next !== '/' &&
      next !== '*' &&
      /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof)\s*$/.test(out.slice(-20))
    ) {
      // A regular expression literal: copied as is, so quotes and backticks inside it open no string.
      let inClass = false;
      out += c;
      i++;
      while (i < src.length && src[i] !== '\n') {
        const r = src[i];
        out += r;
        i++;
        if (r === '\\') {
          out += src[i] ?? '';
          i++;
        } else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
      }
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (; i < stop; i++) out += src[i] === '\n' ? '\n' : ' ';
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function* sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* sourceFiles(full);
    } else if (e.isFile() && EXTENSIONS.has(path.extname(e.name)) && !e.name.endsWith('.d.ts')) {
      yield full;
    }
  }
}

/** Every banned use in the given directories, as `file:line: what` strings (paths relative to the cwd). */
export function findViolations(dirs) {
  const found = [];
  for (const dir of dirs) {
    for (const file of sourceFiles(dir)) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      if (ALLOWED_FILES.has(rel)) continue;
      const lines = stripComments(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        for (const [what, re] of BANNED) {
          if (re.test(line)) found.push(`${path.relative(process.cwd(), file) || file}:${i + 1}: ${what}`);
        }
      });
    }
  }
  return found;
}

function main(args) {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write('Usage: node scripts/check-no-innerhtml.mjs [DIR ...]\n');
    return 0;
  }
  const dirs = args.length > 0 ? args.map((a) => path.resolve(a)) : DEFAULT_DIRS.map((d) => path.join(ROOT, d));
  for (const d of dirs) {
    let ok;
    try {
      ok = statSync(d).isDirectory();
    } catch {
      ok = false;
    }
    if (!ok && args.length > 0) {
      process.stderr.write(`check-no-innerhtml: not a directory: ${d}\n`);
      return 2;
    }
  }
  const found = findViolations(dirs);
  if (found.length === 0) {
    process.stdout.write(
      `check-no-innerhtml: no HTML-from-string or eval in ${dirs.map((d) => path.relative(process.cwd(), d) || '.').join(', ')}\n`,
    );
    return 0;
  }
  for (const f of found) process.stderr.write(`${f}\n`);
  process.stderr.write(
    `check-no-innerhtml: ${found.length} banned use(s); render page text as text, or use components/sanitize.ts\n`,
  );
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
