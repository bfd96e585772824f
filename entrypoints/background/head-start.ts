/**
 * A view's brief, started as the view's page is requested (Chromium). The popup and the side panel are pages of
 * the extension, which its service worker controls: the browser hands the worker a fetch event for the page's
 * own navigation before the page has loaded a byte. The worker then starts the brief of the tab the view will
 * ask about (`?tabId=N`, as the view reads it, else the active tab of the last focused window: the window whose
 * toolbar button or side panel opened it), and the view's request, which its page sends once its first script
 * has loaded, joins the brief under way or takes the one just made (briefs.ts keeps both per tab). The page's
 * loading and the page reader's work then overlap instead of following each other.
 *
 * The worker never answers the fetch itself (no respondWith): the browser loads the page as it would without a
 * worker. The page's other requests (its scripts and style sheets), and its navigation while the worker is
 * stopped, are routed past the worker where the browser supports it (static routes), so the page never waits for
 * a busy worker or for a stopped one to start.
 */
import { browser } from 'wxt/browser';
import { getBrief } from './briefs';

/** The views that ask for a tab's brief as they open. */
const VIEW_PAGES = new Set(['/popup.html', '/sidepanel.html']);

/** The parts of a FetchEvent read here. */
export interface ViewFetch {
  request: { url: string; mode: string };
}

/** The tab named by the view's `?tabId=N`, or null (the view then describes the active tab). */
function namedTab(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

async function activeTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

/** The view page a navigation opens, from this extension's origin only; null for anything else. */
export function viewOpening(e: ViewFetch, origin: string): URL | null {
  if (e.request.mode !== 'navigate' || !e.request.url.startsWith(origin)) return null;
  const url = new URL(e.request.url);
  return VIEW_PAGES.has(url.pathname) ? url : null;
}

/** A fetch event of the worker: a view's page opening starts its tab's brief. Never throws. */
export function onViewFetch(e: ViewFetch, origin: string): void {
  const view = viewOpening(e, origin);
  if (!view) return;
  const named = namedTab(view.search);
  const tab = named !== null ? Promise.resolve(named) : activeTab();
  void tab.then((tabId) => (tabId === null ? undefined : getBrief(tabId, false, true, true))).catch(() => undefined);
}

/** The static-routing part of the ServiceWorker API's install event (Chromium 123 and later). */
interface RoutingInstallEvent {
  addRoutes?(rules: unknown): Promise<void>;
}

/**
 * The requests the browser serves without the worker (the extension's files): every one but a navigation, and a
 * navigation while the worker is not running. A view's page never waits for a stopped worker to start: the view's
 * own request wakes it as the page loads, as it did before the head start.
 */
export const PAST_WORKER = [
  { condition: { not: { requestMode: 'navigate' } }, source: 'network' },
  { condition: { requestMode: 'navigate', runningStatus: 'not-running' }, source: 'network' },
] as const;

/** At install: the static routes. A browser without them hands the worker each request, which it lets through. */
export function routePastWorker(e: RoutingInstallEvent): void {
  e.addRoutes?.(PAST_WORKER)?.catch(() => undefined);
}
