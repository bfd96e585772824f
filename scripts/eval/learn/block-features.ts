/**
 * Features of the blocks inside the chosen container, for the learned block scorer measured by
 * `npm run eval:learn-blocks`. Every feature is one the content stage already has or reads
 * cheaply: text length, link density, commas, tag, class weight (its own and its ancestors' inside the root),
 * position in the kept text, the parent's shape, the neighbours' length. The blocks are the leaf blocks the rules
 * keep (a veto may drop them) and the outermost blocks the boilerplate pass dropped (a rescue may keep them).
 * Not wired into extraction: by-site cross-validation on dev did not beat the rules (docs/learned-block-scorer.md).
 */
import { BLOCKS, isHeadingElement, readableText, tagOf } from '../../../utils/common/dom';
import { classWeight } from '../../../utils/extract/class-weight';
import { linkDensity, type ContentResult, type Stats } from '../../../utils/extract/model';

/** A node of a regression tree: a split on one feature (`f` < `t` goes left) or a leaf value (`v`). */
export type TreeNode = { f: number; t: number; l: number; r: number } | { v: number };

/**
 * Boosted regression trees over `blockFeatures`, summed into the log-odds that a block is story text, and the
 * threshold on that probability at which the model acts (learn/models.ts).
 */
export interface BlockModel {
  features: readonly string[];
  /** The log-odds before any tree. */
  base: number;
  /** Each tree as an array of nodes, the root first. */
  trees: readonly (readonly TreeNode[])[];
  threshold: number;
}

/** One leaf block of the kept text: an element with text and no block child that holds text. */
export interface Leaf {
  el: Element;
  st: Stats;
  /** Characters of kept text before it, in reading order over the roots. */
  offset: number;
  /** The root it lies in. */
  root: Element;
  /** The leaf's text as a reader sees it. */
  text: string;
  /** Skipped by the rules (a block the boilerplate pass dropped), not kept. */
  dropped: boolean;
}

/** The names of the features, in the order blockFeatures gives them. */
export const BLOCK_FEATURES = [
  'logText',
  'linkDensity',
  'commaRate',
  'isP',
  'isListItem',
  'isHeading',
  'isCell',
  'isDiv',
  'sentenceEnd',
  'fewWords',
  'classWeight',
  'chromeAncestor',
  'start',
  'after',
  'parentLinkDensity',
  'parentShare',
  'neighbourLogText',
  'digitShare',
  'separators',
  'inTop',
  'depth',
  'upperShare',
  'inList',
  'dropped',
  'pageLogText',
  'pageShare',
  'siblingLinkDensity',
] as const;

const SENTENCE_END = /[.!?؟。"”»)]\s*$/u;
const SEPARATORS = /[|•·›»]/u;

/**
 * Kept leaf blocks of a result, in reading order; with `dropped`, also the outermost measured blocks the rules
 * skipped inside the roots (the boilerplate pass's drops: chrome the measurement skipped has no stats).
 */
export function leafBlocks(r: ContentResult, dropped = false): Leaf[] {
  const out: Leaf[] = [];
  let offset = 0;
  for (const root of r.roots) {
    const stack: Element[] = [root];
    while (stack.length) {
      const el = stack.pop()!;
      const st = r.stats.get(el);
      if (r.skip.has(el)) {
        if (dropped && st && st.text > 0) out.push({ el, st, offset, root, text: readableText(el), dropped: true });
        continue;
      }
      if (!st || st.text === 0) continue;
      let blockChild = false;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        if (!r.skip.has(c) && BLOCKS.has(tagOf(c)) && (r.stats.get(c)?.text ?? 0) > 0) {
          blockChild = true;
          break;
        }
      }
      if (!blockChild) {
        out.push({ el, st, offset, root, text: readableText(el), dropped: false });
        offset += st.text;
        continue;
      }
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
  }
  return out;
}

function share(s: string, re: RegExp): number {
  if (!s) return 0;
  const m = s.match(re);
  return m ? m.length / s.length : 0;
}

/** The link density of the kept leaves right before and after leaf `i` (two each side). */
function siblingLinks(leaves: readonly Leaf[], i: number): number {
  let text = 0;
  let links = 0;
  for (const j of [i - 2, i - 1, i + 1, i + 2]) {
    const l = leaves[j];
    if (!l || l.dropped) continue;
    text += l.st.text;
    links += l.st.linkText;
  }
  return text ? links / text : 0;
}

/** The features of each leaf (BLOCK_FEATURES order). */
export function blockFeatures(r: ContentResult, leaves: readonly Leaf[]): number[][] {
  const total = leaves.reduce((n, l) => n + (l.dropped ? 0 : l.st.text), 0) || 1;
  return leaves.map((l, i) => {
    const { el, st, text } = l;
    const tag = tagOf(el);
    const parent = el.parentElement;
    const pst = parent ? r.stats.get(parent) : undefined;
    let chrome = 0;
    let depth = 0;
    let inList = 0;
    for (let a = el.parentElement; a && depth < 12; a = a.parentElement) {
      const t = tagOf(a);
      if (t === 'ul' || t === 'ol' || t === 'li' || t === 'dl') inList = 1;
      if (a === l.root) break;
      chrome = Math.min(chrome, classWeight(a));
      depth++;
    }
    const prev = leaves[i - 1]?.st.text ?? 0;
    const next = leaves[i + 1]?.st.text ?? 0;
    const offsetShare = Math.min(1, l.offset / total);
    const letters = text.replace(/[^\p{L}]/gu, '');
    return [
      Math.log1p(st.text),
      linkDensity(st),
      Math.min(3, (st.commas * 100) / Math.max(st.text, 1)),
      tag === 'p' ? 1 : 0,
      tag === 'li' || tag === 'dd' || tag === 'dt' ? 1 : 0,
      isHeadingElement(el) ? 1 : 0,
      tag === 'td' || tag === 'th' ? 1 : 0,
      tag === 'div' ? 1 : 0,
      SENTENCE_END.test(text) ? 1 : 0,
      text.split(/\s+/).length <= 4 ? 1 : 0,
      classWeight(el) / 25,
      chrome / 25,
      offsetShare,
      Math.max(0, (total - l.offset - (l.dropped ? 0 : st.text)) / total),
      pst ? linkDensity(pst) : 0,
      pst && pst.text ? st.text / pst.text : 1,
      Math.log1p((prev + next) / 2),
      share(text, /\p{N}/gu),
      SEPARATORS.test(text) ? 1 : 0,
      l.root === r.top ? 1 : 0,
      Math.min(depth, 12) / 12,
      letters ? share(letters, /\p{Lu}/gu) : 0,
      inList,
      l.dropped ? 1 : 0,
      Math.log1p(total),
      st.text / total,
      siblingLinks(leaves, i),
    ];
  });
}

/** The value of one tree for these features. */
export function treeValue(tree: readonly TreeNode[], x: readonly number[]): number {
  let n = tree[0]!;
  while (!('v' in n)) n = tree[(x[n.f] ?? 0) < n.t ? n.l : n.r]!;
  return n.v;
}

/** The model's probability that a block with these features is story text. */
export function storyProbability(m: BlockModel, x: readonly number[]): number {
  let z = m.base;
  for (const tree of m.trees) z += treeValue(tree, x);
  return 1 / (1 + Math.exp(-z));
}
