/**
 * What an element's class and id say about it: CMS taxonomy classes are set aside (they say nothing of layout),
 * content words count for the element and chrome words against it.
 */
import { classOf } from '../common/dom';
import { patternsPattern } from '../lexicon/compile';
import { NEGATIVE_CLASSES } from '../lexicon/chrome-classes';
import { POSITIVE_CLASSES } from '../lexicon/content-classes';
import { POST_ID_CLASSES, TAXONOMY_PREFIXES } from '../lexicon/page-classes';
import { classWordsAnywhere } from './words';

/** Taxonomy classes that CMSs put on every post ("tag-sport", "category-news"): they say nothing of layout. */
export const TAXONOMY_CLASS = new RegExp(
  `(^|\\s)(${patternsPattern(TAXONOMY_PREFIXES)}-[^\\s]*|${patternsPattern(POST_ID_CLASSES)})`,
  'g',
);

const POSITIVE = classWordsAnywhere(POSITIVE_CLASSES);
const NEGATIVE = classWordsAnywhere(NEGATIVE_CLASSES);

/** The class (taxonomy classes set aside) and the id of an element, joined by a space. */
export function classAndId(el: Element): string {
  return `${(classOf(el) ?? '').replace(TAXONOMY_CLASS, ' ')} ${el.getAttribute('id') ?? ''}`;
}

/** +25 for a content word in class or id, −25 for a chrome word, both or neither 0. */
export function classWeight(el: Element): number {
  const s = classAndId(el);
  if (s.length < 2) return 0;
  let w = 0;
  if (NEGATIVE.test(s)) w -= 25;
  if (POSITIVE.test(s)) w += 25;
  return w;
}
