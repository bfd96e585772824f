/**
 * scripts/check-no-innerhtml.mjs: the repository passes it, and it fails on a folder with violations.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'check-no-innerhtml.mjs');

const run = (args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });

const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsbrief-innerhtml-'));
  temp.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('check-no-innerhtml', () => {
  it('passes on entrypoints/, components/ and utils/', () => {
    const r = run([]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('allows only files that exist', async () => {
    const { ALLOWED_FILES } = await import('../../scripts/check-no-innerhtml.mjs');
    expect(ALLOWED_FILES).toBeInstanceOf(Set);
    for (const file of ALLOWED_FILES) expect(existsSync(path.join(ROOT, file)), file).toBe(true);
  });

  it('fails with file:line for every banned use', () => {
    const dir = folder({
      'bad.ts': [
        'const re = /[`\'"]/; // quotes in a regex literal do not hide the code after them',
        'el.innerHTML = html;',
        "node.outerHTML = '<b>x</b>';",
        "el.insertAdjacentHTML('beforeend', html);",
        "document.write('<p>');",
        "const r = range.createContextualFragment('<p>');",
        "frame.setAttribute('srcdoc', html);",
        "eval('1');",
        "const f = new Function('return 1');",
      ].join('\n'),
      'nested/view.tsx': 'export const V = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;\n',
    });
    const r = run([dir]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const found = lines.filter((l) => /:\d+: /.test(l)).map((l) => l.replace(/^.*?(bad\.ts|view\.tsx)/, '$1'));
    expect(found).toEqual([
      'bad.ts:2: innerHTML',
      'bad.ts:3: outerHTML assignment',
      'bad.ts:4: insertAdjacentHTML',
      'bad.ts:5: document.write',
      'bad.ts:6: createContextualFragment',
      'bad.ts:7: srcdoc',
      'bad.ts:8: eval(',
      'bad.ts:9: new Function(',
      'view.tsx:1: dangerouslySetInnerHTML',
    ]);
  });

  it('allows reading outerHTML, comments, and look-alike names', () => {
    const dir = folder({
      'ok.ts': [
        'const html = `<!DOCTYPE html>\\n${clone.outerHTML}`;',
        'if (a.outerHTML === b.outerHTML) {}',
        '// el.innerHTML = x is not allowed, says this comment',
        '/* document.write() */',
        'const evaluate = (x: number) => x; evaluate(1); retrieval(2);',
        'const FunctionName = 1;',
      ].join('\n'),
    });
    const r = run([dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('exits 2 on a folder that does not exist', () => {
    const r = run([path.join(tmpdir(), 'newsbrief-no-such-folder-x')]);
    expect(r.status).toBe(2);
  });
});
