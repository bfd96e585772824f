/**
 * Content selection on pages where the first pick is implausible: broken markup that parses the page into
 * <head> or <title>, a chosen container that is tiny next to the page's readable text, mostly links or a comment
 * thread. Each page is built here; the story must come out whole.
 */
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { CONTENT } from '../../utils/settings/content';

const story = [
  'The city council approved the new budget on Tuesday after a long debate, with nine votes in favour and two against.',
  'The budget raises spending on schools by four percent, and the mayor said the money would reach classrooms by the autumn.',
  'Opposition members argued that the plan left roads and bridges without the repairs they have needed for years.',
  'The finance committee will publish a detailed breakdown of the spending next month, its chair told reporters.',
];
const paragraphs = story.map((s) => `<p>${s}</p>`).join('\n');

describe('a page parsed inside <head>', () => {
  it('keeps the story when </head> was lost', () => {
    // No </head> and no <body>: linkedom leaves every element inside the head.
    const html = `<html><head><title>Budget approved</title><meta charset="utf-8">
      <div id="menu"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="story"><h1>Budget approved</h1>${paragraphs}</div></html>`;
    const brief = briefFromHtml(html);
    for (const s of story) expect(brief.text).toContain(s);
  });

  it('keeps the story when </title> was lost and the title swallowed the page', () => {
    // A damaged page: the title's end tag is gone, so the parser reads the rest of the page as the title's text.
    const script = 'function goPrint() { window.open("/print"); }\n'.repeat(40);
    const html = `<html><head><title>Budget approved (The Courier)ntById("font");
      ${script}</script></head><body><div id="menu"><a href="/">Home</a></div>
      <div class="story"><h1>Budget approved</h1>${paragraphs}</div></body></html>`;
    const brief = briefFromHtml(html);
    for (const s of story) expect(brief.text).toContain(s);
    expect(brief.title).toContain('Budget approved');
    expect(brief.text).not.toContain('goPrint');
  });

  it('still drops an ordinary head (scripts, styles, title)', () => {
    const html = `<html><head><title>Budget approved</title><script>var budgetSecret = 1;</script>
      <style>.x{}</style></head><body><article><h1>Budget approved</h1>${paragraphs}</article></body></html>`;
    const brief = briefFromHtml(html);
    expect(brief.text).not.toContain('budgetSecret');
    expect(brief.text).toContain(story[0]);
  });
});

describe('a block holding most of the container', () => {
  it('is the story, even when its class names a widget', () => {
    // A blog platform's post widget: the post's text as <br>-separated lines, no <p>, in a block named "widget".
    const html = `<!DOCTYPE html><html><head><title>Budget approved</title></head><body>
      <div id="content-wrapper"><div id="main-wrapper"><div class="main section">
        <div class="widget Blog" id="Blog1"><h3 class="post-title">Budget approved</h3>
          <div class="post-body"><h2 class="date-header">Tuesday, May 6</h2>
          ${story.map((s) => `<span>${s}</span>`).join('<br><span><br></span>')}</div></div>
      </div></div>
      <div id="sidebar-wrapper"><div class="widget"><h2>About</h2><div>A blog about the city, its council and
      its budget, written by two reporters since 2009.</div></div></div></div>
      </body></html>`;
    const brief = briefFromHtml(html);
    for (const s of story) expect(brief.text).toContain(s);
  });
});

describe('a readers’ comment thread', () => {
  it('is never taken for a short story it outweighs', () => {
    const comments = Array.from(
      { length: 30 },
      (_, i) =>
        `<li id="c${i}" class="c-item"><div class="c-author">Reader ${i}</div>` +
        `<div class="c-body"><p>I have lived in this city for ${i + 3} years, and I think the council, ` +
        'whatever it says now, will spend the money on roads again, as it did last time, and the time before.</p></div></li>',
    ).join('');
    const html = `<!DOCTYPE html><html><head><title>Budget approved</title></head><body class="single">
      <div id="wrapper" class="hfeed"><div id="content">
        <div id="post-1" class="post hentry"><h1 class="entry-title">Budget approved</h1>
          <div class="entry-content">${paragraphs}</div></div>
        <div id="comments"><h3>30 responses</h3><div id="comments-list" class="comments"><ol>${comments}</ol></div></div>
      </div></div></body></html>`;
    const brief = briefFromHtml(html);
    for (const s of story) expect(brief.text).toContain(s);
    expect(brief.text).not.toContain('I have lived in this city');
  });
});

describe('a readers’ comment thread in a layout column', () => {
  const thread = (n: number): string =>
    Array.from(
      { length: n },
      (_, i) =>
        `<div class="comment" id="comment-${i}"><div class="comment-author">Reader ${i}</div>` +
        `<div class="comment-text"><p>I have lived in this city for ${i + 3} years, and I think the council, ` +
        'whatever it says now, will spend the money on roads again, as it did last time, and the time before.</p>' +
        '</div></div>',
    ).join('');

  it('gives its points to no container above it: the story is picked, not the row of the layout table', () => {
    // An old blog theme: one table row of three columns; the post and its long thread share the middle one.
    const blurb =
      'I am a researcher and writer, and this blog, which I have kept since 2004, is about cities, money, and ' +
      'the people who decide how it is spent, in councils, in committees and, now and then, in courts.';
    const html = `<!DOCTYPE html><html><head><title>Budget approved</title></head><body>
      <div id="wrapper"><table id="layout"><tr>
        <td id="left"><p>${blurb}</p><p>${blurb.replace('researcher', 'reporter')}</p></td>
        <td id="middle"><div class="post"><h1>Budget approved</h1><div class="post-body">${paragraphs}</div></div>
          <div class="commentlist">${thread(40)}</div></td>
        <td id="right"><p>${blurb.replace('writer', 'editor')}</p></td>
      </tr></table></div></body></html>`;
    const brief = briefFromHtml(html);
    for (const s of story) expect(brief.text).toContain(s);
    expect(brief.text).not.toContain('this blog, which I have kept since 2004');
  });

  it('does not count toward the length of the lenient pick: the story stays the pick', () => {
    // A comment plugin's thread inside the article's column: the strict pass skips it (its id names comments), the
    // lenient pass reads it and would take the column, thread and all, for a much longer article.
    const comments = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="jomentry" id="pc_${i}"><span class="title">Roads again, reader ${i} says</span><br>` +
        `<span class="small">written by Reader ${i}, May 6, 2012</span><br>` +
        `<div class="comment-text" id="comment-text-${i}">I have lived in this city for ${i + 3} years, and I ` +
        'think the council, whatever it says now, will spend the money on roads again, as it did last time, and ' +
        'the time before, and I will say so at the next meeting, as I did at the last one.</div></div>',
    ).join('');
    const html = `<!DOCTYPE html><html><head><title>Budget approved</title></head><body>
      <div class="page"><div class="column1"><div class="contentdiv">
        <h1>Budget approved</h1><div class="article-content">${paragraphs}</div>
        <div id="jc_commentsDiv">${comments}</div>
      </div></div></div></body></html>`;
    const brief = briefFromHtml(html);
    for (const s of story) expect(brief.text).toContain(s);
    expect(brief.text).not.toMatch(/I have lived in this city|Roads again, reader|written by Reader/);
  });
});

describe('a story set in an <aside>', () => {
  it('is read when the aside holds the story’s headline', () => {
    const html = `<!DOCTYPE html><html><head><title>Budget approved</title></head><body>
      <section id="contentWrap"><section id="leftColumn"><aside class="blogPost">
        <h1>Council approves the city budget</h1><div class="blogContent">${paragraphs}</div></aside></section>
      <aside id="sidebar"><h3>Popular</h3><ul><li><a href="/a">Another story</a></li></ul></aside></section>
      </body></html>`;
    const brief = briefFromHtml(html);
    for (const s of story) expect(brief.text).toContain(s);
    expect(brief.text).not.toContain('Another story');
  });
});

describe('a story whose links make it one more column of links', () => {
  it('is not widened to the page’s columns of post links around it', () => {
    // A weekly round-up of links between two sidebars of post links: the sidebars' blocks score near the post,
    // and their common ancestor, the page's three columns, is mostly links. The post is the pick.
    const link = (t: string, n: number) => `<a href="/p/${n}">${t}</a>`;
    const roundup = [
      ...story,
      'Residents who spoke at the meeting, most of them parents, welcomed the money for schools but asked about buses.',
      'The mayor, who campaigned on the budget, said a second vote on transport would follow, probably in the spring.',
    ];
    const post = roundup.map((s, i) => `<p>${link(s.slice(0, 60), i)}${s.slice(60)}</p>`).join('');
    const teaser = (n: number) =>
      `<p>${link(`Council weekly roundup, part ${n}, with notes`, n)}, votes, and minutes, in Local</p>`;
    const module = (from: number) =>
      `<div class="module">${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => teaser(from + i)).join('')}</div>`;
    const column = (id: string) => `<div id="${id}"><div class="inner">${module(10)}${module(20)}</div></div>`;
    const html = `<html><head><title>Budget approved</title></head><body><div id="page">${column('alpha')}
      <div id="beta"><div class="entry"><h1>Budget approved</h1>${post}</div></div>${column('gamma')}</div></body></html>`;
    const brief = briefFromHtml(html);
    for (const s of roundup) expect(brief.text).toContain(s.slice(60));
    expect(brief.text).not.toContain('Council weekly roundup');
  });
});

describe('a block named as the story’s body', () => {
  it('is not dropped whole as a box of links when its related-posts list outweighs its one paragraph', () => {
    const lede =
      'In addition to the first set of sample images from the new lens I published a few days ago, here are a few ' +
      'more pictures found on the web:';
    const related = ['More sample images from the wide lens', 'New sample images taken with the portrait lens'];
    related.push('Sample images from the new camera body', 'The new zoom lens reviewed, with more sample images');
    const html = `<html><head><title>More sample images</title></head><body><div id="main">
      <div class="post" id="post-1"><h1>More sample images</h1>
      <div class="entry-meta">By <a href="/a">admin</a> | Published: October 28, 2012</div>
      <div class="entry-content"><p>${lede}</p>
        <p><a href="/i/1"><img src="/1.jpg" alt=""></a> <a href="/i/2"><img src="/2.jpg" alt=""></a></p>
        <h3>Related posts:</h3><ul>${related.map((t, i) => `<li><a href="/r/${i}">${t}</a></li>`).join('')}</ul></div>
      <div class="entry-utility">This entry was posted in <a href="/c">Lenses</a>. Bookmark the <a href="/p">permalink</a>.</div>
      </div></div></body></html>`;
    const brief = briefFromHtml(html);
    expect(brief.text).toContain(lede);
    expect(brief.text).not.toContain('sample images from the wide lens');
  });
});

describe('a blog post in a platform’s “widget”, beside a sidebar’s longer “about” text', () => {
  // The strict pass skips the post (its block is named "widget") and finds nothing; the lenient pass lets in every
  // chrome-named block and takes the column holding the post and the sidebar's blurb, which outweighs a short post.
  const about =
    'This blog is about making things by hand, with wood, metal, paper and glue, and about the people who make ' +
    'them, in garages, sheds and kitchens, all over the world, since 2009. Write to us with your own projects, ' +
    'the stranger the better, and we will show the best of them here, every week, with a few words on each.';
  const html = `<!DOCTYPE html><html><head><title>A chair of paper</title></head><body>
    <div id="outer-wrapper"><div id="content-wrapper">
      <div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
        <div class="post hentry"><h3 class="post-title">A chair of paper</h3>
          <div class="post-body">${story.slice(0, 2).join('<br><br>')}</div></div></div></div></div>
      <div id="sidebar-wrapper"><div class="sidebar section" id="sidebar"><div class="widget Text" id="Text1">
        <h2>About</h2><div class="widget-content">${about}</div></div></div></div>
    </div></div></body></html>`;

  it('is read without the sidebar: a pass that lets in only the “widget” blocks finds it', () => {
    const brief = briefFromHtml(html);
    for (const s of story.slice(0, 2)) expect(brief.text).toContain(s);
    expect(brief.text).not.toContain('This blog is about making things');
  });

  it('comes with the sidebar’s text when that pass is off (the lenient pick)', () => {
    const content = { ...CONTENT, rules: { ...CONTENT.rules, weakPolicy: false } };
    const brief = briefFromHtml(html, { settings: { content } });
    expect(brief.text).toContain('This blog is about making things');
  });
});
