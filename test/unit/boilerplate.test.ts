/**
 * Boilerplate inside the article container: prompts and notices that sit between or after the paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { BOILERPLATE } from '../../utils/settings/boilerplate';

const PARAGRAPHS = [
  'The regional court dismissed the copyright claim brought by the publisher against the city library on Monday.',
  'Judges said the library had lent the e-books under a licence that the publisher itself had signed in 2019, and that the contract covered every copy in dispute.',
  'The publisher said it would study the ruling before deciding whether to appeal, while the library association welcomed the decision as a relief for its members.',
  'Libraries across the region had paused their e-book lending while the case was pending, and several said they would resume it this week.',
];

function page(extra: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Court dismisses claim</title></head><body>
<article><h1>Court dismisses copyright claim against library</h1>
<p>${PARAGRAPHS[0]}</p>
<div class="actions"><a href="#print">Print this article</a></div>
<p>${PARAGRAPHS[1]}</p>
<figure><img src="court.jpg" alt=""><p class="credit-line">Photo: © Jane Doe / Agency</p></figure>
<p>${PARAGRAPHS[2]}</p>
<div class="bar">Kommentieren</div>
<p>${PARAGRAPHS[3]}</p>
${extra}
</article></body></html>`;
}

/** The article with `extra` after its last paragraph: every paragraph kept, and the first words of `extra` gone. */
function expectDropped(extra: string): void {
  const b = briefFromHtml(page(extra));
  for (const p of PARAGRAPHS) expect(b.text).toContain(p);
  const first = extra
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .find((l) => l.trim())!
    .trim();
  expect(b.text).not.toContain(first.split(/\s+/).slice(0, 3).join(' '));
}

describe('boilerplate inside the article', () => {
  const brief = briefFromHtml(
    page(
      '<div class="notice">© 2025 The Daily Example. All rights reserved. Written permission must be obtained before reprint.</div>',
    ),
  );

  it('keeps every paragraph, including the one that is about copyright', () => {
    for (const p of PARAGRAPHS) expect(brief.text).toContain(p);
  });

  it('drops print and comment prompts in any language', () => {
    expect(brief.text).not.toContain('Print this article');
    expect(brief.text).not.toContain('Kommentieren');
  });

  it('drops copyright, reprint and photo-credit notices', () => {
    expect(brief.text).not.toContain('All rights reserved');
    expect(brief.text).not.toContain('Jane Doe');
  });
});

describe('credit lines, feedback and support prompts, further-reading labels', () => {
  const cases: [string, string][] = [
    ['a credit line opening "Photo:"', '<p>Photo: Reuters / Lena Smith</p>'],
    ['a French credit line', '<p>Crédits photos : Bestimage</p>'],
    ['a German title-picture credit', '<p><em>Titelbild: Stadtarchiv</em></p>'],
    ['an Arabic photographer credit', '<p>تصوير: أحمد سالم</p>'],
    [
      'a credit span inside a caption',
      '<p class="caption">The court building in spring <span class="credits">Agency / J. Roe</span></p>',
    ],
    ['a feedback prompt', '<p>Was this article helpful? Let us know.</p>'],
    ['a reader-feedback box', '<div class="box"><p>We want to hear what you think about this article.</p></div>'],
    ['a support prompt', '<div class="box"><p>Support independent journalism today.</p></div>'],
    ['a German support prompt', '<p>Unterstützen Sie unabhängigen Journalismus!</p>'],
    [
      'a German further-reading label',
      '<div><p>Zum Weiterlesen:</p><p><a href="/a">Bibliotheken im Wandel</a></p></div>',
    ],
    [
      'a Spanish related-story line',
      '<p><b>LE PUEDE INTERESAR: <a href="/a">Las bibliotecas digitales de la región</a></b></p>',
    ],
    [
      'a Portuguese further-reading box',
      '<div class="box"><div class="box-title">Veja Também:</div><p><a href="/a">Bibliotecas digitais</a> A cidade abriu o acervo digital a todos os leitores da região.</p></div>',
    ],
    [
      'a German "you might like" heading',
      '<h2>Das könnte dich interessieren</h2><ul><li><a href="/a">Bibliotheken im Wandel</a></li></ul>',
    ],
    [
      'a German "already read?" line',
      '<p><strong>Schon gelesen?</strong> <a href="/a">Wie die Stadtbibliothek digital wurde</a></p>',
    ],
    [
      'an ad label whose slot script follows it',
      '<div class="para"><center>- Anzeige- <script>var slot = Math.floor(Math.random() * 1e9); document.write(slot);</script></center></div>',
    ],
    [
      'a rating widget',
      '<div id="ratingContainer1" class="rating"><span class="category">Hier können Sie den Artikel bewerten</span></div>',
    ],
    [
      'a donation call in a named box',
      '<div class="article-donation-CTA"><div class="h6">A gift of any size keeps local reporting free for every reader</div></div>',
    ],
    [
      'an affiliate disclaimer',
      '<p class="aawp-disclaimer">Bei den Verlinkungen handelt es sich um Affiliate-Links. Mit einem Kauf unterstützt du uns.</p>',
    ],
    ['an advertising disclosure', '<p><em>*Werbung. Dieser Beitrag enthält Werbung für eine Buchhandlung.</em></p>'],
    ['an affiliate-link notice', '<p><em>Anzeige, enthält Affiliate Links</em></p>'],
    [
      'an editorial disclaimer',
      '<div class="notice">Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</div>',
    ],
    ['a legal disclaimer', '<p><em>Alle Angaben ohne Gewähr.</em></p>'],
    ['a not-logged-in notice', '<p class="strong">Sie sind aktuell nicht eingeloggt.</p>'],
    [
      'an English newsletter line',
      '<div class="factbox"><p>Never miss the latest news by signing up to our newsletter.</p></div>',
    ],
    [
      'a post-meta line',
      '<div class="entry-utility">This entry was posted in Courts and tagged libraries. Bookmark the permalink.</div>',
    ],
    [
      'a German post-meta paragraph',
      '<p class="postmetadata alt"><small>Der Beitrag wurde am Mittwoch, 4. Juni 2025 veröffentlicht.</small></p>',
    ],
    [
      'a blog post footer',
      '<div class="post-footer"><div class="post-footer-line"><span class="post-author vcard">Eingestellt von Jan Roe</span></div></div>',
    ],
    ['a likes line', '<div class="likes-text"><span>12</span> Bloggern gefällt das:</div>'],
    [
      'an embed placeholder',
      '<div class="embed"><div>Externer Inhalt</div><p>Um diesen Inhalt zu sehen, stimmen Sie bitte zu.</p></div>',
    ],
    [
      'a recirculation box',
      '<div class="wp-block-mmo-recirculation-box"><div class="title">Mehr Kolumnen auf unserer Seite</div><p>Warum Bibliotheken wichtig sind, und was sie kosten.</p></div>',
    ],
    [
      'a German related-topics label',
      '<div><p>Verwandte Themenbereiche</p><p><a href="/a">Bibliotheken</a> <a href="/b">Urheberrecht</a></p></div>',
    ],
    [
      'a next-article preview heading',
      '<h3><span id="next">Vorschau auf den nächsten Artikel</span></h3><p><a href="/next">Bibliotheken im Sommer</a></p>',
    ],
    [
      'a more-tips heading',
      '<h3>Weitere Tourentipps</h3><ul><li><a href="/a">Rund um den See</a></li><li><a href="/b">Zum Gipfel</a></li></ul>',
    ],
    ['an about-the-author label', '<div class="col-md-12">Über den Autor</div>'],
    ['an English next-story label', '<p>Next article: <a href="/next">Libraries open on Sundays</a></p>'],
    [
      'a related-posts list with long excerpts',
      '<ul class="related_post wp_rp"><li><a href="/a">Banks and the housing bubble</a><small>In the housing bubbles the banks caused, with their unclean lending practices, thousands of families lost their homes, and the courts took years to sort out who owed what to whom, while the banks themselves were rescued with public money.</small></li>' +
        '<li><a href="/b">Local papers and the crisis</a><small>Local papers have sworn their readers to the official line for years, and few of them asked what the rescue packages would cost the towns they write about every week, or who would pay for them in the end.</small></li>' +
        '<li><a href="/c">The weather makers</a><small>We have fair-weather makers, media makers, opinion makers and shoemakers, and each of them claims to know what the coming year will bring for savers and borrowers alike.</small></li></ul>',
    ],
    [
      'a buy box',
      '<div class="c-article-buy-box"><h2>Access options</h2><p>Buy single article</p><p>Instant access to the full article PDF.</p><p>37,40 €</p><p>Price includes VAT for Germany</p></div>',
    ],
    [
      'a call-to-action box',
      '<div class="vc_cta3_content-container"><h4>In unserem Seminar lernen Sie alles über Lizenzen für E-Books</h4><p>Jetzt anmelden und Platz sichern.</p></div>',
    ],
    [
      'a contact box',
      '<div class="contactbox wide"><address><p class="name">Kathrin Roe</p><p>Pressesprecherin</p><p>Telefon 030 123 456</p></address></div>',
    ],
    [
      'a not-responsible notice',
      '<div class="content-inner"><p>The Daily Example is not responsible for the opinions or content presented by contributors.</p></div>',
    ],
    [
      'a suggested citation',
      '<div class="citate"><span class="citate-sign">SUGGESTED CITATION</span> Roe, Jan: Libraries in court, <em>The Daily Example</em>, 2025.</div>',
    ],
    [
      'a screen-reader-only label',
      '<div class="infobox"><span class="hideCompletely">Weitere Informationen zum Urteil</span><span class="sr-only">Ende des Artikels</span></div>',
    ],
    ['a continue-to link line', '<p>... weiter zu "Die Ausleihe"</p>'],
    [
      "a hidden copy of the story's opening (a framework's hidden class)",
      '<div class="story hidden"><p>Hidden duplicate opening of the ruling, kept in the markup for another layout, never shown.</p></div>',
    ],
    [
      'an Arabic related-news label',
      '<div><p>أخبار ذات صلة</p><p><a href="/a">المكتبات الرقمية في المنطقة</a></p></div>',
    ],
  ];
  for (const [name, html] of cases) it(`drops ${name} and keeps the article`, () => expectDropped(html));

  it('keeps a short paragraph that opens with "Anzeige" in the sense of a police report', () => {
    const para = 'Anzeige gegen den Bürgermeister erstattet: Die Bibliothek wirft ihm Untreue vor.';
    const b = briefFromHtml(page(`<p>${para}</p>`));
    expect(b.text).toContain(para);
  });

  it('keeps a paragraph that a framework hides on small screens only (hidden md:block)', () => {
    const para =
      'The ruling also covered audiobooks, which the library had begun lending in 2021 under a separate licence.';
    const b = briefFromHtml(page(`<p class="hidden md:block">${para}</p>`));
    expect(b.text).toContain(para);
    expect(briefFromHtml(page(`<p class="hidden">${para}</p>`)).text).not.toContain(para);
  });

  it('keeps a paragraph that merely starts with a word used in credits', () => {
    const para =
      'Photographs of the hearing were not allowed, so the court published a drawing of the three judges instead.';
    const b = briefFromHtml(page(`<p>${para}</p>`));
    expect(b.text).toContain(para);
  });
});

describe('calls to action that close the article', () => {
  const closing: [string, string][] = [
    [
      'a Spanish write-to-us line',
      '<p class="nota_pie">Puede escribirnos a redaccion@example.com o seguirnos en redes.</p>',
    ],
    ['a further-information line', '<p>Weitere Infos unter www.bibliotheksverband.example.</p>'],
    ['a newsletter sign-up', '<p>Sign up for our newsletter to get the day’s top stories.</p>'],
    [
      'a follow line and an app prompt',
      '<p>Follow The Daily Example on Twitter and Instagram.</p><p>Download our free app for breaking news alerts.</p>',
    ],
    [
      'a paywall notice',
      '<p>To view the full story, please subscribe to The Daily Example.</p><p>If you are already a subscriber, log in.</p>',
    ],
    ['a Spanish membership prompt', '<p>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</p>'],
    ['an Arabic channel prompt', '<p>تابعونا على قناتنا في تيليغرام لمتابعة آخر الأخبار.</p>'],
  ];
  for (const [name, html] of closing) it(`drops ${name} after the last paragraph`, () => expectDropped(html));

  it('keeps a closing paragraph that opens with a sentence of prose and ends with a call', () => {
    const note =
      'The library association will publish its lending figures for the year in March. Follow the association on Twitter for updates.';
    const b = briefFromHtml(page(`<p>${note}</p>`));
    expect(b.text).toContain(note);
  });

  it('drops a call whose opening sentence is only its lead-in', () => {
    expectDropped('<p>Enjoyed this article? Sign up for our newsletter to get the day’s top stories.</p>');
  });

  it('keeps a closing paragraph that reports on subscribers, and a call to action in the middle of the story', () => {
    const report = 'The streaming service said its subscriber numbers rose by 4% in the quarter.';
    const quoted = 'Activists urged residents to sign up for the scheme before the deadline, the mayor said.';
    const html = `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><article><h1>Council budget</h1>
      <p>${PARAGRAPHS[0]}</p><p>${quoted}</p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p><p>${report}</p></article></body></html>`;
    const b = briefFromHtml(html);
    expect(b.text).toContain(report);
    expect(b.text).toContain(quoted);
  });
});

describe('closing labels and feedback prompts', () => {
  for (const html of [
    '<p>Weitere Informationen: <a href="/faq">Häufige Fragen zum Urteil</a></p>',
    '<p>Contact: press office, +44 20 7946 0000</p>',
    '<div><strong>War der Artikel nützlich?</strong> <span>Ja</span> <span>Nein</span> (Noch keine Bewertungen)</div>',
  ]) {
    it(`drops ${JSON.stringify(html.replace(/<[^>]+>/g, '').slice(0, 30))} at the end`, () => expectDropped(html));
  }
});

describe('boxes whose excerpts or fields add up to prose', () => {
  // Placed between the story's paragraphs, so that no closing trim can account for them.
  const cases: [string, string, string[]][] = [
    [
      'a further-reading label in a heading with a plain line under it',
      '<div class="box"><h3>Mehr zum Thema</h3><p>Bibliotheken öffnen sonntags</p></div>',
      ['Bibliotheken öffnen'],
    ],
    [
      'a popular-posts widget with snippets',
      '<div class="widget-content popular-posts"><ul>' +
        '<li><div class="item-title"><a href="/a">Auction house in trouble</a></div><div class="item-snippet">After the broadcaster closed its auction house, bidders complained for months that their lots had never been delivered, and a court has now ordered refunds.</div></li>' +
        '<li><div class="item-title"><a href="/b">The night bus returns</a></div><div class="item-snippet">The night bus to the airport runs again from Friday, every half hour between midnight and five, after the operator found enough drivers for the route.</div></li>' +
        '<li><div class="item-title"><a href="/c">A new reading room</a></div><div class="item-snippet">The old post office will become a reading room next year, the council said, with long opening hours and a café run by the volunteers of the library association.</div></li>' +
        '<li><div class="item-title"><a href="/d">Market day moves</a></div><div class="item-snippet">Market day moves from Saturday to Friday during the building works on the square, which are due to last until the end of the summer holidays.</div></li>' +
        '</ul></div>',
      ['bidders complained', 'night bus to the airport', 'old post office', 'Market day moves'],
    ],
    [
      'a related-links section',
      '<section class="relatedlinks block"><h2 class="headline"><span>Entdecken Sie jetzt</span></h2><p>Bibliotheken im Wandel: was Leser heute erwarten und wie Städte darauf antworten.</p></section>',
      ['Entdecken Sie jetzt', 'was Leser heute erwarten'],
    ],
  ];
  for (const [name, html, gone] of cases) {
    it(`drops ${name} in the middle of the story`, () => {
      const b = briefFromHtml(
        page(
          `<p>${PARAGRAPHS[0]!.replace('Monday', 'Friday')}</p>${html}<p>${PARAGRAPHS[1]!.replace('2019', '2018')}</p>`,
        ),
      );
      for (const p of PARAGRAPHS) expect(b.text).toContain(p);
      for (const g of gone) expect(b.text).not.toContain(g);
    });
  }
});

describe('closing boxes of contacts, links and sources', () => {
  const boxes: [string, string, string[]][] = [
    [
      'a contact box: a label line, then name, phone and e-mail lines',
      '<p><strong>Kontakt:</strong></p><p>Jan Roe Telefon +49 40 1234 56</p><p>Ansprechpartnerin zum Thema:</p><p>Ann Doe</p><p>Telefon +49 40 1234 57 ann.doe@example.org</p>',
      ['Kontakt:', 'Jan Roe', 'Ansprechpartnerin', 'Ann Doe', 'ann.doe@example.org'],
    ],
    [
      'further information and sources',
      '<p>Zusatzinformationen:</p><p>J. Roe et al.: Formation of clusters. In: Science 371, 2021</p><p>Quelle: Universität, Pressemitteilung</p>',
      ['Zusatzinformationen', 'Formation of clusters', 'Pressemitteilung'],
    ],
    [
      'a further-information label with its topic, and its links',
      '<h3 class="subtitle">Weitere Informationen zum Urteil in Thüringen:</h3><p><a href="/a">Das Urteil im Wortlaut</a></p><p><a href="/b">Fragen und Antworten</a></p>',
      ['Weitere Informationen', 'im Wortlaut', 'Fragen und Antworten'],
    ],
    [
      'an Arabic sources box',
      '<h4>المصادر:</h4><p>وكالة الأنباء، تقرير المحكمة السنوي</p>',
      ['المصادر', 'تقرير المحكمة السنوي'],
    ],
  ];
  for (const [name, html, gone] of boxes) {
    it(`drops ${name}`, () => {
      const b = briefFromHtml(page(html));
      for (const p of PARAGRAPHS) expect(b.text).toContain(p);
      for (const g of gone) expect(b.text).not.toContain(g);
    });
  }

  it('keeps the story after a credit line that opens with "Quelle:", and a label followed by the story’s last long paragraph', () => {
    const after =
      'Volunteers from the library association then read the judgment aloud to the readers waiting outside.';
    const long =
      'The association said that its members had lent more than two million e-books in the year before the dispute, and that a loss in court would have ended the service for readers in every town of the region, from the largest city libraries to the smallest village reading rooms run by volunteers in the hills.';
    const b = briefFromHtml(
      page(`<p><span class="caption">Quelle: Archiv</span></p><p>${after}</p><p>Sources:</p><p>${long}</p>`),
    );
    expect(b.text).toContain(after);
    expect(b.text).toContain(long);
  });
});

describe('sections named after their own heading', () => {
  it('keeps a section whose id is its heading’s slug, even when the slug holds a chrome word', () => {
    const secret =
      'Reviewers can be anyone on the team: each pulls the draft, comments on it, and the author amends it until both agree it is ready to publish.';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Evolve guide</title></head><body>
      <div class="header"><a href="/">Docs</a></div>
      <div class="content"><div class="section" id="guide"><h1>Sharing mutable history</h1>
      <p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p>
      <div class="section" id="sharing-with-multiple-developers-code-review"><h2>Sharing with multiple developers: code review</h2>
      <p>${secret}</p><p>${PARAGRAPHS[0]!.replace('Monday', 'Tuesday')}</p></div>
      <div class="section" id="share-buttons"><a href="/tw">Share</a> <a href="/fb">Share</a></div>
      </div></div></body></html>`;
    const b = briefFromHtml(html);
    expect(b.text).toContain(secret);
    expect(b.sections.map((x) => x.heading)).toContain('Sharing with multiple developers: code review');
  });
});

describe('figure captions written as text', () => {
  it('keeps "Abbildung 2: …" and "Fig. 3. …" lines out of the text, and a sentence that starts with "Figure" in it', () => {
    const sentence =
      'Figure skating classes at the library’s community hall will resume in the spring, the association said.';
    const b = briefFromHtml(
      page(
        `<div class="imginline"><img src="a.jpg" alt=""><span>Abbildung 2: Der Lesesaal im Jahr 1920.</span></div>` +
          `<p>${sentence}</p><div class="img"><img src="b.jpg" alt=""><p>Fig. 3. Loans per year, 2015–2024.</p></div>`,
      ),
    );
    expect(b.text).not.toContain('Abbildung 2');
    expect(b.text).not.toContain('Loans per year');
    expect(b.text).toContain(sentence);
  });

  it('drops a caption set as a one-item list under its picture, and keeps a list of the story under a picture', () => {
    const b = briefFromHtml(
      page(
        `<figure><img src="a.jpg" alt="The reading room"></figure><ul><li><p>The reading room of the city library, where the e-books are lent</p></li></ul>` +
          `<figure><img src="b.jpg" alt=""></figure><ul><li>Loans resume on Monday.</li><li>Fines are waived until June.</li></ul>`,
      ),
    );
    expect(b.text).not.toContain('where the e-books are lent');
    expect(b.lists.flatMap((l) => l.items)).toEqual(['Loans resume on Monday.', 'Fines are waived until June.']);
  });
});

describe('teasers and legends named by custom elements and classes', () => {
  it('drops an inline teaser custom element and an image legend, and keeps the story', () => {
    const b = briefFromHtml(
      page(
        '<pp-inline-teaser><div><p class="text">Fragen und Antworten zum Thema Bibliotheken und Urheberrecht.</p></div></pp-inline-teaser>' +
          '<div class="rightImage"><img src="a.jpg" alt=""><div class="legend"><div class="content">Der Lesesaal beinhaltet auch die alten Karten, welche seit 1920 gesammelt werden.</div></div></div>',
      ),
    );
    for (const p of PARAGRAPHS) expect(b.text).toContain(p);
    expect(b.text).not.toContain('Fragen und Antworten');
    expect(b.text).not.toContain('alten Karten');
  });
});

describe('the standfirst above a box of related links', () => {
  it('finds the standfirst under the headline past a related-links box between it and the body', () => {
    const deck =
      'The court’s ruling ends a two-year dispute over e-book lending and lets libraries across the region lend their whole catalogues again.';
    // A long story: the header is too small beside it to join the body as a sibling; only the intro search finds it.
    const body = Array.from({ length: 6 }, (_, i) => PARAGRAPHS.map((p) => p.replace(/\.$/, `, part ${i + 1}.`)))
      .flat()
      .map((p) => `<p>${p}</p>`)
      .join('');
    const related = Array.from(
      { length: 6 },
      (_, i) =>
        `<p><a href="/r${i}">Related story ${i + 1} on the libraries</a> with a line of description under it</p>`,
    ).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Court dismisses claim</title></head><body>
      <article class="articledetail"><div class="articlehead"><div class="text"><h1>Court dismisses copyright claim against library</h1>
      <p class="subtitle">${deck}</p></div></div>
      <div class="articleside"><div class="box"><div class="text"><h3>Mehr zum Thema</h3>${related}</div></div></div>
      <div class="articlemain"><div class="text">${body}</div></div></article></body></html>`;
    const b = briefFromHtml(html);
    expect(b.text).toContain(deck);
    expect(b.text).not.toContain('Related story');
  });
});

describe('the first paragraph in a wrapper named like media', () => {
  it('joins the story when its paragraph is named as the body’s own', () => {
    const first =
      'London (Example) The court’s ruling ends a two-year dispute over e-book lending and lets libraries lend again.';
    const body = Array.from({ length: 6 }, (_, i) => PARAGRAPHS.map((p) => p.replace(/\.$/, `, part ${i + 1}.`)))
      .flat()
      .map((p) => `<p class="zn-body__paragraph">${p}</p>`)
      .join('');
    const html = (wrapped: string) => `<!DOCTYPE html><html lang="en"><head><title>Court</title></head><body>
      <article><h1>Court dismisses copyright claim against library</h1><section class="zn-body-text">
      <div class="l-container"><div class="el__leafmedia el__leafmedia--sourced-paragraph">${wrapped}</div>
      <div class="zn-body__paragraph">${PARAGRAPHS[1]}</div><div class="zn-body__read-all">${body}</div></div>
      </section></article></body></html>`;
    expect(briefFromHtml(html(`<p class="zn-body__paragraph">${first}</p>`)).lede).toBe(first);
    // A caption in the media wrapper, its paragraph not named as the body's, stays out.
    expect(briefFromHtml(html(`<p class="media-caption">${first}</p>`)).text).not.toContain('two-year dispute');
  });
});

describe('the standfirst in the headline group', () => {
  const deck = 'The ruling ends a dispute over e-book lending.';
  const html = (
    group: string,
  ) => `<!DOCTYPE html><html lang="en"><head><title>Court dismisses claim</title></head><body>
    <header class="post"><hgroup><h1>Court dismisses copyright claim against library</h1>${group}</hgroup></header>
    <div class="main"><div class="text">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;

  it('takes a sentence set in the hgroup under the headline for the lede, however short', () => {
    expect(briefFromHtml(html(`<p class="description"><b>${deck}</b></p>`)).lede).toBe(deck);
  });

  it('leaves a kicker in the hgroup that is no sentence', () => {
    expect(briefFromHtml(html('<p>Courts and the culture of e-book lending</p>')).lede).toBe(PARAGRAPHS[0]);
  });
});

describe('lists of other stories counted by their items', () => {
  const box = `<ol><li><div class="title">Across the region this week</div><ol>
    <li><a href="/a">Libraries face a winter of closures</a><p>The region's libraries may close early this winter to save heating costs, officials said, and reading rooms would open only on weekdays until March.</p></li>
    <li><a href="/b">Museum reopens after a year</a></li><li><a href="/c">Town hall gets a new roof</a></li>
    <li><a href="/d">Schools test a four-day week</a></li><li><a href="/e">Bus fares rise in spring</a></li></ol></li></ol>`;

  it('drops a box of headlines set as a list in the story, its title and its one teaser with them', () => {
    const b = briefFromHtml(page(box));
    for (const p of PARAGRAPHS) expect(b.text).toContain(p);
    expect(b.lists).toEqual([]);
    expect(b.text).not.toContain('Across the region');
    expect(b.text).not.toContain('winter of closures');
  });

  it('keeps a list of the story whose items hold a link beside their text', () => {
    const items = [
      'The library may lend every e-book it bought under the <a href="/l">2019 licence</a>.',
      'The publisher pays the costs of both instances.',
      'An appeal must be lodged within a month of the ruling.',
    ];
    const b = briefFromHtml(page(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`));
    expect(b.lists[0]?.items).toHaveLength(3);
  });
});

describe('German leads named "Artikel-Teaser"', () => {
  it('keeps the lead in the article header, whatever else "teaser" means further down', () => {
    const lead =
      'Nach Medienberichten hat der Konzern seine Pläne für die Verschlüsselung der Sicherungskopien aufgegeben.';
    const html = `<!DOCTYPE html><html lang="de"><head><title>Pläne gekippt</title></head><body>
      <header class="mosi-wrapper"><h1>Konzern kippt Verschlüsselungspläne</h1><div class="mosi-artikel-teaser"><p>${lead}</p></div></header>
      <main><article><div class="body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;
    expect(briefFromHtml(html).text).toContain(lead);
  });
});

describe('lists written as numbered lines', () => {
  it('keeps the numbers the page wrote in the text, and gives the list its items without them', () => {
    const steps = [
      '1. Bring your library card to the desk.',
      '2. Choose up to ten e-books.',
      '3. Return them within three weeks.',
    ];
    const b = briefFromHtml(page(`<p>To borrow e-books again:</p>${steps.map((x) => `<p>${x}</p>`).join('')}`));
    for (const x of steps) expect(b.text).toContain(x);
    expect(b.lists.some((l) => l.items[0] === 'Bring your library card to the desk.')).toBe(true);
  });
});

describe('collapsed "read more" text', () => {
  it('keeps a paragraph whose class only marks it as collapsible', () => {
    const collapsed =
      'The library stands in the old market hall, a short walk from the station, and its reading room looks out over the river, the old bridge and the wooded hills beyond it.';
    const b = briefFromHtml(page(`<p class="presentation-box-txt js_readmore">${collapsed}</p>`));
    expect(b.text).toContain(collapsed);
  });
});

describe('long copyright notices', () => {
  it('drops a © notice that runs on with reprint terms, and keeps a paragraph next to a © photo credit', () => {
    const notice =
      '© 2025, The Daily Example. This article is the copyrighted property of The Daily Example. Written permission must be obtained before reprint in online or print media. Reprinting content without permission and/or payment is theft and punishable by law.';
    const legend = 'According to the best-known legend, the saint freed a boy from a fish bone lodged in his throat.';
    const b = briefFromHtml(
      page(
        `<div class="note"><span>© Diocese archive / J. Roe</span><h3>The legend</h3><p>${legend}</p></div><p>${notice}</p>`,
      ),
    );
    expect(b.text).toContain(legend);
    expect(b.text).not.toContain('copyrighted property');
  });
});

describe('settings overrides', () => {
  it('switches a rule family off for one call only, leaving the defaults as they are', () => {
    const off = { ...BOILERPLATE, rules: { ...BOILERPLATE.rules, promptLabel: false } };
    expect(briefFromHtml(page(''), { settings: { boilerplate: off } }).text).toContain('Kommentieren');
    expect(briefFromHtml(page('')).text).not.toContain('Kommentieren');
    expect(BOILERPLATE.rules.promptLabel).toBe(true);
  });
});

describe('labels and sentences that open with the same word', () => {
  const labelled: [string, string][] = [
    ['a label alone on its line', '<div><p>Teilen</p></div>'],
    ['a label over links', '<div>Teilen <a href="/fb">Facebook</a> <a href="/x">X</a></div>'],
    ['a label before a colon', '<p>Lesen Sie auch: Bibliotheken im Wandel</p>'],
    ['an Arabic label over links', '<div>شارك <a href="/fb">فيسبوك</a> <a href="/x">إكس</a></div>'],
    ['a meta line with its date', '<p>Posted by Jan Roe on July 12, 2012 | Permalink</p>'],
  ];
  for (const [name, html] of labelled) it(`drops ${name}`, () => expectDropped(html));

  for (const sentence of [
    'Teilen der Stadt droht im Sommer erneut Wassermangel, sagte der Bürgermeister am Montag.',
    'شارك أكثر من ألف شخص في المسيرة التي جابت شوارع العاصمة يوم الجمعة.',
    'Posted on the town hall door, the notice gave residents two weeks to object to the plan.',
  ]) {
    it(`keeps «${sentence.slice(0, 30)}…» at the end of the story`, () => {
      expect(briefFromHtml(page(`<p>${sentence}</p>`)).text).toContain(sentence);
    });
  }
});
