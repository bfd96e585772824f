/**
 * Class words of particular boxes inside an article: other stories, photo credits, live commentary (RELATED_CLASS,
 * CREDIT_CLASS, LIVE_COMMENTARY). Not split by language: class names are the same everywhere. Entries are pattern
 * sources: `-?` an optional hyphen, `s?` an optional plural, `\w*` any word ending.
 */

/** A box of other stories, as whole class tokens: its excerpts are prose, but never this article's. */
export const RELATED_BOX_CLASSES: readonly string[] = [
  'related\\w*',
  'popular-?posts?',
  'most-?read',
  'trending',
  'outbrain',
  'taboola',
  'more-?stories',
  'read-?also',
  'see-?also',
  'next-?post',
  'prev-?post',
  'recirculation',
];

/** A credit line (photo credits, image sources), as whole class tokens. */
export const CREDIT_CLASSES: readonly string[] = [
  'credits?',
  'photo-?credits?',
  'image-?credits?',
  'img-?metadata',
  'bildnachweis',
  'bildquelle',
  'copyright',
];

/** Live commentary ("live-comments", "live-match-comment", "liveticker-comments"): the story of a live page. */
export const LIVE_COMMENTARY_CLASSES: readonly string[] = ['live[-_]?\\w*?[-_]?comments?'];
