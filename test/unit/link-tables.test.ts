/**
 * Tables inside the article container that are lists of other stories (a headline link in each row, its time
 * beside it) are dropped as a list of links is; a table of the story's own data stays, whatever links its cells
 * hold.
 */
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { BOILERPLATE } from '../../utils/settings/boilerplate';

const STORY = [
  'The national team won its opening qualifier by two goals to nil on Saturday, in front of a sold-out stadium.',
  'The coach said the side had prepared for a defensive opponent and that the early goal had changed the game.',
  'The team travels to the capital next week for a second qualifier, which the coach called the harder test.',
];

function page(table: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Opening win</title></head><body>
<div id="main"><h1>National team wins opening qualifier</h1>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
${table}
</div></body></html>`;
}

const headlines = [
  ['20:28', 'Striker signs a new three-year contract'],
  ['20:13', 'Coach rests captain for the cup match'],
  ['19:28', 'Fans rush for tickets to the final'],
  ['19:18', 'Club agrees fee for the young defender'],
  ['18:23', 'Winger set for a move abroad this summer'],
];
const HEADLINE_TABLE = `<h3>Latest news</h3><table class="news_table">${headlines
  .map(([time, title], i) => `<tr><td>${time}</td><td><a href="/news/${i}">${title}</a></td></tr>`)
  .join('')}</table>`;

const teams = [
  ['Northfield', 3, 3, 0, 9],
  ['Eastport', 3, 2, 1, 6],
  ['Westbury', 3, 1, 2, 3],
  ['Southam', 3, 0, 3, 0],
];
const STANDINGS = `<table><thead><tr><th>Team</th><th>Played</th><th>Won</th><th>Lost</th><th>Points</th></tr></thead>
<tbody>${teams
  .map(
    ([name, ...n]) => `<tr><td><a href="/team/${name}">${name}</a></td>${n.map((x) => `<td>${x}</td>`).join('')}</tr>`,
  )
  .join('')}</tbody></table>`;

describe('tables of links inside the article', () => {
  it('drops a table of headline links with their times and keeps the story', () => {
    const b = briefFromHtml(page(HEADLINE_TABLE));
    for (const p of STORY) expect(b.text).toContain(p);
    for (const [, title] of headlines) expect(b.text).not.toContain(title);
    expect(b.tables).toHaveLength(0);
  });

  it('keeps a table of results whose team names are links', () => {
    const b = briefFromHtml(page(STANDINGS));
    for (const p of STORY) expect(b.text).toContain(p);
    expect(b.text).toContain('Northfield');
    expect(b.text).toContain('Southam');
  });

  it('keeps the table of links when the link rules are off', () => {
    const boilerplate = { ...BOILERPLATE, rules: { ...BOILERPLATE.rules, linkBlocks: false } };
    const b = briefFromHtml(page(HEADLINE_TABLE), { settings: { boilerplate } });
    expect(b.text).toContain(headlines[0]![1]);
  });
});
