/**
 * Hostile pages in the built extension: nothing executes, nothing is lost, nothing leaves the machine.
 *
 * - Every page of test/fixtures/hostile/ is briefed in the popup and the side panel. A trap installed before any
 *   document loads records every call of `__nbPwned` (the corpus's marker for code a browser would run), alert,
 *   confirm, prompt, print and open, every dialog and every content-security-policy violation. The same trap in
 *   the hostile page itself records the page's own scripts: that count is above zero, so the trap works, and
 *   the count in the extension's pages must be zero. The rendered view has no active element or attribute and
 *   shows every string of the brief as text. The Markdown copied by the real extension has no live HTML,
 *   javascript: link or event handler.
 * - Forged messages: a web page cannot reach the worker at all (no externally_connectable); an extension page
 *   sending a wrongly shaped message and a content script asking for another tab are refused, with no answer and
 *   no state change.
 * - Network: every request made by the extension's worker and pages during the run is recorded; none leaves
 *   the extension's own files.
 * - The content security policy of the manifest is enforced: inline code, remote connections and HTML from
 *   strings fail in the extension's pages.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { formatBrief } from '../../utils/format/index';
import { normalizeSpace } from '../../utils/common/text';
import type { Brief } from '../../utils/types';
import { CHROMIUM, HOSTILE_DIR, launch, type ChromeApi, type Session } from './harness';

const POPUP_VIEWPORT = { width: 420, height: 600 };
const PANEL_VIEWPORT = { width: 400, height: 900 };
const FILES = fs.existsSync(HOSTILE_DIR)
  ? fs
      .readdirSync(HOSTILE_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];
/** Pages whose Markdown is copied from the popup and checked: scripts, injection in every field, lists and tables. */
const COPIED = ['01-script-tags.html', '07-title-og.html', '09-lists-tables.html', '11-markdown-injection.html'];

/**
 * What counts as one payload site in a hostile page (the corpus's own definition, as in its unit test): code a
 * browser would run, markup or script as text, Markdown links and block syntax, control characters, bidi
 * controls, prototype keys, meta refresh. A site matched by two patterns counts once.
 */
const PAYLOAD_PATTERNS: RegExp[] = [
  /__nbPwned\(/g,
  /(?:&lt;|&#0*60;|&#x0*3c;|＜)(?:script|img|svg|iframe|details|b |!--)/gi,
  /alert\(/g,
  /!?\[[^\]\n]*\]\((?:javascript|data|https?):/gi,
  /<(?:p|h\d|li|td|th)>\s*(?:#|&gt;|\||-|\+|\*|\d+[.)]|```|~~~|\$\$|\[)/gi,
  /&#(?:x0*[0-9a-f]|x0*1[0-9a-f]|x7f|x8[0-9a-f]|x9[0-9a-f]|0*[0-9]|0*[12][0-9]|0*3[01]|127);/gi,
  /[\u202a-\u202e\u2066-\u2069]/g,
  /__proto__|constructor\.prototype|"constructor"|"prototype"/g,
  /http-equiv="refresh"/gi,
];
function payloadSites(html: string): number {
  const starts = new Set<number>();
  for (const re of PAYLOAD_PATTERNS) for (const m of html.matchAll(re)) starts.add(m.index);
  return starts.size;
}

/** The `chrome` API used by code evaluated in the worker here, beyond the harness's slice. */
interface ChromeMore extends ChromeApi {
  runtime: {
    getURL(p: string): string;
    onMessage: { addListener(f: (m: unknown, s: { url?: string }) => void): void };
    onMessageExternal: { addListener(f: (m: unknown) => void): void };
    onConnectExternal: { addListener(f: (p: unknown) => void): void };
  };
  scripting: {
    executeScript(d: {
      target: { tabId: number; frameIds?: number[] };
      func: (...args: never[]) => unknown;
      args?: unknown[];
    }): Promise<{ result?: unknown }[]>;
  };
}

/**
 * Installed in every document before its own scripts (web pages and the extension's pages alike). Records
 * calls instead of running them; `__nbTrap` is read back by the test.
 */
function installTrap() {
  const w = window as unknown as Record<string, unknown>;
  const calls: string[] = [];
  const violations: string[] = [];
  Object.defineProperty(w, '__nbTrap', { value: { calls, violations }, enumerable: false });
  for (const name of ['__nbPwned', 'alert', 'confirm', 'prompt', 'print', 'open']) {
    w[name] = (...args: unknown[]) => {
      calls.push(`${name}(${args.map(String).join(',')})`);
      return null;
    };
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}

interface Trap {
  calls: string[];
  violations: string[];
}
const readTrap = (page: Page) =>
  page.evaluate(() => (window as unknown as { __nbTrap?: Trap }).__nbTrap ?? { calls: ['NO TRAP'], violations: [] });

/**
 * Everything active in an extension page: scripts other than its own packaged module, frames, plugins, event
 * handler attributes, javascript:/data:/vbscript: addresses, links that are not http(s), and the rendered text.
 */
async function inspectView(page: Page) {
  return page.evaluate(() => {
    const own = `${location.origin}/`;
    const problems: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}>`;
    for (const script of Array.from(document.querySelectorAll('script'))) {
      if (!script.src.startsWith(own)) problems.push(`script ${script.src || script.textContent!.slice(0, 40)}`);
    }
    const active = 'iframe, frame, object, embed, base, form, meta[http-equiv], img[onerror], [onload], [onclick]';
    for (const el of Array.from(document.querySelectorAll(active))) problems.push(`active ${describe(el)}`);
    for (const el of Array.from(document.querySelectorAll('#root *'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) problems.push(`handler ${describe(el)} ${attr.name}`);
        if (/^\s*(?:javascript|data|vbscript):/i.test(attr.value)) problems.push(`url ${describe(el)} ${attr.name}`);
      }
      if (['SCRIPT', 'STYLE', 'IMG', 'SVG', 'MATH', 'LINK', 'META', 'TEMPLATE'].includes(el.tagName.toUpperCase())) {
        problems.push(`element ${describe(el)} in the view`);
      }
    }
    const links = Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).href);
    for (const href of links) if (!/^https?:\/\//i.test(href)) problems.push(`link ${href}`);
    return {
      problems,
      links: links.length,
      text: document.querySelector('article.brief')?.textContent ?? '',
      elements: document.querySelectorAll('#root *').length,
    };
  });
}

/** Every string the view shows from the brief (the title, lede, sections, lists, tables, commitments, closing). */
function shownStrings(b: Brief): string[] {
  return [
    b.title,
    b.lede,
    b.closing,
    ...b.keyPoints,
    ...b.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
    ...b.lists.flatMap((l) => [l.leadIn, ...l.items]),
    ...b.tables.flatMap((t) => [t.caption, ...t.headers, ...t.rows.flat()]),
    ...b.commitments.filter((c) => c.source === 'prose').map((c) => c.commitment),
  ].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
}

/** Text as the view's textContent compares: white space collapsed, bidi and zero-width marks left out. */
const comparable = (s: string) => normalizeSpace(s).replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\s]/g, '');

/**
 * What in a Markdown text is live syntax rather than text: backslash-escaped characters are text, so they are
 * blanked out first. Then: raw HTML tags (only the formatter's own <div dir>, </div>, <br> and http(s)
 * autolinks are allowed), event-handler attributes inside live tags, and javascript:/data:/vbscript: as a
 * link destination, autolink or reference definition.
 */
function liveMarkdownHazards(md: string): string[] {
  let live = '';
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\' && i + 1 < md.length && /[!-/:-@[-`{-~]/.test(md[i + 1]!)) {
      live += '  ';
      i++;
    } else live += md[i];
  }
  const hazards: string[] = [];
  for (const m of live.matchAll(/<[^>\n]*>?/g)) {
    const tag = m[0];
    if (/^<(?:div dir="rtl"(?: lang="[a-z]{2,3}")?|\/div|br)>$/.test(tag) || /^<https?:\/\/[^\s<>]+>$/.test(tag)) {
      continue;
    }
    hazards.push(`raw HTML ${JSON.stringify(tag.slice(0, 60))}`);
  }
  if (/<script/i.test(live)) hazards.push('live <script');
  if (/<[^>]*\son\w+\s*=/i.test(live)) hazards.push('live on…= handler');
  if (/\]\(\s*<?\s*(?:javascript|data|vbscript):/i.test(live)) hazards.push('javascript:/data: link destination');
  if (/<\s*(?:javascript|data|vbscript):/i.test(live)) hazards.push('javascript:/data: autolink');
  if (/^\s{0,3}\[[^\]]+\]:\s*(?:javascript|data|vbscript):/im.test(live)) hazards.push('javascript: reference');
  return hazards;
}

/** Waits until the view has settled (anything but loading) and returns what it shows. */
async function settled(page: Page): Promise<string> {
  await page.waitForSelector('main[data-view-state]:not([data-view-state="loading"])', { timeout: 60_000 });
  return (await page.getAttribute('main', 'data-view-state'))!;
}

/** A brief on screen: "not an article" pages are briefed anyway, so their text is rendered too. */
async function showBrief(page: Page): Promise<string> {
  const state = await settled(page);
  if (state === 'not-article') {
    await page.locator('[data-state="not-article"] button').click();
    await page.waitForSelector('article.brief', { timeout: 10_000 });
  }
  return state;
}

interface SeenRequest {
  url: string;
  /** The service worker's or the page's address. */
  from: string;
}

describe.skipIf(!CHROMIUM || FILES.length === 0)('hostile pages and forged messages in the built extension', () => {
  let s: Session;
  let extOrigin: string;
  const requests: SeenRequest[] = [];
  const dialogs: string[] = [];
  const counts = {
    pages: 0,
    payloads: 0,
    views: 0,
    extensionExecutions: 0,
    pageExecutions: 0,
    copies: 0,
    requests: 0,
    extensionRequests: 0,
    foreignRequests: 0,
  };

  const record = (r: Request) => {
    const sw = r.serviceWorker();
    let from = sw?.url() ?? '';
    if (!sw) {
      try {
        from = r.frame().page()?.url() ?? r.frame().url();
      } catch {
        from = '';
      }
    }
    requests.push({ url: r.url(), from });
  };

  const cachedBrief = (tabId: number) =>
    s.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const got = await chrome.storage.session.get(`tab:${id}`);
      return (got[`tab:${id}`] ?? null) as { brief?: { brief?: unknown } | null; detection?: unknown } | null;
    }, tabId);

  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
    extOrigin = `chrome-extension://${s.extensionId}/`;
    s.context.on('request', record);
    s.context.on('dialog', (d) => {
      dialogs.push(`${d.page()?.url() ?? '?'} ${d.type()} ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    await s.context.addInitScript(installTrap);
  });
  afterAll(async () => {
    console.info(
      `hostile pages in the extension: ${counts.pages} pages, ${counts.payloads} payload sites, ` +
        `${counts.views} views (popup + side panel), ${counts.extensionExecutions} executions in extension pages ` +
        `(${counts.pageExecutions} in the hostile pages themselves, their own scripts), ` +
        `${counts.copies} Markdown copies checked, ${dialogs.length} dialogs`,
    );
    await s?.close();
  });

  it('briefs every hostile page in the popup and the side panel: nothing runs, every string is shown as text', async () => {
    for (const file of FILES) {
      const html = fs.readFileSync(`${HOSTILE_DIR}/${file}`, 'utf8');
      counts.pages += 1;
      counts.payloads += payloadSites(html);
      const { page, tabId } = await s.openTab(`${s.origin}/hostile/${file}`);
      for (const [view, viewport] of [
        ['popup', POPUP_VIEWPORT],
        ['sidepanel', PANEL_VIEWPORT],
      ] as const) {
        const ui = await s.openExtensionPage(`${view}.html?tabId=${tabId}`, viewport);
        const state = await showBrief(ui);
        expect(['ready', 'not-article'], `${file} ${view}: ${state}`).toContain(state);
        // Let anything that might have been scheduled (timers, image errors, handlers) have its chance.
        await ui.waitForTimeout(150);
        const seen = await inspectView(ui);
        const trap = await readTrap(ui);
        counts.views += 1;
        counts.extensionExecutions += trap.calls.length;
        expect(trap.calls, `${file} ${view}: calls`).toEqual([]);
        expect(trap.violations, `${file} ${view}: policy violations`).toEqual([]);
        expect(seen.problems, `${file} ${view}`).toEqual([]);
        // Nothing is lost: every string of the brief is on screen, as text.
        // The answer does not wait for the brief to be stored.
        await expect.poll(async () => (await cachedBrief(tabId))?.brief?.brief !== undefined).toBe(true);
        const cached = await cachedBrief(tabId);
        const brief = cached?.brief?.brief as Brief | undefined;
        expect(brief, `${file}: cached brief`).toBeDefined();
        const shown = comparable(seen.text);
        const missing = shownStrings(brief!).filter((x) => !shown.includes(comparable(x)));
        expect(missing, `${file} ${view}: brief strings not shown`).toEqual([]);
        if (view === 'popup' && COPIED.includes(file)) {
          await ui.evaluate(() => navigator.clipboard.writeText(''));
          const button = ui.locator('button[data-format="md"]');
          await button.click();
          await expect.poll(() => button.textContent()).toContain('Copied');
          const md = await ui.evaluate(() => navigator.clipboard.readText());
          expect(md).toBe(formatBrief(brief!, 'md'));
          expect(liveMarkdownHazards(md), `${file}: live Markdown`).toEqual([]);
          counts.copies += 1;
        }
        await ui.close();
      }
      counts.pageExecutions += (await readTrap(page)).calls.length;
      await page.close();
    }
    expect(counts.pages).toBe(FILES.length);
    // The same trap catches the hostile pages' own scripts, in their own tabs: it is live.
    expect(counts.pageExecutions).toBeGreaterThan(0);
    expect(dialogs.filter((d) => d.startsWith(extOrigin))).toEqual([]);
  });

  it('finds live Markdown where there is some (the check itself can fail)', () => {
    expect(liveMarkdownHazards('text <img src=x onerror=alert(1)> more')).not.toEqual([]);
    expect(liveMarkdownHazards('[x](javascript:alert(1))')).not.toEqual([]);
    expect(liveMarkdownHazards('<script>alert(1)</script>')).not.toEqual([]);
    expect(liveMarkdownHazards('\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1))')).toEqual([]);
  });

  it('cannot be reached from a web page (no externally_connectable)', async () => {
    const { page, tabId } = await s.openTab(`${s.origin}/hostile/01-script-tags.html`);
    // What the worker hears from outside, recorded in the worker itself.
    await s.worker.evaluate(() => {
      const g = globalThis as unknown as { nbExternal?: number; chrome: ChromeMore };
      g.nbExternal = 0;
      g.chrome.runtime.onMessageExternal.addListener(() => void (g.nbExternal! += 1));
      g.chrome.runtime.onConnectExternal.addListener(() => void (g.nbExternal! += 1));
    });
    const before = await cachedBrief(tabId);
    const attempts = await page.evaluate(async (id) => {
      const c = (
        globalThis as {
          chrome?: {
            runtime?: { sendMessage?: (...args: unknown[]) => unknown; connect?: (...args: unknown[]) => unknown };
          };
        }
      ).chrome;
      const out: string[] = [];
      for (const message of [
        { type: 'brief/get', tabId: 1 },
        { type: 'detection/get', tabId: 1 },
      ]) {
        try {
          const reply = await c!.runtime!.sendMessage!(id, message);
          out.push(`answered ${JSON.stringify(reply)}`);
        } catch (e) {
          out.push(`failed: ${String(e)}`);
        }
      }
      try {
        c!.runtime!.connect!(id);
        out.push('connected');
      } catch (e) {
        out.push(`failed: ${String(e)}`);
      }
      return out;
    }, s.extensionId);
    expect(attempts).toHaveLength(3);
    for (const a of attempts) expect(a).toMatch(/^failed: /);
    expect(await s.worker.evaluate(() => (globalThis as { nbExternal?: number }).nbExternal)).toBe(0);
    expect(await cachedBrief(tabId)).toEqual(before);
    await page.close();
  });

  it('refuses wrongly shaped messages from its own pages, with no answer and no state change', async () => {
    const { page, tabId } = await s.openTab(`${s.origin}/hostile/02-event-handlers.html`);
    const options = await s.openExtensionPage('options.html');
    const send = (message: unknown) =>
      options.evaluate(async (m) => {
        const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
          .chrome;
        try {
          return { answered: true, reply: (await c.runtime.sendMessage(m)) ?? null };
        } catch (e) {
          return { answered: false, reply: String(e) };
        }
      }, message);
    const forged: unknown[] = [
      null,
      'brief/get',
      [{ type: 'brief/get', tabId }],
      { type: 'brief/get' },
      { type: 'brief/get', tabId: String(tabId) },
      { type: 'brief/get', tabId: -1 },
      { type: 'brief/get', tabId: tabId + 0.5 },
      { type: 'brief/get', tabId, refresh: 'yes' },
      { type: 'brief/get', tabId, url: 'https://elsewhere.example/' },
      { type: 'passage/show-in-tab', tabId, text: '' },
      { type: 'passage/show-in-tab', tabId, text: 'x'.repeat(2001) },
      { type: 'detection/get', tabId, extra: 1 },
      // Content-script messages are not accepted from an extension page, nor worker-to-page ones.
      { type: 'page/detected', url: `${s.origin}/forged`, likely: true, score: 9, signals: [] },
      { type: 'page/navigated', url: `${s.origin}/forged` },
      { type: 'snapshot/take' },
      { type: 'tab/changed', tabId, reason: 'navigated' },
      { type: 'BRIEF/GET', tabId },
    ];
    for (const message of forged) {
      const result = await send(message);
      // Chromium rejects when no listener answers; either way there is no reply.
      expect(result.answered ? result.reply : null, JSON.stringify(message)).toBeNull();
    }
    // Nothing was made or changed for the tab: no brief was taken of the page.
    expect((await cachedBrief(tabId))?.brief ?? null).toBeNull();
    // The same channel answers a well-formed request: the refusals above are the validation, not a dead line.
    const ok = await send({ type: 'detection/get', tabId });
    expect(ok).toMatchObject({ answered: true, reply: { tabId } });
    await options.close();
    await page.close();
  });

  it('refuses a content script asking for another tab, or claiming another tab in its report', async () => {
    const a = await s.openTab(`${s.origin}/hostile/03-js-data-urls.html`);
    const b = await s.openTab(`${s.origin}/hostile/04-svg-mathml.html`);
    const badge = (id: number) =>
      s.worker.evaluate(async (t) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        return chrome.action.getBadgeText({ tabId: t });
      }, id);
    const beforeB = await cachedBrief(b.tabId);
    const badgeB = await badge(b.tabId);
    // Run in tab A's isolated world, where the content script lives and chrome.runtime reaches the worker.
    const replies = (await s.worker.evaluate(
      async ({ tabA, tabB, urlB }) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeMore };
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: tabA, frameIds: [0] },
          func: (async (otherTab: number, otherUrl: string) => {
            const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
              .chrome;
            const messages = [
              { type: 'brief/get', tabId: otherTab },
              { type: 'passage/show-in-tab', tabId: otherTab, text: 'Council' },
              { type: 'detection/get', tabId: otherTab },
              { type: 'page/detected', tabId: otherTab, url: otherUrl, likely: true, score: 9, signals: [] },
              { type: 'page/navigated', tabId: otherTab, url: otherUrl },
              { type: 'page/detected', url: otherUrl, likely: 'yes', score: 9, signals: [] },
            ];
            const out: unknown[] = [];
            for (const m of messages) {
              try {
                out.push((await c.runtime.sendMessage(m)) ?? null);
              } catch {
                out.push(null);
              }
            }
            return out;
          }) as (...args: never[]) => unknown,
          args: [tabB, urlB],
        });
        return result?.result;
      },
      { tabA: a.tabId, tabB: b.tabId, urlB: b.page.url() },
    )) as unknown[];
    expect(replies).toHaveLength(6);
    expect(replies).toEqual(replies.map(() => null));
    // Tab B: no brief made, its record and badge as they were; tab A got no brief either.
    expect(await cachedBrief(b.tabId)).toEqual(beforeB);
    expect((await cachedBrief(b.tabId))?.brief ?? null).toBeNull();
    expect(await badge(b.tabId)).toBe(badgeB);
    expect((await cachedBrief(a.tabId))?.brief ?? null).toBeNull();
    await a.page.close();
    await b.page.close();
  });

  it('enforces its content security policy in its own pages', async () => {
    const popup = await s.openExtensionPage('options.html');
    const result = await popup.evaluate(async (server) => {
      const w = window as unknown as { nbInline?: number; __nbTrap: Trap };
      const out: Record<string, string> = {};
      // Inline script: refused by script-src 'self' (or by Trusted Types before it is even inserted).
      try {
        const el = document.createElement('script');
        el.textContent = 'window.nbInline = 1';
        document.head.append(el);
        out.inline = 'inserted';
      } catch (e) {
        out.inline = `threw ${(e as Error).name}`;
      }
      // HTML from a string: refused by Trusted Types.
      try {
        const div = document.createElement('div');
        div.innerHTML = '<img src=x onerror="__nbPwned(1)">';
        out.html = 'assigned';
      } catch (e) {
        out.html = `threw ${(e as Error).name}`;
      }
      // A connection to a web server: refused by connect-src.
      try {
        await fetch(`${server}/pages/sample--seed-ar.html?from-extension-page`);
        out.fetch = 'fetched';
      } catch (e) {
        out.fetch = `threw ${(e as Error).name}`;
      }
      // Code in a string, run later by a timer: refused without 'unsafe-eval' (and by Trusted Types).
      try {
        (setTimeout as (code: string, ms: number) => number)('window.nbInline = 2', 0);
        out.timer = 'scheduled';
      } catch (e) {
        out.timer = `threw ${(e as Error).name}`;
      }
      await new Promise((r) => setTimeout(r, 100));
      out.ran = String(w.nbInline ?? 0);
      out.calls = String(w.__nbTrap.calls.length);
      out.violations = w.__nbTrap.violations.join(' / ');
      return out;
    }, s.origin);
    expect(result.ran).toBe('0');
    expect(result.calls).toBe('0');
    expect(result.html).toMatch(/^threw TypeError/);
    expect(result.fetch).toMatch(/^threw TypeError/);
    expect(result.violations).toMatch(/connect-src/);
    expect(result.violations).toMatch(/require-trusted-types-for/);
    await popup.close();
    const own = requests.filter((r) => r.url.includes('from-extension-page'));
    expect(own).toEqual([]);
  });

  it('makes no network request from its worker or its pages during a full brief and copy', async () => {
    // A full run on the sample article: popup, side panel, every copy format, show in page.
    const { page, tabId } = await s.openTab(`${s.origin}/pages/sample--seed-ar.html`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    for (const format of ['md', 'json', 'text'] as const) {
      const button = popup.locator(`button[data-format="${format}"]`);
      await button.click();
      await expect.poll(() => button.textContent()).toContain('Copied');
    }
    await popup.locator('[data-part="section"] .show-in-page').first().click();
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    // The worker may not connect anywhere either: its fetch fails before any request is made.
    const workerFetch = await s.worker.evaluate(async (server) => {
      try {
        await fetch(`${server}/pages/sample--seed-ar.html?from-worker`);
        return 'fetched';
      } catch (e) {
        return `threw ${(e as Error).name}`;
      }
    }, s.origin);
    expect(workerFetch).toBe('threw TypeError');
    await panel.waitForTimeout(500);
    await popup.close();
    await panel.close();
    await page.close();

    const fromExtension = requests.filter((r) => r.from.startsWith(extOrigin) || r.url.startsWith('chrome-extension:'));
    const fromWorker = requests.filter((r) => r.from === `${extOrigin}background.js`);
    const foreign = fromExtension.filter((r) => !r.url.startsWith(extOrigin));
    counts.requests = requests.length;
    counts.extensionRequests = fromExtension.length;
    counts.foreignRequests = foreign.length + fromWorker.length;
    console.info(
      `network: ${requests.length} requests seen in all (the test's own page loads included), ` +
        `${fromExtension.length} by the extension's pages, all to its own files; ${fromWorker.length} by its worker; ` +
        `${foreign.length} by the extension to anything else`,
    );
    // The recorder saw the extension pages load their own packaged files.
    expect(fromExtension.some((r) => r.url.startsWith(`${extOrigin}chunks/`))).toBe(true);
    expect(foreign).toEqual([]);
    expect(fromWorker).toEqual([]);
    expect(requests.filter((r) => /from-(worker|extension-page)/.test(r.url))).toEqual([]);
  });
});

/**
 * Control run: the same extension with its content security policy taken out of the manifest. The very fetches
 * refused above now reach the test server, and the recorder sees them, from the worker and from a page: the
 * recorder is able to see the worker's and the pages' requests, and it is the policy that stops them.
 */
describe.skipIf(!CHROMIUM)('control: the same extension without its content security policy', () => {
  let s: Session;
  const requests: SeenRequest[] = [];
  beforeAll(async () => {
    s = await launch({ patchManifest: (m) => void delete m.content_security_policy });
    s.context.on('request', (r) => requests.push({ url: r.url(), from: r.serviceWorker()?.url() ?? 'page' }));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lets the worker and a page fetch, and the recorder sees both', async () => {
    const extOrigin = `chrome-extension://${s.extensionId}/`;
    const workerFetch = await s.worker.evaluate(async (server) => {
      const r = await fetch(`${server}/pages/sample--seed-ar.html?control-worker`);
      return r.status;
    }, s.origin);
    expect(workerFetch).toBe(200);
    const options = await s.openExtensionPage('options.html');
    const pageFetch = await options.evaluate(async (server) => {
      const r = await fetch(`${server}/pages/sample--seed-ar.html?control-page`);
      return r.status;
    }, s.origin);
    expect(pageFetch).toBe(200);
    await options.close();
    await expect
      .poll(() => requests.filter((r) => r.url.includes('control-worker')).map((r) => r.from))
      .toEqual([`${extOrigin}background.js`]);
    await expect.poll(() => requests.some((r) => r.url.includes('control-page'))).toBe(true);
  });
});
