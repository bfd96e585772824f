/**
 * components/afterFrame.ts: work deferred past the next drawn frame (history bookkeeping after a brief is shown).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '../../components/afterFrame';

describe('afterNextFrame', () => {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the work after the frame is drawn, not before it nor at once', () => {
    const work = vi.fn();
    afterNextFrame(work);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled();
    // The frame: its callback runs before drawing, the work in a task after it.
    frames.shift()!();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work once, after the fallback, on a page that draws no frame', () => {
    const work = vi.fn();
    afterNextFrame(work, 100);
    vi.advanceTimersByTime(99);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    // A frame drawn later does not run it again.
    frames.shift()!();
    vi.advanceTimersByTime(10);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
