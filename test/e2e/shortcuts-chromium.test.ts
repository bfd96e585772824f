/**
 * The keyboard commands and the "Copy brief" context menu, for real: headed Chromium on a virtual desktop
 * (desktop.ts), real key presses and a real right-click sent with xdotool to the browser window, and the effect
 * checked where it lands (the side panel's page among the extension's contexts and its rendered brief; the
 * clipboard read back and compared with the CLI's Markdown for the same page).
 *
 * Why not headless: commands and context menus are handled by the browser window's own accelerators and menus,
 * which a page-level driver cannot press (its key events go to the page). And why "Not set" on
 * chrome://extensions/shortcuts: Chromium assigns a suggested key only when it is not one of its own
 * accelerators (CommandService::CanAutoAssign); the first test here checks every suggested key was assigned.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BROWSER_REQUIRED, BUILD_DIR, CHROMIUM, cliBrief, launch, type Session } from './harness';
import { DESKTOP, focusChromiumPage, startDesktop, type Desktop } from './desktop';

const SAMPLE = 'sample--seed-ar.html';
const WINDOW = { width: 1200, height: 900 };

/** The part of the `chrome` API the worker is asked about here. */
interface WorkerChrome {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  runtime: { getContexts(filter: object): Promise<{ contextType: string; documentUrl?: string }[]> };
  contextMenus: { update(id: string, props: object): Promise<void> };
}

interface ManifestCommand {
  suggested_key?: { default?: string };
}

describe.runIf(!DESKTOP && BROWSER_REQUIRED)('desktop requirement', () => {
  it('has Xvfb and xdotool to press the browser keyboard commands and context menu', () => {
    expect(DESKTOP, 'apt-get install xvfb xdotool').toBe(true);
  });
});

/**
 * Reads from the side panel's page. The browser shows the side panel in its own frame, which Playwright does not
 * list among the context's pages; the DevTools protocol still lists it as a target, so the test attaches to it
 * and evaluates there (through the message-passing form of Target.attachToTarget).
 */
async function evaluateInSidePanel(context: BrowserContext, page: Page, expression: string): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const panel = targetInfos.find((t) => t.type === 'page' && t.url.endsWith('/sidepanel.html'));
    if (!panel) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
    const answer = new Promise<unknown>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (message.id === 1) resolve(message.result?.result?.value ?? null);
      });
    });
    const request = { id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(request) });
    return await answer;
  } finally {
    await cdp.detach();
  }
}

describe.skipIf(!CHROMIUM || !DESKTOP)('keyboard commands and the context menu in headed Chromium, real input', () => {
  let desk: Desktop;
  let s: Session;
  let sample: Page;
  let sampleUrl: string;
  let expectedMarkdown: string;

  const readClipboard = () => sample.evaluate(() => navigator.clipboard.readText());

  const focusPage = () => focusChromiumPage(desk, sample);

  async function clearClipboard(): Promise<void> {
    await sample.evaluate(() => navigator.clipboard.writeText(''));
    expect(await readClipboard()).toBe('');
  }

  beforeAll(async () => {
    desk = await startDesktop();
    s = await launch({ headed: { display: desk.display, ...WINDOW } });
    sampleUrl = `${s.origin}/pages/${SAMPLE}`;
    ({ page: sample } = await s.openTab(sampleUrl));
    // The tab the browser opened with is not needed; one tab keeps the window's active tab unambiguous.
    for (const page of s.context.pages()) if (page !== sample) await page.close();
    expectedMarkdown = cliBrief(SAMPLE, 'md', sampleUrl);
  });
  afterAll(async () => {
    await s?.close();
    await desk?.close();
  });

  it('gets every suggested key assigned by Chromium (none left "Not set")', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'manifest.json'), 'utf8')) as {
      commands: Record<string, ManifestCommand>;
    };
    const suggested = Object.fromEntries(
      Object.entries(manifest.commands).map(([name, c]) => [name, c.suggested_key?.default ?? '']),
    );
    const assigned = await s.worker.evaluate(async () => {
      const commands = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.commands.getAll();
      return Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']));
    });
    for (const [name, key] of Object.entries(suggested)) {
      expect(assigned[name], `${name} suggests ${key}`).toBe(key);
    }
  });

  it('opens the side panel on Alt+Shift+O, showing the brief of the page', async () => {
    const panels = () =>
      s.worker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
        const contexts = await c.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
        return contexts.map((x) => x.documentUrl ?? '');
      });
    expect(await panels()).toEqual([]);
    await focusPage();
    desk.press('alt+shift+o');
    await expect.poll(panels, { timeout: 10_000 }).toEqual([`chrome-extension://${s.extensionId}/sidepanel.html`]);
    const shown = () =>
      evaluateInSidePanel(
        s.context,
        sample,
        `JSON.stringify({ state: document.querySelector('main')?.dataset.viewState ?? null,
          title: document.querySelector('.brief-title')?.textContent ?? null,
          dir: document.querySelector('article.brief')?.getAttribute('dir') ?? null })`,
      );
    await expect.poll(async () => JSON.parse(String(await shown())).state, { timeout: 30_000 }).toBe('ready');
    const view = JSON.parse(String(await shown())) as { title: string; dir: string };
    expect(view.title).toContain('صدام حفتر');
    expect(view.dir).toBe('rtl');
  });

  it('copies the brief as Markdown on Alt+Shift+M, the same Markdown as the CLI', async () => {
    await focusPage();
    await clearClipboard();
    desk.press('alt+shift+m');
    await expect.poll(readClipboard, { timeout: 20_000 }).not.toBe('');
    expect(await readClipboard()).toBe(expectedMarkdown);
  });

  it('copies the brief from the page\'s context menu ("Copy brief"), right-clicked and chosen for real', async () => {
    // The menu item exists once the worker's install handler has run; updating it with nothing fails otherwise.
    await expect
      .poll(
        () =>
          s.worker.evaluate(() =>
            (globalThis as unknown as { chrome: WorkerChrome }).chrome.contextMenus
              .update('newsbrief-copy', {})
              .then(() => true)
              .catch(() => false),
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    await focusPage();
    await clearClipboard();

    // A point on plain article text (a link or an image would give another menu), in screen coordinates. The
    // page's own mouse events say where its viewport sits on the screen: move the pointer once and read them.
    const target = await sample.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find(
        (e) => !e.closest('a') && e.textContent!.length > 200,
      )!;
      p.scrollIntoView({ block: 'center' });
      const r = p.getBoundingClientRect();
      (window as unknown as { nbOffset?: Promise<[number, number]> }).nbOffset = new Promise((resolve) =>
        addEventListener('mousemove', (e) => resolve([e.screenX - e.clientX, e.screenY - e.clientY]), { once: true }),
      );
      return [Math.round(r.left + r.width / 2), Math.round(r.top + Math.min(r.height / 2, 20))] as const;
    });
    desk.xdotool('mousemove', '400', '500');
    const [dx, dy] = await sample.evaluate(
      () => (window as unknown as { nbOffset: Promise<[number, number]> }).nbOffset,
    );
    const before = new Set(desk.windows());
    desk.xdotool('mousemove', String(target[0] + dx), String(target[1] + dy), 'click', '3');
    // The menu is a window of its own; wait until it is on the screen.
    await expect.poll(() => desk.windows().filter((w) => !before.has(w)).length, { timeout: 10_000 }).toBe(1);
    // From the bottom of a page's menu: Inspect, View page source, then the extensions' entries ("Copy brief").
    desk.press('Up', 'Up', 'Up', 'Return');
    await expect.poll(readClipboard, { timeout: 20_000 }).not.toBe('');
    expect(await readClipboard()).toBe(expectedMarkdown);
  });
});
