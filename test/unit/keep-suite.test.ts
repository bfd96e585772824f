/**
 * The keep-suite: ordinary short news sentences that open with, or contain, words that chrome also uses ("Share
 * prices fell …", "Teilen der Stadt …", "شارك أكثر من ألف شخص …"). Each is placed as its own paragraph in a
 * realistic article page (navigation, share bar, related links, sidebar, comments, newsletter box, footer): once
 * in the middle of the story and once as its last paragraph before the chrome that closes the page. The real core
 * must keep it, while the page's own chrome is still dropped. The sentences are data, one file per language, in
 * test/keep-suite/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';

interface KeepSet {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  chrome: {
    nav: string[];
    byline: string;
    share: string[];
    related: string;
    relatedLinks: string[];
    footer: string;
  };
  paragraphs: string[];
  sentences: string[];
}

const DIR = join(__dirname, '..', 'keep-suite');
const SETS: KeepSet[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as KeepSet);

const links = (items: string[], prefix: string): string =>
  items.map((t, i) => `<li><a href="/${prefix}/${i}">${t}</a></li>`).join('');

/** The article page, with `story` as its paragraphs, in the layout of a news site. */
function page(set: KeepSet, story: string[]): string {
  const c = set.chrome;
  return `<!DOCTYPE html><html lang="${set.lang}" dir="${set.dir}"><head><meta charset="utf-8">
<title>${set.title} | Example</title><link rel="canonical" href="https://news.example/${set.lang}/2026/flood-plan"></head>
<body><header class="site-header"><a class="logo" href="/">Example</a><nav class="main-nav"><ul>${links(c.nav, 'section')}</ul></nav>
<div class="ticker"><ul>${links(c.relatedLinks, 'ticker')}</ul></div></header>
<main><article class="article">
<h1>${set.title}</h1>
<div class="meta"><span class="byline">${c.byline}</span> <time datetime="2026-03-10T09:30:00Z">2026-03-10</time></div>
<div class="article-body">
${story.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="share-bar">${c.share.map((s, i) => `<a href="/share/${i}">${s}</a>`).join(' ')}</div>
<div class="related-box"><h3>${c.related}</h3><ul>${links(c.relatedLinks, 'related')}</ul></div>
</article>
<aside class="sidebar"><h3>${c.nav[0]}</h3><ul>${links(c.relatedLinks, 'popular')}</ul></aside>
<section class="comments"><h3>${c.share[0]}</h3><form><textarea></textarea><button>${c.share[0]}</button></form></section>
</main>
<footer class="site-footer"><ul>${links(c.nav, 'footer')}</ul><p>${c.footer}</p></footer>
</body></html>`;
}

/** Where the sentence goes: the middle of the story, and its end. */
const PLACES: [string, (set: KeepSet, s: string) => string[]][] = [
  ['in the middle', (set, s) => [...set.paragraphs.slice(0, 3), s, ...set.paragraphs.slice(3)]],
  ['as the last paragraph', (set, s) => [...set.paragraphs, s]],
];

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('the keep-suite', () => {
  it('holds at least 300 sentences, at least 60 in each of Arabic, English, German, French and Spanish', () => {
    const counts = Object.fromEntries(SETS.map((s) => [s.lang, s.sentences.length]));
    for (const lang of ['ar', 'en', 'de', 'fr', 'es']) expect(counts[lang]).toBeGreaterThanOrEqual(60);
    expect(SETS.reduce((n, s) => n + s.sentences.length, 0)).toBeGreaterThanOrEqual(300);
  });

  for (const set of SETS) {
    describe(`${set.lang}`, () => {
      it('keeps the story and drops the page chrome around it', () => {
        const b = briefFromHtml(page(set, set.paragraphs));
        const text = norm(b.text);
        for (const p of set.paragraphs) expect(text).toContain(norm(p));
        for (const l of set.chrome.relatedLinks) expect(text).not.toContain(l);
        expect(text).not.toContain(set.chrome.footer);
      });

      for (const sentence of set.sentences) {
        it(`keeps «${sentence}»`, () => {
          for (const [where, place] of PLACES) {
            const b = briefFromHtml(page(set, place(set, sentence)));
            expect(norm(b.text), `${where}: «${sentence}»`).toContain(norm(sentence));
          }
        });
      }
    });
  }
});
