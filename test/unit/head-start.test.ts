/**
 * The brief started as a view's page is requested (entrypoints/background/head-start.ts): which navigations start
 * one, for which tab, and what is routed past the worker.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const getBrief = vi.fn((tabId: number) => Promise.resolve({ state: 'error', tabId, error: 'no-tab', message: '' }));
vi.mock('../../entrypoints/background/briefs', () => ({ getBrief }));

const { onViewFetch, routePastWorker, viewOpening } = await import('../../entrypoints/background/head-start');

const ORIGIN = 'chrome-extension://newsbrief-test/';
const navigation = (path: string, mode = 'navigate') => ({ request: { url: `${ORIGIN}${path}`, mode } });
/** Lets the worker's lookups (the active tab) settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('a view opening', () => {
  it('is the navigation to the popup or the side panel of this extension', () => {
    expect(viewOpening(navigation('popup.html?tabId=7'), ORIGIN)?.pathname).toBe('/popup.html');
    expect(viewOpening(navigation('sidepanel.html'), ORIGIN)?.pathname).toBe('/sidepanel.html');
  });

  it('is not another page, a page’s script, or another origin', () => {
    expect(viewOpening(navigation('options.html'), ORIGIN)).toBeNull();
    expect(viewOpening(navigation('offscreen.html'), ORIGIN)).toBeNull();
    expect(viewOpening(navigation('chunks/popup.js', 'cors'), ORIGIN)).toBeNull();
    expect(viewOpening({ request: { url: 'https://example.org/popup.html', mode: 'navigate' } }, ORIGIN)).toBeNull();
  });
});

describe('the brief started ahead', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    getBrief.mockClear();
  });

  it('is the brief of the tab the view names', async () => {
    onViewFetch(navigation('popup.html?tabId=42'), ORIGIN);
    await settle();
    expect(getBrief).toHaveBeenCalledTimes(1);
    // Not a refresh, the whole text (as a view asks), started ahead of the view's request.
    expect(getBrief).toHaveBeenCalledWith(42, false, true, true);
  });

  it('is the brief of the active tab of the last focused window when the view names none', async () => {
    const spy = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 } as never]);
    onViewFetch(navigation('sidepanel.html'), ORIGIN);
    await settle();
    expect(spy).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(getBrief).toHaveBeenCalledWith(9, false, true, true);
  });

  it('starts nothing for other requests, nor when there is no active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    onViewFetch(navigation('options.html'), ORIGIN);
    onViewFetch(navigation('popup.html?tabId=3', 'no-cors'), ORIGIN);
    onViewFetch(navigation('popup.html'), ORIGIN);
    onViewFetch(navigation('popup.html?tabId=abc'), ORIGIN);
    await settle();
    expect(getBrief).not.toHaveBeenCalled();
  });
});

describe('the routes past the worker', () => {
  it('send every request but a navigation, and a navigation while the worker is stopped, to the network', () => {
    const addRoutes = vi.fn(() => Promise.resolve());
    routePastWorker({ addRoutes });
    expect(addRoutes).toHaveBeenCalledWith([
      { condition: { not: { requestMode: 'navigate' } }, source: 'network' },
      { condition: { requestMode: 'navigate', runningStatus: 'not-running' }, source: 'network' },
    ]);
    // A browser without them: nothing to do, nothing thrown.
    expect(() => routePastWorker({})).not.toThrow();
  });
});
