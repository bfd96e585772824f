/**
 * The data of the content stage, shared by its modules and by boilerplate.ts: the measurements taken of every
 * element, and the result handed to the structure stage (structure/blocks.ts).
 */

/** Measurements of one element, taken by the bottom-up measurement pass. */
export interface Stats {
  /** Characters of text (white space collapsed, approximately). */
  text: number;
  /** Characters of text inside links. */
  linkText: number;
  /** Commas, Arabic commas and semicolons: a cheap measure of prose. */
  commas: number;
  /** Paragraph-like descendants with ≥ 25 characters. */
  paras: number;
  /** Characters of text inside paragraph-like descendants (all of it, when the element is one). */
  paraText: number;
  /** Characters of that paragraph text inside list items (a list of teasers holds nearly all of it there); absent
   * is none. */
  itemText?: number;
  score: number;
  scored: boolean;
}

export interface ContentResult {
  /** Containers of the article body, in document order (the top candidate and the siblings merged with it). */
  roots: Element[];
  /** Elements inside the roots that are not article text (ads, share bars, related links, hidden nodes …). */
  skip: Set<Element>;
  /** Per-element measurements, reused by the block builder. */
  stats: Map<Element, Stats>;
  /** Score of the top candidate: how sure the pick is. */
  score: number;
  /** The top candidate (one of the roots). */
  top: Element;
  /**
   * Readerable score of the page (readable.ts: √(length − 140) summed over visible paragraphs of 140+ characters
   * outside list items and page chrome, counted up to twice the article threshold), handed to detect.ts so that
   * it need not compute it again.
   */
  readable: number;
}

/** Share of an element's text that is link text (0 for an element without text). */
export function linkDensity(st: Stats): number {
  return st.text ? st.linkText / st.text : 0;
}

/** Text whose paragraphs are mostly list items (this share of their text or more): a list of teasers or links. */
export function isItemList(st: Stats, share: number): boolean {
  return st.paraText > 0 && (st.itemText ?? 0) > st.paraText * share;
}
