/**
 * Huge pages, generated here (scripts/stress.ts holds the cases and prints their time and heap): each must end
 * with a valid brief that kept its first and last words, or with BriefInputError('too-large'); never another
 * error, never a stack overflow. The per-test timeout is a hang guard, not a speed requirement.
 */
import { describe, expect, it } from 'vitest';
import { STRESS_CASES, runCase } from '../../scripts/stress';
import { briefFromHtml } from '../../utils/brief';
import { BriefInputError, MAX_HTML_CHARS } from '../../utils/extract/parse';

const HANG_GUARD_MS = 120_000;

describe('huge pages', () => {
  it.each(STRESS_CASES.map((c) => [c.name, c] as const))(
    '%s ends in a valid brief or too-large',
    (_name, c) => {
      const outcome = runCase(c);
      if (outcome.kind === 'other-error') {
        const e = outcome.error;
        expect.fail(`${c.about}: threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
      }
      if (outcome.kind === 'brief') {
        expect(outcome.valid).toBe(true);
        expect(outcome.missing).toEqual([]);
      }
      if (c.name === 'page-over-limit') expect(outcome.kind).toBe('too-large');
      else expect(outcome.kind).toBe('brief');
    },
    HANG_GUARD_MS,
  );

  it('refuses a page just over the limit before parsing it', () => {
    const html = `<p>${'x'.repeat(MAX_HTML_CHARS)}</p>`;
    let thrown: unknown;
    try {
      briefFromHtml(html);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(BriefInputError);
    expect((thrown as BriefInputError).code).toBe('too-large');
  });
});
