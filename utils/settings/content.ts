/** Thresholds of the content stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const CONTENT = {
  /** A block holding this share of its root's text is the story, not a boilerplate block inside it (a blog
   * platform's post "widget" holds 82% of its page's container; a related list after a short story, 53%). */
  dominantBlock: 0.75,
} as const;
