/**
 * Byline shapes of the English field audit (test/brief-set/audit/): a byline's lines read apart, a credit phrase
 * that opens it, an agency in brackets, a byline in `id="byline"`, and an "author" container that is no byline.
 * Written pages in the shapes seen, never copied pages.
 */
import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanByline, extractMetadata } from '../../utils/metadata';
import { readableLines, readableText } from '../../utils/common/dom';

const STORY =
  'The county board voted on Tuesday to reopen the bridge to traffic next month, after engineers found the repairs had held through the winter storms.';

function byline(body: string): string | null {
  const d = parseHTML(`<html><head><title>Bridge to reopen next month</title></head><body>${body}</body></html>`)
    .document as unknown as Document;
  return extractMetadata(d).byline;
}

const article = (credit: string) =>
  `<article><h1>Bridge to reopen next month</h1>${credit}<p>${STORY}</p><p>${STORY}</p></article>`;

describe('readableLines', () => {
  it('parts the text at <br> and block boundaries, and reads the rest as readableText does', () => {
    const el = parseHTML(
      '<div id="x">BY JANE ROE\n<br>ASSOCIATED PRESS<div>Jan. 5, <b>2008</b></div></div>',
    ).document.getElementById('x') as unknown as Element;
    expect(readableLines(el)).toEqual(['BY JANE ROE', 'ASSOCIATED PRESS', 'Jan. 5, 2008']);
    expect(readableText(el)).toBe('BY JANE ROE ASSOCIATED PRESS Jan. 5, 2008');
  });
});

describe('byline lines', () => {
  it('reads the names apart from the agency or desk on the line under them', () => {
    expect(byline(article('<span class="byline">BY JANE ROE<br>ASSOCIATED PRESS</span>'))).toBe('JANE ROE');
    expect(byline(article('<div class="byline"><h4>By JOHN DOE</h4><h4>Special to The Courier</h4></div>'))).toBe(
      'JOHN DOE',
    );
  });

  it('keeps names that share one line, and an opener on a line of its own credits the next', () => {
    expect(byline(article('<p class="byline">By <a href="/a">Jane Roe</a> and <a href="/b">John Doe</a></p>'))).toBe(
      'Jane Roe, John Doe',
    );
    expect(byline(article('<div class="byline">This post was written by<br><a href="/a">Jane Roe</a></div>'))).toBe(
      'Jane Roe',
    );
  });

  it('reads a bio box named "author" whole, so its first line is no byline', () => {
    expect(
      byline(
        article(
          `<div class="author-box"><div>About Jane Roe</div><div>Jane Roe has covered the county for the paper since 2004 and lives near the bridge.</div></div>`,
        ),
      ),
    ).toBeNull();
  });

  it('finds the line that opens the byline below a date line in the same element', () => {
    expect(
      byline(article('<div class="info">Jan. 14, 2008<br>By <a href="/w/jr">Jane Roe, Chief Correspondent</a></div>')),
    ).toBe('Jane Roe');
  });
});

describe('credit phrases and marks', () => {
  it('reads "Posted by" and "Written by" lines as bylines, and the names end at the category or the date', () => {
    expect(
      byline(article('<div>Posted by Jane Roe, John Doe on 2019-02-15, <a href="/blog">all posts</a></div>')),
    ).toBe('Jane Roe, John Doe');
    expect(byline(article('<div>Written by <a href="/jr">Jane Roe</a><br>Published January 07, 2008</div>'))).toBe(
      'Jane Roe',
    );
    expect(cleanByline('Posted by Jane Roe in Recipes')).toBe('Jane Roe');
    expect(cleanByline('Posted by Jane Roe at October 29, 2012 05:10 PM')).toBe('Jane Roe');
  });

  it('takes no photo credit for the byline', () => {
    expect(
      byline(article('<figure><figcaption><small>Photo by <a href="/p">Jane Roe</a></small></figcaption></figure>')),
    ).toBeNull();
  });

  it('reads "— By" with the dash before it', () => {
    expect(cleanByline('— By Jane Roe')).toBe('Jane Roe');
  });

  it('leaves out an agency in brackets after a person, and keeps it when nobody else is credited', () => {
    expect(cleanByline('By Jane Roe (AP)')).toBe('Jane Roe');
    expect(cleanByline('(AP)')).toBe('AP');
    // A name that holds brackets of its own keeps them.
    expect(cleanByline('Bruno (Henrique Zecchin) Rodrigues')).toBe('Bruno (Henrique Zecchin) Rodrigues');
  });

  it('names nobody with a year beside an agency', () => {
    expect(cleanByline('© The Associated Press, 2012')).toBe('The Associated Press');
  });
});

describe('byline markup', () => {
  it('reads an element whose id is "byline"', () => {
    expect(
      byline(`<h1>Bridge to reopen next month</h1><p>${STORY}</p><div id="byline">By JANE ROE</div><p>${STORY}</p>`),
    ).toBe('JANE ROE');
  });

  it('takes no links of an article element whose class names its author', () => {
    expect(
      byline(
        `<article class="hentry author-jane-roe"><h1>Bridge to reopen next month</h1><p>${STORY}</p><p>${STORY}</p>
        <nav><a href="/older">← Older post</a><a href="/newer">Newer post</a></nav></article>`,
      ),
    ).toBeNull();
  });
});
