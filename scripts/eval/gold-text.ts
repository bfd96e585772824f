/**
 * Reading a gold main text of broad/ (scripts/eval/corpora.ts). Two things of the corpora's own format, as their
 * README gives it, that a plain UTF-8 read misses:
 * - dragnet's gold is "the dataset's own corrected text up to its comments marker": the marker is a line of the
 *   keyboard's shifted digits ("!@#$%^&*() COMMENTS"), typed by hand and so not always alike ("!@ $%^&*()
 *   COMMENTS", "@#$%^&*() COMMENTS", or the symbols alone). 14 gold files still hold it with the reader comments
 *   after it; the text ends at it.
 * - a few gold files are UTF-16 (little-endian, with its byte-order mark) that was once taken byte by byte as
 *   Latin-1 and written as UTF-8: they begin "ÿþ", and every other character is a NUL. They are read back as the
 *   UTF-16 they were.
 */

/** A line that is the comments marker: shifted digits and spaces, at least six symbols, then "COMMENTS" or not. */
const COMMENTS_MARKER = /^[!@#$%^&*() ]*(?:[!@#$%^&*()][ ]*){6,}(?:COMMENTS)?$/;

/** The UTF-16 byte-order mark (FF FE) read as Latin-1. */
const MOJIBAKE_UTF16_BOM = '\u00ff\u00fe';

/** Text that is UTF-16LE once taken as Latin-1, decoded as the UTF-16 it was; other text as it is. */
export function undoLatin1Utf16(text: string): string {
  if (!text.startsWith(MOJIBAKE_UTF16_BOM)) return text;
  const body = text.slice(MOJIBAKE_UTF16_BOM.length);
  // Every character stands for one byte; one above 0xFF means the text is not what this repairs.
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) > 0xff) return text;
  return Buffer.from(body, 'latin1').toString('utf16le');
}

/** The text before the first comments-marker line (all of it without one). */
export function beforeCommentsMarker(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => COMMENTS_MARKER.test(l.trim()));
  return at < 0 ? text : lines.slice(0, at).join('\n');
}

/** A gold main text as the corpus means it: decoded, cut at the comments marker, HTML comments removed. */
export function goldText(raw: string): string {
  return beforeCommentsMarker(undoLatin1Utf16(raw))
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
}
