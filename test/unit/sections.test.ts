/** buildSections: the lede, each heading with its paragraphs, lists and tables in order, and the closing. */
import { describe, expect, it } from 'vitest';
import { buildLists } from '../../utils/structure/lists';
import { buildSections } from '../../utils/structure/sections';
import type { Block } from '../../utils/types';

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
