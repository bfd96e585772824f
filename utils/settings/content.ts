/** Thresholds of the content stage; see index.ts. Each value has a one-line comment saying why it is what it is. */

/**
 * The feature groups of the content stage (extract/content.ts, extract/scoring.ts), each switched on here; `npm run
 * eval:ablation -- --stage content` turns each off in turn (a settings override passed into the core) to measure
 * what it pays. Not `as const`: an override sets a group to false.
 */
const CONTENT_RULES = {
  /** Class and id words raise or lower a candidate's starting score ("article-body" up, "sidebar" down). */
  classWeight: true,
  /** The page's own markup of the story: extra points for <article> and itemprop="articleBody". */
  articleMarkup: true,
  /** Several strong candidates under one ancestor make the ancestor the body (multi-part bodies). */
  multiPart: true,
  /** The pick climbs to a parent that holds clearly more of the same text (a wrapper; a lone paragraph's parent). */
  parentClimb: true,
  /** One entry of a feed of entries (a live blog's updates) climbs to the feed. */
  feed: true,
  /** Siblings of the pick that carry article text join it (extract/siblings.ts). */
  siblings: true,
  /** Intros above the pick (standfirst, lead image caption) join it (extract/intros.ts). */
  intros: true,
  /** A second, lenient pass (chrome-named containers not skipped) wins when the strict pick is weak. */
  lenientPolicy: true,
  /** When the lenient pass wins, a third pass that lets in only the chrome words page builders also give the story
   * ("widget") wins over it if it is as strong against the strict pick. */
  weakPolicy: true,
  /** A lenient pick inside a readers' comment thread loses to the strict pick, and the text of a thread inside the
   * lenient pick does not count toward its length. */
  commentThread: true,
  /** A prose block holding most of its root's text is never dropped whole as boilerplate. */
  dominantBlock: true,
  /** A paragraph inside an element named as readers' comments gives no points above that element. */
  commentPoints: true,
  /** A readers' comment section's heading ("7 Comments", "Leave a Reply") inside the pick ends the story. */
  commentCut: true,
  /** A container named as a paywall that holds the story's paragraphs is the story's rest, not a prompt. */
  gatedStory: true,
};

export const CONTENT = {
  rules: CONTENT_RULES,
  /** Intros above the pick (extract/intros.ts). */
  intro: {
    /** A lead named or marked as one (a lead class, the headline group's sentence) is a sentence, not a kicker:
     * this many characters at least. */
    leadMinChars: 40,
    /** An intro is prose: less than this share of its text in links. */
    maxLinkDensity: 0.2,
    /** A plain block, or a deck set as a heading, joins as an intro from this many characters: a sentence or two. */
    proseMinChars: 80,
  },
  /** Measurement (extract/measure.ts). */
  measure: {
    /** Characters that make a p, pre, td, blockquote, dd, li or bare div a paragraph: a caption line is less. */
    paragraphChars: 25,
    /** A list item, cell or definition with this share of links or more is a link, not a paragraph. */
    itemLinkDensity: 0.5,
    /** A table cell with this share of its text in paragraphs inside it is a layout column holding them, not a
     * paragraph (dev: +0.008 F1 on l3s-gn1's table layouts; list items and quotes stay paragraphs, as a feature
     * list of items holding a heading and a paragraph lost its container when they did). */
    cellParagraphShare: 0.5,
  },
  /** Starting scores of candidates (extract/scoring.ts), as reader modes give them. */
  initial: {
    /** div, article, main, section: the usual body containers. */
    container: 5,
    /** pre, td, blockquote: can hold a body, less often. */
    minorContainer: 3,
    /** address, lists, list items, forms: rarely the body. */
    listLike: -3,
    /** Headings and header cells: never the body. */
    heading: -5,
    /** Extra for <article>: the page says it is the story. */
    article: 10,
    /** Extra for itemprop="articleBody": the page says it is the body. */
    articleBody: 30,
    /** Text, in characters, at which a content-like class name counts fully (a 40-character caption barely). */
    fullClassWeightChars: 500,
  },
  /** Points from paragraphs to their ancestors (extract/scoring.ts). */
  points: {
    /** Ancestor levels a paragraph gives points to. */
    levels: 5,
    /** Characters per extra point of a paragraph … */
    charsPerPoint: 100,
    /** … up to this many extra points. */
    maxLengthPoints: 3,
  },
  /** Settling the pick (extract/scoring.ts). */
  settle: {
    /** Candidates scoring this share of the best are strong: several under one ancestor make it the body. */
    strongShare: 0.75,
    /** … unless this share of a candidate's paragraph text or more is in list items: a list is no part of a body,
     * and joins it as a sibling only when it is of the body's own kind (extract/siblings.ts). Dev: a related-posts
     * list on thoughtcatalog.com, a recipe site's content lists and a card of offers on two trafilatura-eval sites,
     * a list of news results on an l3s-gn1 site and a post's own list of links made the page's wrapper the body,
     * and related-posts lists on nintendo.com and thoughtcatalog.com joined it as siblings; they hold 60-100% of
     * their paragraph text in list items. */
    partItemShare: 0.5,
    /** The ancestor of several strong candidates is no body in parts when this share of its text or more is links
     * and it has more links than the pick: it is the page's columns, the story's beside lists of posts. */
    partsLinkDensity: 0.5,
    /** The parent wins when it scores this share of the pick … */
    parentShare: 0.9,
    /** … has links under this share … */
    parentLinkDensity: 0.35,
    /** … and at most this many times the pick's paragraphs (more is the page, not a wrapper). */
    parentParagraphs: 1.6,
    /** A parent with this many paragraphs holds the body when the pick is a single paragraph. */
    loneParentParagraphs: 3,
    /** A feed's links stay under this share … */
    feedLinkDensity: 0.2,
    /** … it holds at least this many paragraphs and entries of one kind … */
    feedEntries: 5,
    /** … and that kind is this share of its children. */
    feedKindShare: 0.6,
  },
  /** Siblings joining the pick (extract/siblings.ts). */
  siblings: {
    /** Least score of a joining sibling … */
    minScore: 10,
    /** … or this share of the pick's score, if higher; a sibling of the pick's class gets it as a bonus. */
    scoreShare: 0.2,
    /** A scored sibling joins with links under this share. */
    linkDensity: 0.4,
    /** A prose sibling (same class, or a plain paragraph) joins with links under this share … */
    proseLinkDensity: 0.25,
    /** … and more than this many characters; a shorter paragraph joins only as a whole sentence without links. */
    proseChars: 80,
  },
  /**
   * A container named as a paywall (lexicon/chrome-classes.ts, GATE_CLASSES) is a prompt to subscribe, unless it holds
   * at least `minParagraphs` paragraphs of `minChars` characters or more: then it is the rest of the story, shipped
   * in the page and hidden by the site's script (extract/policy.ts). The story's rest held 17 such paragraphs on
   * handelsblatt.com's dev page; the prompts of the dev split (wired.com, dietagespresse.com, aoc.media, cicero.de,
   * correio24horas.com.br) hold 2 at most.
   */
  gatedStory: { minParagraphs: 3, minChars: 80 },
  /** Strict against lenient policy (extract/content.ts). */
  policies: {
    /** A strict pick scoring this much … */
    confidentScore: 50,
    /** … with this much text, in characters, is kept without the lenient pass; less text is weak. */
    confidentText: 400,
    /** A strict pick scoring under this is weak. */
    weakScore: 15,
    /** A strict pick under the confident score is weak when the lenient one has this many times its text. */
    weakTextRatio: 4,
    /** A weak strict pick loses to a lenient one with this many times its text (and a higher score). */
    lenientTextRatio: 1.5,
    /** The weak pass's pick (rules.weakPolicy) must keep this many characters through the boilerplate pass: the
     * verdict's least article text. */
    weakMinText: 100,
  },
  /** A prose block holding this share of its root's text, links under the given share, is the story, never
   * dropped whole as boilerplate (a blog platform's post "widget": 65% and 82% of the container on two dragnet
   * sites' pages; the sidebar beside it is the rest). */
  dominantBlock: { share: 0.5, maxLinkDensity: 0.25 },
  /** The cut at a comment section's heading (extract/comments.ts) keeps at least this many characters of story
   * above it; with less above (a comment count under the headline, a post of a line) nothing is cut. */
  commentCut: { minStoryChars: 200 },
  /** The article verdict (extract/verdict.ts) when detection's signals leave it open. */
  verdict: {
    /** Least article text, in characters: a page with less has nothing to brief. */
    minText: 100,
    /** Words (letters between hyphens or underscores) in the last segment of a page's own address that make it a
     * story's slug (extract/detect.ts, `storyAddress`): "wie-man-eine-runde-tischdecke-…", "corona-lockerung-
     * autohaeuser-werkstatten-100". Section and tag slugs run to two or three ("middle-east", "arts-and-culture"). */
    storySlugWords: 4,
    /** Least text of a page that declares itself one story (see Detection.declared): about eight words, the
     * shortest gold of the dragnet dev split's short posts (8–25 words); the written non-articles that declare an
     * article og:type are all listings. */
    minDeclaredText: 50,
    /** `<article>` elements that make a page a front of cards (detect.ts: a −2 in the score, and no own-story
     * reading of its links in the verdict); a story holds one, or a few for its comments or related boxes. */
    manyArticles: 6,
    /** Links that make a search-results container a page of results (extract/detect.ts): the written results
     * pages hold 6–8; the empty containers a site search fills as the reader types hold none (dev: three sites'
     * articles, trafilatura-eval, were refused for one). */
    searchResultLinks: 3,
    /** Paragraphs that make prose: two (a short news item); one line under a headline is a teaser. */
    minParagraphs: 2,
    /** A single paragraph holding this share of the text is a short item (dev: 0.9 and more on 11 pages of two
     * corpora); the written fronts' standfirst holds 0.17–0.31 beside its list of stories. */
    loneParagraphShare: 0.6,
    /** Text of lines, with no paragraph or one short one above them, is prose with links under this share. Dev:
     * blog posts of lines 0.05–0.09 (three dragnet sites, one of trafilatura-eval), stories under one short
     * paragraph 0.00–0.09 (six sites of four corpora: a headline line over rows of a layout table, a standfirst
     * over lines); the written fronts 0.14–0.41 (card grids, table fronts, a standfirst over a list of stories). */
    linesLinkDensity: 0.11,
    /** Text with this share of links or more is a list of links, not prose. */
    proseLinkDensity: 0.5,
    /** A story outweighs the teasers beside it when its text is this many times theirs (dev: stories 2.1–49 times,
     * the written listings at most 1.3 times) … */
    storyOverTeasers: 2,
    /** … and few of its characters are links. */
    storyLinkDensity: 0.2,
  },
} as const;

export type ContentSettings = typeof CONTENT;
export type ContentRule = keyof typeof CONTENT_RULES;
