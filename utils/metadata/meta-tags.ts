/**
 * The page's `<meta>` values and its document title, and plain values read from JSON-LD.
 */
import { elementsNamed, tagOf } from '../common/dom';
import { nodeById, type JsonLdNode } from './jsonld';
import { clean } from './clean';
import { textOf, inForeignItem } from './place';

export type MetaMap = Map<string, string[]>;

/** All `<meta>` values keyed by lower-cased name, property, itemprop and http-equiv (space-separated lists split). */
export function readMetaTags(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  for (const meta of elementsNamed(doc, 'meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    const value = clean(content);
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const names = meta.getAttribute(attr);
      if (!names) continue;
      if (attr === 'itemprop' && inForeignItem(meta)) continue;
      for (const raw of names.toLowerCase().split(/\s+/)) {
        if (!raw) continue;
        // "dc:title", "dcterms:creator" → "dc.title", "dcterms.creator"
        const n = /^(?:dc|dcterms?):/.test(raw) ? raw.replace(':', '.') : raw;
        const list = map.get(n);
        // Repeated values (several authors) count only in the attribute that gave the first one; a `property`
        // (RDFa, Open Graph) value outranks a `name` one for the same key wherever it stands.
        const from = (list as (string[] & { attr?: string }) | undefined)?.attr;
        if (!list || (attr === 'property' && from !== 'property')) map.set(n, Object.assign([value], { attr }));
        else if (from === attr) list.push(value);
      }
    }
  }
  return map;
}

export function firstMeta(meta: MetaMap, names: readonly string[]): string | null {
  for (const n of names) {
    const v = meta.get(n)?.[0];
    if (v) return v;
  }
  return null;
}

export function str(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return String(v);
  return null;
}

/** `name` of a JSON-LD value that is a string, an object with a name, or a reference resolved by `@id`. */
export function jsonLdName(v: unknown, nodes: readonly JsonLdNode[]): string | null {
  if (typeof v === 'string') return clean(v);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const obj = v as JsonLdNode;
  const direct = str(obj['name']);
  if (direct) return direct;
  const id = obj['@id'];
  if (typeof id === 'string') {
    const ref = nodeById(nodes, id);
    if (ref && ref !== obj) return str(ref['name']);
  }
  return null;
}

export function docTitleText(doc: Document): string | null {
  const titles = elementsNamed(doc, 'title');
  const el =
    titles.find((t) => t.parentElement !== null && tagOf(t.parentElement) === 'head') ??
    titles.find((t) => !t.closest('svg'));
  return textOf(el);
}
