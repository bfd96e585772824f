/**
 * Class and id words that say an element holds the article (body, story, entry, post …), one list per role in the
 * extract stage. Not split by language: class names are the same everywhere. Entries are pattern sources, kept
 * exactly as the stage matched them (`-?` an optional hyphen; a lookahead where a word had to stop short).
 */

/** Content words that protect an element from the page chrome words (MAYBE), in the strict policy and the
 * readerable score alike. */
export const CONTENT_CLASSES: readonly string[] = [
  'and',
  'article',
  'body',
  'column',
  'content',
  'main',
  'shadow',
  'story',
  'entry',
  'post',
  'text',
  'prose',
  'news-?detail',
  '(^|[\\s_-])live(?!-?chat)',
];

/** Content words that weigh for a body candidate, matched anywhere in class and id (POSITIVE). */
export const POSITIVE_CLASSES: readonly string[] = [
  'article',
  'body',
  'content',
  'entry',
  'hentry',
  'h-entry',
  'main',
  'page',
  'pagination',
  'post',
  'text',
  'blog',
  'story',
  'prose',
  'detail',
];

/** Whole class tokens of an article body that a chrome word beside them cannot outweigh (PROTECT). */
export const BODY_CLASSES: readonly string[] = [
  'article-?body',
  'entry-?content',
  'post-?content',
  'story-?body',
  'article-?content',
  'content-?body',
  'body-?text',
];
