import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../utils/metadata/byline';
import { briefFromHtml } from '../../utils/brief';

const BODY =
  '<p>The ministry announced on Tuesday a new plan to cut water losses across the capital by a fifth.</p>'.repeat(4);

describe('bylines name people: titles, agencies beside a person, one agency in two forms', () => {
  it('drops a title before a name, but not from a one-word pen name', () => {
    expect(cleanByline('د. هالة المصري')).toBe('هالة المصري');
    expect(cleanByline('By Dr. Jane Roe')).toBe('Jane Roe');
    expect(cleanByline('Prof. Jane Roe')).toBe('Jane Roe');
    expect(cleanByline('Dr. Pete')).toBe('Dr. Pete');
  });

  it('drops the placeholder a CDN prints for a hidden e-mail, and takes an anonymous credit for none', () => {
    expect(cleanByline('AFP/The Local - [email protected]')).toBe('AFP/The Local');
    expect(cleanByline('Jane Roe [email protected]')).toBe('Jane Roe');
    for (const anonymous of ['anónimo', 'Anonyme', 'anonym', 'Anonymous']) expect(cleanByline(anonymous)).toBeNull();
  });

  it('takes a company, its legal form last, for no author, and keeps the person credited beside it', () => {
    for (const company of ['Perform Media Deutschland GmbH', 'Pocket-lint Ltd.', 'NATURSTROM AG', 'Example Inc.'])
      expect(cleanByline(company), company).toBeNull();
    expect(cleanByline('Jane Roe, Example Media GmbH')).toBe('Jane Roe');
    expect(cleanByline('Ag Smith')).toBe('Ag Smith');
  });

  it('drops an agency named beside a person, and keeps an agency that is the only credit', () => {
    expect(cleanByline('HERB KEINON AND AP')).toBe('HERB KEINON');
    expect(cleanByline('Jane Roe, Reuters')).toBe('Jane Roe');
    expect(cleanByline('محمود سعيد، وام')).toBe('محمود سعيد');
    expect(cleanByline('Reuters')).toBe('Reuters');
    expect(cleanByline('وكالة أنباء الإمارات')).toBe('وكالة أنباء الإمارات');
    expect(cleanByline('Jane Roe and John Doe')).toBe('Jane Roe and John Doe');
  });

  it('reads an agency as the byline shows it when the structured data gives its other form', () => {
    const page = (
      ld: string,
      shown: string,
    ) => `<!doctype html><html lang="ar" dir="rtl"><head><title>خطة المياه</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"خطة المياه","author":{"@type":"Person","name":"${ld}"}}</script>
</head><body><article><h1>خطة المياه</h1><div class="author">بواسطة <a href="/author/x/">${shown}</a></div>${BODY}</article></body></html>`;
    expect(briefFromHtml(page('وام', 'وكالة أنباء الإمارات')).byline).toBe('وكالة أنباء الإمارات');
    // Two different credits: the structured data stays the source.
    expect(briefFromHtml(page('وام', 'محمود سعيد')).byline).toBe('وام');
  });

  it('credits the agency a bracket closing the last paragraph names, only when nobody else is credited', () => {
    const last =
      '<p>Later the manager said he would attend the meeting after all, the works council said. (dpa/gem)</p>';
    const page = (credit: string) =>
      `<!doctype html><html lang="en"><head><title>Water plan</title></head><body><article><h1>Water plan</h1>
${credit}${BODY}${last}</article></body></html>`;
    expect(briefFromHtml(page('')).byline).toBe('dpa');
    expect(briefFromHtml(page('<div class="byline">By Jane Roe</div>')).byline).toBe('Jane Roe');
  });

  it('reads two links to one author page as one author', () => {
    const html = `<!doctype html><html lang="en"><head><title>Water plan</title></head><body><article><h1>Water plan</h1>
<div class="byline"><a href="/author/jane-roe">Jane Roe</a> <a href="/author/jane-roe">More from this writer</a></div>${BODY}</article></body></html>`;
    expect(briefFromHtml(html).byline).toBe('Jane Roe');
  });
});
