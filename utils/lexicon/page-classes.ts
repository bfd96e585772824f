/**
 * Class words that CMSs (WordPress and alike) put on the page body and on every post: what kind of page this is,
 * and taxonomy classes that say nothing of layout (ARCHIVE_CLASS, SINGLE_CLASS, TAXONOMY_CLASS). Entries are pattern
 * sources where they need one (`\d+` a post number).
 */

/** Body class words of archive, tag, category, author and search-result pages, each a whole class. */
export const ARCHIVE_BODY_CLASSES: readonly string[] = [
  'archive',
  'tag',
  'category',
  'search',
  'search-results',
  'author',
  'date',
  'blog',
  'paged',
  'home',
];

/** Body class words of a single story, each a whole class. */
export const SINGLE_BODY_CLASSES: readonly string[] = [
  'single',
  'single-post',
  'singular',
  'single-format-standard',
  'postid-\\d+',
  'page-template',
  'article',
  'story',
];

/** Prefixes of taxonomy classes on every post ("tag-sport", "category-news"), followed by "-" and any name. */
export const TAXONOMY_PREFIXES: readonly string[] = [
  'tag',
  'category',
  'categories',
  'format',
  'status',
  'type',
  'topic',
];

/** A post's own id class ("post-1234"). */
export const POST_ID_CLASSES: readonly string[] = ['post-\\d+'];
