/**
 * The worker's message router and its strings: a request whose handler fails gets the error in the shape it
 * expects (a view asking for a brief gets an error state for its own tab, which the view accepts and shows), and
 * the worker reads its strings from browser.i18n, never through the views' modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messageListener } from '../../entrypoints/background/router';
import { isBriefState, isDetectionState, isPassageReply } from '../../utils/protocol';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const runtime = { id: 'newsbrief-test', origin: 'chrome-extension://newsbrief-test/' };
const fromView = { id: runtime.id, url: `${runtime.origin}popup.html` };

function failingRouter() {
  return messageListener(
    {
      ui: () => Promise.reject(new Error('storage is gone')),
      page: () => {
        throw new Error('unreachable state');
      },
    },
    runtime,
  );
}

/** The reply through both channels the router answers on: the returned Promise and sendResponse. */
async function ask(message: unknown, sender: object): Promise<{ returned: unknown; sent: unknown }> {
  let sent: unknown;
  const returned = await failingRouter()(message, sender, (r) => (sent = r));
  await Promise.resolve();
  return { returned, sent };
}

describe('worker: a failing handler', () => {
  it('answers a brief request with an error state for the tab asked about', async () => {
    const { returned, sent } = await ask({ type: 'brief/get', tabId: 42 }, fromView);
    for (const reply of [returned, sent]) {
      expect(isBriefState(reply)).toBe(true);
      expect(reply).toMatchObject({ state: 'error', tabId: 42, error: 'failed', message: 'storage is gone' });
    }
  });

  it('answers the other requests in their own shapes', async () => {
    expect(isPassageReply((await ask({ type: 'passage/show-in-tab', tabId: 3, text: 'x' }, fromView)).sent)).toBe(true);
    expect(isDetectionState((await ask({ type: 'detection/get', tabId: 3 }, fromView)).sent)).toBe(true);
    const page = await ask(
      { type: 'page/navigated', url: 'https://example.org/' },
      {
        id: runtime.id,
        url: 'https://example.org/',
        tab: { id: 9 },
      },
    );
    expect(page.sent).toEqual({ ok: false });
  });

  it('gives no answer to a message it does not accept', async () => {
    const foreign = failingRouter()({ type: 'brief/get', tabId: 1 }, { id: 'another-extension' }, () => {});
    expect(foreign).toBeUndefined();
  });
});

describe('worker: strings', () => {
  it('no worker module imports the views’ modules', () => {
    const dir = path.join(ROOT, 'entrypoints', 'background');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(path.join(dir, file), 'utf8');
      expect(src, file).not.toMatch(/from\s+['"](?:@\/components|\.\.\/\.\.\/components|~\/components)/);
    }
  });
});
