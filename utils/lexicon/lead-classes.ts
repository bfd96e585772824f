/**
 * Class words that name an article's lead, standfirst or intro, in the vocabularies of news CMSs: "lead",
 * "standfirst", "dek", German "teaser-text"/"vorspann", French "chapo", Spanish "entradilla"/"bajada" … Matched as
 * whole class tokens (LEAD_WORD, which the intro search and the block builder read too). Entries
 * are pattern sources: `-?` an optional hyphen.
 */

/** Class words of a lead, standfirst or intro. */
export const LEAD_CLASSES: readonly string[] = [
  'lead',
  'lede',
  'lead-?in',
  'intro',
  'intro-?text',
  'standfirst',
  'summary',
  'sub-?title',
  'subline',
  'sub-?headline',
  'epigraph',
  'teaser-?text',
  'article-?teaser',
  'artikel-?teaser',
  'news-?teaser',
  'dek',
  'deck',
  'excerpt',
  'abstract',
  'preface',
  'chapo',
  'chapeau',
  'perex',
  'sapo',
  'entradilla',
  'bajada',
  'vorspann',
];
