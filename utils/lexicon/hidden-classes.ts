/**
 * Class names of elements the reader never sees: text kept for screen readers only, and utility classes that
 * hide. Used by utils/common/dom.ts (hiddenByAttributes), for the article text and the page's metadata alike.
 */

/** Whitespace-separated class tokens, compared without regard to case. */
export const HIDDEN_CLASSES: readonly string[] = [
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screenreader-only',
  'element-invisible',
  'hideCompletely',
  // The bare utility class of CSS frameworks (Bootstrap 2/3, Tailwind, Bulma: display none). Seen on three sites of
  // the dev split: wsj.com (dragnet: a second, hidden copy of the story's opening beside the shown one), bbc.co.uk
  // (dragnet and cleanportaleval: hidden captions and promo lines inside the story) and joystiq.com (dragnet: a
  // game's hidden review and achievements panels under the post). A framework that shows it again at a breakpoint
  // (Tailwind's `hidden md:block`) is read by RESPONSIVE_DISPLAYS below.
  'hidden',
];

/**
 * Display values that a breakpoint-prefixed class sets (`md:block`, `lg:flex`): an element that carries one beside
 * `hidden` is hidden on small screens only, and shown on the wide screen the reader sees the story on.
 */
export const RESPONSIVE_DISPLAYS: readonly string[] = [
  'block',
  'inline',
  'inline-block',
  'flex',
  'inline-flex',
  'grid',
  'inline-grid',
  'table',
  'contents',
  'flow-root',
];
