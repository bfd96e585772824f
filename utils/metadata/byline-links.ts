/** The links of a byline line: which are a profile's social links, and whether the names come first. */
import { textOf } from './place';

export const SOCIAL_HREF =
  /^(?:mailto:|tel:|javascript:)|(?:twitter|x|facebook|instagram|linkedin|t\.me|youtube|tiktok)\.com/i;

/** The first link of a byline line comes first in the text after its opener ("By <a>A</a> …"). */
export function namesFirst(el: Element, names: string): boolean {
  const link = Array.from(el.querySelectorAll('a[href]')).find((a) => !SOCIAL_HREF.test(a.getAttribute('href') ?? ''));
  const first = link ? textOf(link) : null;
  return !first || names.startsWith(first);
}
