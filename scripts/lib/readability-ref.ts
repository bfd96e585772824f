/**
 * The reference extractor for `npm run eval` and `npm run bench`: Mozilla's Readability.js (the library behind
 * Firefox Reader View) on a linkedom DOM, the same DOM implementation the core uses. It is only a yardstick;
 * the product never calls it.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { addBase } from '../../utils/extract/parse';

/** What the reference produces for one page, in the fields the evaluation compares. */
export interface ReferenceResult {
  title: string | null;
  byline: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  siteName: string | null;
  /** Readability's `textContent` of the article ('' when it found none). */
  textContent: string;
  /** Readability's article HTML ('' when it found none). */
  content: string;
  /** isProbablyReaderable() on the untouched document. */
  readerable: boolean;
}

/**
 * Parse a page with linkedom, shaped like the core's parse stage: one parse, then a `<base href>` from the page
 * URL when the page has none (linkedom's baseURI is empty, so relative links would not resolve otherwise).
 */
export function parseForReference(html: string, url?: string | null): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  addBase(document, url);
  return document;
}

/** The extraction step alone: Readability.parse() (it mutates `doc`). */
export function readabilityParse(doc: Document): ReturnType<Readability['parse']> {
  return new Readability(doc).parse();
}

/**
 * The full reference run on one page: the readerable check on the fresh document (unless `checkReaderable` is
 * false; `readerable` is then false), then Readability.parse().
 */
export function readabilityFromHtml(html: string, url?: string | null, checkReaderable = true): ReferenceResult {
  const doc = parseForReference(html, url);
  const readerable = checkReaderable && isProbablyReaderable(doc);
  const article = readabilityParse(doc);
  return {
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    lang: article?.lang ?? null,
    dir: article?.dir ?? null,
    publishedTime: article?.publishedTime ?? null,
    siteName: article?.siteName ?? null,
    textContent: article?.textContent ?? '',
    content: article?.content ?? '',
    readerable,
  };
}
