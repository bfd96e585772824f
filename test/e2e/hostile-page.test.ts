/**
 * One hostile page against the extension in its own tab, in the built extension in real Chromium: it cannot see
 * that Newsbrief is there or switch it off, a page nested thousands deep ends in "page too large", an article in
 * a shadow root is read, a page that hangs or crashes gets its own state, and bare addresses in its text never
 * become links in the copied Markdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gfmAutolinks } from '../gfm-autolinks';
import { CHROMIUM, launch, type Session } from './harness';

const POPUP_VIEWPORT = { width: 420, height: 600 };

interface Answer {
  state: string;
  url?: string;
  error?: string;
  message?: string;
}

async function settled(page: Page, timeout = 60_000): Promise<string> {
  await page.waitForSelector('main[data-view-state]:not([data-view-state="loading"])', { timeout });
  return (await page.getAttribute('main', 'data-view-state'))!;
}

/**
 * Installed in the page's own world: records every event of the extension's content-script handshake (WXT's
 * names, with and without the extension id) and every window message, every change to the DOM, and answers a
 * "script started" event with a forged one, as a page that wants the extension gone would.
 */
function observe(extensionId: string) {
  const w = window as unknown as { nbSeen: string[]; nbGlobals: string[]; nbMutations: number };
  w.nbSeen = [];
  w.nbMutations = 0;
  w.nbGlobals = Object.getOwnPropertyNames(window);
  const names = ['content-script-started', 'locationchange'].flatMap((n) => [
    `wxt:${n}`,
    `${extensionId}:content:wxt:${n}`,
    `${extensionId}:reader:wxt:${n}`,
  ]);
  const forge = (name: string) =>
    document.dispatchEvent(
      new CustomEvent(name, { detail: { contentScriptName: name.split(':')[1], messageId: 'forged' } }),
    );
  for (const target of [window, document]) {
    for (const name of names) {
      target.addEventListener(name, (e) => {
        if ((e as CustomEvent).detail?.messageId === 'forged') return;
        w.nbSeen.push(`${target === window ? 'window' : 'document'} ${name}`);
        // Switch it off: tell every copy that a newer one started.
        if (name.endsWith('content-script-started')) forge(name);
      });
    }
  }
  window.addEventListener('message', (e) => w.nbSeen.push(`message ${JSON.stringify(e.data).slice(0, 80)}`));
  new MutationObserver((records) => (w.nbMutations += records.length)).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  // And forge the stop events every 200 ms, whatever the page has seen.
  setInterval(() => names.filter((n) => n.endsWith('content-script-started')).forEach(forge), 200);
}

describe.skipIf(!CHROMIUM)('one hostile page in its own tab', () => {
  let s: Session;
  let asker: Page;
  const ask = (message: object): Promise<Answer> =>
    asker.evaluate(async (m) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      return (await c.runtime.sendMessage(m)) as Answer;
    }, message);

  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
    asker = await s.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sees no event, attribute or global from the extension, and cannot switch it off', async () => {
    const { page, tabId } = await s.openTab(`${s.origin}/e2e/article--english-council.html`);
    await page.evaluate(observe, s.extensionId);
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    await popup.close();
    // An in-page navigation, which the page reader notices, then more forged stop events.
    await page.evaluate(() => history.pushState({}, '', '?view=2'));
    await page.waitForTimeout(2500);
    // The page reader still answers: a fresh brief of the new address.
    const again = await ask({ type: 'brief/get', tabId, refresh: true });
    expect(again).toMatchObject({ state: 'ready', url: `${s.origin}/e2e/article--english-council.html?view=2` });
    const seen = await page.evaluate(() => {
      const w = window as unknown as { nbSeen: string[]; nbGlobals: string[]; nbMutations: number };
      // The test's own recorders (nb…) aside.
      const globals = Object.getOwnPropertyNames(window).filter((g) => !w.nbGlobals.includes(g) && !/^nb/.test(g));
      return { events: w.nbSeen, mutations: w.nbMutations, globals };
    });
    expect(seen.events).toEqual([]);
    expect(seen.mutations).toBe(0);
    expect(seen.globals).toEqual([]);
    await page.close();
  });

  it.each([
    ['1,500 nested <div>s', 'div', 1500],
    ['4,000 nested <span>s', 'span', 4000],
  ])('ends a page of %s in "page too large"', async (_name, tag, depth) => {
    const { page, tabId } = await s.openTab(`${s.origin}/e2e/hostile--deep.html?tag=${tag}&depth=${depth}`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('too-large');
    expect(await popup.locator('.state-title').textContent()).toBe('This page is too large to brief');
    // The page reader's detection, reported after its refusal, does not send the view back to loading.
    await popup.waitForTimeout(1000);
    expect(await popup.getAttribute('main', 'data-view-state')).toBe('too-large');
    await popup.close();
    await page.close();
  });

  it('reads an article rendered inside an open shadow root, with its slotted byline', async () => {
    const { page, tabId } = await s.openTab(`${s.origin}/e2e/hostile--shadow.html`);
    const answer = (await ask({ type: 'brief/get', tabId })) as Answer & {
      brief?: { title: string; byline: string | null; sections: { heading: string | null }[] };
    };
    expect(answer.state).toBe('ready');
    expect(answer.brief?.title).toBe('City council approves flood barrier plan');
    expect(answer.brief?.byline).toBe('Jane Doe');
    expect(answer.brief?.sections.map((x) => x.heading)).toContain('What the plan includes');
    await page.close();
  });

  it('says a page is not responding when its own scripts keep it busy', async () => {
    const { page, tabId } = await s.openTab(`${s.origin}/e2e/hostile--hang.html`);
    await page.evaluate(
      () => void setTimeout(() => (window as unknown as { hang(ms: number): void }).hang(30_000), 50),
    );
    await page.waitForTimeout(300);
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('hung');
    expect(await popup.locator('.state-title').textContent()).toBe('This page is not responding');
    await popup.close();
    await page.close();
  });

  it('says a page crashed when it crashed by itself (3,000 nested <div>s), not that access is missing', async () => {
    // Chromium's renderer dies laying this page out, before the extension is asked anything.
    const page = await s.context.newPage();
    await page.goto(`${s.origin}/e2e/hostile--deep.html?tag=div&depth=3000`).catch(() => undefined);
    await expect
      .poll(() => page.evaluate(() => 1).catch((e: unknown) => String(e)), { timeout: 20_000 })
      .toMatch(/crash/i);
    const tabId = await s.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      };
      return (await chrome.tabs.query({})).find((t) => t.url?.includes('hostile--deep'))?.id ?? null;
    });
    expect(tabId).not.toBeNull();
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('crashed');
    expect(await popup.locator('.state-title').textContent()).toBe('This page crashed while it was read');
    await popup.close();
    await page.close().catch(() => undefined);
  });

  it('says a page crashed when its renderer dies while it is read', async () => {
    // A page whose snapshot takes more than a second, crashed (as by a renderer bug) in the middle of it.
    const { page, tabId } = await s.openTab(`${s.origin}/generated/paragraphs.html?count=140000&chars=7000000`);
    await asker.evaluate((id) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      const w = window as unknown as { nbCrash?: Answer };
      void c.runtime.sendMessage({ type: 'brief/get', tabId: id }).then((r) => (w.nbCrash = r as Answer));
    }, tabId);
    await page.waitForTimeout(700);
    const cdp = await s.context.newCDPSession(page);
    // The crash never answers the DevTools call itself.
    void cdp.send('Page.crash').catch(() => undefined);
    await expect
      .poll(() => asker.evaluate(() => (window as unknown as { nbCrash?: Answer }).nbCrash ?? null), {
        timeout: 30_000,
      })
      .toMatchObject({ state: 'error', error: 'crashed' });
    await page.close().catch(() => undefined);
  });

  it('copies Markdown in which the page’s bare addresses are not links', async () => {
    const { page, tabId } = await s.openTab(`${s.origin}/e2e/hostile--autolinks.html`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    const button = popup.locator('button[data-format="md"]');
    await button.click();
    await expect.poll(() => button.textContent()).toContain('Copied');
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain('evil.example');
    // The one link is the page's own address, in the metadata.
    const own = `<${page.url()}>`;
    expect(md).toContain(own);
    expect(gfmAutolinks(md.replace(own, ''))).toEqual([]);
    await popup.close();
    await page.close();
  });
});
