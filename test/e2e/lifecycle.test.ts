/**
 * Hostile, huge and broken pages over the extension's life: nothing hangs, nothing is lost.
 *
 * - Worker lifecycle: the service worker is stopped (as the browser does after ~30 s idle) while the side panel
 *   is open, while the popup is open and between a settings change and the next popup. Each time the views keep
 *   working (tab switch, reload, copy read back from the clipboard) and the answering worker is a new one.
 * - Broken and special documents (frameset, XML, SVG, about:blank, data:, plain text, empty, NUL bytes and
 *   truncated markup, browser and store pages) each end in a named state within a bounded wait, never a spinner.
 * - Closing a tab drops its cached brief and state from storage.session; the worker's heap is reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { isUnsupportedUrl } from '../../entrypoints/background/pages';
import { formatBrief } from '../../utils/format/index';
import type { Brief } from '../../utils/types';
import { CHROMIUM, launch, stopWorkerVia, type ChromeApi, type Session } from './harness';

const POPUP_VIEWPORT = { width: 420, height: 600 };
const PANEL_VIEWPORT = { width: 400, height: 900 };
/** Longest a view may take to leave "loading" on any page here; the UI's own request timeout is 30 s. */
const SETTLE_MS = 40_000;

/** Waits (bounded) until the view has settled and returns its state; "loading" when it never did. */
async function settled(page: Page, timeout = SETTLE_MS): Promise<string> {
  try {
    await page.waitForSelector('main[data-view-state]:not([data-view-state="loading"])', { timeout });
  } catch {
    return 'loading';
  }
  return (await page.getAttribute('main', 'data-view-state'))!;
}

/** The text the reader sees for the view's state: the state element's title, or the brief's title. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const state = document.querySelector('[data-state] .state-title');
    if (state) return state.textContent ?? '';
    return document.querySelector('article.brief .brief-title')?.textContent ?? '';
  });
}

interface TabRecordSeen {
  detection?: { url: string } | null;
  brief?: { url: string; brief: Brief } | null;
}

describe.skipIf(!CHROMIUM)('worker lifecycle, broken pages and memory in the built extension', () => {
  let s: Session;
  let restarts = 0;
  const states: Record<string, { state: string; text: string; ms: number }> = {};
  const heap: Record<string, string> = {};

  /** Every key of storage.session, read through an extension page as the extension itself sees it. */
  const sessionStorage = async (): Promise<Record<string, unknown>> => {
    const page = await s.openExtensionPage('options.html');
    try {
      return await page.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        return c.storage.session.get(null);
      });
    } finally {
      await page.close();
    }
  };
  const record = async (tabId: number) => (await sessionStorage())[`tab:${tabId}`] as TabRecordSeen | undefined;
  /**
   * The record once the tab's brief is stored: the answer does not wait for that write, which keeps the brief's
   * verdict as the tab's detection in the same write.
   */
  const storedRecord = async (tabId: number) => {
    await expect.poll(async () => (await record(tabId))?.detection?.url ?? null, { timeout: 10_000 }).not.toBeNull();
    return (await record(tabId))!;
  };
  /** The same record read in the worker: opens no page, so a view that follows the active tab stays put. */
  const recordInWorker = (tabId: number) =>
    s.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as TabRecordSeen | undefined;
    }, tabId);

  /** Marks the running worker, then stops it; `survived` checks that a new worker (without the mark) answered. */
  const stopWorker = async (via?: Page) => {
    await s.worker.evaluate(() => void ((globalThis as { nbMarker?: number }).nbMarker = 1));
    expect(await s.worker.evaluate(() => (globalThis as { nbMarker?: number }).nbMarker)).toBe(1);
    if (via) await stopWorkerVia(s.context, via);
    else await s.stopWorker();
  };
  const survived = async () => {
    expect(await s.worker.evaluate(() => (globalThis as { nbMarker?: number }).nbMarker ?? null)).toBeNull();
    restarts += 1;
  };

  const tabIds = () =>
    s.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.tabs.query({})).map((t) => t.id!);
    });
  /** Opens a page whose URL the extension cannot see (no host access) and finds its tab as the new one. */
  const openHiddenTab = async (url: string) => {
    const before = new Set(await tabIds());
    const page = await s.context.newPage();
    await page.goto(url).catch(() => undefined);
    const id = (await tabIds()).find((t) => !before.has(t));
    expect(id, url).toBeDefined();
    return { page, tabId: id! };
  };

  const copyAndRead = async (view: Page, format: 'md' | 'json' | 'text') => {
    await view.evaluate(() => navigator.clipboard.writeText(''));
    const button = view.locator(`button[data-format="${format}"]`);
    await button.click();
    await expect.poll(() => button.textContent()).toContain('Copied');
    return view.evaluate(() => navigator.clipboard.readText());
  };

  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
  });
  afterAll(async () => {
    console.info(`worker restarts survived: ${restarts}`);
    console.info(
      `states seen:\n${Object.entries(states)
        .map(([k, v]) => `  ${k}: ${v.state} "${v.text}" (${v.ms} ms)`)
        .join('\n')}`,
    );
    console.info(
      `worker heap: ${
        Object.entries(heap)
          .map(([k, v]) => `${k} ${v}`)
          .join('; ') || 'not read'
      }`,
    );
    await s?.close();
  });

  describe('the worker is stopped', () => {
    it('while the side panel is open: it still follows the active tab, reloads and copies', async () => {
      const a = await s.openTab(`${s.origin}/pages/sample--seed-ar.html`);
      const b = await s.openTab(`${s.origin}/e2e/article--english-council.html`);
      // A panel with no tab in its address follows the active tab of its window, as the side panel does.
      const panel = await s.openExtensionPage('sidepanel.html', PANEL_VIEWPORT);
      /** Activates the tab and waits (bounded) until the panel shows that tab's cached brief; returns it. */
      const follow = async (tab: { page: Page; tabId: number }) => {
        await tab.page.bringToFront();
        let brief: Brief | undefined;
        await expect
          .poll(
            async () => {
              if ((await panel.getAttribute('main', 'data-tab-id')) !== String(tab.tabId)) return 'other tab';
              const state = await panel.getAttribute('main', 'data-view-state');
              brief = (await recordInWorker(tab.tabId))?.brief?.brief;
              if (state !== 'ready' || !brief) return state;
              return (await shownText(panel)) === brief.title ? 'shows its brief' : 'shows another title';
            },
            { timeout: SETTLE_MS },
          )
          .toBe('shows its brief');
        return brief!;
      };
      const briefA = await follow(a);
      expect(briefA.title).toContain('صدام حفتر');

      // Stopped, then the reader switches tab: the panel follows and its copy buttons work.
      await stopWorker(a.page);
      const briefB = await follow(b);
      await survived();
      expect(briefB.title).toBeTruthy();
      expect(briefB.title).not.toBe(briefA.title);
      expect(await copyAndRead(panel, 'md')).toBe(formatBrief(briefB, 'md'));

      // Stopped again, then the reader reloads the Arabic tab: the panel drops the old brief and shows the new one.
      await follow(a);
      await stopWorker(a.page);
      await a.page.reload({ waitUntil: 'load' });
      await expect.poll(async () => (await recordInWorker(a.tabId))?.brief?.url ?? null).toBe(a.page.url());
      await survived();
      const reloaded = await follow(a);
      expect(reloaded.title).toBe(briefA.title);
      expect(await copyAndRead(panel, 'json')).toBe(formatBrief(reloaded, 'json'));
      expect(await copyAndRead(panel, 'text')).toBe(formatBrief(reloaded, 'text'));
      await panel.close();
      await a.page.close();
      await b.page.close();
    });

    it('while the popup is open: "Copy JSON" still copies, and "Show in page" wakes a new worker', async () => {
      const { page, tabId } = await s.openTab(`${s.origin}/pages/sample--seed-ar.html`);
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      expect(await settled(popup)).toBe('ready');
      const cached = (await storedRecord(tabId)).brief!.brief;
      await stopWorker();
      expect(await copyAndRead(popup, 'json')).toBe(formatBrief(cached, 'json'));
      await popup.locator('[data-part="section"] .show-in-page').first().click();
      await expect
        .poll(() => page.evaluate(() => CSS.highlights.has('newsbrief-passage')), { timeout: 10_000 })
        .toBe(true);
      await survived();
      await popup.close();
      await page.close();
    });

    it('between clicks: the default copy format set in the options still applies in the next popup', async () => {
      const { page, tabId } = await s.openTab(`${s.origin}/e2e/article--english-council.html`);
      const options = await s.openExtensionPage('options.html');
      await options.locator('input[name="copy-format"][value="text"]').check();
      await expect.poll(() => options.locator('[role="status"]').textContent()).toBe('Saved.');
      await options.close();
      await stopWorker();
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      expect(await settled(popup)).toBe('ready');
      await survived();
      const first = popup.locator('.copy-buttons button').first();
      expect(await first.getAttribute('data-format')).toBe('text');
      expect(await first.getAttribute('class')).toContain('primary');
      const cached = (await storedRecord(tabId)).brief!.brief;
      expect(await copyAndRead(popup, 'text')).toBe(formatBrief(cached, 'text'));
      await popup.close();
      await page.close();
    });
  });

  describe('broken and special pages end in a named state', () => {
    /** Opens the popup on the tab, waits (bounded) and records what it shows. */
    const stateOf = async (name: string, tabId: number) => {
      const started = performance.now();
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      const state = await settled(popup);
      const text = await shownText(popup);
      states[name] = { state, text, ms: Math.round(performance.now() - started) };
      await popup.close();
      expect(state, name).not.toBe('loading');
      expect(state, name).not.toBe('timeout');
      expect(text.trim(), `${name}: the state's text`).not.toBe('');
      // A brief of a broken page carries no control characters from it.
      expect(text, name).not.toMatch(/[\u0000-\u0008]/);
      return state;
    };

    const served: [string, string, string[]][] = [
      // Only the top frame is read; a frameset holds no text of its own.
      ['frameset', 'broken--frameset.html', ['not-article']],
      ['XML (application/xml)', 'broken--feed.xml', ['not-article']],
      ['SVG (image/svg+xml)', 'broken--drawing.svg', ['not-article']],
      // Three short paragraphs of news prose shown as text: a brief of them or a refusal, both named states.
      ['plain text (text/plain)', 'broken--notes.txt', ['not-article', 'ready']],
      ['empty HTML', 'broken--empty.html', ['not-article']],
      ['NUL bytes, truncated HTML', 'broken--nul-truncated.html', ['ready']],
    ];
    for (const [name, file, expected] of served) {
      it(`${name}: ${expected.join(' or ')}`, async () => {
        const { page, tabId } = await s.openTab(`${s.origin}/e2e/${file}`);
        expect(expected).toContain(await stateOf(name, tabId));
        await page.close();
      });
    }

    // No extension may script these. Their address is hidden from the extension unless the reader invoked it
    // there (activeTab, which the test cannot grant): it then says "cannot run on this page"; without it, the
    // injection is refused and the view says it was not asked to read the page. Either is a final state.
    const hidden: [string, string, string[]][] = [
      ['about:blank', 'about:blank', ['unsupported', 'no-access']],
      ['data: text/plain', 'data:text/plain,The%20council%20approved%20the%20plan.', ['unsupported', 'no-access']],
      ['chrome://extensions (restricted, like the store)', 'chrome://extensions', ['unsupported']],
    ];
    for (const [name, url, expected] of hidden) {
      it(`${name}: ${expected.join(' or ')}`, async () => {
        const { page, tabId } = await openHiddenTab(url);
        expect(expected).toContain(await stateOf(name, tabId));
        await page.close();
      });
    }

    it('the Chrome Web Store and the other stores are refused up front, news sites are not', () => {
      const refused = [
        'https://chromewebstore.google.com/',
        'https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnopabcdefghijklmnop',
        'https://chrome.google.com/webstore/category/extensions',
        'https://microsoftedge.microsoft.com/addons/Microsoft-Edge-Extensions-Home',
        'https://addons.mozilla.org/en-US/firefox/',
      ];
      for (const url of refused) expect(isUnsupportedUrl(url), url).toBe(true);
      for (const url of ['https://news.example/2025/03/story', 'https://chrome.google.com/other', `${s.origin}/`]) {
        expect(isUnsupportedUrl(url), url).toBe(false);
      }
      states['https://chromewebstore.google.com/ (decision function)'] = {
        state: isUnsupportedUrl('https://chromewebstore.google.com/') ? 'unsupported' : 'allowed',
        text: '',
        ms: 0,
      };
    });
  });

  describe('memory after the tab closes', () => {
    let cdp: CDPSession | undefined;
    /** Runtime.getHeapUsage on the worker's target, through a page's DevTools session; null when unreadable. */
    const workerHeap = async (): Promise<string | null> => {
      try {
        if (!cdp) {
          const page = s.context.pages()[0] ?? (await s.context.newPage());
          cdp = await s.context.newCDPSession(page);
        }
        const { targetInfos } = (await cdp.send('Target.getTargets')) as {
          targetInfos: { targetId: string; type: string; url: string }[];
        };
        const target = targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${s.extensionId}/`),
        );
        if (!target) return null;
        const { sessionId } = (await cdp.send('Target.attachToTarget', {
          targetId: target.targetId,
          flatten: false,
        })) as { sessionId: string };
        const session = cdp;
        const call = (id: number, method: string) =>
          new Promise<Record<string, number>>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 5000);
            const onMessage = (e: { sessionId: string; message: string }) => {
              const reply = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
              if (e.sessionId !== sessionId || reply.id !== id) return;
              clearTimeout(timer);
              session.off('Target.receivedMessageFromTarget', onMessage);
              resolve(reply.result ?? {});
            };
            session.on('Target.receivedMessageFromTarget', onMessage);
            void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
          });
        await call(1, 'HeapProfiler.collectGarbage');
        const usage = await call(2, 'Runtime.getHeapUsage');
        await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
        const mb = (n: number | undefined) => `${((n ?? 0) / 1e6).toFixed(1)} MB`;
        return `${mb(usage.usedSize)} used of ${mb(usage.totalSize)}`;
      } catch (e) {
        return `unreadable (${String(e).slice(0, 80)})`;
      }
    };

    it('drops the brief and state of a closed tab from storage.session (a ~5 MB article)', async () => {
      // Wake the worker, then measure it before anything large passed through it.
      await s.worker.evaluate(() => 1);
      heap.before = (await workerHeap()) ?? 'no worker target';
      const { page, tabId } = await s.openTab(`${s.origin}/generated/large.html?elements=8000&repeat=11`);
      const size = await page.evaluate(() => document.documentElement.outerHTML.length);
      expect(size).toBeGreaterThan(4_500_000);
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      const state = await settled(popup);
      states[`~${(size / 1e6).toFixed(1)} MB page`] = { state, text: await shownText(popup), ms: 0 };
      expect(['ready', 'not-article']).toContain(state);
      await popup.close();
      // The brief itself is over a tab's share of storage.session: it was answered, not kept; the detection is.
      const kept = await storedRecord(tabId);
      expect(kept?.detection?.url).toBe(page.url());
      expect(kept?.brief ?? null).toBeNull();
      heap.briefed = (await workerHeap()) ?? 'no worker target';

      await page.close();
      await expect
        .poll(async () => Object.keys(await sessionStorage()), { timeout: 10_000 })
        .not.toContain(`tab:${tabId}`);
      heap.closed = (await workerHeap()) ?? 'no worker target';
    });

    it('ends a page of 80 000 short paragraphs (~4.8 MB) in a final state, then forgets the tab', async () => {
      const { page, tabId } = await s.openTab(`${s.origin}/generated/large.html?elements=80000`);
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      const state = await settled(popup);
      states['80 000 short paragraphs'] = { state, text: await shownText(popup), ms: 0 };
      // The worker's stack is smaller than Node's: the core must not spread 80 000 paragraphs into one call.
      expect(state).toBe('ready');
      await popup.close();
      await page.close();
      await expect
        .poll(async () => Object.keys(await sessionStorage()), { timeout: 10_000 })
        .not.toContain(`tab:${tabId}`);
    });

    it('drops the state of a closed tab whose page was too large to brief (200 000 elements)', async () => {
      const { page, tabId } = await s.openTab(`${s.origin}/generated/large.html?elements=200000`);
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      expect(await settled(popup)).toBe('too-large');
      await popup.close();
      // The page reader's own check gives the badge (no brief does): it runs once the refusal is sent, and on
      // 200 000 elements it takes a while on a loaded machine.
      await expect
        .poll(async () => (await record(tabId))?.detection?.url ?? null, { timeout: 20_000 })
        .toBe(page.url());
      await page.close();
      await expect
        .poll(async () => Object.keys(await sessionStorage()), { timeout: 10_000 })
        .not.toContain(`tab:${tabId}`);
    });
  });
});
