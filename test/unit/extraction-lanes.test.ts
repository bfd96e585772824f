/**
 * The extraction lanes (entrypoints/offscreen/lanes.ts): the worker's dispatcher (entrypoints/background/lanes.ts)
 * and the offscreen document's keeper of Workers (entrypoints/offscreen/keeper.ts), each against fakes of the
 * other side, with fake timers: jobs reach a Worker and their outcome comes back on the same lane, a job over its
 * budget is stopped and answered, a job never waits past budget and grace, a stopped Worker is replaced.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LaneDispatcher } from '../../entrypoints/background/lanes';
import { LaneKeeper, MAX_LANES, type LaneWorker } from '../../entrypoints/offscreen/keeper';
import type { ExtractRun } from '../../utils/protocol';

const GRACE_MS = 3_000;

class FakePort {
  sent: { message: unknown; transfer?: Transferable[] }[] = [];
  closed = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  postMessage(message: unknown, transfer?: Transferable[]): void {
    if (this.closed) throw new Error('closed');
    this.sent.push({ message, transfer });
  }
  close(): void {
    this.closed = true;
  }
  deliver(data: unknown, ports: unknown[] = []): void {
    this.onmessage?.({ data, ports } as unknown as MessageEvent);
  }
  messages(): unknown[] {
    return this.sent.map((s) => s.message);
  }
}

const outcomeOf = (json: string) => JSON.parse(json) as { ok: boolean; error?: string; message?: string };
const lastRun = (p: FakePort) => p.messages().at(-1) as ExtractRun;

describe('LaneDispatcher (the worker)', () => {
  let control: FakePort;
  let d: LaneDispatcher;
  beforeEach(() => {
    vi.useFakeTimers();
    control = new FakePort();
    d = new LaneDispatcher(GRACE_MS);
    d.attach(control);
  });
  afterEach(() => vi.useRealTimers());

  it('sends a job to an idle lane and answers with the outcome that lane gives for it, no other', async () => {
    const lane = new FakePort();
    control.deliver({ type: 'extractor/lane', lane: 1 }, [lane]);
    const answer = d.extract('<p>x</p>', 'https://news.example/a', 1000);
    const run = lastRun(lane);
    expect(run).toMatchObject({ type: 'extract/run', html: '<p>x</p>', url: 'https://news.example/a', budgetMs: 1000 });
    let settled = false;
    void answer.then(() => (settled = true));
    lane.deliver({ type: 'extract/done', id: run.id + 1, outcome: '"other"' });
    lane.deliver({ type: 'extract/done', id: run.id, outcome: 1 });
    lane.deliver({ type: 'extract/done', id: run.id, outcome: '"mine"', extra: true });
    await Promise.resolve();
    expect(settled).toBe(false);
    lane.deliver({ type: 'extract/done', id: run.id, outcome: '"mine"' });
    await expect(answer).resolves.toBe('"mine"');
  });

  it('takes a lane only in its one shape, with exactly one port', () => {
    const a = new FakePort();
    const b = new FakePort();
    control.deliver({ type: 'extractor/lane', lane: 1 }, []);
    control.deliver({ type: 'extractor/lane', lane: 1 }, [a, b]);
    control.deliver({ type: 'extractor/lane', lane: -1 }, [a]);
    control.deliver({ type: 'extractor/lane', lane: 1, url: 'x' }, [a]);
    void d.extract('<p>x</p>', 'https://news.example/a', 1000);
    expect(a.sent).toEqual([]);
    expect(b.sent).toEqual([]);
    control.deliver({ type: 'extractor/lane', lane: 1 }, [a]);
    expect(lastRun(a).type).toBe('extract/run');
  });

  it('keeps jobs waiting for a lane, asks for a Worker for each, and runs them as lanes come free', async () => {
    const lane = new FakePort();
    control.deliver({ type: 'extractor/lane', lane: 1 }, [lane]);
    const first = d.extract('<p>1</p>', 'https://news.example/1', 1000);
    const second = d.extract('<p>2</p>', 'https://news.example/2', 1000);
    expect(lane.sent).toHaveLength(1);
    expect(control.messages().at(-1)).toEqual({ type: 'extractor/want', lanes: 2 });
    lane.deliver({ type: 'extract/done', id: lastRun(lane).id, outcome: '"1"' });
    await expect(first).resolves.toBe('"1"');
    expect(lastRun(lane).url).toBe('https://news.example/2');
    lane.deliver({ type: 'extract/done', id: lastRun(lane).id, outcome: '"2"' });
    await expect(second).resolves.toBe('"2"');
  });

  it('fails the job a Worker was stopped for, and moves one that had not started there to another lane', async () => {
    const a = new FakePort();
    const b = new FakePort();
    control.deliver({ type: 'extractor/lane', lane: 1 }, [a]);
    control.deliver({ type: 'extractor/lane', lane: 2 }, [b]);
    const slow = d.extract('<p>slow</p>', 'https://news.example/slow', 1000);
    const other = d.extract('<p>other</p>', 'https://news.example/other', 1000);
    const slowId = lastRun(a).id;
    control.deliver({
      type: 'extractor/gone',
      lane: 1,
      reason: 'budget',
      id: slowId,
      message: 'Extraction stopped at its budget of 1000 ms',
    });
    expect(outcomeOf(await slow)).toEqual({
      ok: false,
      error: 'too-large',
      message: 'Extraction stopped at its budget of 1000 ms',
    });
    expect(a.closed).toBe(true);
    // Lane 2 is stopped for an earlier job (of a worker before this one): the job it had is not charged with it.
    control.deliver({ type: 'extractor/gone', lane: 2, reason: 'budget', id: 7, message: 'Stopped' });
    expect(control.messages().at(-1)).toEqual({ type: 'extractor/want', lanes: 1 });
    const c = new FakePort();
    control.deliver({ type: 'extractor/lane', lane: 3 }, [c]);
    expect(lastRun(c).url).toBe('https://news.example/other');
    c.deliver({ type: 'extract/done', id: lastRun(c).id, outcome: '"other"' });
    await expect(other).resolves.toBe('"other"');
  });

  it('moves a job sent to a Worker retired meanwhile, and fails one on a Worker that crashed', async () => {
    const a = new FakePort();
    control.deliver({ type: 'extractor/lane', lane: 1 }, [a]);
    const job = d.extract('<p>x</p>', 'https://news.example/x', 1000);
    control.deliver({ type: 'extractor/gone', lane: 1, reason: 'retired', id: null, message: 'Idle' });
    const b = new FakePort();
    control.deliver({ type: 'extractor/lane', lane: 2 }, [b]);
    control.deliver({ type: 'extractor/gone', lane: 2, reason: 'failed', id: lastRun(b).id, message: 'Out of memory' });
    expect(outcomeOf(await job)).toEqual({ ok: false, error: 'failed', message: 'Out of memory' });
  });

  it('answers a job within budget and grace when no outcome comes, and lets its Worker go', async () => {
    const a = new FakePort();
    control.deliver({ type: 'extractor/lane', lane: 4 }, [a]);
    const job = d.extract('<p>x</p>', 'https://news.example/x', 1000);
    const waiting = d.extract('<p>y</p>', 'https://news.example/y', 1000);
    vi.advanceTimersByTime(1000 + GRACE_MS - 1);
    let settled = false;
    void job.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    expect(outcomeOf(await job)).toMatchObject({ ok: false, error: 'too-large' });
    expect(outcomeOf(await waiting)).toMatchObject({ ok: false, error: 'too-large' });
    expect(control.messages()).toContainEqual({ type: 'extractor/drop', lane: 4 });
    expect(a.closed).toBe(true);
  });

  it('fails every job, running or waiting, when the document closes', async () => {
    const a = new FakePort();
    control.deliver({ type: 'extractor/lane', lane: 1 }, [a]);
    const running = d.extract('<p>x</p>', 'https://news.example/x', 1000);
    const waiting = d.extract('<p>y</p>', 'https://news.example/y', 1000);
    d.detach('The extraction document closed');
    for (const job of [running, waiting]) {
      expect(outcomeOf(await job)).toEqual({ ok: false, error: 'failed', message: 'The extraction document closed' });
    }
    expect(control.closed).toBe(true);
    expect(a.closed).toBe(true);
  });
});

class FakeWorker implements LaneWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: { message: unknown; transfer?: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: unknown, transfer?: Transferable[]): void {
    this.sent.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}

describe('LaneKeeper (the offscreen document)', () => {
  let workers: FakeWorker[];
  let keeper: LaneKeeper;
  let control: FakePort;
  const ports: MessagePort[] = [];
  const lanesSent = () => control.messages().filter((m) => (m as { type: string }).type === 'extractor/lane');
  const gone = () => control.messages().filter((m) => (m as { type: string }).type === 'extractor/gone');

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    keeper = new LaneKeeper(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    control = new FakePort();
  });
  afterEach(() => {
    for (const s of [...control.sent, ...workers.flatMap((w) => w.sent)]) {
      for (const p of s.transfer ?? []) ports.push(p as MessagePort);
    }
    for (const p of ports.splice(0)) p.close();
    vi.useRealTimers();
  });

  it('warms one Worker, and gives each service worker a lane to it, the Worker the other end', () => {
    keeper.warm();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent[0]!.message).toMatchObject({
      type: 'extract/run',
      url: 'https://newsbrief.invalid/warm-up',
    });
    keeper.attach(control);
    expect(lanesSent()).toEqual([{ type: 'extractor/lane', lane: 1 }]);
    expect(control.sent[0]!.transfer).toHaveLength(1);
    const toWorker = workers[0]!.sent.at(-1)!;
    expect(toWorker.message).toEqual({ type: 'lane/port' });
    expect(toWorker.transfer).toHaveLength(1);
    // A service worker started again: the old channel is closed, the same warm Worker gets a new lane.
    const next = new FakePort();
    const old = control;
    control = next;
    keeper.attach(next);
    expect(old.closed).toBe(true);
    expect(lanesSent()).toEqual([{ type: 'extractor/lane', lane: 1 }]);
    expect(workers).toHaveLength(1);
    for (const s of old.sent) for (const p of s.transfer ?? []) ports.push(p as MessagePort);
  });

  it('starts Workers as the service worker asks, up to its limit, and ignores malformed asks', () => {
    keeper.attach(control);
    expect(keeper.size).toBe(1);
    control.deliver({ type: 'extractor/want', lanes: 2, more: 1 });
    control.deliver({ type: 'extractor/want', lanes: -2 });
    expect(keeper.size).toBe(1);
    control.deliver({ type: 'extractor/want', lanes: 2 });
    expect(keeper.size).toBe(2);
    control.deliver({ type: 'extractor/want', lanes: 50 });
    expect(keeper.size).toBe(MAX_LANES);
    expect(lanesSent()).toHaveLength(MAX_LANES);
  });

  it('stops a Worker whose job outlives its budget, says which job, and warms a new one', () => {
    keeper.attach(control);
    const w = workers[0]!;
    w.say({ type: 'lane/busy', id: 42, budgetMs: 1000 });
    vi.advanceTimersByTime(999);
    expect(w.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(w.terminated).toBe(true);
    expect(gone()).toEqual([
      {
        type: 'extractor/gone',
        lane: 1,
        reason: 'budget',
        id: 42,
        message: 'Extraction stopped at its budget of 1000 ms',
      },
    ]);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent.map((s) => (s.message as { type: string }).type)).toEqual(['lane/port', 'extract/run']);
    expect(lanesSent().at(-1)).toEqual({ type: 'extractor/lane', lane: 2 });
  });

  it('keeps a Worker that answers within its budget, and says when one crashed', () => {
    keeper.attach(control);
    const w = workers[0]!;
    w.say({ type: 'lane/busy', id: 5, budgetMs: 1000 });
    vi.advanceTimersByTime(500);
    w.say({ type: 'lane/idle' });
    vi.advanceTimersByTime(5000);
    expect(w.terminated).toBe(false);
    w.say({ type: 'lane/busy', id: 6, budgetMs: 1000 });
    const prevented = vi.fn();
    w.onerror?.({ message: 'Out of memory', preventDefault: prevented } as unknown as ErrorEvent);
    expect(prevented).toHaveBeenCalled();
    expect(w.terminated).toBe(true);
    expect(gone()).toEqual([{ type: 'extractor/gone', lane: 1, reason: 'failed', id: 6, message: 'Out of memory' }]);
  });

  it('lets idle Workers go after a while but keeps the last one, and stops one the service worker drops', () => {
    keeper.attach(control);
    control.deliver({ type: 'extractor/want', lanes: 3 });
    expect(keeper.size).toBe(3);
    workers[2]!.say({ type: 'lane/busy', id: 9, budgetMs: 100_000 });
    vi.advanceTimersByTime(30_000);
    expect(workers.map((w) => w.terminated)).toEqual([true, true, false]);
    expect(gone().map((m) => (m as { reason: string }).reason)).toEqual(['retired', 'retired']);
    workers[2]!.say({ type: 'lane/idle' });
    vi.advanceTimersByTime(120_000);
    expect(workers[2]!.terminated).toBe(false);
    control.deliver({ type: 'extractor/drop', lane: 3 });
    expect(workers[2]!.terminated).toBe(true);
    expect(gone()).toHaveLength(2);
    // None left: a warm one is started at once.
    expect(keeper.size).toBe(1);
  });
});
