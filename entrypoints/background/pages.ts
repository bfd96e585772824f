/**
 * Which pages the extension can read, and what a failed injection means for the reader.
 */
import type { BriefErrorKind } from '@/utils/protocol';

/** Hosts whose pages no extension may script (the browsers' extension stores). */
const STORE_PAGES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

/** True when the browser never lets an extension read this page (browser pages, stores, other extensions). */
export function isUnsupportedUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return true;
  return STORE_PAGES.some((p) => u.hostname === p.host && (!p.path || u.pathname.startsWith(p.path)));
}

/** A URL without its fragment: jumping to an anchor does not change the article. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** What an error from scripting.executeScript or tabs.sendMessage means for the reader. */
export function classifyInjectionError(message: string): BriefErrorKind {
  if (/no tab with id|tab was closed|invalid tab/i.test(message)) return 'no-tab';
  const browserPage = /chrome:\/\/|edge:\/\/|about:|chrome-extension:|moz-extension:|devtools|view-source/i;
  if (browserPage.test(message) || /extensions gallery|cannot be scripted|error page/i.test(message)) {
    return 'unsupported';
  }
  if (/cannot access|permission|not allowed|missing host/i.test(message)) return 'no-access';
  return 'failed';
}
