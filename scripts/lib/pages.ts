/**
 * Saved pages on disk, for `npm run eval` and `npm run bench`: finding them, reading and decoding them, and the
 * block-aware text of an HTML fragment.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodePage, type DecodedPage } from '../../utils/extract/input';

/**
 * The HTML pages under a folder, recursively: in a folder holding a `source.html` only that file is a page (its
 * `expected.html` is an answer, not a page); elsewhere every `.html`/`.htm` file is. Sorted by path.
 */
export function collectHtmlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const names = readdirSync(dir).sort();
    if (names.includes('source.html')) {
      out.push(join(dir, 'source.html'));
    } else {
      for (const name of names) {
        if (/\.html?$/i.test(name) && statSync(join(dir, name)).isFile()) out.push(join(dir, name));
      }
    }
    for (const name of names) {
      const p = join(dir, name);
      if (!name.startsWith('.') && name !== 'node_modules' && statSync(p).isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

/** A page id relative to a root folder, for report lines. */
export function pageId(root: string, path: string): string {
  return relative(root, path) || path;
}

/** Read and decode a saved page, with the charset policy of the CLI (utils/extract/input.ts). */
export function readPage(path: string): DecodedPage {
  return decodePage(readFileSync(path));
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text of an HTML fragment with a line break around every block element, so that words in adjacent blocks
 * never run together (plain `textContent` glues "</p><p>" neighbours).
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(document.body ?? document.documentElement);
  return parts
    .join('')
    .replace(/[ \t\u00a0]*\n\s*/g, '\n')
    .trim();
}
