/**
 * The browser bench's arithmetic (scripts/bench-browser-report.ts) and the views' early request
 * (components/earlyRequest.ts): pure parts, tested in Node.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  README_END,
  README_START,
  markdownTable,
  pairedDifferences,
  replaceBetweenMarkers,
  stageTable,
  stagesOf,
} from '../../scripts/bench-browser-report';
import { EARLY_REQUEST_KEY, takeEarlyRequest, type EarlyRequest } from '../../components/earlyRequest';

describe('two builds compared page by page', () => {
  const run = (page: string, render: number, commit: number) => ({
    page,
    marks: { render, commit, total: 100 + render },
  });

  it('takes the median of per-page differences, a page run twice counting its median', () => {
    const a = [run('p1', 20, 8), run('p2', 30, 9), run('p3', 10, 5), run('p3', 14, 5)];
    const b = [run('p1', 18, 6), run('p2', 25, 9), run('p3', 11, 4)];
    const d = pairedDifferences(a, b);
    // p1 −2, p2 −5, p3 11 − median(10, 14) = −1
    expect(d.render!.median).toBe(-2);
    expect(d.total!.median).toBe(-2);
    expect(d.commit!.median).toBe(-1);
    expect(d.render!.n).toBe(3);
  });

  it('leaves out pages only one build ran', () => {
    const d = pairedDifferences([run('p1', 20, 8), run('only-a', 90, 9)], [run('p1', 26, 8), run('only-b', 1, 1)]);
    expect(d.render!.n).toBe(1);
    expect(d.render!.median).toBe(6);
  });
});

describe('stages of one brief from its marks', () => {
  const marks = {
    ui: 40,
    lookup: 2,
    injection: 30,
    snapshotTrip: 50,
    snapshot: 35,
    extractTrip: 120,
    parse: 20,
    extract: 80,
    storage: 5,
    answer: 215,
    render: 20,
    total: 275,
  };

  it('splits the trips into the work and the transfer around it', () => {
    const s = stagesOf(marks);
    // (50 − 35) + (120 − 20 − 80)
    expect(s.transfer).toBe(35);
    // 215 − (2 + 30 + 50 + 120 + 5)
    expect(s.messaging).toBe(8);
    expect(s.snapshot).toBe(35);
    expect(s.total).toBe(275);
  });

  it('gives a cached answer no page or extraction stages', () => {
    const s = stagesOf({ ui: 40, lookup: 1, answer: 9, render: 15, total: 64 });
    expect([s.injection, s.snapshot, s.transfer, s.parse, s.extract, s.storage]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(s.messaging).toBe(8);
  });

  it('summarises each stage as median, p90 and max over briefs', () => {
    const runs = Array.from({ length: 10 }, (_, i) => ({ ...marks, total: 100 * (i + 1) }));
    const table = stageTable(runs);
    expect(table.total).toEqual({ n: 10, median: 550, p90: 900, max: 1000 });
    expect(markdownTable({ warm: table })).toContain('| total | 550 / 900 / 1000 |');
  });
});

describe('the README table between its markers', () => {
  let dir = '';
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces only what lies between the markers, and says when there are none', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-readme-'));
    const file = path.join(dir, 'README.md');
    fs.writeFileSync(file, `# A\n${README_START}\nold\n${README_END}\nafter\n`);
    expect(replaceBetweenMarkers(file, 'new table')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(`# A\n${README_START}\nnew table\n${README_END}\nafter\n`);
    fs.writeFileSync(file, '# no markers\n');
    expect(replaceBetweenMarkers(file, 'x')).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('# no markers\n');
  });
});

describe('the early request', () => {
  const holder = globalThis as unknown as Record<string, EarlyRequest | undefined>;
  const early = (tabId: number | null): EarlyRequest => ({
    tabId: Promise.resolve(tabId),
    reply: Promise.resolve({ state: 'error', tabId, error: 'no-tab', message: '' }),
    sentAt: Promise.resolve(12),
  });
  afterEach(() => void (holder[EARLY_REQUEST_KEY] = undefined));

  it('answers the first request for the same tab, once', async () => {
    holder[EARLY_REQUEST_KEY] = early(7);
    const taken = await takeEarlyRequest(7);
    expect(taken?.sentAt).toBe(12);
    await expect(taken?.reply).resolves.toMatchObject({ tabId: 7 });
    expect(await takeEarlyRequest(7)).toBeNull();
  });

  it('is not used for another tab, nor when there was none', async () => {
    holder[EARLY_REQUEST_KEY] = early(7);
    expect(await takeEarlyRequest(8)).toBeNull();
    expect(await takeEarlyRequest(7)).toBeNull();
    holder[EARLY_REQUEST_KEY] = early(null);
    expect(await takeEarlyRequest(7)).toBeNull();
  });
});
