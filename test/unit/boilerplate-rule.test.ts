/**
 * boilerplateRule names the rule of the boilerplate stage that drops a block (npm run eval:losses charges the lost
 * gold text to it); isBoilerplateBlock is that rule's verdict.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateRule, isBoilerplateBlock } from '../../utils/extract/boilerplate';
import { measure } from '../../utils/extract/measure';
import { parseHtml } from '../../utils/extract/parse';

/** The rule for the first element matching `selector` in `html`, measured as the content stage measures it. */
function ruleOf(html: string, selector: string): { rule: string | null; dropped: boolean } {
  const doc = parseHtml(`<!DOCTYPE html><html><body><article>${html}</article></body></html>`, null);
  const { stats } = measure(doc.documentElement, 'lenient');
  const el = doc.querySelector(selector)!;
  const st = stats.get(el)!;
  return { rule: boilerplateRule(el, st), dropped: isBoilerplateBlock(el, st) };
}

describe('boilerplateRule', () => {
  const cases: [string, string, string, string | null][] = [
    [
      'a share bar named so',
      '<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a></div>',
      'div',
      'namedChrome',
    ],
    [
      'a related label over links',
      '<p>Read more: <a href="/b">The night bus returns on Friday</a></p>',
      'p',
      'relatedLabel',
    ],
    ['a photo credit line', '<p>Photo: Jane Doe / Agency</p>', 'p', 'creditLine'],
    [
      'a list of headlines',
      '<ul><li><a href="/a">Auction house in trouble again</a></li><li><a href="/b">The night bus returns</a></li>' +
        '<li><a href="/c">A new reading room opens</a></li></ul>',
      'ul',
      'linkList',
    ],
    ['a paragraph that is one link', '<p><a href="/x">Council approves the new budget</a></p>', 'p', 'linkParagraph'],
    [
      'a paragraph of the story',
      '<p>Judges said the library had lent the e-books under a licence the publisher had signed in 2019.</p>',
      'p',
      null,
    ],
  ];
  for (const [name, html, selector, rule] of cases) {
    it(`names ${rule ?? 'no rule'} for ${name}, and isBoilerplateBlock agrees`, () => {
      const got = ruleOf(html, selector);
      expect(got.rule).toBe(rule);
      expect(got.dropped).toBe(rule !== null);
    });
  }
});
