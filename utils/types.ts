/**
 * The brief: Newsbrief's one data model, shared by the CLI, the worker, the popup, the side panel and every
 * formatter. Its JSON form is a versioned contract documented in README.md ("The brief JSON contract"):
 * bump SCHEMA_VERSION on any incompatible change.
 */
export const SCHEMA_VERSION = 2;

export type Direction = 'ltr' | 'rtl';

export interface Section {
  /** Heading text; null for text before the first heading that is not the lede. */
  heading: string | null;
  /** 2–6 for real headings (h2–h6); 3 for bold-paragraph or bare-line headings; 0 when heading is null. */
  level: number;
  paragraphs: string[];
  /**
   * What the section holds, in reading order: a paragraph by its index in `paragraphs`, a list or a table by its
   * index in the brief's `lists` / `tables`. Every list and table of the brief sits in exactly one section.
   */
  parts: SectionPart[];
}

export interface SectionPart {
  kind: 'paragraph' | 'list' | 'table';
  index: number;
}

export interface BriefList {
  /** The sentence that introduces the list ("… إليك خطوات أساسية يمكن اتباعها:"), or null. */
  leadIn: string | null;
  kind: 'steps' | 'bullets';
  ordered: boolean;
  items: string[];
}

export interface BriefTable {
  caption: string | null;
  headers: string[];
  rows: string[][];
}

export interface Commitment {
  /** Who committed ("الاتحاد الأوروبي", "the EU"); null when the text does not say. */
  actor: string | null;
  /** What was committed to. */
  commitment: string;
  /** The area or topic (first column of a commitments table), or null. */
  area: string | null;
  source: 'table' | 'prose';
  /** The sentence (prose) or the row joined with " | " (table) the commitment was read from. */
  evidence: string;
  /** The deadline or date the evidence gives ("by 2030", "خلال الأشهر المقبلة"), copied from it; null when none. */
  when: string | null;
  /** The money or quantity the evidence gives ("$500 million", "1.2 مليار دولار"), copied from it; null when none. */
  amount: string | null;
}

export type FlagKind = 'name-variants' | 'repeated-heading-phrase' | 'no-byline' | 'no-date';

export interface Flag {
  kind: FlagKind;
  /** A short English explanation; UIs translate by `kind` and `values`. */
  message: string;
  values: string[];
}

export interface Brief {
  schema: number;
  url: string | null;
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  /** ISO 8601: "2025-03-14" or "2025-03-14T09:30:00+02:00" / "...Z". */
  published: string | null;
  siteName: string | null;
  /** BCP 47 primary tag as found or inferred ("ar", "en", "de"), or null. */
  lang: string | null;
  dir: Direction;
  lede: string | null;
  sections: Section[];
  keyPoints: string[];
  lists: BriefList[];
  tables: BriefTable[];
  commitments: Commitment[];
  closing: string | null;
  flags: Flag[];
  /** The article body as plain text, paragraphs separated by blank lines. */
  text: string;
}

/** The order of the top-level fields in the JSON contract. */
export const BRIEF_FIELDS = [
  'schema',
  'url',
  'isArticle',
  'title',
  'byline',
  'published',
  'siteName',
  'lang',
  'dir',
  'lede',
  'sections',
  'keyPoints',
  'lists',
  'tables',
  'commitments',
  'closing',
  'flags',
  'text',
] as const satisfies readonly (keyof Brief)[];

/** Page metadata, read by utils/metadata.ts. */
export interface Metadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** What the markup says (html lang, meta, JSON-LD inLanguage), normalised to a primary tag; may be wrong. */
  declaredLang: string | null;
  declaredDir: Direction | null;
  /** Short description (og:description / meta description), used as a lede hint. */
  description: string | null;
}

/**
 * A block of the article body in reading order: what utils/blocks.ts produces from the main-content element and
 * what the structure and analysis stages read.
 */
export type Block = (
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  /** `written`: the items as the page wrote them, markers included, when the markers were text ("1. …"). */
  | { type: 'list'; ordered: boolean; items: string[]; written?: string[] }
  | { type: 'table'; table: BriefTable }
  | { type: 'caption'; text: string }
) & {
  /** Read from inside a reader comment thread after the story began (structure/comment-threads.ts). */
  inThread?: true;
};
