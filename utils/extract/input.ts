/**
 * Raw input to page text: decide whether some bytes are an HTML page at all (not empty, not binary, not plain
 * text) and decode them with the right character set. Pure: bytes in, result out; TextDecoder only.
 */

export type InputProblem = 'empty' | 'binary' | 'not-html';

export type DecodedInput =
  { ok: true; html: string; charset: string } | { ok: false; problem: InputProblem; reason: string };

/** File signatures of common binary formats that are sometimes saved with an .html name. */
const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip-compressed data', [0x1f, 0x8b]],
  ['a WebP or RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

/** The character set named by a byte order mark, and the mark's length. */
export function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { charset: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { charset: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { charset: 'utf-16be', length: 2 };
  return null;
}

/**
 * How many leading bytes are searched for a charset declaration. Browsers look at 1024; saved pages often carry
 * long heads (in the evaluation corpora 33 of 2,328 pages declare their charset past 4 KB), so more is searched.
 */
const PRESCAN_BYTES = 8192;

/** The WHATWG encoding a label names, as a page declaration means it; null when the label is unknown. */
function encodingOf(label: string): string | null {
  // x-user-defined means windows-1252, and a declared UTF-16 in bytes read as ASCII means UTF-8, as in browsers.
  if (/^x-user-defined$/i.test(label.trim())) return 'windows-1252';
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

/**
 * The character set a page declares near its start, as a WHATWG encoding name: the first `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">` with a known label (unknown labels are passed over),
 * else the encoding of an XML declaration; null when nothing usable is declared.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const label = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m[0])?.[1];
    const encoding = label ? encodingOf(label) : null;
    if (encoding) return encoding;
  }
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return xml ? encodingOf(xml) : null;
}

/** Whether bytes (their first megabyte) are valid UTF-8. */
function validUtf8(body: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, 1 << 20));
    return true;
  } catch {
    return false;
  }
}

/** Whether the first megabyte holds a non-ASCII byte. */
function hasNonAscii(body: Uint8Array): boolean {
  const n = Math.min(body.length, 1 << 20);
  for (let i = 0; i < n; i++) if (body[i]! > 0x7f) return true;
  return false;
}

/** The binary format the bytes look like, or null when they look like text in the given charset. */
export function binaryKind(bytes: Uint8Array, charset: string): string | null {
  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) return name;
  if (charset.startsWith('utf-16')) return null; // NUL bytes are normal there
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return 'binary data (NUL bytes)';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > sample.length * 0.05 ? 'binary data (control bytes)' : null;
}

/** Elements an HTML document or fragment starts with; anything else at the start is not taken for HTML. */
const HTML_START = new RegExp(
  '^<(?:!doctype\\s+html|html|head|body|meta|title|link|base|script|style|noscript|header|nav|main|article|' +
    'section|aside|footer|div|span|p|h[1-6]|ul|ol|table|figure|blockquote|pre|a|img|form|br|hr|template)(?=[\\s>/])',
  'i',
);

/** Whether decoded text is an HTML page or fragment (plain text, JSON, Markdown or an RSS feed is not). */
export function looksLikeHtml(text: string): boolean {
  let rest = text.replace(/^\ufeff/, '').trimStart();
  // Skip an XML declaration and comments before the first tag.
  rest = rest.replace(/^<\?xml[^>]*\?>\s*/i, '');
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->');
    if (end < 0) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  if (HTML_START.test(rest)) return true;
  // Text that does not start with markup still counts when it carries a whole document's skeleton.
  return /<html[\s>]/i.test(rest) && /<body[\s>]/i.test(rest);
}

/**
 * Where a page's charset came from: a byte order mark, a declaration (`<meta>` or XML), the bytes being valid
 * UTF-8 although a legacy charset is declared, or nothing (undeclared).
 */
export type CharsetSource = 'bom' | 'declared' | 'utf8-valid' | 'undeclared';

/** A page's text, the WHATWG name of the charset it was read in, and where that charset came from. */
export interface DecodedPage {
  text: string;
  charset: string;
  source: CharsetSource;
}

/**
 * Decode a saved page. A byte order mark decides. A declared charset is used as declared, except that a page
 * declaring a legacy charset whose bytes are valid, non-ASCII UTF-8 is read as UTF-8: saved pages are often
 * re-encoded as UTF-8 under their old declaration, and non-ASCII text in a legacy charset is practically never
 * valid UTF-8. An undeclared page is UTF-8 when valid, else in the legacy encoding of its language. Never refuses:
 * the one charset policy of the CLI, the evaluation and the benchmark.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const bom = bomCharset(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const declared = bom ? null : declaredCharset(bytes);
  let charset: string;
  let source: CharsetSource;
  if (bom) [charset, source] = [bom.charset, 'bom'];
  else if (declared && declared !== 'utf-8' && hasNonAscii(body) && validUtf8(body))
    [charset, source] = ['utf-8', 'utf8-valid'];
  else if (declared) [charset, source] = [declared, 'declared'];
  else [charset, source] = [undeclaredCharset(body), 'undeclared'];
  return { text: new TextDecoder(charset).decode(body), charset, source };
}

/**
 * Decode bytes read from a file or stdin into page HTML (see decodePage). Empty, binary or non-HTML input is
 * reported with a one-line reason instead.
 */
export function decodeHtmlInput(bytes: Uint8Array): DecodedInput {
  const bom = bomCharset(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (body.length === 0) return { ok: false, problem: 'empty', reason: 'the input is empty' };
  const { text: html, charset } = decodePage(bytes);
  const binary = binaryKind(body, charset);
  if (binary) return { ok: false, problem: 'binary', reason: `the input is ${binary}, not HTML` };
  if (html.trim() === '') return { ok: false, problem: 'empty', reason: 'the input has only white space' };
  if (!looksLikeHtml(html))
    return { ok: false, problem: 'not-html', reason: 'the input is not HTML (no HTML markup at its start)' };
  return { ok: true, html, charset };
}

/**
 * The charset of a page that declares none: UTF-8 when the bytes are valid UTF-8; otherwise the legacy encoding
 * a browser would pick for the page's language (windows-1256 for Arabic, Persian and Urdu pages, windows-1252
 * elsewhere).
 */
function undeclaredCharset(body: Uint8Array): string {
  if (validUtf8(body)) return 'utf-8';
  const head = new TextDecoder('latin1').decode(body.subarray(0, 4096));
  const lang = /<html[^>]*\blang\s*=\s*["']?([a-z]{2,3})/i.exec(head)?.[1]?.toLowerCase();
  if (lang === 'ar' || lang === 'fa' || lang === 'ur') return 'windows-1256';
  // Without a lang: bytes in the Arabic letter range of windows-1256 (0xC1–0xDA, 0xDC–0xEF) dominating the
  // high bytes are Arabic text far more often than Latin-1 accents.
  let high = 0;
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < Math.min(body.length, 65536); i++) {
    const b = body[i]!;
    if (b > 0x20 && b !== 0x3c && b !== 0x3e) letters++;
    if (b >= 0x80) {
      high++;
      if (
        (b >= 0xc1 && b <= 0xda) ||
        (b >= 0xdc &&
          b <= 0xef &&
          b !== 0xe0 &&
          b !== 0xe2 &&
          b !== 0xe7 &&
          b !== 0xe8 &&
          b !== 0xe9 &&
          b !== 0xea &&
          b !== 0xeb &&
          b !== 0xee &&
          b !== 0xef)
      )
        arabic++;
    }
  }
  // Arabic text is almost all high bytes; Latin text has a few accented letters among ASCII ones.
  return high > 20 && arabic / high > 0.7 && high / Math.max(1, letters) > 0.25 ? 'windows-1256' : 'windows-1252';
}
