/**
 * The site a page belongs to, for the dev/test split: the host of the page's address, lower-cased and without
 * `www.`. The address is the corpus's own (trafilatura-eval's evaldata.json) when it has one, else the one the
 * page names (its canonical link, `og:url`, or `<base href>`), else there is none and the page's file name
 * stands for its site. An archived copy's address (web.archive.org/web/<time>/<address>) counts as the address.
 */

/** The host of an http(s) address, lower-cased and without a leading `www.`; null when there is none. */
export function hostOf(address: string | null | undefined): string | null {
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'web.archive.org') {
    const archived = /^\/web\/[^/]+\/(https?:\/\/.+)$/i.exec(url.pathname + url.search)?.[1];
    return archived ? hostOf(archived) : host;
  }
  return host || null;
}

const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/**
 * The address a page names for itself: its canonical link, else its `og:url`, else its `<base href>`; only
 * absolute http(s) addresses count. Read from the markup as text (no DOM), so that it is fast over whole corpora.
 */
export function namedAddress(html: string): string | null {
  const found: { canonical?: string; og?: string; base?: string } = {};
  for (const m of html.matchAll(/<(link|meta|base)\b[^>]*>/gi)) {
    const tag = m[1]!.toLowerCase();
    const attrs = attributes(m[0]);
    let key: keyof typeof found | null = null;
    let value: string | undefined;
    if (tag === 'link' && /(^|\s)canonical(\s|$)/i.test(attrs.get('rel') ?? ''))
      [key, value] = ['canonical', attrs.get('href')];
    else if (tag === 'meta' && (attrs.get('property') ?? attrs.get('name'))?.toLowerCase() === 'og:url')
      [key, value] = ['og', attrs.get('content')];
    else if (tag === 'base') [key, value] = ['base', attrs.get('href')];
    if (key && !found[key] && value && hostOf(value)) found[key] = value.trim();
  }
  return found.canonical ?? found.og ?? found.base ?? null;
}

/** Where a page's site was read from. */
export type SiteSource = 'corpus' | 'page' | 'file';

/** A page's site: the host of the corpus's address, else of the address the page names, else its file name. */
export function siteOf(page: { id: string; url?: string | null }, html: string): { site: string; source: SiteSource } {
  const fromCorpus = hostOf(page.url);
  if (fromCorpus) return { site: fromCorpus, source: 'corpus' };
  const fromPage = hostOf(namedAddress(html));
  if (fromPage) return { site: fromPage, source: 'page' };
  return { site: page.id, source: 'file' };
}
