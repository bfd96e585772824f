/**
 * One hostile tab against the others, in the built extension in real Chromium: it cannot stall the worker, wipe
 * another tab's brief, speak for another site, make the views ask again and again, or get another page's brief
 * answered for it. Behaviour only: who answers, in which order, what is kept; times are measured by
 * scripts/hostile-bench.ts, not here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, launch, type ChromeApi, type Session } from './harness';

const PANEL_VIEWPORT = { width: 400, height: 900 };

interface Answer {
  state: string;
  url?: string;
  error?: string;
}

interface ChromeScripting extends ChromeApi {
  scripting: {
    executeScript(d: {
      target: { tabId: number; frameIds?: number[] };
      func: (...args: never[]) => unknown;
      args?: unknown[];
    }): Promise<{ result?: unknown }[]>;
  };
}

/** Waits until the view has settled (anything but loading) and returns its state. */
async function settled(page: Page, timeout = 60_000): Promise<string> {
  await page.waitForSelector('main[data-view-state]:not([data-view-state="loading"])', { timeout });
  return (await page.getAttribute('main', 'data-view-state'))!;
}

describe.skipIf(!CHROMIUM)('one hostile tab cannot stall, wipe or fool another', () => {
  let s: Session;
  /** An extension page that asks the worker as the popup does. */
  let asker: Page;

  const ask = (message: object): Promise<Answer> =>
    asker.evaluate(async (m) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      return (await c.runtime.sendMessage(m)) as Answer;
    }, message);
  const brief = (tabId: number, refresh = false) => ask({ type: 'brief/get', tabId, ...(refresh ? { refresh } : {}) });
  const record = (tabId: number) =>
    s.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null) as {
        detection: { url: string } | null;
        brief: { url: string } | null;
      } | null;
    }, tabId);
  /**
   * The record once the tab's brief is stored: the answer does not wait for that write, which keeps the brief's
   * verdict as the tab's detection in the same write.
   */
  const storedRecord = async (tabId: number) => {
    await expect.poll(async () => (await record(tabId))?.detection?.url ?? null, { timeout: 10_000 }).not.toBeNull();
    return record(tabId);
  };
  /**
   * Sends `messages` from the tab's isolated world (where the page reader lives and chrome.runtime reaches the
   * worker and the views), `times` rounds of all of them at once; returns the first round's replies (null: none).
   */
  const sendFromPage = (tabId: number, messages: unknown[], times = 1) =>
    s.worker.evaluate(
      async ({ tab, list, rounds }) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeScripting };
        const [r] = await chrome.scripting.executeScript({
          target: { tabId: tab, frameIds: [0] },
          func: (async (ms: unknown[], n: number) => {
            const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
              .chrome;
            const rounds: Promise<unknown[]>[] = [];
            for (let i = 0; i < n; i++) {
              rounds.push(
                Promise.all(
                  ms.map((m) =>
                    c.runtime.sendMessage(m).then(
                      (x) => x ?? null,
                      () => null,
                    ),
                  ),
                ),
              );
            }
            return (await Promise.all(rounds))[0];
          }) as (...args: never[]) => unknown,
          args: [list, rounds],
        });
        return r?.result as unknown[];
      },
      { tab: tabId, list: messages, rounds: times },
    );
  /** Counts the "tab changed" broadcasts a view of `tabId` hears, and records every state it shows. */
  const watchView = (view: Page, tabId: number) =>
    view.evaluate((id) => {
      const w = window as unknown as { nbHeard: number; nbStates: string[] };
      w.nbHeard = 0;
      w.nbStates = [];
      const c = (
        globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } } }
      ).chrome;
      c.runtime.onMessage.addListener((m) => {
        const msg = m as { type?: string; tabId?: number };
        if (msg.type === 'tab/changed' && msg.tabId === id) w.nbHeard += 1;
      });
      const main = document.querySelector('main')!;
      new MutationObserver(() => w.nbStates.push(main.getAttribute('data-view-state') ?? '')).observe(main, {
        attributes: true,
        attributeFilter: ['data-view-state'],
      });
    }, tabId);
  const heard = (view: Page) =>
    view.evaluate(() => {
      const w = window as unknown as { nbHeard: number; nbStates: string[] };
      return { heard: w.nbHeard, states: w.nbStates };
    });

  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
    asker = await s.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('answers another tab while a slow page is being extracted (80,000 paragraphs, 6.3 MB)', async () => {
    const calm = await s.openTab(`${s.origin}/pages/sample--seed-ar.html`);
    expect((await brief(calm.tabId)).state).toBe('ready');
    const slow = await s.openTab(`${s.origin}/generated/paragraphs.html?count=80000&chars=6300000`);
    // The order in which the answers arrive, recorded in the asking page.
    await asker.evaluate(
      ({ slowTab, calmTab }) => {
        const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
          .chrome;
        const w = window as unknown as { nbOrder: string[] };
        w.nbOrder = [];
        void c.runtime.sendMessage({ type: 'brief/get', tabId: slowTab }).then((r) => {
          w.nbOrder.push(`slow:${(r as Answer).state}:${(r as Answer).error ?? ''}`);
        });
        // While the slow page is read (its snapshot, then its extraction, take seconds), ask again and again for
        // the calm tab's brief (cached) and for a fresh brief of it, until the slow answer arrives.
        const ask = () => {
          if (w.nbOrder.some((o) => o.startsWith('slow:'))) return;
          void c.runtime.sendMessage({ type: 'brief/get', tabId: calmTab }).then((r) => {
            w.nbOrder.push(`cached:${(r as Answer).state}`);
          });
          void c.runtime.sendMessage({ type: 'brief/get', tabId: calmTab, refresh: true }).then((r) => {
            w.nbOrder.push(`fresh:${(r as Answer).state}`);
          });
          setTimeout(ask, 500);
        };
        setTimeout(ask, 1000);
      },
      { slowTab: slow.tabId, calmTab: calm.tabId },
    );
    const order = () => asker.evaluate(() => (window as unknown as { nbOrder: string[] }).nbOrder);
    await expect
      .poll(async () => (await order()).some((o) => o.startsWith('slow:')), { timeout: 90_000, interval: 250 })
      .toBe(true);
    const seen = await order();
    const slowAt = seen.findIndex((o) => o.startsWith('slow:'));
    // The calm tab was answered, cached and fresh, before the slow page's extraction ended (in a brief or
    // "too large" at the budget), and every answer about it was its brief.
    expect(seen.slice(0, slowAt)).toContain('cached:ready');
    expect(seen.slice(0, slowAt)).toContain('fresh:ready');
    expect(seen.filter((o) => !o.startsWith('slow:')).every((o) => o.endsWith(':ready'))).toBe(true);
    expect(seen[slowAt]).toMatch(/^slow:(ready:|not-article:|error:too-large)$/);
    await slow.page.close();
    await calm.page.close();
  });

  it('keeps every other tab’s brief and detection when a 7 MB one-word page is briefed', async () => {
    const others = [
      await s.openTab(`${s.origin}/pages/sample--seed-ar.html`),
      await s.openTab(`${s.origin}/e2e/article--english-council.html`),
    ];
    for (const o of others) expect((await brief(o.tabId)).state).toBe('ready');
    const before = await Promise.all(others.map((o) => storedRecord(o.tabId)));
    for (const r of before) expect(r?.brief).not.toBeNull();
    const word = await s.openTab(`${s.origin}/generated/word.html?chars=7000000`);
    const answer = await brief(word.tabId);
    expect(['ready', 'not-article']).toContain(answer.state);
    // Answered, not kept: its brief alone is over a tab's share of storage.session.
    expect((await storedRecord(word.tabId))?.brief ?? null).toBeNull();
    expect(await Promise.all(others.map((o) => record(o.tabId)))).toEqual(before);
    for (const o of [...others, word]) await o.page.close();
  });

  it('refuses a page report about another site than the one the browser says the sender is on', async () => {
    const tab = await s.openTab(`${s.origin}/e2e/article--english-council.html`);
    expect((await brief(tab.tabId)).state).toBe('ready');
    const before = await storedRecord(tab.tabId);
    const replies = await sendFromPage(tab.tabId, [
      { type: 'page/detected', url: 'https://bank.example/account', likely: true, score: 9, signals: [] },
      { type: 'page/navigated', url: 'https://bank.example/account' },
    ]);
    expect(replies).toEqual([null, null]);
    expect(await record(tab.tabId)).toEqual(before);
    // The same channel is heard for an address of the page's own origin (as after history.pushState).
    const own = await sendFromPage(tab.tabId, [{ type: 'page/navigated', url: `${tab.page.url()}?view=2` }]);
    expect(own).toEqual([{ ok: true }]);
    await tab.page.close();
  });

  it('ignores a "tab changed" broadcast that a page’s script context sends to the views', async () => {
    const tab = await s.openTab(`${s.origin}/e2e/article--english-council.html`);
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tab.tabId}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    await watchView(panel, tab.tabId);
    await sendFromPage(tab.tabId, [{ type: 'tab/changed', tabId: tab.tabId, reason: 'navigated' }], 5);
    await panel.waitForTimeout(1000);
    const { heard: count, states } = await heard(panel);
    // The listener itself heard them (the messages did arrive)…
    expect(count).toBe(5);
    // …and the view did not go back to loading to ask again.
    expect(states).toEqual([]);
    await panel.close();
    await tab.page.close();
  });

  it('folds a burst of 3,000 valid page reports into a few broadcasts, and still answers', async () => {
    const tab = await s.openTab(`${s.origin}/e2e/article--english-council.html`);
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tab.tabId}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    await watchView(panel, tab.tabId);
    const url = tab.page.url();
    const reports = [
      { type: 'page/detected', url, likely: true, score: 1, signals: [] },
      { type: 'page/detected', url, likely: false, score: 0, signals: [] },
      { type: 'page/navigated', url },
    ];
    await sendFromPage(tab.tabId, reports, 1000);
    // Let the coalescing windows close.
    await panel.waitForTimeout(3500);
    const { heard: count } = await heard(panel);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(4);
    expect((await brief(tab.tabId)).state).toBe('ready');
    await panel.close();
    await tab.page.close();
  });

  it('makes a view ask again at most once per window when a page changes its address every second', async () => {
    const tab = await s.openTab(`${s.origin}/e2e/hostile--pushstate-loop.html`);
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tab.tabId}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    await watchView(panel, tab.tabId);
    await panel.waitForTimeout(9000);
    const { heard: count } = await heard(panel);
    // Nine address changes; the worker tells the view at most once per 3 s window (four windows at most).
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(4);
    expect(await settled(panel)).toBe('ready');
    await panel.close();
    await tab.page.close();
  });

  it('never answers with the previous page’s brief while the tab is loading another page', async () => {
    const first = `${s.origin}/pages/sample--seed-ar.html`;
    const next = `${s.origin}/e2e/article--english-council.html`;
    const tab = await s.openTab(first);
    expect((await brief(tab.tabId)).url).toBe(first);
    // The next page answers 4 s late: ask while the browser is loading it and the old document is still shown.
    const slowNext = `${next}?delay=4000`;
    await tab.page.evaluate((u) => void (location.href = u), slowNext);
    await expect
      .poll(
        () =>
          s.worker.evaluate(async (id) => {
            const { chrome } = globalThis as unknown as {
              chrome: { tabs: { get(i: number): Promise<{ status?: string }> } };
            };
            return (await chrome.tabs.get(id)).status;
          }, tab.tabId),
        { interval: 20, timeout: 3_000 },
      )
      .toBe('loading');
    const answer = await brief(tab.tabId);
    expect(answer.url).not.toBe(first);
    expect(answer.url).toBe(slowNext);
    await tab.page.close();
  });
});
