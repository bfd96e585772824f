/**
 * Page metadata: title, byline, dates, site name, canonical URL, declared language/direction and description,
 * from JSON-LD, meta tags and a bounded look at the article's header markup, one concern a module (title,
 * byline, published, site, lang; jsonld reads the structured data, dates parses date text). Every query is
 * bounded: no full-document text walk, so it stays cheap on large pages.
 */
import type { DateOptions } from './dates';
import { articleNodes, readJsonLd, type JsonLdNode } from './jsonld';
import type { Metadata } from '../types';
import { key } from './clean';
import { elementsNamed, hasWord } from '../common/dom';
import { readMetaTags, firstMeta, str } from './meta-tags';
import { hostOf, hostLabel, readSiteName } from './site';
import { readTitle } from './title';
import { readByline } from './byline';
import { readDates } from './published';
import { readDeclaredLang, readDeclaredDir } from './lang';

function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// The document's elements by name (elementsNamed) serve the two lookups below: a selector query walks the whole
// page on every call, and most pages have no <base>.
function baseUrlOf(doc: Document, url: string | null | undefined): string | null {
  const baseHref = elementsNamed(doc, 'base')
    .find((b) => b.hasAttribute('href'))
    ?.getAttribute('href');
  return resolveUrl(baseHref, url) ?? resolveUrl(url, null);
}

/** Read the page's metadata. `url` is the page address, used to resolve relative links and as a site-name fallback. */
export function extractMetadata(doc: Document, url?: string | null, jsonLd?: JsonLdNode[]): Metadata {
  const meta = readMetaTags(doc);
  const nodes = jsonLd ?? readJsonLd(doc);
  const arts = articleNodes(nodes);
  // Pages without an article-typed node often still describe the story in another node (WebPage, …).
  const art = arts[0] ?? nodes.find((n) => typeof n['headline'] === 'string' || n['datePublished'] !== undefined);
  const base = baseUrlOf(doc, url);

  const canonicalUrl =
    resolveUrl(
      elementsNamed(doc, 'link')
        .find((l) => hasWord(l.getAttribute('rel')?.toLowerCase() ?? null, 'canonical'))
        ?.getAttribute('href'),
      base,
    ) ?? resolveUrl(firstMeta(meta, ['og:url']), base);

  const host = hostOf(url) ?? hostOf(canonicalUrl);
  const declaredSite = readSiteName(doc, meta, nodes, arts);
  const siteName = declaredSite ?? host;
  const siteKeys = [
    ...new Set(
      [declaredSite, firstMeta(meta, ['twitter:site']), host, host ? hostLabel(host) : null]
        .filter((s): s is string => !!s)
        .map(key)
        .filter((k) => k.length >= 2),
    ),
  ];

  const declaredLang = readDeclaredLang(doc, meta, art, nodes);
  const rawLang = doc.documentElement?.getAttribute('lang') ?? '';
  const opts: DateOptions = { monthFirst: /^en[-_]us$/i.test(rawLang.trim()) };

  const { published, modified } = readDates(doc, meta, art, nodes, opts, siteKeys);

  return {
    title: readTitle(doc, meta, art, siteKeys),
    byline: readByline(doc, meta, art, nodes, siteKeys),
    published,
    modified,
    siteName,
    canonicalUrl,
    declaredLang,
    declaredDir: readDeclaredDir(doc),
    description:
      firstMeta(meta, [
        'og:description',
        'description',
        'twitter:description',
        'dc.description',
        'dcterms.description',
      ]) ?? str(art?.['description']),
  };
}

export { cleanByline } from './byline';
export { decodeEntities } from './clean';
export { inferLangDir } from './lang';
export { stripSiteFromTitle } from './title';
