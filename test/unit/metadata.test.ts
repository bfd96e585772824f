import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanByline, extractMetadata, inferLangDir, stripSiteFromTitle } from '../../utils/metadata';
import { articleNodes, readJsonLd } from '../../utils/metadata/jsonld';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const LOREM =
  'The council met on Tuesday to discuss the budget, and members agreed to publish the figures next week after a long debate about schools and roads.';
const ARABIC =
  'بحث نائب القائد العام للقوات المسلحة مع سفير الاتحاد الأوروبي في طرابلس قضايا الأمن والهجرة، وأكد الجانبان أهمية التعاون الدولي لتحقيق الاستقرار الدائم في البلاد.';

describe('readJsonLd', () => {
  it('flattens arrays and @graph, skips broken blocks, tolerates comment and CDATA wrappers', () => {
    const d = doc(`<html><head>
      <script type="application/ld+json">[{"@type":"Organization","name":"Org"},{"@type":"NewsArticle","headline":"A"}]</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"P"},{"@type":["Article","Thing"],"headline":"B"}]}</script>
      <script type="application/ld+json">{ this is not json </script>
      <script type="application/ld+json"><!-- {"@type":"BlogPosting","headline":"C"} --></script>
      <script type="application/ld+json">//<![CDATA[
        {"@type":"http://schema.org/ReportageNewsArticle","headline":"D"}
      //]]></script>
      <script type="text/javascript">{"@type":"NewsArticle","headline":"not json-ld"}</script>
    </head><body></body></html>`);
    const nodes = readJsonLd(d);
    expect(nodes.map((n) => n['name'] ?? n['headline'])).toEqual(['Org', 'A', 'P', 'B', 'C', 'D']);
    expect(articleNodes(nodes).map((n) => n['headline'])).toEqual(['A', 'B', 'C', 'D']);
  });

  it('finds an article nested as mainEntity', () => {
    const d = doc(
      `<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Inner"}}</script>`,
    );
    expect(articleNodes(readJsonLd(d)).map((n) => n['headline'])).toEqual(['Inner']);
  });

  it('drops prototype-polluting keys and pollutes nothing', () => {
    const d = doc(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
      "__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},
      "author":{"name":"Jane Roe","__proto__":{"isAdmin":true}}}</script>`);
    const nodes = readJsonLd(d);
    const node = nodes[0]!;
    expect(Object.keys(node)).toEqual(['@type', 'headline', 'author']);
    expect(Object.prototype.hasOwnProperty.call(node, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.keys(node['author'] as object)).toEqual(['name']);
    expect(extractMetadata(d).byline).toBe('Jane Roe');
  });
});

describe('extractMetadata: title', () => {
  it('prefers a property meta (RDFa, Open Graph) to a name meta of the same key, in either order', () => {
    for (const [first, second] of [
      ['<meta name="DC.title" content="Name title">', '<meta property="dc:title" content="Property title">'],
      ['<meta property="dc:title" content="Property title">', '<meta name="DC.title" content="Name title">'],
    ]) {
      const d = doc(`<html><head>${first}${second}</head><body><p>${LOREM}</p></body></html>`);
      expect(extractMetadata(d).title).toBe('Property title');
    }
  });

  it('strips a site suffix known from og:site_name', () => {
    const d = doc(`<html><head><title>Council agrees the new budget | The Daily Example</title>
      <meta property="og:site_name" content="The Daily Example"></head><body><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(d).title).toBe('Council agrees the new budget');
  });

  it('strips a site prefix known from the host name', () => {
    const d = doc(
      `<html><head><title>DailyExample.com - Council agrees the new budget</title></head><body></body></html>`,
    );
    expect(extractMetadata(d, 'https://www.dailyexample.com/news/1').title).toBe('Council agrees the new budget');
  });

  it('strips an Arabic site name after " - "', () => {
    const d = doc(`<html lang="ar"><head><title>نائب القائد يناقش مع سفير الاتحاد قضايا ليبيا - صحيفة المثال</title>
      <meta property="og:site_name" content="صحيفة المثال"></head><body></body></html>`);
    expect(extractMetadata(d).title).toBe('نائب القائد يناقش مع سفير الاتحاد قضايا ليبيا');
  });

  it('takes the visible headline when the title is headline plus site', () => {
    const d = doc(`<html><head><title>Council agrees the new budget » Example Gazette</title></head>
      <body><article><h1>Council agrees the new budget</h1><p>${LOREM}</p></article></body></html>`);
    expect(extractMetadata(d).title).toBe('Council agrees the new budget');
  });

  it('ignores a hidden h1 and a masthead h1', () => {
    const d = doc(`<html><head><title>Council agrees the new budget - Example Gazette</title></head><body>
      <header><h1 class="logo"><a href="/">Example Gazette</a></h1></header>
      <h1 class="sr-only">Navigation menu</h1>
      <h1 style="display:none">Breaking news ticker</h1>
      <main><h1>Council agrees the new budget</h1><p>${LOREM}</p></main></body></html>`);
    expect(extractMetadata(d).title).toBe('Council agrees the new budget');
  });

  it('prefers the JSON-LD headline and og:title to the document title', () => {
    const d = doc(`<html><head><title>Some SEO title | Site</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"The real headline"}</script>
      <meta property="og:title" content="The real headline"></head><body></body></html>`);
    expect(extractMetadata(d).title).toBe('The real headline');
  });

  it('returns null, never an empty string, when there is no title', () => {
    const d = doc(`<html><head><title>   </title></head><body><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(d).title).toBeNull();
  });

  it('stripSiteFromTitle keeps titles whose separators are part of the headline', () => {
    expect(stripSiteFromTitle('Apple unveils new phone – in pictures', ['guardian'])).toBe(
      'Apple unveils new phone – in pictures',
    );
    expect(stripSiteFromTitle('Xbox review: a console that keeps up', ['engadget'])).toBe(
      'Xbox review: a console that keeps up',
    );
    expect(stripSiteFromTitle('Headline of the day :: Example News', ['examplenews'])).toBe('Headline of the day');
  });
});

describe('extractMetadata: the visible headline', () => {
  it("takes the page's one h1 over metadata titles that name the story another way", () => {
    const d =
      doc(`<html><head><title>Hitachi in U.K. Nuclear Bid - WSJ.com</title><meta property="og:title" content="Hitachi in U.K. Nuclear Bid">
      </head><body><h1>Hitachi Set to Win Bid for U.K. Nuclear Venture</h1><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(d).title).toBe('Hitachi Set to Win Bid for U.K. Nuclear Venture');
  });

  it('keeps the metadata title over a sole h1 that names the site or its blog, or shares no word with it', () => {
    const blog = doc(`<html><head><title>President Obama Offers Comfort to Aurora | The White House</title>
      </head><body><h1>The White House Blog</h1><h2>President Obama Offers Comfort to Aurora</h2><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(blog).title).toBe('President Obama Offers Comfort to Aurora');
    const slogan = doc(`<html><head><meta property="og:title" content="Why focus is the key to getting stuff done">
      </head><body><h1>Get More from Life</h1><h2>Why focus is the key to getting stuff done</h2><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(slogan).title).toBe('Why focus is the key to getting stuff done');
    // Where the title names nothing but the site, the one h1 is still the headline.
    const bare =
      doc(`<html><head><title>Cape Argus</title></head><body><h1>No promises made as the two coaches meet</h1>
      <p>${LOREM}</p></body></html>`);
    expect(extractMetadata(bare).title).toBe('No promises made as the two coaches meet');
  });

  it('drops a kicker or a count the h1 sets in an element of its own beside the headline the metadata names', () => {
    const kicker = doc(`<html><head><meta property="og:title" content="Große Aufgaben für die neue Regierung">
      </head><body><h1><span class="kicker">Tunesien</span> Große Aufgaben für die neue Regierung</h1><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(kicker).title).toBe('Große Aufgaben für die neue Regierung');
    // A kicker on a line of its own, a <br> and no space before the headline's first word.
    const broken = doc(`<html><head><meta property="og:title" content="Why teams beat lone minds">
      </head><body><h1><span>Open Progress</span><br/><span>Why teams beat lone minds</span></h1><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(broken).title).toBe('Why teams beat lone minds');
    const count = doc(`<html><head><title>How to lose weight on a slow diet</title></head><body>
      <h1>How to lose weight on a slow diet <a href="#c">385 Comments</a></h1><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(count).title).toBe('How to lose weight on a slow diet');
    // The same words in one run of text are the headline as written.
    const plain = doc(`<html><head><meta property="og:title" content="Ultium Cells raises its gigafactory output">
      </head><body><h1>Ultium Cells raises its gigafactory output in Tennessee</h1><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(plain).title).toBe('Ultium Cells raises its gigafactory output in Tennessee');
  });

  it('keeps the metadata title over an h1 that is a label or one of several', () => {
    const label = doc(`<html><head><meta property="og:title" content="Peanut allergies are rising in children">
      </head><body><h1>Allergies Health Center</h1><h2>Peanut allergies are rising in children</h2><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(label).title).toBe('Peanut allergies are rising in children');
    const two = doc(`<html><head><meta property="og:title" content="The council agrees the budget after a debate">
      </head><body><h1>The council agrees its new budget</h1><h1>Schools and roads get the most money</h1><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(two).title).toBe('The council agrees the budget after a debate');
  });
});

describe('extractMetadata: a headline set in no h1', () => {
  it('reads the byline and the date around the element that shows the title, not around a box title in an h1', () => {
    const d = doc(`<html><head><title>Weinstein Studio Strikes Deal With Writers</title></head><body>
      <table><tr><td class="left"><table class="typeBoxNewsEntry">
        <tr><td class="top"><span>Weinstein Studio Strikes Deal With Writers</span></td></tr>
        <tr><td class="details"><table><tr><td class="left">By Chris Georg<br>22:17, January 11th 2008</td></tr></table></td></tr>
        <tr><td><p>${LOREM}</p></td></tr></table></td>
      <td class="right"><h1>Other News in Specials</h1><p>More stories, January 15th 2008</p></td></tr></table></body></html>`);
    expect(extractMetadata(d)).toMatchObject({ byline: 'Chris Georg', published: '2008-01-11T22:17:00' });
  });

  it('takes no byline from the tool links of a line that opens with "By" and a name', () => {
    const d = doc(`<html><head><title>Fresh cranberry relish | Sassy Kitchen</title></head><body><div class="post">
      <h2>Fresh cranberry relish</h2><p>${LOREM}</p>
      <div class="postmeta">By Radish on Wednesday November 7, 2012 8:00 am | <a href="/2012/11/relish/">Permalink</a> |
      <a href="/2012/11/relish/#comments">Comments (3)</a></div></div></body></html>`);
    expect(extractMetadata(d).byline).toBe('Radish');
  });
});

describe('extractMetadata: byline', () => {
  it('joins several JSON-LD authors, with the Arabic comma for Arabic names', () => {
    const en = doc(
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":"Jennifer Jett"}]}</script>`,
    );
    expect(extractMetadata(en).byline).toBe('Stella Kim, Jennifer Jett');
    const ar = doc(
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"أحمد علي"},{"name":"سارة محمود"}]}</script>`,
    );
    expect(extractMetadata(ar).byline).toBe('أحمد علي، سارة محمود');
  });

  it('resolves an author given by @id in a @graph', () => {
    const d = doc(
      `<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Jane Roe"}]}</script>`,
    );
    expect(extractMetadata(d).byline).toBe('Jane Roe');
  });

  it('cleans prefixes, glued dates and job titles from a visible byline', () => {
    const d = doc(`<html><body><article><h1>Headline here</h1>
      <div class="byline">By John Smith, Senior Correspondent | 14 March 2025</div><p>${LOREM}</p></article></body></html>`);
    expect(extractMetadata(d).byline).toBe('John Smith');
  });

  it.each([
    ['By John Smith | 14 March 2025', 'John Smith'],
    ['John Smith, Senior Correspondent', 'John Smith'],
    ['Lucas Nolan22 Dec 2016', 'Lucas Nolan'],
    ['بقلم: أحمد علي', 'أحمد علي'],
    ['كتب - محمد حسن', 'محمد حسن'],
    ['Von Max Mustermann', 'Max Mustermann'],
    ['AFP', 'AFP'],
    ['Brenda Goodman, MA', 'Brenda Goodman'],
    ['Written by Rob Ewaschuk Edited by Betsy Beyer', 'Rob Ewaschuk'],
    ['by Bill McBride on 8/09/2012 12:13:00 PM', 'Bill McBride'],
  ])('cleanByline(%j) → %j', (raw, want) => {
    expect(cleanByline(raw)).toBe(want);
  });

  it('rejects URLs, the site name, generic words and paragraphs', () => {
    expect(cleanByline('https://www.facebook.com/examplenews')).toBeNull();
    expect(cleanByline('Example Gazette', ['examplegazette'])).toBeNull();
    expect(cleanByline('Follow Author')).toBeNull();
    expect(cleanByline(`${LOREM} ${LOREM}`)).toBeNull();
  });

  it('does not take a facebook URL in meta author as the byline', () => {
    const d = doc(`<html><head><meta property="article:author" content="https://www.facebook.com/examplenews"></head>
      <body><article><h1>Headline</h1><span class="author">Jane Roe</span><p>${LOREM}</p></article></body></html>`);
    expect(extractMetadata(d).byline).toBe('Jane Roe');
  });

  it('keeps the names of several author links and leaves their job titles', () => {
    const d =
      doc(`<article><h1>Headline</h1><div class="byline">By <a href="/a/1">Jane Roe</a> and <a href="/a/2">John Doe</a>
      <span class="role">Games Editor</span></div><p>${LOREM}</p></article>`);
    expect(extractMetadata(d).byline).toBe('Jane Roe, John Doe');
  });
});

describe('extractMetadata: dates', () => {
  it('prefers published over modified and reads both', () => {
    const d = doc(`<html><head>
      <meta property="article:modified_time" content="2025-03-15T08:00:00Z">
      <meta property="article:published_time" content="2025-03-14T09:30:00+02:00"></head><body></body></html>`);
    const m = extractMetadata(d);
    expect(m.published).toBe('2025-03-14T09:30:00+02:00');
    expect(m.modified).toBe('2025-03-15T08:00:00Z');
  });

  it('reads JSON-LD datePublished first', () => {
    const d = doc(
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-14","dateModified":"2025-03-16"}</script>`,
    );
    expect(extractMetadata(d)).toMatchObject({ published: '2025-03-14', modified: '2025-03-16' });
  });

  it('never takes the clock in the page header', () => {
    const d = doc(`<html><body>
      <header class="site-header"><time datetime="2025-06-20T07:00:00Z">Friday 20 June 2025</time></header>
      <div class="top-bar"><span class="date">Friday, 20 June 2025</span></div>
      <article><h1>Headline</h1><time class="updated" datetime="2025-03-16">16 March</time>
      <time class="published" datetime="2025-03-14T09:30:00Z">14 March</time><p>${LOREM}</p></article></body></html>`);
    expect(extractMetadata(d).published).toBe('2025-03-14T09:30:00Z');
  });

  it('reads a visible Arabic date with Eastern Arabic digits near the headline', () => {
    const d =
      doc(`<html lang="ar" dir="rtl"><body><div class="top-bar"><span class="date">الجمعة ٢٠ يونيو ٢٠٢٥</span></div>
      <div class="post"><h1>عنوان الخبر</h1><div class="post-info">الأحد ١٦ آذار ٢٠٢٥ - ١٠:١٥ ص</div><p>${ARABIC}</p></div></body></html>`);
    expect(extractMetadata(d).published).toBe('2025-03-16T10:15:00');
  });

  it('reads the date before "Updated" in a date line, and an update line only when the page shows no other date', () => {
    const both = doc(`<body><div class="story"><h1>Headline of the story here</h1>
      <span class="byline">Dec 16, 2007 18:22 | Updated Dec 17, 2007 11:52</span><p>${LOREM}</p></div></body>`);
    expect(extractMetadata(both).published).toBe('2007-12-16T18:22:00');
    const updatedOnly = doc(`<body><div class="story"><h1>Headline of the story here</h1>
      <ul><li class="dateStamp">Updated October 28, 2012, 1:36 p.m. ET</li></ul><p>${LOREM}</p></div></body>`);
    expect(extractMetadata(updatedOnly).published).toBe('2012-10-28T13:36:00');
  });

  it('prefers a datePublished anywhere to a JSON-LD dateCreated', () => {
    const d =
      doc(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2017-11-17T10:41:09Z"}</script>
      </head><body><article><meta itemprop="datePublished" content="2017-11-16T14:15+0000"><h1>Headline</h1></article></body></html>`);
    expect(extractMetadata(d).published).toBe('2017-11-16T14:15:00Z');
  });

  it('takes no date from a photo caption beside the headline', () => {
    const d = doc(`<body><div id="head"><h1>Frustration grows as the deal is put off</h1>
      <div class="photo"><img src="a.jpg" alt="">Firemen prepare a helicopter at the airport in the east of the country, December 29, 2007. (Agency photo)</div>
      <span id="dateline">December 30, 2007</span></div><p>${LOREM}</p></body>`);
    expect(extractMetadata(d).published).toBe('2007-12-30');
  });

  it('ignores a datePublished that belongs to an embedded video', () => {
    const d =
      doc(`<body><div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2025-04-01"></div>
      <div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2025-03-14"></div></body>`);
    expect(extractMetadata(d).published).toBe('2025-03-14');
  });
});

describe('extractMetadata: site, URL, language, description', () => {
  it('reads og:site_name, the canonical URL resolved against the page URL, the description with entities decoded', () => {
    const d = doc(`<html lang="en-GB" dir="ltr"><head><meta property="og:site_name" content="Example Gazette">
      <link rel="canonical" href="/news/budget">
      <meta name="description" content="Tom &amp;amp; Jerry &amp;#1589; say   hi"></head><body></body></html>`);
    const m = extractMetadata(d, 'https://example.org/news/budget?utm=x');
    expect(m.siteName).toBe('Example Gazette');
    expect(m.canonicalUrl).toBe('https://example.org/news/budget');
    expect(m.description).toBe('Tom & Jerry ص say hi');
    expect(m.declaredLang).toBe('en');
    expect(m.declaredDir).toBe('ltr');
  });

  it('falls back to the JSON-LD publisher, then the host name', () => {
    expect(
      extractMetadata(
        doc(
          `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Pub"}}</script>`,
        ),
      ).siteName,
    ).toBe('Pub');
    expect(extractMetadata(doc('<p>x</p>'), 'https://www.example.net/a').siteName).toBe('example.net');
    expect(extractMetadata(doc('<p>x</p>')).siteName).toBeNull();
  });

  it('reads the declared language from og:locale or JSON-LD when html has none', () => {
    expect(extractMetadata(doc(`<head><meta property="og:locale" content="ar_EG"></head>`)).declaredLang).toBe('ar');
    expect(
      extractMetadata(doc(`<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"de-DE"}</script>`))
        .declaredLang,
    ).toBe('de');
    expect(extractMetadata(doc('<p>x</p>')).declaredLang).toBeNull();
  });
});

describe('inferLangDir', () => {
  const metaOf = (html: string) => extractMetadata(doc(html));

  it('reads an Arabic article in a page marked lang="en-US" as Arabic, right to left', () => {
    const html = `<html lang="en-US"><body><article><h1>عنوان</h1><p>${ARABIC}</p></article></body></html>`;
    const d = doc(html);
    expect(inferLangDir(extractMetadata(d), d.body.textContent ?? '')).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('infers from the script when the markup says nothing', () => {
    expect(inferLangDir(metaOf('<p>x</p>'), ARABIC)).toEqual({ lang: 'ar', dir: 'rtl' });
    // Latin script: the language comes from its function words, or stays unknown.
    expect(inferLangDir(metaOf('<p>x</p>'), LOREM)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(
      inferLangDir(metaOf('<p>x</p>'), 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Sigma'),
    ).toEqual({ lang: null, dir: 'ltr' });
  });

  it('keeps a declared language that the script agrees with or cannot judge', () => {
    expect(inferLangDir(metaOf('<html lang="fa"><body></body></html>'), ARABIC)).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(inferLangDir(metaOf('<html lang="de"><body></body></html>'), LOREM)).toEqual({ lang: 'de', dir: 'ltr' });
  });

  it('drops a right-to-left language declared on a plainly left-to-right text', () => {
    expect(inferLangDir(metaOf('<html lang="ar" dir="rtl"><body></body></html>'), `${LOREM} ${LOREM}`)).toEqual({
      lang: 'en',
      dir: 'ltr',
    });
    const names = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Sigma Omicron Upsilon Omega '.repeat(
      8,
    );
    expect(inferLangDir(metaOf('<html lang="ar" dir="rtl"><body></body></html>'), names)).toEqual({
      lang: null,
      dir: 'ltr',
    });
  });
});

describe('extractMetadata: visible bylines', () => {
  const page = (byline: string, extra = '') => `<html lang="ar"><body><main><article>
    <header><h1>عنوان الخبر الرئيسي اليوم</h1><div class="meta">${byline}</div></header>
    <div class="content"><p>${ARABIC}</p></div>${extra}</article></main></body></html>`;

  it('reads a byline element named by a class word like "writer" or "by"', () => {
    expect(extractMetadata(doc(page('<span class="writer">كتبت: زينب الموسوي</span>'))).byline).toBe('زينب الموسوي');
    expect(
      extractMetadata(doc(page('<span class="by">سمير بوزيد</span> <span class="pub">نُشر في: 12 جانفي 2025</span>')))
        .byline,
    ).toBe('سمير بوزيد');
    expect(extractMetadata(doc(page('<span id="article-reporter">Jane Roe</span>'))).byline).toBe('Jane Roe');
  });

  it('reads an element that opens with "كتب:" or "By", innermost, without the date beside it', () => {
    expect(
      extractMetadata(doc(page('<div><span>كتب: علي حسن</span> <span>الأحد ٢ شباط ٢٠٢٥</span></div>'))).byline,
    ).toBe('علي حسن');
    expect(extractMetadata(doc(page('<p>By Maria Lopez</p>'))).byline).toBe('Maria Lopez');
  });

  it('does not take a sentence, a consent line, the site or a date for a byline', () => {
    expect(extractMetadata(doc(page('<span class="by">الأحد ٢ شباط ٢٠٢٥</span>'))).byline).toBeNull();
    expect(
      extractMetadata(
        doc(page('<form><span>By clicking Submit, you agree to the <a href="/p">Privacy Policy</a></span></form>')),
      ).byline,
    ).toBeNull();
    expect(
      extractMetadata(
        doc(page('<span class="writer">هذه فقرة طويلة. وهي ليست اسم كاتب على الإطلاق بل جملة كاملة عن الخبر.</span>')),
      ).byline,
    ).toBeNull();
    const site = doc(`<html><head><meta property="og:site_name" content="Valley Gazette"></head><body><article>
      <h1>Council approves the budget</h1><span class="by">Valley Gazette</span><p>${LOREM}</p></article></body></html>`);
    expect(extractMetadata(site).byline).toBeNull();
  });

  it('ignores byline-like elements far from the headline and the start of the article', () => {
    const filler = Array.from({ length: 100 }, () => `<p>${LOREM.slice(0, 40)}</p>`).join('');
    const d = doc(`<html><body><div><div><div><h1>Council approves the budget</h1></div></div></div>
      <div class="body">${filler}<span class="writer">Jane Roe</span></div></body></html>`);
    expect(extractMetadata(d).byline).toBeNull();
  });

  it('reads a credit line of place, outlet and "exclusive" as naming nobody, and drops the outlet beside an agency', () => {
    const withSite = (byline: string) =>
      doc(`<html lang="ar"><head><meta property="og:site_name" content="قناة المشرق"></head><body><main><article>
      <header><h1>عنوان الخبر الرئيسي اليوم</h1><div class="meta">${byline}</div></header>
      <p>${ARABIC}</p></article></main></body></html>`);
    expect(extractMetadata(withSite('<span class="author">البصرة - المشرق - خاص</span>')).byline).toBeNull();
    expect(extractMetadata(withSite('<span class="author">عمّان - خاص</span>')).byline).toBeNull();
    expect(extractMetadata(withSite('<span class="author">المشرق - رويترز</span>')).byline).toBe('رويترز');
    // A person credited in such a line is an author link, read on its own.
    expect(
      extractMetadata(withSite('<span class="author"><a href="/author/k">كريم بوعلام</a> - خاص</span>')).byline,
    ).toBe('كريم بوعلام');
    expect(extractMetadata(withSite('<span class="author">بواسطة</span>')).byline).toBeNull();
  });

  it('takes no JSON-LD person named like the publisher, and prefers a fuller list of authors than JSON-LD', () => {
    const ld = (author: string, extra = '') =>
      doc(`<html><head>${extra}<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
      "author":${author},"publisher":{"@type":"Organization","name":"Valley Gazette"}}</script></head>
      <body><article><h1>H</h1><p>${LOREM}</p></article></body></html>`);
    expect(extractMetadata(ld('{"@type":"Person","name":"Valley Gazette"}')).byline).toBeNull();
    expect(extractMetadata(ld('{"@type":"Person","name":"Jane Roe"}')).byline).toBe('Jane Roe');
    expect(
      extractMetadata(ld('{"@type":"Person","name":"Jane Roe"}', '<meta name="author" content="Jane Roe, John Doe">'))
        .byline,
    ).toBe('Jane Roe, John Doe');
  });
});

describe('extractMetadata: multi-part titles', () => {
  it('prefers the part of "Site :: Section :: Headline" that a bold or large first line shows', () => {
    const d =
      doc(`<html><head><title>The Valley Gazette :: Local News :: Harlow Creek mayor wins second term</title></head>
      <body><table><tr><td><font size="5"><b>Harlow Creek mayor wins second term</b></font></td></tr>
      <tr><td><p>${LOREM}</p></td></tr></table></body></html>`);
    expect(extractMetadata(d).title).toBe('Harlow Creek mayor wins second term');
  });

  it('uses an h2 that equals the middle part of a title', () => {
    const d = doc(`<html><head><title>Gazette | Harlow Creek mayor wins second term | Local</title></head>
      <body><div><h2>Harlow Creek mayor wins second term</h2><p>${LOREM}</p></div></body></html>`);
    expect(extractMetadata(d).title).toBe('Harlow Creek mayor wins second term');
  });

  it('does not pick a short work title from a long chapter title, nor a heading that is only a link', () => {
    const title = 'Conversations with a Cryptid - Chapter 1 - SomeAuthor - Fandom Name | Other Fandom Name Here';
    const d1 = doc(
      `<html><head><title>${title}</title></head><body><h2>Conversations with a Cryptid</h2><p>${LOREM}</p></body></html>`,
    );
    expect(extractMetadata(d1).title).not.toBe('Conversations with a Cryptid');
    const d2 = doc(`<html><head><title>Story of the day | Code | Jane Roe</title></head>
      <body><h2><a href="/elsewhere">Story of the day</a></h2><p>${LOREM}</p></body></html>`);
    expect(extractMetadata(d2).title).not.toBe('Story of the day');
  });

  it('strips a known site name and the section label after it', () => {
    expect(
      stripSiteFromTitle('The Valley Gazette :: Local News :: Harlow Creek mayor wins second term', [
        'thevalleygazette',
      ]),
    ).toBe('Harlow Creek mayor wins second term');
    // A longer part after the site is not a section label.
    expect(stripSiteFromTitle('Valley Gazette | Mayor wins a second term | Voters react', ['valleygazette'])).toBe(
      'Mayor wins a second term | Voters react',
    );
  });
});

describe('inferLangDir: Latin-script text with no declared language', () => {
  const meta = (declaredLang: string | null) => ({
    ...extractMetadata(doc('<html><body></body></html>')),
    declaredLang,
  });
  const EN =
    'The mayor said that the council will meet on Tuesday to discuss the budget, and that it has been a long year for the town and its residents.';
  const DE =
    'Der Bürgermeister sagte, dass der Rat am Dienstag über den Haushalt beraten wird, und es war ein langes Jahr für die Stadt und ihre Bürger.';

  it('guesses the language from function words when the markup says nothing', () => {
    expect(inferLangDir(meta(null), EN)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(inferLangDir(meta(null), DE).lang).toBe('de');
  });

  it('keeps a declared Latin-script language over the guess', () => {
    expect(inferLangDir(meta('fr'), EN).lang).toBe('fr');
  });

  it('guesses for a text marked right-to-left but written in Latin script', () => {
    expect(inferLangDir(meta('ar'), `${EN} ${EN}`)).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
