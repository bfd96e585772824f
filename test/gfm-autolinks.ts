/**
 * What GFM's autolink extension would turn into links in Markdown source: www. addresses, scheme:// URLs,
 * mailto:/xmpp: and e-mail addresses. Backslash-escaped characters are text to a renderer, so they are blanked
 * first. Used by the unit and end-to-end tests of the copied Markdown.
 */
/** What GFM would autolink in `md`: escaped characters (`\:`) are blanked first, as a renderer reads them as text. */
export function gfmAutolinks(md: string): string[] {
  const live = md.replace(/\\[!-/:-@[-`{-~]/g, '  ');
  const found: string[] = [];
  for (const m of live.matchAll(/(?:^|[\s*_~(])((?:https?|ftp):\/\/[^\s<]+|www\.[\w-]+\.[^\s<]*)/gi)) found.push(m[1]!);
  for (const m of live.matchAll(/(?:mailto|xmpp):[\w.+-]+@[\w-]+\.[\w.-]+/gi)) found.push(m[0]);
  for (const m of live.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) found.push(m[0]);
  return found;
}
