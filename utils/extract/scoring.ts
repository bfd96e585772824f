/**
 * Candidate scoring and picking, as reader modes do: every paragraph gives points to its nearest ancestors, the
 * ancestor with the best score (less its link density) wins, and the pick then moves up to the container of a
 * multi-part body, of a live blog's feed or of the paragraphs' wrapper.
 */
import { classOf, tagOf } from '../common/dom';
import { lowestAncestorHolding } from './ancestors';
import { classWeight } from './class-weight';
import { isCommentNamed } from './comments';
import { isItemList, linkDensity, type Stats } from './model';
import { CONTENT, type ContentSettings } from '../settings/content';

/** Each candidate's final score, the best candidate and its score. */
export interface Ranking {
  best: Element;
  bestScore: number;
  finalScore: Map<Element, number>;
}

/** The starting score of a candidate, from its tag, its microdata and the words of its class and id. */
function initScore(el: Element, st: Stats, c: ContentSettings): void {
  if (st.scored) return;
  const I = c.initial;
  st.scored = true;
  const tag = tagOf(el);
  let s = 0;
  if (tag === 'div' || tag === 'article' || tag === 'main' || tag === 'section') s += I.container;
  else if (tag === 'pre' || tag === 'td' || tag === 'blockquote') s += I.minorContainer;
  else if (['address', 'ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].includes(tag)) s += I.listLike;
  else if (['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th'].includes(tag)) s += I.heading;
  if (c.rules.articleMarkup && tag === 'article') s += I.article;
  if (c.rules.articleMarkup && el.getAttribute('itemprop') === 'articleBody') s += I.articleBody;
  // A content-like class name counts fully only on an element with real text: a 40-character
  // "image-text" caption must not outrank the body.
  const w = c.rules.classWeight ? classWeight(el) : 0;
  st.score = s + (w > 0 ? w * Math.min(1, st.text / I.fullClassWeightChars) : w);
}

/** Points from each paragraph to its ancestors, up to five levels; the candidates in the order first scored. */
export function scoreCandidates(
  body: Element,
  paragraphs: Element[],
  stats: Map<Element, Stats>,
  c: ContentSettings = CONTENT,
): Element[] {
  const candidates: Element[] = [];
  // Whether each ancestor met is named as readers' comments, read once per element.
  const commentNamed = new Map<Element, boolean>();
  const inThread = (el: Element): boolean => {
    let named = commentNamed.get(el);
    if (named === undefined) commentNamed.set(el, (named = isCommentNamed(el)));
    return named;
  };
  for (const p of paragraphs) {
    const st = stats.get(p)!;
    const { charsPerPoint, maxLengthPoints, levels } = c.points;
    const score = 1 + st.commas + Math.min(Math.floor(st.text / charsPerPoint), maxLengthPoints);
    let anc: Element | null = p.parentElement;
    for (let level = 0; anc && level < levels; level++, anc = anc.parentElement) {
      const ast = stats.get(anc);
      if (!ast) break;
      if (!ast.scored) {
        initScore(anc, ast, c);
        candidates.push(anc);
      }
      ast.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
      // A readers' comment gives points within its thread, never to the container of the story above it: a long
      // thread would otherwise make the block holding story and thread (a layout row, the page) the best pick.
      if (anc === body || (c.rules.commentPoints && inThread(anc))) break;
    }
  }
  return candidates;
}

/** The final scores (score less link density) and the first candidate with the best one. */
export function rank(candidates: Element[], stats: Map<Element, Stats>): Ranking | null {
  let best: Element | null = null;
  let bestScore = -Infinity;
  const finalScore = new Map<Element, number>();
  for (const c of candidates) {
    const st = stats.get(c)!;
    const s = st.score * (1 - linkDensity(st));
    finalScore.set(c, s);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best ? { best, bestScore, finalScore } : null;
}

/** The container of the article body: the best candidate, or the ancestor that holds all of the article. */
export function settle(
  ranking: Ranking,
  body: Element,
  stats: Map<Element, Stats>,
  c: ContentSettings = CONTENT,
): Element {
  const { bestScore, finalScore } = ranking;
  const S = c.settle;
  let best = ranking.best;
  // Several strong candidates under one ancestor: the ancestor is the article (multi-part bodies). A list (related
  // posts with their excerpts, cards of offers, a list of links) is no part of a body, however well it scores; an
  // ancestor of the pick holds the pick's own list items, so it stays a candidate.
  const strong = [...finalScore.entries()]
    .filter(
      ([el, s]) =>
        el !== best &&
        s >= bestScore * S.strongShare &&
        (el.contains(best) || !isItemList(stats.get(el)!, S.partItemShare)),
    )
    .map(([el]) => el);
  // One walk (ancestors.ts): testing each candidate against each ancestor was cubic on nested tables.
  if (c.rules.multiPart && strong.length >= 2) {
    const holder = lowestAncestorHolding(best, strong, body);
    // A holder that is mostly links, more so than the pick, is the page's columns of links around the story (a
    // blog's three-column layout whose sidebars hold lists of posts), not a body in parts.
    const hl = holder ? linkDensity(stats.get(holder)!) : 0;
    if (holder && (hl < S.partsLinkDensity || hl <= linkDensity(stats.get(best)!))) best = holder;
  }
  // Climb while the parent holds clearly more of the same article text (a wrapper around the paragraphs).
  for (let parent = best.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const ps = stats.get(parent);
    const bs = stats.get(best)!;
    if (!ps) break;
    const parentScore = finalScore.get(parent) ?? 0;
    // A single paragraph is not a body container: its parent is, whatever its class name costs it.
    const lone = bs.paras <= 1 && ps.paras >= S.loneParentParagraphs;
    // One entry of a feed of entries (a live blog's updates) is not the article: the feed is.
    const feed =
      c.rules.feed &&
      (isFeed(parent, stats, S) || (parent.parentElement !== null && isFeed(parent.parentElement, stats, S)));
    if (
      feed ||
      (c.rules.parentClimb &&
        (lone || parentScore > (finalScore.get(best) ?? 0) * S.parentShare) &&
        linkDensity(ps) < S.parentLinkDensity &&
        (lone || ps.paras <= bs.paras * S.parentParagraphs))
    ) {
      best = parent;
    } else break;
  }
  return best;
}

/** A feed of entries: prose with few links, in five or more blocks most of which are of one kind. */
function isFeed(el: Element, stats: Map<Element, Stats>, S: ContentSettings['settle']): boolean {
  const st = stats.get(el);
  return !!st && linkDensity(st) < S.feedLinkDensity && st.paras >= S.feedEntries && isEntryFeed(el, stats, S);
}

/** Most children of a feed that are of one kind (the same class), at least five of them. */
function isEntryFeed(el: Element, stats: Map<Element, Stats>, S: ContentSettings['settle']): boolean {
  const counts = new Map<string, number>();
  let children = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!stats.get(c)?.text) continue;
    children++;
    const cls = classOf(c);
    if (cls) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  }
  let most = 0;
  for (const n of counts.values()) most = Math.max(most, n);
  return most >= S.feedEntries && most >= children * S.feedKindShare;
}
