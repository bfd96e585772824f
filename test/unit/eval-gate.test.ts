/** The eval gate (scripts/eval/gate.ts): its verdicts against a baseline, and what it does without corpora. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Baseline, compare } from '../../scripts/eval/gate';

const ROOT = path.resolve(__dirname, '..', '..');
const baseline: Baseline = {
  comment: '',
  date: '2025-01-01',
  commit: 'abc',
  uncommitted: false,
  tolerance: 0.005,
  corpora: {
    a: { metric: 'token F1', pages: 30, newsbrief: 0.9, readability: 0.8 },
    b: { metric: 'snippet F1', pages: 30, newsbrief: 0.95, readability: 0.89 },
  },
};
const now = (a: number, b: number, extra = {}) => ({
  a: { metric: 'token F1', pages: 30, newsbrief: a, readability: 0.8 },
  b: { metric: 'snippet F1', pages: 30, newsbrief: b, readability: 0.89 },
  ...extra,
});

describe('gate verdicts', () => {
  it('fails a corpus more than 0.005 below its baseline, and only that one', () => {
    const v = compare(now(0.8949, 0.96), baseline);
    expect(v.map((r) => r.verdict)).toEqual(['FAIL', 'ok']);
    expect(v[0]!.delta).toBeCloseTo(-0.0051, 10);
  });

  it('passes a drop of exactly the tolerance, a rise, and marks a corpus without a baseline as new', () => {
    const v = compare(
      now(0.895, 0.99, { c: { metric: 'token F1', pages: 5, newsbrief: 0.1, readability: 0 } }),
      baseline,
    );
    expect(v.map((r) => r.verdict)).toEqual(['ok', 'ok', 'new']);
  });
});

describe('the gate without corpora', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'eval', 'gate.ts')], {
      cwd: ROOT,
      env: { ...process.env, NEWSBRIEF_CORPORA: path.join(ROOT, 'no-such-corpora'), ...env },
      encoding: 'utf8',
    });

  it('warns loudly and passes, unless the corpora are required', () => {
    const soft = run({ NEWSBRIEF_REQUIRE_CORPORA: '' });
    expect(soft.status).toBe(0);
    expect(soft.stderr).toMatch(/NOT CHECKED/);
    const strict = run({ NEWSBRIEF_REQUIRE_CORPORA: '1' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/NOT CHECKED/);
    // Two runs of the gate's script through tsx: seconds on a loaded machine, not the default 5.
  }, 60_000);
});
