/**
 * Links that close a teaser's excerpt and lead on to the story ("Read more", "Weiterlesen", "Lire la suite",
 * "التفاصيل"), per language (READ_ON_LINKS): a link whose whole text is one of these, after an excerpt in the same
 * box or line, marks that excerpt as a teaser (extract/detect.ts, `readOnTeasers`). They are the blog engines' and
 * news CMSs' own words for the link under an excerpt (WordPress "Continue reading", Blogger "Read more", Drupal
 * "Read more"). Seen closing teasers on the corpora's pages of many sites, beside their stories: "Read more"
 * (bbc.co.uk, washingtonpost.com blogs and 24 pages in all), "More" (blogs.wsj.com and 240 pages), "Weiterlesen"
 * and "mehr" (careelite.de, chemietechnik.de, archive.modabot.de; achgut.com, alacarte.at, chemie.de), "Lire la
 * suite" (arteradio.com). The Arabic entries are the words Arabic news sites put under an excerpt; the corpora hold
 * no Arabic listing to count them on, so they stand for the written Arabic fronts (test/fixtures/non-articles/) and
 * wait for three sites. A story's own text never is a link of these words alone, so an entry can only make a box
 * of excerpts a listing's teasers, and then only when such excerpts hold half the page's text.
 */
import type { Lexicon } from './compile';

/** Whole texts of a link that leads from an excerpt to its story; a trailing arrow or ellipsis is allowed. */
export const READ_ON_LINKS: Lexicon = {
  en: ['read more', 'more', 'continue reading'],
  de: ['weiterlesen', 'mehr'],
  fr: ['lire la suite'],
  ar: ['التفاصيل', 'المزيد', 'اقرأ المزيد'],
};
