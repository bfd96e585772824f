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

/** The article verdict. */
export function isArticlePage(d: Detection, c: ContentFacts): boolean {
  const S = CONTENT.verdict;
  if (c.text < S.minText) {
    if (d.listing || d.search) return false;
    // A photo or video post, or a post of a line or of links, says what it is in its address: the page's own
    // address names one story (dragnet dev: Blogger photo and video posts on three blogs, a WordPress photo post;
    // trafilatura-eval dev: a how-to of pictures, a post of links). Its text, when the extractor found any, is a
    // line rather than links; a page of links at such an address (a topic hub whose slug is its name) is none,
    // unless detection is sure of it (a post of links that declares itself one story in its metadata).
    if (d.address) return c.text === 0 || c.linkDensity < S.proseLinkDensity || d.likely;
    // Else a short item (a brief of a line or two) is an article when the page declares itself one story: its
    // text is prose, not links.
    return d.declared && c.text >= S.minDeclaredText && c.linkDensity < S.proseLinkDensity;
  }
  if (d.likely) return true;
  if (d.search) return false;
  // Teasers beside a story (more from the section) are no listing when the story's text outweighs theirs, or when
  // the story holds none of them and runs longer than an excerpt (trafilatura-eval dev: a story of five
  // paragraphs beside eleven teasers with longer excerpts; the written listings' text is their teasers).
  const story =
    c.linkDensity < S.storyLinkDensity &&
    (c.text >= d.teaserText * S.storyOverTeasers ||
      (c.teasersInStory === 0 && c.paragraphs >= S.minParagraphs && c.text > MAX_EXCERPT));
  if (d.listing && !story) return false;
  if (c.linkDensity >= S.proseLinkDensity) return false;
  if (c.paragraphs >= S.minParagraphs) return true;
  // One paragraph that is most of the text is a short item; one above a list of links is a front's standfirst.
  if (c.paragraphs === 1) return c.paragraphText >= c.text * S.loneParagraphShare;
  // No paragraph: lines of prose (a blog post written as <br>-separated lines) have few links; lists of
  // headlines, cards and old table layouts are link after link.
  return c.linkDensity < S.linesLinkDensity;
}
