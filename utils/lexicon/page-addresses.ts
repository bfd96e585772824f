/**
 * Words of a page's own address (its canonical link or og:url) that say the page lists posts rather than tells
 * one: a path segment equal to one of these makes the address no story's (extract/detect.ts, `storyAddress`).
 * They are the path words CMSs give their listing pages, not words of one site: WordPress (`/tag/…`,
 * `/category/…`, `/author/…`, `/page/2/`, `/search/…`), Blogger (`/search/label/…`), Drupal (`/taxonomy/term/…`),
 * and their translated forms on German, French, Spanish and Turkish sites (`/thema/`, `/schlagwort/`,
 * `/rubrique/`, `/etiqueta/`, `/categoria/`, `/seccion/`, `/etiket/`, `/kategori/`, `/yazar/`); Arabic WordPress
 * sites keep the English bases. An entry here can only keep a page from the story-address path, never refuse a page
 * with a story in it: a word too many costs recall on the short posts, not a page's text.
 */

/** Path segments of listing pages, lower-case, each matched as a whole segment. */
export const LISTING_PATH_SEGMENTS: readonly string[] = [
  // WordPress, Blogger, Drupal and alike
  'tag',
  'tags',
  'category',
  'categories',
  'author',
  'authors',
  'page',
  'search',
  'label',
  'archive',
  'archives',
  'topic',
  'topics',
  'taxonomy',
  'term',
  'section',
  'sections',
  'feed',
  // German
  'thema',
  'themen',
  'schlagwort',
  'autor',
  'suche',
  'rubrik',
  // French
  'rubrique',
  'auteur',
  'recherche',
  'categorie',
  // Spanish
  'etiqueta',
  'categoria',
  'seccion',
  'buscar',
  'busqueda',
  // Turkish
  'etiket',
  'kategori',
  'yazar',
  'arama',
];
