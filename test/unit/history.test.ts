/**
 * History (utils/history.ts, the worker's writes in entrypoints/background/history.ts, the views' reads in
 * components/history.ts): bounded by count and size, one entry per page, searchable by
 * title, site and actor (Arabic letter variants and diacritics folded), exported as JSON Lines, off when turned
 * off. Storage is WXT's in-memory fake of the extension storage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearHistory,
  exportHistory,
  listHistory,
  readHistoryBrief,
  removeFromHistory,
} from '../../components/history';
import { addToHistory, keepAnswerInHistory } from '../../entrypoints/background/history';
import {
  ENTRY_MAX_CHARS,
  HISTORY_INDEX_KEY,
  HISTORY_LIMIT,
  HISTORY_MAX_CHARS,
  HISTORY_ON_KEY,
  fold,
  itemOf,
  searchHistory,
  storedForm,
  withItem,
} from '../../utils/history';
import { SCHEMA_VERSION, type Brief } from '../../utils/types';

function brief(n: number, over: Partial<Brief> = {}): Brief {
  return {
    schema: SCHEMA_VERSION,
    url: `https://news.example/${n}`,
    isArticle: true,
    title: `Story ${n}`,
    byline: null,
    published: null,
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    lede: 'A lede.',
    sections: [],
    keyPoints: [],
    lists: [],
    tables: [],
    commitments: [],
    closing: null,
    flags: [],
    text: 'A lede.',
    ...over,
  };
}

describe('history model', () => {
  it('keeps at most 200 entries, newest first', () => {
    let index: ReturnType<typeof withItem>['index'] = [];
    const dropped: string[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      const r = withItem(index, itemOf(`id${i}`, brief(i), i, 100));
      index = r.index;
      dropped.push(...r.dropped);
    }
    expect(index).toHaveLength(HISTORY_LIMIT);
    expect(index[0]!.id).toBe(`id${HISTORY_LIMIT + 4}`);
    expect(dropped).toEqual(['id0', 'id1', 'id2', 'id3', 'id4']);
  });

  it('keeps the kept briefs under the size bound, dropping the oldest', () => {
    const big = Math.floor(HISTORY_MAX_CHARS / 3) + 1;
    let index: ReturnType<typeof withItem>['index'] = [];
    for (let i = 0; i < 4; i++) index = withItem(index, itemOf(`id${i}`, brief(i), i, big)).index;
    expect(index.map((x) => x.id)).toEqual(['id3', 'id2']);
  });

  it('replaces an older entry of the same page', () => {
    const first = withItem([], itemOf('a', brief(1), 1, 10)).index;
    const second = withItem(first, itemOf('b', brief(1), 2, 10));
    expect(second.index.map((x) => x.id)).toEqual(['b']);
    expect(second.dropped).toEqual(['a']);
  });

  it('shortens the text of a huge brief, and refuses one that is still too big', () => {
    const huge = brief(1, { text: 'x'.repeat(ENTRY_MAX_CHARS * 2) });
    const stored = storedForm(huge)!;
    expect(stored.chars).toBeLessThanOrEqual(ENTRY_MAX_CHARS);
    expect(stored.brief.text.endsWith('…')).toBe(true);
    const rows = Array.from({ length: 20_000 }, (_, i) => [`row ${i}`, 'x'.repeat(20)]);
    expect(storedForm(brief(2, { tables: [{ caption: null, headers: [], rows }] }))).toBeNull();
  });

  it('searches title, site and actors, folding case, accents and Arabic letter variants', () => {
    const items = [
      itemOf('1', brief(1, { title: 'Café talks in Tripoli' }), 1, 1),
      itemOf('2', brief(2, { title: 'خطوة مرتقبة', siteName: 'أخبار المدار' }), 2, 1),
      itemOf(
        '3',
        brief(3, {
          commitments: [
            {
              actor: 'الاتحاد الأوروبي',
              commitment: 'x',
              area: null,
              source: 'prose',
              evidence: 'x',
              when: null,
              amount: null,
            },
          ],
        }),
        3,
        1,
      ),
    ];
    expect(searchHistory(items, 'cafe TRIPOLI').map((x) => x.id)).toEqual(['1']);
    expect(searchHistory(items, 'اخبار').map((x) => x.id)).toEqual(['2']);
    expect(searchHistory(items, 'الأوروبي').map((x) => x.id)).toEqual(['3']);
    expect(searchHistory(items, 'example').map((x) => x.id)).toEqual(['1', '3']);
    expect(searchHistory(items, '  ')).toHaveLength(3);
    expect(fold('مُرْتَقَبَة')).toBe('مرتقبه');
  });
});

describe('history in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds, lists, reads back, removes and clears', async () => {
    expect(await addToHistory(brief(1), 1000)).toBe('added');
    expect(await addToHistory(brief(2), 2000)).toBe('added');
    const list = await listHistory();
    expect(list.map((x) => x.title)).toEqual(['Story 2', 'Story 1']);
    expect((await readHistoryBrief(list[1]!.id))?.title).toBe('Story 1');
    await removeFromHistory(list[0]!.id);
    expect((await listHistory()).map((x) => x.title)).toEqual(['Story 1']);
    expect(await readHistoryBrief(list[0]!.id)).toBeNull();
    await clearHistory();
    expect(await listHistory()).toEqual([]);
    const left = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(left.filter((k) => k.startsWith('history:'))).toEqual([]);
  });

  it('the worker keeps an answered brief once the answer has left, not before', async () => {
    vi.useFakeTimers();
    try {
      keepAnswerInHistory(brief(7));
      // Every promise already under way settles; the next task (where the answer has left) has not run yet.
      for (let i = 0; i < 50; i++) await Promise.resolve();
      expect(await listHistory()).toEqual([]);
      await vi.runAllTimersAsync();
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(async () => expect((await listHistory()).map((x) => x.title)).toEqual(['Story 7']));
  });

  it('adds nothing when history is turned off, and clearing keeps the switch', async () => {
    await fakeBrowser.storage.local.set({ [HISTORY_ON_KEY]: false });
    expect(await addToHistory(brief(1))).toBe('off');
    expect(await listHistory()).toEqual([]);
    await clearHistory();
    expect((await fakeBrowser.storage.local.get(HISTORY_ON_KEY))[HISTORY_ON_KEY]).toBe(false);
  });

  it('exports every brief as JSON Lines with its date, and ignores a damaged index', async () => {
    await addToHistory(brief(1), Date.UTC(2026, 0, 2));
    await addToHistory(brief(2), Date.UTC(2026, 0, 3));
    const lines = (await exportHistory())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.savedAt, l.title])).toEqual([
      ['2026-01-03T00:00:00.000Z', 'Story 2'],
      ['2026-01-02T00:00:00.000Z', 'Story 1'],
    ]);
    expect(Object.keys(lines[0]).slice(0, 3)).toEqual(['savedAt', 'schema', 'url']);
    await fakeBrowser.storage.local.set({ [HISTORY_INDEX_KEY]: [{ id: 5 }, 'junk', null] });
    expect(await listHistory()).toEqual([]);
    expect(await exportHistory()).toBe('');
  });
});
