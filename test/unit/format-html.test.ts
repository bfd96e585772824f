/**
 * utils/format/html.ts: the rich-text HTML of "Copy as rich text". It is the brief (headings, lists, tables in
 * the brief's order and direction), and page text stays text, checked on every hostile page of the corpus by
 * parsing the output and looking for anything that is not plain markup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { escapeHtml, toHtml } from '../../utils/format/html';
import { SCHEMA_VERSION, type Brief } from '../../utils/types';
import { withParts } from '../paragraph-parts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HOSTILE = path.join(ROOT, 'test/fixtures/hostile');

function brief(over: Partial<Brief> = {}): Brief {
  return {
    schema: SCHEMA_VERSION,
    url: 'https://news.example/world/talks',
    isArticle: true,
    title: 'Talks in Tripoli',
    byline: 'Jane Roe',
    published: '2025-09-16T14:35:00+02:00',
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    lede: 'Envoys met on Tuesday.',
    sections: [
      { heading: 'Security first', level: 2, ...withParts(['Border security led the agenda.']) },
      { heading: 'Details', level: 3, ...withParts(['Envoys met on Tuesday.', 'No date was set.']) },
    ],
    keyPoints: ['Border security', 'Elections'],
    lists: [{ leadIn: 'Next steps:', kind: 'steps', ordered: false, items: ['Train units.', 'Fund centres.'] }],
    tables: [{ caption: 'Pledges', headers: ['Area', 'Pledge'], rows: [['Borders', 'Funding']] }],
    commitments: [
      {
        actor: 'the EU',
        commitment: 'Funding',
        area: 'Borders',
        source: 'table',
        evidence: 'Borders | Funding',
        when: null,
        amount: null,
      },
    ],
    closing: 'A new phase begins.',
    flags: [{ kind: 'no-byline', message: 'No byline found.', values: [] }],
    text: 'Envoys met on Tuesday.',
    ...over,
  };
}

function parse(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

const all = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector)).map((e) => e.textContent);

describe('toHtml', () => {
  it('is the brief: title, metadata, lede, sections at their levels, key points, steps, tables, commitments', () => {
    const doc = parse(toHtml(brief()));
    const article = doc.querySelector('article')!;
    expect(article.getAttribute('dir')).toBe('ltr');
    expect(article.getAttribute('lang')).toBe('en');
    expect(all(doc, 'h1')).toEqual(['Talks in Tripoli']);
    expect(all(doc, 'h2')).toEqual([
      'Security first',
      'Key points',
      'Steps',
      'Tables',
      'Commitments',
      'Closing',
      'Notes on quality',
    ]);
    expect(all(doc, 'h3')).toEqual(['Details']);
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://news.example/world/talks');
    expect(all(doc, 'ol > li')).toEqual(['Train units.', 'Fund centres.']);
    expect(all(doc, 'table caption')).toEqual(['Pledges']);
    expect(all(doc, 'table')[1]).toContain('the EU');
    expect(all(doc, 'thead th').slice(2)).toEqual(['Actor', 'Area', 'Commitment']);
    // The lede is printed once, as the lede, not again inside its section.
    expect(all(doc, 'p').filter((p) => p === 'Envoys met on Tuesday.')).toHaveLength(1);
  });

  it('keeps an Arabic brief right to left with Arabic labels', () => {
    const doc = parse(toHtml(brief({ lang: 'ar', dir: 'rtl', keyPoints: ['نقطة'] })));
    expect(doc.querySelector('article')!.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('article')!.getAttribute('lang')).toBe('ar');
    expect(all(doc, 'h2')).toContain('نقاط رئيسية');
  });

  it('shows the commitment fields of a newer schema (when, amount) and ignores unknown fields', () => {
    const b = brief();
    (b.commitments[0] as unknown as Record<string, unknown>).when = 'by 2026';
    (b.commitments[0] as unknown as Record<string, unknown>).amount = '€5m';
    (b as unknown as Record<string, unknown>).somethingNew = [{ x: 1 }];
    (b.sections[0] as unknown as Record<string, unknown>).blocks = [{ type: 'table', rows: [] }];
    const doc = parse(toHtml(b));
    expect(all(doc, 'thead th').slice(2)).toEqual(['Actor', 'Area', 'Commitment', 'When', 'Amount']);
    expect(all(doc, 'tbody tr')[1]).toBe('the EUBordersFundingby 2026€5m');
  });

  it('escapes markup in every field and links only http(s) URLs', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const doc = parse(
      toHtml(
        brief({
          url: 'javascript:alert(1)',
          title: evil,
          lang: 'en" onclick="x',
          sections: [{ heading: evil, level: 9, ...withParts([evil]) }],
          tables: [{ caption: evil, headers: [evil], rows: [[evil]] }],
        }),
      ),
    );
    expect(doc.querySelectorAll('img, a, [onerror], [onclick]')).toHaveLength(0);
    expect(doc.querySelector('article')!.hasAttribute('lang')).toBe(false);
    expect(doc.querySelector('h1')!.textContent).toBe(evil);
    expect(doc.querySelector('h6')!.textContent).toBe(evil);
    expect(escapeHtml('a\u001b[31m <b>')).toBe('a [31m &lt;b&gt;');
  });

  const files = fs.readdirSync(HOSTILE).filter((f) => f.endsWith('.html'));
  it.each(files)('leaves nothing active from hostile page %s', (file) => {
    const page = fs.readFileSync(path.join(HOSTILE, file), 'utf8');
    const b = briefFromHtml(page, { url: `https://hostile.example/${file}` });
    const doc = parse(toHtml(b));
    const allowed = new Set(
      'ARTICLE H1 H2 H3 H4 H5 H6 P UL OL LI STRONG A TABLE CAPTION THEAD TBODY TR TH TD'.split(' '),
    );
    const problems: string[] = [];
    for (const e of Array.from(doc.body.querySelectorAll('*'))) {
      if (!allowed.has(e.tagName)) problems.push(`element ${e.tagName}`);
      for (const a of Array.from(e.attributes)) {
        if (!['dir', 'lang', 'href'].includes(a.name)) problems.push(`attribute ${a.name} on ${e.tagName}`);
        if (a.name === 'href' && !/^https?:/.test(a.value)) problems.push(`href ${a.value}`);
      }
    }
    expect(problems).toEqual([]);
    // What the page wrote as text is still there as text.
    if (b.title) expect(doc.querySelector('h1')!.textContent).toBe(b.title.replace(/\s+/g, ' ').trim());
  });
});
