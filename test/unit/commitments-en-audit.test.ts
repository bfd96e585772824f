/**
 * The precision audit of English prose commitments (test/commitments/en-dev-audit.json, drawn and judged as
 * test/commitments/README.md says): the core re-run on the audited dev pages, each commitment it still emits looked up
 * in the audit. The audited precision (of the audited commitments still emitted, the share judged right) must stay at
 * or above its floor, the figure last measured rounded down; a commitment emitted in an audited sentence that no entry
 * judges fails the test until it is judged, so the figure never rests on unjudged output. Without the corpora the
 * audit is skipped, loudly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_FILE, type AuditEntry, auditedEmissions, auditPrecision } from '../../scripts/eval/commitments-audit';
import { corporaRoot } from '../../scripts/lib/paths';
import type { Commitment } from '../../utils/types';

/** The audited precision last measured, rounded down. */
const FLOOR = 0.52;

const entries = JSON.parse(readFileSync(AUDIT_FILE, 'utf8')) as AuditEntry[];
const root = corporaRoot();

const c = (evidence: string, commitment: string): Commitment => ({
  actor: 'X',
  commitment,
  evidence,
  area: null,
  source: 'prose',
  when: null,
  amount: null,
});

describe('the audited precision of English commitments', () => {
  it('counts an emitted audited commitment by its verdict, and one the audit does not judge apart', () => {
    const audit: AuditEntry[] = [
      { source: 'a', site: 'a', evidence: 'S one.', actor: 'X', commitment: 'will go', verdict: true, reason: '' },
      { source: 'a', site: 'a', evidence: 'S two.', actor: 'X', commitment: 'will stay', verdict: false, reason: '' },
    ];
    const s = auditPrecision(
      audit,
      new Map([['a', [c('S one.', 'will go'), c('S two.', 'will stay'), c('S two.', 'will eat')]]]),
    );
    expect([s.right, s.wrong, s.precision]).toEqual([1, 1, 0.5]);
    expect(s.unjudged.map((u) => u.commitment)).toEqual(['will eat']);
    expect(auditPrecision(audit, new Map([['a', [c('S one.', 'will go')]]])).precision).toBe(1);
  });

  it('holds every entry judged, with a reason and, when wrong, a shape', () => {
    expect(entries.length).toBeGreaterThanOrEqual(70);
    for (const e of entries) {
      expect(typeof e.verdict, e.evidence).toBe('boolean');
      expect(e.reason, e.evidence).not.toBe('');
      if (!e.verdict) expect(e.shape, e.evidence).toBeTruthy();
    }
  });

  if (!root) console.warn('commitments-en-audit.test: no corpora found (NEWSBRIEF_CORPORA); the audit is not re-run.');

  it.skipIf(!root)(
    'keeps the audited precision at or above its floor, with nothing unjudged',
    () => {
      const s = auditPrecision(entries, auditedEmissions(root!, entries));
      console.log(`en-dev-audit.json: audited precision ${s.precision.toFixed(3)} (${s.right}/${s.right + s.wrong})`);
      expect(s.unjudged.map((u) => `${u.actor} | ${u.commitment} | ${u.evidence}`)).toEqual([]);
      expect(s.precision).toBeGreaterThanOrEqual(FLOOR);
    },
    60_000,
  );
});
