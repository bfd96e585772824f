/**
 * Pages that are not articles (test/fixtures/non-articles/: home pages, section fronts, search results, tag and
 * category archives, author pages, headline lists, in Arabic, English, French, German, Spanish, Urdu, Russian and
 * Turkish, written in the layouts of real sites): each must be refused, so that detection's recall on the
 * corpora is never bought by calling listings articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { NON_ARTICLES_DIR } from '../../scripts/lib/paths';

const files = readdirSync(NON_ARTICLES_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('non-article pages', () => {
  it('cover at least 25 pages, Arabic and English among them', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.filter((f) => f.startsWith('ar--')).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((f) => f.startsWith('en--')).length).toBeGreaterThanOrEqual(5);
  });

  for (const f of files) {
    it(`refuses ${f}`, () => {
      const brief = briefFromHtml(readFileSync(join(NON_ARTICLES_DIR, f), 'utf8'));
      expect(brief.isArticle).toBe(false);
    });
  }
});
