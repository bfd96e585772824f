import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle, listingSignals, storyAddress } from '../../utils/extract/detect';
import { readableScore } from '../../utils/extract/readable';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const PARA =
  'The council met on Tuesday to discuss the budget, and members agreed to publish the figures next week after a long debate about schools, roads and the cost of keeping the libraries open in winter.';
const ARABIC_PARA =
  'بحث نائب القائد العام للقوات المسلحة مع سفير الاتحاد الأوروبي في طرابلس قضايا الأمن والهجرة، وأكد الجانبان أهمية التعاون الدولي لتحقيق الاستقرار الدائم في البلاد ومواجهة التحديات السياسية المستمرة.';
const paras = (p: string, n: number) => Array.from({ length: n }, () => `<p>${p}</p>`).join('\n');

describe('detectArticle', () => {
  it('sees a news article with JSON-LD, og:type and running text', () => {
    const d = doc(`<html><head><meta property="og:type" content="article">
      <meta property="article:published_time" content="2025-03-14T09:30:00Z">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script></head>
      <body><article><h1>H</h1>${paras(PARA, 6)}</article></body></html>`);
    const r = detectArticle(d);
    expect(r.likely).toBe(true);
    expect(r.signals).toEqual(
      expect.arrayContaining(['jsonld:newsarticle', 'og:type=article', 'published-time', 'article-element']),
    );
  });

  it('sees an Arabic article with no metadata at all from its text', () => {
    const d = doc(`<html><body><div class="content"><h1>عنوان</h1>${paras(ARABIC_PARA, 8)}</div></body></html>`);
    expect(detectArticle(d).likely).toBe(true);
  });

  it('counts text in a div split by <br> as paragraphs', () => {
    const d = doc(`<html><body><div>${Array.from({ length: 8 }, () => PARA).join('<br><br>')}</div></body></html>`);
    expect(readableScore(d)).toBeGreaterThan(20);
  });

  it('does not take a product page for an article', () => {
    const d = doc(`<html><head><meta property="og:type" content="product">
      <script type="application/ld+json">{"@type":"Product","name":"Kettle","offers":{"@type":"Offer","price":"20"}}</script></head>
      <body><h1>Kettle</h1><p>${PARA}</p><p>${PARA}</p></body></html>`);
    const r = detectArticle(d);
    expect(r.likely).toBe(false);
    expect(r.signals.join(' ')).toMatch(/product/);
  });

  it('does not take a home page with many teasers for an article', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) => `<article><h2><a href="/s/${i}">Story ${i}</a></h2><p>Short teaser text.</p></article>`,
    ).join('');
    const d = doc(`<html><head><meta property="og:type" content="website">
      <script type="application/ld+json">{"@type":"WebSite","name":"Example Gazette"}</script></head>
      <body><nav><a href="/">Home</a></nav>${teasers}</body></html>`);
    const r = detectArticle(d);
    expect(r.likely).toBe(false);
    expect(r.score).toBeLessThan(0);
  });

  it('skips text in comments, navigation, hidden parts and list items', () => {
    const d = doc(`<html><body>
      <div class="comments">${paras(PARA, 10)}</div>
      <nav>${paras(PARA, 10)}</nav>
      <div hidden>${paras(PARA, 10)}</div>
      <ul>${Array.from({ length: 10 }, () => `<li><p>${PARA}</p></li>`).join('')}</ul></body></html>`);
    expect(readableScore(d)).toBe(0);
    expect(detectArticle(d).likely).toBe(false);
  });

  it('stops counting once the page is clearly readable', () => {
    const d = doc(`<html><body>${paras(PARA, 200)}</body></html>`);
    expect(readableScore(d, 40)).toBeLessThan(60);
  });

  const EXCERPT =
    'The ministry announced its summer water supply schedule on Monday, with most districts of the capital served once a week and more pumping for the higher neighbourhoods that suffer from weak pressure [&hellip;]';
  const excerpts = (n: number, box: string) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<${box} class="post"><h2 class="post-title"><a href="/news/${i}">Story number ${i} about water</a></h2><p class="post-excerpt">${EXCERPT}</p><a class="more-link" href="/news/${i}">Read more</a></${box}>`,
    ).join('');

  it('does not take a tag archive of post excerpts for an article, even with og:type=article', () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head>
      <body class="archive tag tag-water"><main><h1>Tag: water</h1>${excerpts(6, 'article')}
      <nav class="pagination"><a href="/page/2">2</a></nav></main></body></html>`);
    const r = detectArticle(d);
    expect(r.likely).toBe(false);
    expect(r.listing).toBe(true);
    expect(r.signals).toEqual(expect.arrayContaining(['listing:6-teasers', 'archive-page:archive']));
    // The teasers themselves, for the verdict to see whether the story holds them.
    expect(r.teasers.length).toBe(6);
    expect(r.teasers.every((t) => t.tagName.toLowerCase() === 'article')).toBe(true);
  });

  it('sees excerpts under linked headings without <article> elements', () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><div id="content">
      ${Array.from({ length: 6 }, (_, i) => `<h3><a href="/s/${i}">Story ${i} about water</a></h3><p>${EXCERPT}</p>`).join('')}
      </div></body></html>`);
    expect(listingSignals(d).teasers).toBe(6);
    expect(detectArticle(d).likely).toBe(false);
  });

  it('sees search results only where the results container holds results', () => {
    const results = Array.from({ length: 5 }, (_, i) => `<li><a href="/r${i}">Result ${i}</a> ${PARA}</li>`).join('');
    const page = (box: string) =>
      doc(`<html><body><form role="search"><input name="q"></form>${box}
        <div class="story">${paras(PARA, 2)}</div></body></html>`);
    expect(detectArticle(page(`<ol class="search-results">${results}</ol>`)).search).toBe(true);
    expect(detectArticle(page(`<section><div class="result-list">${results}</div></section>`)).search).toBe(true);
    // An empty container that the site's search fills as the reader types: the page is the story.
    expect(detectArticle(page('<div class="search-results"></div>')).search).toBe(false);
    expect(detectArticle(page('<div class="header-search-results">Type to search</div>')).search).toBe(false);
  });

  it('reads a JSON-LD CollectionPage as a strong sign of a listing', () => {
    const d =
      doc(`<html><head><script type="application/ld+json">{"@type":"CollectionPage","name":"Water"}</script></head>
      <body><div>${paras(PARA, 3)}</div></body></html>`);
    expect(detectArticle(d).signals).toContain('jsonld-non-article:collectionpage');
    expect(detectArticle(d).likely).toBe(false);
  });

  it('still sees a story followed by related-story teasers as an article', () => {
    const d =
      doc(`<html><head><meta property="og:type" content="article"></head><body class="single single-post postid-9">
      <main><article><h1>The story</h1>${paras(PARA, 8)}</article>
      <section class="more-stories">${excerpts(4, 'article')}</section></main></body></html>`);
    const r = detectArticle(d);
    expect(r.listing).toBe(false);
    expect(r.likely).toBe(true);
  });

  it('still sees one article made of linked item headings (a list of products) as an article', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `<h3><a href="https://shop.example/${i}">Game ${i} ($30)</a></h3><p>${PARA}</p>`,
    ).join('');
    const d = doc(
      `<html><head><meta property="og:type" content="article"></head><body><article><h1>Six games to try</h1>${items}</article></body></html>`,
    );
    const r = detectArticle(d);
    expect(r.listing).toBe(false);
    expect(r.likely).toBe(true);
  });
});

describe('storyAddress', () => {
  const at = (href: string, how: 'canonical' | 'og:url' = 'canonical') =>
    storyAddress(
      doc(
        how === 'canonical'
          ? `<html><head><link rel="canonical" href="${href}"></head><body></body></html>`
          : `<html><head><meta property="og:url" content="${href}"></head><body></body></html>`,
      ),
    );

  it('reads a date followed by the story name, or a long slug, as one story', () => {
    expect(at('http://blog.example.com/2012/09/prepping-for-new-week.html')).toBe(true);
    expect(at('http://blog.example.com/2012/11/lfw.html')).toBe(true);
    expect(at('https://news.example/blog/2012/07/21/weekly-address-remembering-the-victims', 'og:url')).toBe(true);
    expect(at('https://www.example.de/diy/20546/wie-man-eine-runde-tischdecke-herstellt')).toBe(true);
    expect(at(`https://alwatan.example/news/${encodeURIComponent('افتتاح-الجسر-الجديد-أمام-المشاة')}`)).toBe(true);
    expect(at('/2026/03/council-approves-budget')).toBe(true);
  });

  it('reads no story in a home, section, date archive or listing address, or none at all', () => {
    expect(storyAddress(doc('<html><head></head><body></body></html>'))).toBe(false);
    expect(at('https://news.example/')).toBe(false);
    expect(at('https://news.example/world/middle-east/')).toBe(false);
    expect(at('https://news.example/2012/11/')).toBe(false);
    expect(at('https://news.example/2012/11/21/')).toBe(false);
    expect(at('https://news.example/2012/11/page/2/')).toBe(false);
    expect(at('https://news.example/tag/street-style-photos-from-the-week/')).toBe(false);
    expect(at('http://blog.example.com/search/label/street%20style')).toBe(false);
    expect(at('https://news.example/author/jane-roe-and-the-night-desk')).toBe(false);
    expect(at(`https://alwatan.example/tag/${encodeURIComponent('صور-الأسبوع-من-حول-العالم')}/`)).toBe(false);
    expect(at('https://zeitung.example/thema/bilder-der-woche-aus-aller-welt/')).toBe(false);
  });

  it('is reported as a signal that weighs nothing in the score', () => {
    const withAddress = detectArticle(
      doc(`<html><head><link rel="canonical" href="/2012/11/lfw.html"></head><body><p>LFW</p></body></html>`),
    );
    const without = detectArticle(doc(`<html><head></head><body><p>LFW</p></body></html>`));
    expect(withAddress.address).toBe(true);
    expect(withAddress.signals).toContain('story-address');
    expect(withAddress.score).toBe(without.score);
    expect(without.address).toBe(false);
  });

  it('takes excerpts each closed by a read-on link for a listing, in cards and in the lines of a table front', () => {
    const card = (i: number) =>
      `<div class="item"><h3>Headline number ${i}</h3><p>${PARA}</p><a href="/2026/03/story-${i}">Read more</a></div>`;
    const cards = doc(`<html><body><h1>Topic</h1>${[1, 2, 3, 4].map(card).join('')}</body></html>`);
    expect(listingSignals(cards).teasers).toBe(4);
    const line = (i: number) => `<b>Headline ${i}</b><br>${PARA} <a href="/s/${i}.html">التفاصيل</a><br><br>`;
    const table = doc(`<html><body><table><tr><td>${[1, 2, 3].map(line).join('')}</td></tr></table></body></html>`);
    expect(listingSignals(table).teasers).toBe(3);
    // A story with a few read-on links in a box beside it is no listing: its text outweighs the excerpts.
    const story = doc(
      `<html><body><div class="story">${paras(PARA, 8)}</div><div class="box">${[1, 2, 3].map(card).join('')}</div></body></html>`,
    );
    expect(listingSignals(story).teasers).toBe(0);
  });

  it('sees a results page by the query its search box holds, repeated in its heading', () => {
    const page = (h1: string, value: string) =>
      doc(`<html><head><title>${h1}</title></head><body><form action="/find"><input name="q" value="${value}"></form>
        <h1>${h1}</h1>${paras(PARA, 6)}</body></html>`);
    expect(detectArticle(page('Results for “bridge repairs”', 'bridge repairs')).search).toBe(true);
    expect(detectArticle(page('نتائج البحث عن: المياه', 'المياه')).search).toBe(true);
    // A search box's prompt written as its value, and a headline that opens with the same word, make no results.
    expect(detectArticle(page('Analysis: Search for missing climber called off', 'Search')).search).toBe(false);
    expect(detectArticle(page('Search for missing climber called off', 'Search')).search).toBe(false);
  });
});
