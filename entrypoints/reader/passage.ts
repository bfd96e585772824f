/**
 * "Show in page": find a passage of the brief in the live page, scroll it into view and highlight it for a few
 * seconds. The highlight uses the CSS Custom Highlight API, styled by a constructed style sheet: no node of the
 * page is added, changed or moved, so its layout and its scripts' view of the DOM stay as they were. Browsers
 * without the API get a fixed-position overlay outside the page's flow, removed after the same delay.
 */
const HIGHLIGHT_NAME = 'newsbrief-passage';
const HIGHLIGHT_MS = 4000;
/** Long passages are matched on their first characters: enough to be unique, short enough to survive markup. */
const PROBE_CHARS = 80;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Characters never compared: white space of every kind, zero-width and bidi marks, the soft hyphen. */
const IGNORED = /[\s\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;
const IGNORED_ALL = new RegExp(IGNORED.source, 'g');

/**
 * The page's text without the characters that are not compared, and where each character came from.
 *
 * Spacing is not compared at all. The page's markup and the brief's normalised text space things differently: a
 * text-node boundary may or may not be a word break ("office</a>," is "office," in the brief), punctuation may
 * have a space before it in one and not the other, and a block the page styles as a line may have no white space
 * around it in the markup. The letters, digits and punctuation in order are what identify a passage.
 */
interface TextIndex {
  text: string;
  nodes: Text[];
  offsets: number[];
}

function indexText(root: Node): TextIndex {
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let text = '';
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      SKIPPED.has(n.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const value = n.data;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (IGNORED.test(ch)) continue;
      text += ch;
      nodes.push(n);
      offsets.push(i);
    }
  }
  return { text, nodes, offsets };
}

/** A passage as it is compared with the page: every ignored character removed. */
function comparable(passage: string): string {
  return passage.replace(IGNORED_ALL, '');
}

function rangeAt(index: TextIndex, start: number, length: number): Range | null {
  const end = start + length - 1;
  const startNode = index.nodes[start];
  const endNode = index.nodes[end];
  if (!startNode || !endNode) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.offsets[start]!);
  range.setEnd(endNode, index.offsets[end]! + 1);
  return range;
}

function isVisible(range: Range): boolean {
  const el = range.startContainer.parentElement;
  return !el || typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkVisibilityCSS: true });
}

/** The first visible occurrence of the passage (or of its opening words) in the page, as a Range. */
export function findPassage(doc: Document, passage: string): Range | null {
  const wanted = comparable(passage);
  if (!wanted || !doc.body) return null;
  const index = indexText(doc.body);
  const probes = [wanted];
  if (wanted.length > PROBE_CHARS) probes.push(wanted.slice(0, PROBE_CHARS));
  for (const probe of probes) {
    let from = 0;
    for (;;) {
      const at = index.text.indexOf(probe, from);
      if (at < 0) break;
      const range = rangeAt(index, at, probe.length);
      if (range && isVisible(range)) return range;
      from = at + 1;
    }
  }
  return null;
}

let clearTimer: ReturnType<typeof setTimeout> | undefined;
let sheet: CSSStyleSheet | undefined;

function highlightWithApi(doc: Document, range: Range): boolean {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  if (!registry || typeof Highlight !== 'function') return false;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #000; }`);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  registry.set(HIGHLIGHT_NAME, new Highlight(range));
  clearTimer = setTimeout(() => {
    registry.delete(HIGHLIGHT_NAME);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }, HIGHLIGHT_MS);
  return true;
}

function highlightWithOverlay(doc: Document, range: Range): void {
  const box = range.getBoundingClientRect();
  const overlay = doc.createElement('div');
  overlay.setAttribute('aria-hidden', 'true');
  Object.assign(overlay.style, {
    position: 'fixed',
    left: `${box.left - 4}px`,
    top: `${box.top - 4}px`,
    width: `${box.width + 8}px`,
    height: `${box.height + 8}px`,
    background: 'rgba(255, 213, 79, 0.45)',
    outline: '2px solid #f9a825',
    pointerEvents: 'none',
    zIndex: '2147483647',
  });
  doc.documentElement.appendChild(overlay);
  clearTimer = setTimeout(() => overlay.remove(), HIGHLIGHT_MS);
}

/** Scroll to the passage and highlight it; false when the page does not contain it. */
export function showPassage(doc: Document, passage: string): boolean {
  const range = findPassage(doc, passage);
  if (!range) return false;
  if (clearTimer) clearTimeout(clearTimer);
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  if (!highlightWithApi(doc, range)) highlightWithOverlay(doc, range);
  return true;
}
