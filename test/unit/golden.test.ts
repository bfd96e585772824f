/**
 * Golden files: every page in test/fixtures/pages/ is briefed and its JSON compared with
 * test/fixtures/golden/<page>.json. A change in any field fails here and shows the diff; when the change is an
 * improvement, review it and accept it with `UPDATE_GOLDEN=1 npx vitest run test/unit/golden.test.ts`.
 *
 * The hand-written expectations in test/fixtures/expect/ (fixtures.test.ts) say what a reader needs; these
 * goldens pin everything else, so no field changes unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { briefFromHtml } from '../../utils/brief';
import { toJson } from '../../utils/format/json';

const ROOT = path.resolve(__dirname, '../fixtures');
const PAGES = path.join(ROOT, 'pages');
const GOLDEN = path.join(ROOT, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const pages = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('golden briefs', () => {
  it('has pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });
  for (const page of pages) {
    it(page, () => {
      const html = readFileSync(path.join(PAGES, page), 'utf8');
      const got = toJson(briefFromHtml(html, { url: `https://fixtures.newsbrief.test/${page}` }));
      const file = path.join(GOLDEN, page.replace(/\.html$/, '.json'));
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`no golden file for ${page}: run with UPDATE_GOLDEN=1 and review it`);
        writeFileSync(file, `${got}\n`);
        return;
      }
      expect(JSON.parse(got)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
