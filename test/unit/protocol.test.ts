import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { briefFromHtml } from '../../utils/brief';
import {
  EXTRACT_BUDGET_MS,
  acceptFrom,
  extractCostMs,
  isExtractDone,
  isExtractRun,
  parseOutcome,
  isBriefState,
  isDetectionState,
  isPageToWorker,
  isSnapshotReply,
  isUiToWorker,
  isWorkerSender,
  isWorkerToPage,
  isWorkerToUi,
  parseSettings,
  senderKind,
} from '../../utils/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popupSender = { id: ID, url: `${ORIGIN}popup.html` };
const popupInTabSender = { id: ID, url: `${ORIGIN}popup.html?tabId=4`, tab: { id: 9 } };
const contentSender = { id: ID, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };

describe('senderKind', () => {
  it('tells extension pages, content scripts and strangers apart', () => {
    expect(senderKind(popupSender, ID, ORIGIN)).toBe('extension-page');
    // A view opened as a tab has a tab, but its URL is the extension's.
    expect(senderKind(popupInTabSender, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(contentSender, ID, ORIGIN)).toBe('content-script');
    expect(senderKind({ ...contentSender, id: 'another-extension' }, ID, ORIGIN)).toBe('foreign');
    expect(senderKind({ url: 'https://evil.example/' }, ID, ORIGIN)).toBe('foreign');
    expect(senderKind({ id: ID }, ID, ORIGIN)).toBe('foreign');
    // Another extension's page is not ours even with a look-alike path.
    expect(senderKind({ id: ID, url: 'chrome-extension://zzzz/popup.html' }, ID, ORIGIN)).toBe('foreign');
  });
});

describe('acceptFrom', () => {
  const briefGet = { type: 'brief/get', tabId: 3 };
  const detected = {
    type: 'page/detected',
    url: 'https://news.example/a',
    likely: true,
    score: 4,
    signals: ['og:type=article'],
  };

  it('accepts UI requests from extension pages only', () => {
    expect(acceptFrom(briefGet, popupSender, ID, ORIGIN)).toEqual({ kind: 'ui', message: briefGet });
    expect(acceptFrom(briefGet, popupInTabSender, ID, ORIGIN)).toEqual({ kind: 'ui', message: briefGet });
    // A content script (any page) may not ask for the brief of an arbitrary tab.
    expect(acceptFrom(briefGet, contentSender, ID, ORIGIN)).toBeNull();
    expect(acceptFrom(briefGet, { ...popupSender, id: 'other' }, ID, ORIGIN)).toBeNull();
  });

  it('accepts page reports from the content script in the top frame, for its own tab', () => {
    expect(acceptFrom(detected, contentSender, ID, ORIGIN)).toEqual({ kind: 'page', message: detected, tabId: 7 });
    expect(acceptFrom(detected, { ...contentSender, frameId: 3 }, ID, ORIGIN)).toBeNull();
    // Extension pages do not report page detections.
    expect(acceptFrom(detected, popupSender, ID, ORIGIN)).toBeNull();
    expect(acceptFrom(detected, { ...contentSender, id: 'other' }, ID, ORIGIN)).toBeNull();
  });

  it('refuses a page report about another address than the one the browser gives its sender', () => {
    const elsewhere = { ...detected, url: 'https://bank.example/account' };
    expect(acceptFrom(elsewhere, contentSender, ID, ORIGIN)).toBeNull();
    expect(acceptFrom({ type: 'page/navigated', url: 'https://bank.example/' }, contentSender, ID, ORIGIN)).toBeNull();
    expect(acceptFrom(detected, { ...contentSender, url: undefined }, ID, ORIGIN)).toBeNull();
    const navigated = { type: 'page/navigated', url: contentSender.url };
    expect(acceptFrom(navigated, contentSender, ID, ORIGIN)).toEqual({ kind: 'page', message: navigated, tabId: 7 });
    // After history.pushState the document keeps its first address in sender.url: same origin, another path.
    const moved = { type: 'page/navigated', url: 'https://news.example/b?view=2#top' };
    expect(acceptFrom(moved, contentSender, ID, ORIGIN)).toEqual({ kind: 'page', message: moved, tabId: 7 });
    expect(acceptFrom({ ...moved, url: 'https://news.example.evil/b' }, contentSender, ID, ORIGIN)).toBeNull();
    expect(acceptFrom({ ...moved, url: 'http://news.example/b' }, contentSender, ID, ORIGIN)).toBeNull();
  });
});

describe('isWorkerSender', () => {
  const urls = [`${ORIGIN}background.js`, `${ORIGIN}_generated_background_page.html`];
  it('knows the worker from a content script, another page and another extension', () => {
    expect(isWorkerSender({ id: ID, url: `${ORIGIN}background.js` }, ID, urls)).toBe(true);
    expect(isWorkerSender({ id: ID, url: `${ORIGIN}_generated_background_page.html` }, ID, urls)).toBe(true);
    // A content script (it has a tab), even one claiming the worker's address.
    expect(isWorkerSender({ ...contentSender, url: `${ORIGIN}background.js` }, ID, urls)).toBe(false);
    expect(isWorkerSender(contentSender, ID, urls)).toBe(false);
    expect(isWorkerSender(popupSender, ID, urls)).toBe(false);
    expect(isWorkerSender({ id: 'other', url: `${ORIGIN}background.js` }, ID, urls)).toBe(false);
  });
});

describe('message validators', () => {
  it('accept well-formed messages', () => {
    expect(isUiToWorker({ type: 'brief/get', tabId: 0 })).toBe(true);
    expect(isUiToWorker({ type: 'brief/get', tabId: 12, refresh: true })).toBe(true);
    expect(isUiToWorker({ type: 'passage/show-in-tab', tabId: 1, text: 'a passage' })).toBe(true);
    expect(isUiToWorker({ type: 'detection/get', tabId: 1 })).toBe(true);
    expect(isPageToWorker({ type: 'page/navigated', url: 'https://a.example/b' })).toBe(true);
    expect(isWorkerToPage({ type: 'page/ping' })).toBe(true);
    expect(isWorkerToPage({ type: 'snapshot/take' })).toBe(true);
    expect(isWorkerToPage({ type: 'passage/show', text: 'x' })).toBe(true);
    expect(isWorkerToUi({ type: 'tab/changed', tabId: 2, reason: 'navigated' })).toBe(true);
  });

  it.each([
    ['not an object', 'brief/get'],
    ['null', null],
    ['an array', [{ type: 'brief/get', tabId: 1 }]],
    ['an unknown type', { type: 'brief/delete', tabId: 1 }],
    ['a missing field', { type: 'brief/get' }],
    ['a negative tab id', { type: 'brief/get', tabId: -1 }],
    ['a fractional tab id', { type: 'brief/get', tabId: 1.5 }],
    ['a string tab id', { type: 'brief/get', tabId: '1' }],
    ['an extra field', { type: 'brief/get', tabId: 1, url: 'https://x.example' }],
    ['a non-boolean flag', { type: 'brief/get', tabId: 1, refresh: 'yes' }],
    ['an empty passage', { type: 'passage/show-in-tab', tabId: 1, text: '   ' }],
    ['an oversized passage', { type: 'passage/show-in-tab', tabId: 1, text: 'x'.repeat(2001) }],
  ])('reject UI requests with %s', (_, message) => {
    expect(isUiToWorker(message)).toBe(false);
  });

  it('rejects malformed page reports', () => {
    const ok = { type: 'page/detected', url: 'https://a.example/', likely: false, score: 0, signals: [] };
    expect(isPageToWorker(ok)).toBe(true);
    expect(isPageToWorker({ ...ok, likely: 'yes' })).toBe(false);
    expect(isPageToWorker({ ...ok, score: Number.NaN })).toBe(false);
    expect(isPageToWorker({ ...ok, signals: [1] })).toBe(false);
    expect(isPageToWorker({ ...ok, signals: Array(65).fill('s') })).toBe(false);
    expect(isPageToWorker({ ...ok, url: '' })).toBe(false);
    expect(isPageToWorker({ ...ok, extra: 1 })).toBe(false);
    expect(isWorkerToPage({ type: 'snapshot/take', html: '<p>' })).toBe(false);
  });

  it('checks snapshot replies', () => {
    const ok = { ok: true, html: '<p>x</p>', url: 'https://a.example/', hash: '0123abcd0000000a', elements: 3, ms: 1 };
    expect(isSnapshotReply(ok)).toBe(true);
    const same = { ok: true, same: true, url: ok.url, hash: ok.hash, elements: 3, ms: 1 };
    expect(isSnapshotReply(same)).toBe(true);
    expect(isSnapshotReply({ ...same, html: '<p>x</p>' })).toBe(false);
    expect(isSnapshotReply({ ...ok, hash: 'not a hash' })).toBe(false);
    // The HTML comes without its hash unless the worker asked whether the page changed; "same" always has it.
    const { hash: _hash, ...unhashed } = ok;
    expect(isSnapshotReply(unhashed)).toBe(true);
    const { hash: _sameHash, ...sameUnhashed } = same;
    expect(isSnapshotReply(sameUnhashed)).toBe(false);
    const tooLarge = { ok: false, reason: 'too-large', chars: 9e6, elements: 10, detail: 'depth: 801' };
    expect(isSnapshotReply(tooLarge)).toBe(true);
    expect(isSnapshotReply({ ...ok, html: 42 })).toBe(false);
    expect(isSnapshotReply({ ...tooLarge, reason: 'bored' })).toBe(false);
    // The bench build's timings: a few finite numbers by name, nothing else.
    expect(isSnapshotReply({ ...ok, marks: { startup: 1.5 } })).toBe(true);
    expect(isSnapshotReply({ ...same, marks: { startup: 1.5 } })).toBe(true);
    expect(isSnapshotReply({ ...ok, marks: { startup: '1' } })).toBe(false);
    expect(isSnapshotReply({ ...ok, marks: { startup: Number.POSITIVE_INFINITY } })).toBe(false);
    expect(isWorkerToPage({ type: 'snapshot/take', unless: ok.hash })).toBe(true);
    expect(isWorkerToPage({ type: 'snapshot/take', unless: '<p>' })).toBe(false);
  });

  it('checks brief states, including the brief itself', () => {
    const html = fs.readFileSync(new URL('../fixtures/pages/sample--seed-ar.html', import.meta.url), 'utf8');
    const brief = briefFromHtml(html, { url: 'https://news.example/a' });
    const ready = { state: 'ready', tabId: 1, url: 'https://news.example/a', brief, ms: 40 };
    expect(isBriefState(ready)).toBe(true);
    expect(isBriefState({ ...ready, state: 'not-article' })).toBe(true);
    expect(isBriefState({ ...ready, brief: { ...brief, sections: 'none' } })).toBe(false);
    expect(isBriefState({ ...ready, state: 'done' })).toBe(false);
    expect(isBriefState({ state: 'error', tabId: 1, error: 'too-large', message: '' })).toBe(true);
    expect(isBriefState({ state: 'error', tabId: 1, error: 'exploded', message: '' })).toBe(false);
    expect(isBriefState({ ...ready, marks: { parse: 3, extract: 12 } })).toBe(true);
    expect(isBriefState({ state: 'error', tabId: 1, error: 'too-large', message: '', marks: { ping: 9 } })).toBe(true);
    expect(isBriefState({ ...ready, marks: [3, 12] })).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`m${i}`, i]));
    expect(isBriefState({ ...ready, marks: many })).toBe(false);
    expect(isDetectionState({ tabId: 1, url: null, likely: null })).toBe(true);
    expect(isDetectionState({ tabId: 1, url: null, likely: 'maybe' })).toBe(false);
  });
});

describe('parseSettings', () => {
  it('keeps a known copy format and falls back otherwise', () => {
    expect(parseSettings({ copyFormat: 'json' })).toEqual({ copyFormat: 'json' });
    expect(parseSettings({ copyFormat: 'pdf' })).toEqual({ copyFormat: 'md' });
    expect(parseSettings(undefined)).toEqual({ copyFormat: 'md' });
  });
});

describe('the extraction thread’s messages', () => {
  const html = fs.readFileSync(new URL('../fixtures/pages/sample--seed-ar.html', import.meta.url), 'utf8');
  const brief = briefFromHtml(html, { url: 'https://news.example/a' });

  it('checks jobs and answers, and reads the outcome back with its brief validated', () => {
    const run = { type: 'extract/run', id: 1, html: '<p>x</p>', url: 'https://a.example/', budgetMs: 15000 };
    expect(isExtractRun(run)).toBe(true);
    expect(isExtractRun({ ...run, budgetMs: 0 })).toBe(false);
    expect(isExtractRun({ ...run, extra: 1 })).toBe(false);
    const ok = { ok: true, brief, ms: 5, chars: JSON.stringify(brief).length, textChars: 10 };
    expect(isExtractDone({ type: 'extract/done', id: 1, outcome: JSON.stringify(ok) })).toBe(true);
    expect(isExtractDone({ type: 'extract/done', id: 1, outcome: ok })).toBe(false);
    expect(parseOutcome(JSON.stringify(ok))).toEqual(ok);
    expect(parseOutcome(JSON.stringify({ ...ok, marks: { parse: 1, extract: 2 } }))).not.toBeNull();
    expect(parseOutcome(JSON.stringify({ ...ok, marks: { parse: 'slow' } }))).toBeNull();
    expect(parseOutcome(JSON.stringify({ ...ok, brief: { ...brief, sections: 'x' } }))).toBeNull();
    expect(parseOutcome(JSON.stringify({ ok: false, error: 'too-large', message: 'budget' }))).toEqual({
      ok: false,
      error: 'too-large',
      message: 'budget',
    });
    expect(parseOutcome(JSON.stringify({ ok: false, error: 'bored', message: '' }))).toBeNull();
    expect(parseOutcome('{not json')).toBeNull();
  });
});

describe('extractCostMs', () => {
  it('lets a large page through to the extraction and refuses only a hopeless one at once', () => {
    // 80,000 short paragraphs (4.8 MB): briefed in the browser within the budget.
    const large = { elements: 80_004, chars: 4_800_000, depth: 5, headings: 0, longestText: 60 };
    expect(extractCostMs(large)).toBeLessThan(EXTRACT_BUDGET_MS);
    // At the element and size limits, with headings everywhere: refused before any extraction.
    const hopeless = { elements: 150_000, chars: 8_000_000, depth: 20, headings: 75_000, longestText: 60 };
    expect(extractCostMs(hopeless)).toBeGreaterThan(EXTRACT_BUDGET_MS);
  });
});

describe('snapshotHash', () => {
  it('tells snapshots apart by their text and length, the same in the page reader and the worker', async () => {
    const { snapshotHash } = await import('../../utils/common/hash');
    const a = snapshotHash('<p>Council votes</p>');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(snapshotHash('<p>Council votes</p>')).toBe(a);
    expect(snapshotHash('<p>Council voted</p>')).not.toBe(a);
    expect(a.endsWith('<p>Council votes</p>'.length.toString(16).padStart(8, '0'))).toBe(true);
  });
});
