/**
 * The publication: its name (Open Graph, JSON-LD publisher, application name) and its host.
 */
import { typesOf, type JsonLdNode } from './jsonld';
import { key } from './clean';
import { type MetaMap, firstMeta, str, jsonLdName, docTitleText } from './meta-tags';

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.replace(/^www\d*\./, '') : null;
  } catch {
    return null;
  }
}

/** The distinctive label of a host name ("www.nytimes.com" → "nytimes", "news.bbc.co.uk" → "bbc"). */
export function hostLabel(host: string): string | null {
  const labels = host.split('.').filter(Boolean);
  const generic = /^(?:www\d*|m|amp|news|com|net|org|gov|edu|co|ac|info|biz)$/;
  while (labels.length > 1 && (labels[labels.length - 1]!.length <= 3 || generic.test(labels[labels.length - 1]!))) {
    labels.pop();
  }
  const label = labels.reverse().find((l) => !generic.test(l));
  return label && label.length >= 3 ? label : null;
}

export function readSiteName(
  doc: Document,
  meta: MetaMap,
  nodes: readonly JsonLdNode[],
  arts: readonly JsonLdNode[],
): string | null {
  const og = firstMeta(meta, ['og:site_name']);
  if (og) return og;
  for (const node of [...arts, ...nodes]) {
    const pub = node['publisher'];
    const name = jsonLdName(Array.isArray(pub) ? pub[0] : pub, nodes);
    if (name) return name;
  }
  const app = firstMeta(meta, ['application-name', 'apple-mobile-web-app-title']);
  const docTitle = docTitleText(doc);
  if (app && app.split(/\s+/).length <= 5 && (!docTitle || key(app) !== key(docTitle))) return app;
  for (const node of nodes) {
    if (typesOf(node).includes('website')) {
      const name = str(node['name']);
      if (name) return name;
    }
  }
  return null;
}
