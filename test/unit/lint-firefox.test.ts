/**
 * scripts/lint-firefox.ts: the Firefox lint passes only with no error and every warning explained, and an
 * explanation holds only where its code was seen.
 */
import { describe, expect, it } from 'vitest';
import { codeBefore, judge, passes, type LintMessage } from '../../scripts/lint-firefox';

const files: Record<string, string> = {
  // React DOM's branch, then (further than the 300 characters looked at) an assignment of something else.
  'chunks/mount-AbC123.js': `if(n=r.__html,n!=null){o?.__html!==n&&(e.innerHTML=n)}${';'.repeat(400)}el.innerHTML=userText;`,
  'assets/extract.worker-AbC123.js': 'let n=e.createDocumentFragment(),r=e.createElement(``);r.innerHTML=t;',
};
const read = (file: string) => files[file]!;
const at = (file: string, needle: string, nth = 0): LintMessage => {
  const lines = files[file]!.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    let from = 0;
    for (;;) {
      const col = lines[i]!.indexOf(needle, from);
      if (col < 0) break;
      if (seen++ === nth)
        return { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'innerHTML', file, line: i + 1, column: col };
      from = col + 1;
    }
  }
  throw new Error(`${needle} not in ${file}`);
};
const report = (warnings: LintMessage[], errors: LintMessage[] = []) => ({ errors, warnings, notices: [] });

describe('lint-firefox', () => {
  it('reads the code before a reported line and column', () => {
    // Line 2, column 2 is the 'e' of 'cdef': three characters before it, and what follows on.
    expect(codeBefore('ab\ncdef', 2, 2, 3)).toBe('\ncdef');
  });

  it("passes React DOM's dangerouslySetInnerHTML branch and linkedom's setters, with their reasons", () => {
    const verdicts = judge(
      report([at('chunks/mount-AbC123.js', 'e.innerHTML'), at('assets/extract.worker-AbC123.js', 'r.innerHTML')]),
      read,
    );
    expect(verdicts.map((v) => v.why)).toEqual([expect.stringContaining('React'), expect.stringContaining('linkedom')]);
    expect(passes(verdicts)).toBe(true);
  });

  it('fails on the same warning elsewhere in the same file, or in a file no reason names', () => {
    const elsewhere = judge(report([at('chunks/mount-AbC123.js', 'el.innerHTML')]), read);
    expect(elsewhere[0]!.why).toBeNull();
    expect(passes(elsewhere)).toBe(false);
    const otherFile = judge(
      report([{ ...at('assets/extract.worker-AbC123.js', 'r.innerHTML'), file: 'chunks/other.js' }]),
      () => read('assets/extract.worker-AbC123.js'),
    );
    expect(otherFile[0]!.why).toBeNull();
    expect(passes(otherFile)).toBe(false);
  });

  it('fails on any error, and on a warning of another code', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad', file: 'manifest.json' };
    expect(passes(judge(report([], [error]), read))).toBe(false);
    const other = { ...at('assets/extract.worker-AbC123.js', 'r.innerHTML'), code: 'NO_DOCUMENT_WRITE' };
    expect(passes(judge(report([other]), read))).toBe(false);
  });
});
