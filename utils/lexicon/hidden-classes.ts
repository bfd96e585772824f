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
];
