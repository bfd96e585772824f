/**
 * Copied Markdown keeps its promise that the only link is the page URL: bare addresses in page text are not
 * autolinked by GFM renderers. `gfmAutolinks` finds what GFM's autolink extension would link in Markdown source
 * (test/gfm-autolinks.ts).
 */
import { describe, expect, it } from 'vitest';
import { mdInline, toMarkdown } from '../../utils/format/markdown';
import { briefFromHtml } from '../../utils/brief';
import { gfmAutolinks } from '../gfm-autolinks';

const BARE = [
  'Read https://evil.example/phish?x=1 today',
  'or www.evil.example/plan',
  'write to complaints@evil.example',
  'mailto:mayor@evil.example',
  'HTTP://EVIL.EXAMPLE and WWW.EVIL.EXAMPLE',
  '(https://evil.example)',
  '*www.evil.example*',
  'ftp://files.evil.example/x',
];

describe('autolinks in page text', () => {
  it('finds the links GFM would make (the check can fail)', () => {
    for (const text of BARE) expect(gfmAutolinks(text), text).not.toEqual([]);
  });

  it('escapes every bare address so that nothing is autolinked, and the text reads the same', () => {
    for (const text of BARE) {
      const md = mdInline(text);
      expect(gfmAutolinks(md), md).toEqual([]);
      expect(md.replace(/\\([!-/:-@[-`{-~])/g, '$1')).toBe(text);
    }
  });

  it('leaves ordinary colons, at signs and dots alone', () => {
    expect(mdInline('At 10:30, the mayor said: wait')).toBe('At 10:30, the mayor said: wait');
    expect(mdInline('Meet @ noon in the www room')).toBe('Meet @ noon in the www room');
  });

  it('keeps the page URL as the one link of a whole brief', () => {
    const html = `<html><head><title>Plan</title></head><body><article><h1>Plan</h1>
      <p>${'The council approved the plan after a long debate, and officials said work would start. '.repeat(4)}</p>
      <p>Read it at https://evil.example/plan or www.evil.example, or write to a@evil.example.</p>
      <ul><li>See https://evil.example/list</li><li>Or www.evil.example/2</li></ul></article></body></html>`;
    const md = toMarkdown(briefFromHtml(html, { url: 'https://news.example/plan' }));
    const links = gfmAutolinks(md.replace(/<https:\/\/news\.example\/plan>/, ''));
    expect(links).toEqual([]);
    expect(md).toContain('<https://news.example/plan>');
  });
});
