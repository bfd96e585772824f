/**
 * Top-level domains of news sites, used to tell a title part that is a host name ("Example.com") from a headline.
 * Used by utils/metadata/title.ts.
 */

/** Generic and the Arab world's, Europe's and others' country domains seen in site names in titles. */
export const SITE_TLDS: readonly string[] = [
  'com',
  'net',
  'org',
  'co',
  'info',
  'news',
  'tv',
  'de',
  'fr',
  'uk',
  'eu',
  'ae',
  'sa',
  'eg',
  'ma',
  'dz',
  'tn',
  'jo',
  'lb',
  'qa',
  'kw',
  'ps',
  'iq',
  'sy',
  'ly',
];
