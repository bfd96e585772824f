/** Thresholds of the boilerplate stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const BOILERPLATE = {
  /**
   * The rule families of extract/boilerplate.ts and extract/closing.ts, each switched on here; `npm run
   * eval:ablation` turns each off in turn (a settings override passed into the core) to measure what it pays.
   */
  rules: {
    /** Photo credits and image sources: a credit class, or a short line opening "Foto:", "تصوير:"; a caption set
     * as a one-item list right under its picture. */
    credit: true,
    /** Blocks named as chrome by their class, id or custom element ("share-bar", "pp-inline-teaser"). */
    namedChrome: true,
    /** An ad slot's label alone in its block ("Anzeige", "إعلان"). */
    adLabel: true,
    /** A related-articles label in the shape of a label ("Read more:", "اقرأ أيضا" over links). */
    relatedLabel: true,
    /** Action words in the shape of a label ("Share", "Drucken", "شارك" alone or over links). */
    promptLabel: true,
    /** Prompts addressed to the reader in words ("Was this article helpful?", "Unterstützen Sie …"). */
    readerPrompt: true,
    /** Advertising and affiliate disclosures, editorial disclaimers. */
    disclosure: true,
    /** A post's meta line in the shape of a label ("Filed under: …", "Posted in …" over links). */
    postMeta: true,
    /** Copyright and reprint notices. */
    rights: true,
    /** Link lists, link paragraphs and link boxes dressed as divs. */
    linkBlocks: true,
    /** A closing box under a label line at the end ("Kontakt:", "Sources:"). */
    closingBox: true,
    /** Calls to action that close the article ("Sign up for our newsletter"). */
    closingCalls: true,
  },
  /** What makes a chrome word a label (boilerplate.ts, isLabelShaped). */
  label: {
    /** Characters of text outside links, besides the label, that a label over links may carry ("Lesen Sie auch: "). */
    linkSlack: 10,
    /**
     * Words a label's line may add and still be mostly the label: a site's or a column's name ("Mehr zum Thema auf
     * UEPO.de", "Unterstütze RosaMag", "Empfehlungen aus dem …" over a link; three dev sites). A line that ends
     * as a sentence ends is never mostly a label.
     */
    tailWords: 2,
  },
  /** A photo credit or image source named by its class is a line, never a section of prose. */
  creditClassMaxChars: 200,
  /** A credit line opening "Foto:" or "Crédits photos :" runs a few names, not a paragraph. */
  creditLineMaxChars: 120,
  /** A block named as chrome is still the story when it plainly holds paragraphs of prose. */
  namedChromeProse: {
    /** Paragraphs: a share bar or a teaser has one or two lines, an article section several. */
    minParas: 3,
    /** Link density below which the paragraphs are prose, not a list of teasers. */
    maxLinkDensity: 0.3,
    /** Characters of prose: three short teasers stay under this. */
    minChars: 600,
  },
  /** A block whose only chrome word is one page builders also use ("elementor-widget", "js-readmore"). */
  weakChromeProse: {
    /** Prose carries almost no links. */
    maxLinkDensity: 0.1,
    /** A sentence or more of text. */
    minChars: 150,
    /** At least one paragraph. */
    minParas: 1,
  },
  /** An ad label is a word or two ("Anzeige", "Sponsored content"). */
  adLabelMaxChars: 40,
  /** A related-articles label counts over a block of links, or in a short block (a label and a title or two). */
  relatedLabel: {
    /** Share of the block's text in links above which it is a box of links. */
    minLinkDensity: 0.25,
    /** Characters below which the block is a label line with a link or two. */
    maxChars: 160,
  },
  /** A prompt is a line: "Share this article", "Was this article helpful? Let us know". */
  promptMaxChars: 140,
  /** A disclosure or disclaimer runs one or two sentences. */
  disclosureMaxChars: 250,
  /** A post's meta line: "Posted in Courts and tagged libraries. Bookmark the permalink." */
  postMetaMaxChars: 200,
  /** A copyright notice: "© 2025 The Daily Example. All rights reserved." */
  rightsMaxChars: 250,
  /** A notice that opens with © and reserves rights may run on with its reprint terms up to this. */
  rightsLongMaxChars: 400,
  /** A list that is mostly links (a list of other stories), unless it is long enough to be the story's own; a table
   * too (headlines in rows beside their times or sections: seven l3s-gn1 dev pages of seven sites, soccerway,
   * fish4, ngnews.ca, indiavarta, theboltonnews among them; the story's own tables of links, a baseball lineup and
   * a list of service updates on two dragnet sites, hold 0.53 and 0.59 of their text in links). */
  linkList: { minLinkDensity: 0.6, maxChars: 2000 },
  /** A list of other stories by its items (isLinkItemList): at least `minItems` items with text, and this share of
   * them nothing but a link of a headline's `minWords` words or more (`slackChars` of other text allowed: a bullet,
   * a dash). */
  linkItemList: { minItems: 3, minLinkItemShare: 0.75, slackChars: 3, minWords: 3 },
  /** A paragraph that is nothing but a link to another story. */
  linkParagraph: { minLinkDensity: 0.8, maxChars: 150 },
  /** A div that is mostly links with little prose and at most two paragraphs: a box of links. */
  linkBox: { minLinkDensity: 0.5, maxProseChars: 200, maxParas: 2 },
  /** A lead or standfirst named so (isOpeningLead). */
  openingLead: {
    /** A lead is a sentence, not a kicker. */
    minChars: 40,
    /** A lead is prose, not a list of links. */
    maxLinkDensity: 0.2,
    /** Characters of other text (kicker, date line) that may stand above an opening lead. */
    slackChars: 100,
  },
  /** What closes an article (closing.ts). */
  closing: {
    /** Longest block that can be a closing box's label line: the label and a few words after it. */
    labelMaxChars: 60,
    /** Most short blocks looked at from the end of the article for calls to action. */
    callBlocks: 4,
    /** Most short blocks looked at from the end for a closing box ("Kontakt:", "Sources:" and what follows). */
    boxBlocks: 12,
    /** Calls to action and closing boxes are short: a block this long is the story. */
    blockMaxChars: 300,
    /**
     * Words after a comma that make a call the story's quotation: "Support local businesses, the mayor told
     * shoppers", "Síguenos, gritó el bombero", against "Subscribe now, it's free".
     */
    reportedTailWords: 3,
    /**
     * Words of a block's opening sentence that make it prose, not a call's lead-in: "Enjoyed this article?", "Like
     * what you read?" run two to five words; the end notes and story paragraphs that close with a call open with a
     * sentence of six or more (dev pages of five dragnet sites: an IDG author note, a columnist's "I am always
     * glad to hear from readers.", a column's description, a product notice, a recipe show's schedule).
     */
    proseOpeningWords: 6,
  },
};

/** The boilerplate settings' shape, for overrides (the ablation). */
export type BoilerplateSettings = typeof BOILERPLATE;
