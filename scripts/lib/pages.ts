/**
 * Saved pages on disk, for `npm run eval` and `npm run bench`: finding them, reading and decoding them, and the
 * block-aware text of an HTML fragment.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export interface Decoded {
  text: string;
  /** The WHATWG encoding name used (TextDecoder's `encoding`, e.g. "utf-8", "windows-1252"). */
  charset: string;
  /**
   * Where the charset came from. "utf8-valid": a legacy charset is declared but the bytes are valid, non-ASCII
   * UTF-8; "fallback": undeclared and not valid UTF-8, read as windows-1252.
   */
  source: 'bom' | 'meta' | 'xml' | 'default' | 'utf8-valid' | 'fallback';
}

/** How far into the file a charset declaration is looked for (saved pages often have long heads). */
const SNIFF_BYTES = 8192;

/** A TextDecoder for a label, or null when the label is unknown. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/**
 * The charset a saved page declares: byte-order mark first, then `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, then an XML declaration. Returns the WHATWG encoding
 * name, or null when nothing usable is declared. A declared UTF-16 in an ASCII-compatible file means UTF-8 (as
 * in browsers); x-user-defined means windows-1252.
 */
export function sniffCharset(bytes: Uint8Array): { charset: string; source: 'bom' | 'meta' | 'xml' } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', source: 'bom' };
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const found: { label: string; source: 'meta' | 'xml' }[] = [];
  const xml = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const metaRe = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/;>]+)/gi;
  for (let m = metaRe.exec(head); m; m = metaRe.exec(head)) found.push({ label: m[1]!, source: 'meta' });
  if (xml) found.push({ label: xml[1]!, source: 'xml' });
  for (const { label, source } of found) {
    const decoder = decoderFor(label);
    if (!decoder) continue;
    let charset = decoder.encoding;
    if (charset.startsWith('utf-16')) charset = 'utf-8';
    if (charset === 'x-user-defined') charset = 'windows-1252';
    return { charset, source };
  }
  return null;
}

/**
 * Decode a saved page. A byte-order mark decides. A declared charset is used as declared, except that a page
 * declaring a legacy charset whose bytes are valid non-ASCII UTF-8 is read as UTF-8. An undeclared page is UTF-8
 * unless it is not valid UTF-8, in which case it is read as windows-1252 (the usual encoding of old undeclared
 * Western pages).
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
  const sniffed = sniffCharset(bytes);
  if (sniffed && sniffed.source !== 'bom' && sniffed.charset !== 'utf-8' && bytes.some((b) => b > 0x7f)) {
    // Saved pages are often re-encoded as UTF-8 while keeping the original declaration; non-ASCII text that is
    // valid UTF-8 is practically never a legacy encoding.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', source: 'utf8-valid' };
    } catch {
      // not UTF-8: the declaration stands
    }
  }
  if (sniffed) {
    // TextDecoder drops a BOM matching its own encoding by default.
    const text = new TextDecoder(sniffed.charset).decode(bytes);
    return { text, charset: sniffed.charset, source: sniffed.source };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', source: 'default' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', source: 'fallback' };
  }
}

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

/** Read and decode a saved page. */
export function readPage(path: string): Decoded {
  return decodeHtml(readFileSync(path));
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
