/**
 * Class and id words that say where an element sits: the page's chrome around the article. Used by
 * utils/metadata/place.ts to judge where a headline, byline or date stands.
 *
 * A role of its own, not a copy of chrome-classes.ts PAGE_CHROME_CLASSES: that list is matched anywhere in a class
 * (its "header" marks the article's own header as chrome, which must not happen to the byline standing in it), and
 * it drops text; this one is matched as whole class words ("nav", "logo", "today") and only says where an element
 * stands.
 */

/** Class or id words of page chrome: the site's header, navigation, footer, side matter and promotions. */
export const PAGE_CHROME_CLASS_WORDS: readonly string[] = [
  'masthead',
  'site-header',
  'siteheader',
  'top-bar',
  'topbar',
  'navbar',
  'nav',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'logo',
  'brand',
  'branding',
  'ticker',
  'clock',
  'today',
  'weather',
  'footer',
  'sidebar',
  'widget',
  'related',
  'recommended',
  'comment',
  'comments',
  'promo',
  'newsletter',
];
