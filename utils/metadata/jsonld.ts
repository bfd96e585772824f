/**
 * JSON-LD (`<script type="application/ld+json">`) reading: every object of every block, flattened through
 * arrays and `@graph`, with keys that could pollute prototypes dropped. Page content is hostile: a block that
 * does not parse is skipped, never thrown.
 */
import { elementsNamed } from '../common/dom';

export type JsonLdNode = Record<string, unknown>;

/** Keys never copied out of page JSON: they could reach Object.prototype through a later merge. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Most nodes kept per document: a page with thousands of nodes is not worth reading all of. */
const MAX_NODES = 500;

/** Schema.org types that describe an article (a news story, a blog post, a report). */
export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'scholarlyarticle',
  'medicalscholarlyarticle',
  'techarticle',
  'report',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'review',
]);

function stripWrappers(raw: string): string {
  return raw
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>$/, '')
    .trim()
    .replace(/;+$/, '');
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is JsonLdNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (out.length >= MAX_NODES || depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const graph = value['@graph'];
  if (graph !== undefined) {
    // A wrapper with only @context/@graph is not a node itself.
    if (value['@type'] !== undefined) out.push(value);
    collect(graph, out, depth + 1);
    return;
  }
  out.push(value);
}

/** Every JSON-LD object on the page, in document order, flattened through arrays and `@graph`. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of elementsNamed(doc, 'script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    const text = stripWrappers(script.textContent ?? '');
    if (!text) continue;
    collect(safeParse(text), out, 0);
    if (out.length >= MAX_NODES) break;
  }
  return out;
}

/** The node's `@type` values, lower-cased, without a schema.org prefix ("http://schema.org/NewsArticle" → "newsarticle"). */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v !== 'string') continue;
    const name = v
      .replace(/^.*[/#:]/, '')
      .trim()
      .toLowerCase();
    if (name) out.push(name);
  }
  return out;
}

/** True when one of the node's types is an article type. */
export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

/**
 * The nodes that describe an article: article-typed nodes, and article-typed `mainEntity` /
 * `mainEntityOfPage` objects nested in a page node.
 */
export function articleNodes(nodes: readonly JsonLdNode[]): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const node of nodes) {
    if (isArticleNode(node)) {
      out.push(node);
      continue;
    }
    for (const key of ['mainEntity', 'mainEntityOfPage']) {
      const inner = node[key];
      const list = Array.isArray(inner) ? inner : [inner];
      for (const v of list) if (isObject(v) && isArticleNode(v)) out.push(v);
    }
  }
  return out;
}

/** Find a node by `@id` (for references like `"author": {"@id": "#person-1"}`). */
export function nodeById(nodes: readonly JsonLdNode[], id: string): JsonLdNode | undefined {
  return nodes.find((n) => n['@id'] === id);
}
