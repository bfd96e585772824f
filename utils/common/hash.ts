/**
 * The hash of a page snapshot: tells an unchanged page from a changed one (an in-page navigation that changed
 * nothing keeps its brief). The page reader computes it only when the worker asks whether the page changed; for a
 * fresh brief the worker computes it from the HTML it received, while the extraction runs, off the page's thread
 * and off the brief's path.
 */

/** FNV-1a over the UTF-16 code units, as 8 hex digits. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A snapshot's hash: its text's FNV-1a and its length, 16 hex digits. */
export function snapshotHash(html: string): string {
  return `${hashText(html)}${html.length.toString(16).padStart(8, '0')}`;
}
