/**
 * Is the page an article? The verdict from detection's signals (detect.ts) and what the content stage found: a
 * page with body text is an article unless it shows itself a listing (post teasers, an archive, search results)
 * or its text is not prose. Detection alone is too timid for short news items and plain blogs without metadata;
 * the extracted text settles what the signals leave open.
 */
import { CONTENT } from '../settings/content';
import { type Detection, MAX_EXCERPT } from './detect';
import { linkDensity, type ContentResult } from './model';

/** What the content stage found, as far as the verdict needs it. */
export interface ContentFacts {
  /** Characters of the article text. */
  text: number;
  /** Paragraph blocks in it. */
  paragraphs: number;
  /** Characters of those paragraphs. */
  paragraphText: number;
  /** Share of link text in the chosen containers. */
  linkDensity: number;
  /** Share of link text in what the brief keeps of them: the containers less the chrome skipped inside them
   * (related posts, tag and share lists). */
  keptLinkDensity: number;
  /** Teasers detection saw (Detection.teasers) that lie in the chosen containers, or hold one of them. */
  teasersInStory: number;
}

/** How many of the teasers lie in the chosen containers (or hold one of them). */
export function teasersInStory(content: Pick<ContentResult, 'roots'> | null, teasers: readonly Element[]): number {
  const roots = content?.roots ?? [];
  return teasers.filter((t) => roots.some((r) => r.contains(t) || t.contains(r))).length;
}

/** The share of link text in the chosen containers (0 without a result). */
export function contentLinkDensity(content: Pick<ContentResult, 'roots' | 'stats'> | null): number {
  if (!content) return 0;
  let text = 0;
  let links = 0;
  for (const r of content.roots) {
    const st = content.stats.get(r);
    text += st?.text ?? 0;
    links += st?.linkText ?? 0;
  }
  return linkDensity({ text, linkText: links, commas: 0, paras: 0, paraText: 0, score: 0, scored: false });
}

/**
 * The share of link text in what the brief keeps of the chosen containers: their text less that of the outermost
 * elements skipped inside them (0 without a result or text).
 */
export function keptLinkDensity(content: Pick<ContentResult, 'roots' | 'stats' | 'skip'> | null): number {
  if (!content) return 0;
  let text = 0;
  let links = 0;
  const stack = [...content.roots];
  while (stack.length) {
    const el = stack.pop()!;
    const st = content.stats.get(el);
    if (!st?.text || content.skip.has(el)) continue;
    // An element's own text nodes count here; its element children are walked (a skipped one is left out whole).
    let childText = 0;
    let childLinks = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const cs = content.stats.get(c);
      if (!cs) continue;
      childText += cs.text;
      childLinks += cs.linkText;
      stack.push(c);
    }
    text += st.text - childText;
    links += st.linkText - childLinks;
  }
  return text > 0 ? links / text : 0;
}

/**
 * Why the verdict went as it did: the rule that settled it (for the evaluation's list of refused pages and for
 * tests; the brief carries only the verdict).
 */
export type VerdictReason =
  | 'short:listing'
  | 'short:address'
  | 'short:address-links'
  | 'short:declared'
  | 'short:undeclared'
  | 'short:too-short'
  | 'likely'
  | 'search'
  | 'profile'
  | 'listing'
  | 'links'
  | 'paragraphs'
  | 'lone-paragraph'
  | 'standfirst'
  | 'lines'
  | 'lines-links';

export interface Verdict {
  isArticle: boolean;
  reason: VerdictReason;
}

const yes = (reason: VerdictReason): Verdict => ({ isArticle: true, reason });
const no = (reason: VerdictReason): Verdict => ({ isArticle: false, reason });

/** The article verdict, with the rule that settled it. */
export function articleVerdict(d: Detection, c: ContentFacts): Verdict {
  const S = CONTENT.verdict;
  // A page whose own address names one story, and that shows no listing, is judged on the text the brief keeps:
  // the related posts, tag lists and share bars inside its container are no part of it (dragnet dev: 0.40–0.55 of
  // the container's text is links on a photo post, a blog post and a weekly address on three sites, 0.00–0.18 of
  // what is kept; readability dev: a blog post of lists, 0.20 against 0.09). Elsewhere the container's share
  // stands: a front's lists of headlines are often skipped as chrome, which leaves its standfirsts link-free.
  const ownStory = d.address && !d.listing && !d.search && !d.manyArticles;
  const links = ownStory ? c.keptLinkDensity : c.linkDensity;
  if (c.text < S.minText) {
    if (d.listing || d.search) return no('short:listing');
    // A photo or video post, or a post of a line or of links, says what it is in its address: the page's own
    // address names one story (dragnet dev: Blogger photo and video posts on three blogs, a WordPress photo post;
    // trafilatura-eval dev: a how-to of pictures, a post of links). Its text, when the extractor found any, is a
    // line rather than links; a page of links at such an address (a topic hub whose slug is its name) is none,
    // unless detection is sure of it (a post of links that declares itself one story in its metadata).
    if (d.address)
      return c.text === 0 || links < S.proseLinkDensity || d.likely ? yes('short:address') : no('short:address-links');
    // Else a short item (a brief of a line or two) is an article when the page declares itself one story: its
    // text is prose, not links.
    if (!d.declared) return no('short:undeclared');
    return c.text >= S.minDeclaredText && links < S.proseLinkDensity ? yes('short:declared') : no('short:too-short');
  }
  if (d.likely) return yes('likely');
  if (d.search) return no('search');
  // A page that declares itself a person's profile (Open Graph's "profile" is a person, not a story) is an author's
  // or staff page: its prose is a biography above a list of the person's stories.
  if (d.profile) return no('profile');
  // Teasers beside a story (more from the section) are no listing when the story's text outweighs theirs, or when
  // the story holds none of them and runs longer than an excerpt (trafilatura-eval dev: a story of five
  // paragraphs beside eleven teasers with longer excerpts; the written listings' text is their teasers).
  const story =
    c.linkDensity < S.storyLinkDensity &&
    (c.text >= d.teaserText * S.storyOverTeasers ||
      (c.teasersInStory === 0 && c.paragraphs >= S.minParagraphs && c.text > MAX_EXCERPT));
  if (d.listing && !story) return no('listing');
  if (links >= S.proseLinkDensity) return no('links');
  if (c.paragraphs >= S.minParagraphs) return yes('paragraphs');
  // One paragraph that is most of the text is a short item.
  if (c.paragraphs === 1 && c.paragraphText >= c.text * S.loneParagraphShare) return yes('lone-paragraph');
  // Else the text is lines (a blog post written as <br>-separated lines, a story set as rows of a layout table),
  // perhaps under one short paragraph (a headline line, a standfirst): prose has few links; lists of headlines,
  // cards and old table layouts, and a front's standfirst above its list of stories, are link after link.
  if (links < S.linesLinkDensity) return yes('lines');
  return no(c.paragraphs === 1 ? 'standfirst' : 'lines-links');
}

/** The article verdict. */
export function isArticlePage(d: Detection, c: ContentFacts): boolean {
  return articleVerdict(d, c).isArticle;
}
