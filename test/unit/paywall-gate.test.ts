/**
 * A container named as a paywall is a prompt to subscribe, unless it holds the story's paragraphs: then it is the
 * rest of the story, shipped in the page for the site's script to hide, and the brief keeps it.
 */
import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { CONTENT } from '../../utils/settings/content';
import { isChrome } from '../../utils/extract/policy';
import { parseHtml } from '../../utils/extract/parse';

const OPENING =
  'The border between the two regions was closed on Sunday night, the regional government said, with exceptions ' +
  'for commuters who cross it every day to work, and police checks on every road that stays open. For decades, ' +
  'people on both sides had lived, shopped and worked across a line that, as one mayor put it, had stopped ' +
  'meaning anything at all, and few of them, in towns, villages or farms, had expected to see it closed again.';
const REST = [
  'In the following days the orders were tightened until almost every crossing was blocked and the bridges closed.',
  'Anyone who crosses the border on foot anyway now faces a fine of 250 euros, the interior ministry confirmed.',
  'Mayors on both sides said the closure undid decades of work and asked the two governments to reopen it soon.',
  'The regional government said it would review the closure every two weeks and lift it as soon as it could.',
];
const PROMPT = [
  'An account lets you read three free articles a month and take part in the discussion under every article.',
  'Your data is never sold and is used only to give you access to the site and its newsletters, as you choose.',
];

function page(gate: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Border closed</title></head><body>
<div class="article-area"><h1>Border closed between the two regions</h1>
<div itemprop="articleBody"><p>${OPENING}</p>${gate}</div></div></body></html>`;
}
const paragraphs = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('\n');

describe('a paywall-named container', () => {
  it('that holds the story’s paragraphs is the story’s rest', () => {
    const b = briefFromHtml(page(`<div class="hcf-paywall">${paragraphs(REST)}</div>`));
    expect(b.text).toContain(OPENING);
    for (const p of REST) expect(b.text).toContain(p);
  });

  it('is the story’s rest from as many paragraphs as the settings ask, a prompt with fewer', () => {
    const gate = (texts: string[]) =>
      parseHtml(`<html><body><div class="paywall-login">${paragraphs(texts)}</div></body></html>`).querySelector(
        'div',
      )!;
    const { minParagraphs } = CONTENT.gatedStory;
    const story = gate(REST.slice(0, minParagraphs));
    const prompt = gate([...PROMPT, REST[0]!].slice(0, minParagraphs - 1));
    expect(isChrome(story, 'div', 'strict', false, undefined, CONTENT.gatedStory)).toBe(false);
    expect(isChrome(prompt, 'div', 'strict', false, undefined, CONTENT.gatedStory)).toBe(true);
    // Short lines ("Log in", "Subscribe now") are no story paragraphs, however many.
    const buttons = gate(Array.from({ length: minParagraphs + 2 }, () => 'Subscribe now to read on'));
    expect(isChrome(buttons, 'div', 'strict', false, undefined, CONTENT.gatedStory)).toBe(true);
    // Without the rule every paywall is chrome.
    expect(isChrome(story, 'div', 'strict', false, undefined, null)).toBe(true);
  });

  it('is skipped as chrome when the rule is off', () => {
    const content = { ...CONTENT, rules: { ...CONTENT.rules, gatedStory: false } };
    const b = briefFromHtml(page(`<div class="hcf-paywall">${paragraphs(REST)}</div>`), { settings: { content } });
    expect(b.text).toContain(OPENING);
    expect(b.text).not.toContain(REST[1]);
  });
});
