/**
 * What one tab can make the worker do and keep: its reports are rate-limited, its "changed" broadcasts coalesced,
 * and its brief stored within a share of storage.session (text cut, structure whole, or not stored), with other
 * tabs' briefs making room oldest first and never the whole store cleared.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Coalescer, TabRateLimit } from '../../entrypoints/background/throttle';
import {
  readTab,
  saveBrief,
  saveDetection,
  storedForm,
  type BriefResult,
} from '../../entrypoints/background/tab-store';
import { briefFromHtml } from '../../utils/brief';

function result(tabId: number, paragraphs: number, word = 'Council'): BriefResult {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${word} paragraph ${i}, with a comma.</p>`).join('');
  const brief = briefFromHtml(`<html><body><article><h1>T</h1>${body}</article></body></html>`, {
    url: `https://news.example/${tabId}`,
  });
  return { state: 'ready', tabId, url: `https://news.example/${tabId}`, brief, ms: 1 };
}

describe('TabRateLimit', () => {
  it('lets a burst through, then the refill rate, per tab', () => {
    let now = 0;
    const limit = new TabRateLimit(10, 2, () => now);
    const burst = Array.from({ length: 3000 }, () => limit.allow(1)).filter(Boolean).length;
    expect(burst).toBe(10);
    // Another tab has its own bucket.
    expect(limit.allow(2)).toBe(true);
    now += 1000;
    expect(Array.from({ length: 10 }, () => limit.allow(1)).filter(Boolean).length).toBe(2);
  });
});

describe('Coalescer', () => {
  it('sends the first event at once and folds a burst into one more at the end of the window', () => {
    vi.useFakeTimers();
    const sent: number[] = [];
    const c = new Coalescer<number>(3000, (k) => sent.push(k));
    for (let i = 0; i < 3000; i++) c.push(5);
    expect(sent).toEqual([5]);
    vi.advanceTimersByTime(3000);
    expect(sent).toEqual([5, 5]);
    vi.advanceTimersByTime(3000);
    expect(sent).toEqual([5, 5]);
    vi.useRealTimers();
  });
});

describe('storedForm', () => {
  it('keeps a small brief whole', () => {
    const r = result(1, 5);
    expect(storedForm(r)).toEqual({ brief: r, cut: false });
  });

  it('cuts the text of a big brief, keeping its structure, or stores nothing when the structure is too big', () => {
    const r = result(1, 400);
    const size = JSON.stringify(r).length;
    const textSize = JSON.stringify(r.brief.text).length;
    const cut = storedForm(r, size - textSize / 2)!;
    expect(cut.cut).toBe(true);
    expect(JSON.stringify(cut.brief).length).toBeLessThanOrEqual(size - textSize / 2);
    expect(cut.brief.brief.sections).toEqual(r.brief.sections);
    expect(r.brief.text.startsWith(cut.brief.brief.text)).toBe(true);
    expect(storedForm(r, size - textSize - 10)).toBeNull();
  });
});

// The timeouts are hang guards: the fake storage serializes megabytes on each write.
describe('saveBrief', () => {
  beforeEach(() => fakeBrowser.reset());

  it('makes room by dropping the oldest other brief, keeping every detection; never clears the store', async () => {
    // A session quota for the test that holds three of these briefs, not four.
    const one = JSON.stringify(result(9, 7000)).length;
    expect(one).toBeLessThan(1_000_000);
    const session = browser.storage.session;
    const real = session.set.bind(session);
    vi.spyOn(session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const all = { ...(await session.get(null)), ...items };
      if (JSON.stringify(all).length > one * 3.5) throw new Error('Session storage quota bytes exceeded');
      return real(items);
    });
    const clear = vi.spyOn(session, 'clear');
    for (const tab of [1, 2, 3]) {
      await saveDetection(tab, `https://news.example/${tab}`, true);
      expect(await saveBrief(tab, result(tab, 7000), 'aaaaaaaa')).toBe('whole');
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(await saveBrief(4, result(4, 7000), 'bbbbbbbb')).toBe('whole');
    expect(clear).not.toHaveBeenCalled();
    // Tab 1's brief, the oldest, made room; its detection and the other briefs are intact.
    expect((await readTab(1)).brief).toBeNull();
    expect((await readTab(1)).detection).toEqual({ url: 'https://news.example/1', likely: true });
    for (const tab of [2, 3, 4]) expect((await readTab(tab)).brief?.url).toBe(`https://news.example/${tab}`);
  }, 60_000);

  it('answers without storing a brief whose structure alone is over its share; the other tabs keep theirs', async () => {
    await saveDetection(1, 'https://news.example/1', true);
    await saveBrief(1, result(1, 5), 'aaaaaaaa');
    // One 3 MB "word", as a hostile page makes: its paragraph alone is over the share.
    const huge = result(2, 1, 'x'.repeat(3_000_000));
    expect(await saveBrief(2, huge, 'cccccccc')).toBe('not-stored');
    expect((await readTab(2)).brief).toBeNull();
    expect((await readTab(1)).brief?.url).toBe('https://news.example/1');
  }, 60_000);

  it('keeps the brief’s verdict as the tab’s detection, stored brief or not', async () => {
    await saveDetection(1, 'https://news.example/1', false);
    await saveBrief(1, result(1, 5), 'aaaaaaaa');
    expect((await readTab(1)).detection).toEqual({ url: 'https://news.example/1', likely: true });
    const notArticle = result(2, 1, 'x'.repeat(3_000_000));
    const verdict = { ...notArticle, brief: { ...notArticle.brief, isArticle: false } };
    expect(await saveBrief(2, verdict, 'cccccccc')).toBe('not-stored');
    expect((await readTab(2)).detection).toEqual({ url: 'https://news.example/2', likely: false });
  }, 60_000);
});
