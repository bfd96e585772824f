/**
 * Golden fixture pages: test/fixtures/pages/<category>--<name>.html, each a full news page (site chrome and all),
 * checked against test/fixtures/expect/<category>--<name>.json, a hand-written statement of what a careful
 * reader expects from the page. Only the keys present in an expectation are checked, one test per key group,
 * so a failure names the page and the stage at fault.
 *
 * Expectation keys: isArticle, title, byline, published (compared by day), lang, dir, headings, lists, tables,
 * commitments ({ min, max, actors }), mustContain (in brief.text), mustNotContain (nowhere in text, lede,
 * sections, closing or key points), flags (the set of flag kinds).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import type { Brief } from '../../utils/types';
import { normalizeSpace } from '../../utils/common/text';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const PAGES = path.join(ROOT, 'pages');
const EXPECT = path.join(ROOT, 'expect');

interface ListExpectation {
  kind: 'steps' | 'bullets';
  leadIn?: string | null;
  items: number;
}

interface TableExpectation {
  headers: string[];
  rows: number;
}

interface Expectation {
  isArticle?: boolean;
  title?: string;
  byline?: string | null;
  published?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  headings?: string[];
  lists?: ListExpectation[];
  tables?: TableExpectation[];
  commitments?: { min?: number; max?: number; actors?: string[] };
  mustContain?: string[];
  mustNotContain?: string[];
  flags?: string[];
}

const KNOWN_KEYS = new Set([
  'isArticle',
  'title',
  'byline',
  'published',
  'lang',
  'dir',
  'headings',
  'lists',
  'tables',
  'commitments',
  'mustContain',
  'mustNotContain',
  'flags',
]);

const norm = (s: string | null | undefined): string => normalizeSpace(s ?? '');
const show = (v: unknown): string => JSON.stringify(v);

/** Every place a snippet of page text can surface in a brief. */
function briefSurfaces(b: Brief): [string, string][] {
  return [
    ['text', b.text],
    ['lede', b.lede ?? ''],
    ...b.sections.flatMap((s, i): [string, string][] => [
      [`sections[${i}].heading`, s.heading ?? ''],
      [`sections[${i}].paragraphs`, s.paragraphs.join('\n')],
    ]),
    ['closing', b.closing ?? ''],
    ['keyPoints', b.keyPoints.join('\n')],
  ];
}

/** The headings of the brief in reading order (sections with a heading). */
function headingsOf(b: Brief): string[] {
  return b.sections.flatMap((s) => (s.heading === null ? [] : [norm(s.heading)]));
}

/** Day of an ISO date as written (the brief keeps the page's own offset, so the day is the page's day). */
const dayOf = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);

/** An actor matches when one name contains the other, case and spacing aside ("the EU" / "EU"). */
function actorMatches(expected: string, got: string | null): boolean {
  if (!got) return false;
  const e = norm(expected).toLowerCase();
  const g = norm(got).toLowerCase();
  return g.includes(e) || e.includes(g);
}

const names = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .filter((n) => existsSync(path.join(EXPECT, `${n}.json`)))
  .sort();

describe('fixture pages', () => {
  it('has expectations to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(16);
  });

  it('every expectation has a page and only known keys', () => {
    const problems: string[] = [];
    for (const f of readdirSync(EXPECT).filter((x) => x.endsWith('.json'))) {
      const n = f.slice(0, -'.json'.length);
      if (!existsSync(path.join(PAGES, `${n}.html`))) problems.push(`${f}: no page ${n}.html`);
      const exp = JSON.parse(readFileSync(path.join(EXPECT, f), 'utf8')) as Expectation;
      for (const k of Object.keys(exp)) if (!KNOWN_KEYS.has(k)) problems.push(`${f}: unknown key ${k}`);
      // An empty snippet would be found everywhere (mustNotContain) or trivially (mustContain).
      for (const s of [...(exp.mustContain ?? []), ...(exp.mustNotContain ?? [])]) {
        if (!norm(s)) problems.push(`${f}: empty snippet`);
      }
    }
    expect(problems).toEqual([]);
  });
});

for (const name of names) {
  const exp = JSON.parse(readFileSync(path.join(EXPECT, `${name}.json`), 'utf8')) as Expectation;
  let cached: Brief | null = null;
  const brief = (): Brief => (cached ??= briefFromHtml(readFileSync(path.join(PAGES, `${name}.html`), 'utf8')));

  describe(name, () => {
    if (exp.isArticle !== undefined) {
      it('isArticle', () => {
        expect(brief().isArticle, `${name}: isArticle`).toBe(exp.isArticle);
      });
    }

    if (exp.title !== undefined) {
      it('title', () => {
        expect(norm(brief().title), `${name}: title`).toBe(norm(exp.title));
      });
    }

    if (exp.byline !== undefined) {
      it('byline', () => {
        const got = brief().byline;
        if (exp.byline === null) expect(got, `${name}: byline should be null`).toBeNull();
        else expect(norm(got), `${name}: byline`).toBe(norm(exp.byline));
      });
    }

    if (exp.published !== undefined) {
      it('published (by day)', () => {
        const got = brief().published;
        expect(dayOf(got), `${name}: published day (got ${show(got)})`).toBe(dayOf(exp.published ?? null));
      });
    }

    if (exp.lang !== undefined || exp.dir !== undefined) {
      it('lang and dir', () => {
        const b = brief();
        if (exp.lang !== undefined) expect(b.lang, `${name}: lang`).toBe(exp.lang);
        if (exp.dir !== undefined) expect(b.dir, `${name}: dir`).toBe(exp.dir);
      });
    }

    if (exp.headings !== undefined) {
      it('section headings in order', () => {
        expect(headingsOf(brief()), `${name}: headings`).toEqual(exp.headings!.map(norm));
      });
    }

    if (exp.lists !== undefined) {
      it('lists (kind, lead-in, item count)', () => {
        const got = brief().lists.map((l) => ({
          kind: l.kind,
          leadIn: l.leadIn === null ? null : norm(l.leadIn),
          items: l.items.length,
        }));
        const want = exp.lists!.map((l) => ({
          kind: l.kind,
          leadIn: l.leadIn === undefined ? undefined : l.leadIn === null ? null : norm(l.leadIn),
          items: l.items,
        }));
        // A lead-in left out of the expectation is not checked.
        const comparable = got.map((g, i) =>
          want[i] && want[i]!.leadIn === undefined ? { ...g, leadIn: undefined } : g,
        );
        expect(comparable, `${name}: lists`).toEqual(want);
      });
    }

    if (exp.tables !== undefined) {
      it('tables (headers, row count)', () => {
        const got = brief().tables.map((t) => ({ headers: t.headers.map(norm), rows: t.rows.length }));
        const want = exp.tables!.map((t) => ({ headers: t.headers.map(norm), rows: t.rows }));
        expect(got, `${name}: tables`).toEqual(want);
      });
    }

    if (exp.commitments !== undefined) {
      it('commitments (count and actors)', () => {
        const cs = brief().commitments;
        const { min, max, actors } = exp.commitments!;
        const listing = cs.map((c) => `${c.actor ?? '∅'}: ${c.commitment}`).join('\n  ');
        if (min !== undefined)
          expect(cs.length, `${name}: at least ${min} commitments, got:\n  ${listing}`).toBeGreaterThanOrEqual(min);
        if (max !== undefined)
          expect(cs.length, `${name}: at most ${max} commitments, got:\n  ${listing}`).toBeLessThanOrEqual(max);
        const missing = (actors ?? []).filter((a) => !cs.some((c) => actorMatches(a, c.actor)));
        expect(missing, `${name}: actors not found among commitments:\n  ${listing}`).toEqual([]);
      });
    }

    if (exp.mustContain !== undefined) {
      it('keeps the article text (mustContain)', () => {
        const text = norm(brief().text);
        const missing = exp.mustContain!.filter((s) => !text.includes(norm(s)));
        expect(missing, `${name}: snippets missing from brief.text`).toEqual([]);
      });
    }

    if (exp.mustNotContain !== undefined) {
      it('drops the chrome (mustNotContain)', () => {
        const surfaces = briefSurfaces(brief()).map(([where, s]): [string, string] => [where, norm(s)]);
        const leaks = exp.mustNotContain!.flatMap((s) =>
          surfaces.filter(([, t]) => t.includes(norm(s))).map(([where]) => `${show(s)} in ${where}`),
        );
        expect(leaks, `${name}: chrome leaked into the brief`).toEqual([]);
      });
    }

    if (exp.flags !== undefined) {
      it('flags', () => {
        const got = [...new Set(brief().flags.map((f) => f.kind))].sort();
        expect(got, `${name}: flag kinds`).toEqual([...new Set(exp.flags)].sort());
      });
    }
  });
}
