/**
 * Per-tab limits on what one page can make the worker do: a token bucket for the page reader's reports, and a
 * coalescer that turns a burst of "this tab changed" broadcasts into one now and one at the end of the window.
 * A page that navigates in a loop or a flood of reports costs the worker a bounded amount of work per tab.
 */

export class TabRateLimit {
  private buckets = new Map<number, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take one token for the tab; false when its bucket is empty (the message is dropped). */
  allow(tabId: number): boolean {
    const t = this.now();
    const b = this.buckets.get(tabId) ?? { tokens: this.capacity, at: t };
    b.tokens = Math.min(this.capacity, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    this.buckets.set(tabId, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  forget(tabId: number): void {
    this.buckets.delete(tabId);
  }
}

/**
 * Per key (a tab and a reason), the first event goes out at once; the events that follow within `windowMs` are
 * folded into one, sent when the window ends. So a burst of N events makes at most two calls of `emit`.
 */
export class Coalescer<K> {
  private windows = new Map<K, { timer: ReturnType<typeof setTimeout>; pending: boolean }>();

  constructor(
    private readonly windowMs: number,
    private readonly emit: (key: K) => void,
  ) {}

  push(key: K): void {
    const open = this.windows.get(key);
    if (open) {
      open.pending = true;
      return;
    }
    this.emit(key);
    this.openWindow(key);
  }

  private openWindow(key: K): void {
    const w = {
      pending: false,
      timer: setTimeout(() => {
        this.windows.delete(key);
        if (w.pending) {
          this.emit(key);
          this.openWindow(key);
        }
      }, this.windowMs),
    };
    this.windows.set(key, w);
  }

  /** Drop the key's window and what it held (the tab closed). */
  cancel(key: K): void {
    const w = this.windows.get(key);
    if (w) clearTimeout(w.timer);
    this.windows.delete(key);
  }
}
