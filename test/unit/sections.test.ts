/** buildSections: the lede, each heading with its paragraphs, lists and tables in order, and the closing. */
import { describe, expect, it } from 'vitest';
import { buildLists } from '../../utils/structure/lists';
import { buildSections } from '../../utils/structure/sections';
import type { Block } from '../../utils/types';
import { briefFromHtml } from '../../utils/brief';

const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (text: string, level = 2): Block => ({ type: 'heading', level, text });
const list: Block = { type: 'list', ordered: false, items: ['One.', 'Two.'] };
const table: Block = { type: 'table', table: { caption: null, headers: ['A', 'B'], rows: [['1', '2']] } };

function sectionsOf(blocks: Block[]) {
  return buildSections(blocks, buildLists(blocks).leadIns);
}

describe('buildSections', () => {
  it('places each list and table in its section, in reading order, with the lead-in kept by the list', () => {
    const r = sectionsOf([
      p('Lede.'),
      p('Before any heading.'),
      table,
      h('First'),
      p('Body one.'),
      p('Do this:'),
      list,
      p('After the list.'),
      h('Second'),
      p('Body two.'),
      p('The end.'),
    ]);
    expect(r.lede).toBe('Lede.');
    expect(r.closing).toBe('The end.');
    expect(r.sections.map((s) => [s.heading, s.paragraphs, s.parts])).toEqual([
      [
        null,
        ['Before any heading.'],
        [
          { kind: 'paragraph', index: 0 },
          { kind: 'table', index: 0 },
        ],
      ],
      [
        'First',
        ['Body one.', 'After the list.'],
        [
          { kind: 'paragraph', index: 0 },
          { kind: 'list', index: 0 },
          { kind: 'paragraph', index: 1 },
        ],
      ],
      ['Second', ['Body two.'], [{ kind: 'paragraph', index: 0 }]],
    ]);
  });

  it('takes for the lede the first paragraph of prose, and never a line ending in a colon for the closing', () => {
    const deck = "Customs data show the region's economic centre of gravity moving east";
    const r = sectionsOf([
      p(deck),
      p('Lede sentence.'),
      h('Body'),
      p('Body one.'),
      p('The end.'),
      p('For the latest news:'),
    ]);
    expect(r.lede).toBe('Lede sentence.');
    expect(r.closing).toBe('The end.');
    expect(r.sections.map((s) => s.paragraphs)).toEqual([[deck], ['Body one.', 'For the latest news:']]);
  });

  it('drops a section left empty; the one whose only paragraph became the closing keeps its heading, no parts', () => {
    const r = sectionsOf([p('Lede.'), h('Empty'), h('Middle'), p('Body.'), h('Last'), p('The end.')]);
    expect(r.closing).toBe('The end.');
    expect(r.sections.map((s) => [s.heading, s.parts.length])).toEqual([
      ['Middle', 1],
      ['Last', 0],
    ]);
  });

  it('keeps an empty heading over deeper ones: it heads its subsections', () => {
    const r = sectionsOf([p('Lede.'), h('Part', 2), h('Sub', 3), p('Body.'), p('More.'), p('The end.')]);
    expect(r.sections.map((s) => [s.heading, s.level])).toEqual([
      ['Part', 2],
      ['Sub', 3],
    ]);
  });
});

describe('headings that are not the article’s sections', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story tells what the council decided on Tuesday, who voted for the plan and what it will cost the city over the next years.</p>`;
  const page = (title: string, byline: string, body: string) =>
    `<html lang="en"><head><title>${title}</title><meta name="author" content="${byline}"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;

  it('leaves out the headline repeated over the body and the byline line set as a heading', () => {
    const title = 'Council approves the harbour flood barrier';
    const html = page(
      title,
      'Jane Roe',
      `<h2>By Jane Roe, City Desk</h2>${para(1)}<h2>${title}</h2>${para(2)}<h2>What it costs</h2>${para(3)}${para(4)}`,
    );
    const b = briefFromHtml(html, { url: 'https://news.example/a' });
    expect(b.sections.map((s) => s.heading)).toEqual([null, 'What it costs']);
    expect(b.lede).toContain('Paragraph 1');
  });

  it('keeps a heading that opens with a byline word but reads as a phrase', () => {
    const html = page(
      'Salons reopen',
      'Anna Weber',
      `${para(1)}<h2>By the numbers</h2>${para(2)}<h3>Von der Testpflicht ausgenommen</h3>${para(3)}${para(4)}`,
    );
    const b = briefFromHtml(html, { url: 'https://news.example/b' });
    expect(b.sections.map((s) => s.heading)).toEqual(['By the numbers', 'Von der Testpflicht ausgenommen']);
  });
});
