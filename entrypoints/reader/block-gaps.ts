/**
 * Line breaks the page shows but its markup does not have. An inline element (span, a, time, strong…) that the
 * page's style sheet lays out as a block (display block, flex, grid, list-item, table…, which is also what any
 * child of a flex or grid container becomes) reads as a separate line: a figure "33%" above its label "of
 * residents", a "1 days ago" line under a teaser. The snapshot keeps the tags, not the styles, so the extraction
 * core would read "33%of" and "statement…1 days ago". The snapshot puts a space on each side of such an element.
 *
 * Left alone: inline-level boxes (inline-block chips and glossary terms sit inside sentences, "the EU's plan",
 * where a space would split "EU" from "'s"), floated elements (a floated drop cap "T" is part of "The") and
 * absolutely positioned ones (a badge over a picture is not in the flow of the text).
 */
const PHRASING = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);
/** Computed `display` values whose outer box is a block: the element starts on a line of its own. */
const BLOCK_LEVEL = /^(?:block|flex|grid|flow-root|list-item|table)\b/;

/** Does this live element stand apart from the text around it, although its tag is inline? */
export function standsApart(el: Element): boolean {
  if (!PHRASING.has(el.tagName)) return false;
  const style = getComputedStyle(el);
  if (!BLOCK_LEVEL.test(style.display)) return false;
  return style.float === 'none' && style.position !== 'absolute' && style.position !== 'fixed';
}
