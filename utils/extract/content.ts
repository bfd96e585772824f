/**
 * Stage 3: find the element that holds the article body.
 *
 * One bottom-up pass measures every element (measure.ts); paragraph-like elements then give points to their
 * ancestors, as reader modes do, and the best-scored container wins (scoring.ts), with its siblings that carry
 * article text (siblings.ts) and the intros above it (intros.ts). Nothing in the document is changed: boilerplate
 * is only *skipped* (a set of dropped elements), so the same document can be scored again with a lenient policy
 * (policy.ts) when the strict one finds too little, and the caller's document stays intact.
 *
 * Output is a `ContentResult`: the chosen roots in reading order and the set of elements to skip inside them.
 * structure/blocks.ts turns that into blocks.
 */
import { trimClosingCalls } from './closing';
import { cutAtComments, isCommentNamed } from './comments';
import { tagOf } from '../common/dom';
import { isBoilerplateBlock, isOpeningLead } from './boilerplate';
import { findIntros } from './intros';
import { measure } from './measure';
import type { Policy } from './policy';
import { type ContentResult, linkDensity, type Stats } from './model';
import { rank, type Ranking, scoreCandidates, settle } from './scoring';
import { readableScore } from './readable';
import { mergeSiblings } from './siblings';
import { CONTENT, type ContentSettings } from '../settings/content';
import { BOILERPLATE, type BoilerplateSettings } from '../settings/boilerplate';

/** Is this element a comment thread or inside one (its class or id, or an ancestor's, names the thread)? */
function inCommentThread(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isCommentNamed(e)) return true;
  return false;
}

/** List elements: a list is never the story's prose. */
const LISTS = new Set(['ul', 'ol', 'dl']);

/** A pick of the article containers, before the boilerplate pass and the page's readerable score. */
export type Picked = Omit<ContentResult, 'readable'>;

/** One pass over the page (strict or lenient policy): every element measured, the candidates ranked. */
export interface Scored {
  body: Element;
  stats: Map<Element, Stats>;
  skip: Set<Element>;
  ranking: Ranking;
}

/** Measure the tree and rank its container candidates under one policy. */
export function scorePage(doc: Document, policy: Policy, c: ContentSettings): Scored | null {
  // The whole document, not just <body>: broken pages (stray <html> tags, conditional comments) leave the
  // article outside the parser's body element.
  const body = doc.documentElement ?? doc.body;
  if (!body) return null;
  const { stats, skip, paragraphs } = measure(body, policy, c.rules.gatedStory ? c.gatedStory : null);
  const candidates = scoreCandidates(body, paragraphs, stats, c);
  if (!candidates.length) return null;
  const ranking = rank(candidates, stats);
  return ranking ? { body, stats, skip, ranking } : null;
}

/**
 * The article containers around a top candidate: it, its siblings that carry article text, the intros above. The
 * boilerplate pass adds to the skipped set: a caller that picks twice from one pass hands each pick a copy.
 */
export function pickAround(s: Scored, top: Element, c: ContentSettings, skip = s.skip): Picked {
  const { body, stats, ranking } = s;
  const topScore = ranking.finalScore.get(top) ?? ranking.bestScore;
  const roots = c.rules.siblings
    ? mergeSiblings(top, topScore, body, { stats, skip, finalScore: ranking.finalScore })
    : [top];
  const intros = c.rules.intros ? findIntros(top, body, roots, stats, skip) : [];
  return { roots: [...intros, ...roots], skip, stats, score: topScore, top };
}

/** Score the tree and pick the article containers. */
function pick(doc: Document, policy: Policy, c: ContentSettings): Picked | null {
  const s = scorePage(doc, policy, c);
  return s ? pickAround(s, settle(s.ranking, s.body, s.stats, c), c) : null;
}

/** Characters of article text in a result. */
export function resultLength(r: Pick<ContentResult, 'roots' | 'stats'>): number {
  return r.roots.reduce((n, el) => n + (r.stats.get(el)?.text ?? 0), 0);
}

/** Characters of a pick's text inside the outermost elements that pass a test. */
function outermostText(r: Picked, test: (el: Element) => boolean): number {
  let n = 0;
  const stack = [...r.roots];
  while (stack.length) {
    const el = stack.pop()!;
    const st = r.stats.get(el);
    if (!st?.text) continue;
    if (test(el)) {
      n += st.text;
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  return n;
}

/** Characters of a pick's text inside elements named as readers' comments (the outermost of them). */
function threadText(r: Picked): number {
  return outermostText(r, isCommentNamed);
}

/**
 * Characters of a result's text that reach the brief: its roots' text less the elements skipped inside them, and
 * less the readers' comment threads in them when `threads` is false.
 */
function keptLength(r: ContentResult, threads: boolean): number {
  return resultLength(r) - outermostText(r, (el) => r.skip.has(el) || (!threads && isCommentNamed(el)));
}

/**
 * Find the article body. Scores the page twice: with the strict policy (class/id-named chrome skipped) and a
 * lenient one. The lenient pick wins when the strict one is weak (little text or a low score) and the lenient one
 * is stronger: an article inside a container named like chrome, e.g. `WcmsPageWideBannerPlaceHolder`. The
 * measurement is linear, so the second pass is cheap next to parsing.
 */
export function extractContent(
  doc: Document,
  boilerplate: BoilerplateSettings = BOILERPLATE,
  content: ContentSettings = CONTENT,
): ContentResult | null {
  const strict = pick(doc, 'strict', content);
  // A confident strict pick with enough text cannot lose to the lenient one: skip the second pass.
  const P = content.policies;
  if (strict && strict.score >= P.confidentScore && resultLength(strict) >= P.confidentText) {
    return withBoilerplate(strict, doc, boilerplate, content);
  }
  if (!content.rules.lenientPolicy) return strict ? withBoilerplate(strict, doc, boilerplate, content) : null;
  const lenient = pick(doc, 'lenient', content);
  const sl = strict ? resultLength(strict) : 0;
  // A readers' comment thread the lenient pass let in (a comment plugin's, in the story's column) is no article text.
  const ll = lenient ? resultLength(lenient) - (content.rules.commentThread ? threadText(lenient) : 0) : 0;
  const weak =
    !strict ||
    sl < P.confidentText ||
    strict.score < P.weakScore ||
    (strict.score < P.confidentScore && ll > sl * P.weakTextRatio);
  let best =
    !strict || (lenient && weak && ll > sl * P.lenientTextRatio && lenient.score > strict.score) ? lenient : strict;
  // A readers' comment thread outscores a short story; it is never the article when the strict pick is there.
  if (content.rules.commentThread && best === lenient && strict && lenient && inCommentThread(lenient.top)) {
    best = strict;
  }
  // The lenient pass lets in every chrome-named element, the sidebar's "about" blurb with the story. When the story
  // was skipped only for a word page builders also give it (a blog platform's post "widget"), a pass that lets in
  // just those words finds it without the rest of the chrome. It wins when it is as strong against the strict pick,
  // judged on the text that survives the boilerplate pass (the pipeline run on it), not on the container's text.
  if (content.rules.weakPolicy && best === lenient && lenient) {
    const widgets = pick(doc, 'weak', content);
    if (widgets && !inCommentThread(widgets.top)) {
      const result = withBoilerplate(widgets, doc, boilerplate, content);
      const kept = keptLength(result, !content.rules.commentThread);
      if (kept >= P.weakMinText && (!strict || (kept > sl * P.lenientTextRatio && widgets.score > strict.score)))
        return result;
    }
  }
  return best ? withBoilerplate(best, doc, boilerplate, content) : null;
}

/**
 * The result: boilerplate blocks inside the chosen roots (related links, share bars, author boxes …) marked as
 * skipped, and the page's readerable score (readable.ts, the one detect.ts computes when there is no result).
 */
export function withBoilerplate(
  picked: Picked,
  doc: Document,
  s: BoilerplateSettings,
  c: ContentSettings,
): ContentResult {
  const r: ContentResult = { ...picked, readable: readableScore(doc) };
  for (const root of r.roots) {
    // A prose block holding most of its root's text is the story itself, whatever its name says ("widget",
    // "module"): it is not dropped whole; its own chrome is judged block by block inside it. A list is not prose
    // (a related-posts list with long excerpts can outweigh a short story).
    const dominant = (r.stats.get(root)?.text ?? 0) * c.dominantBlock.share;
    const story = (el: Element, st: Stats): boolean =>
      c.rules.dominantBlock &&
      st.text >= dominant &&
      linkDensity(st) < c.dominantBlock.maxLinkDensity &&
      !LISTS.has(tagOf(el));
    const stack: Element[] = [root];
    while (stack.length) {
      const el = stack.pop()!;
      if (r.skip.has(el)) continue;
      const st = r.stats.get(el);
      if (!st) continue;
      // The top candidate itself is never dropped; a merged sibling or intro can be boilerplate (an author card).
      if (
        (el !== root || (r.roots.length > 1 && el !== r.top)) &&
        (el === root || !story(el, st)) &&
        isBoilerplateBlock(el, st, s) &&
        !isOpeningLead(el, st, root, r.stats, r.skip, s)
      ) {
        r.skip.add(el);
        continue;
      }
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
  }
  if (c.rules.commentCut) cutAtComments(r, c);
  trimClosingCalls(r, s);
  return r;
}
