/**
 * The element that shows the headline on the page: the byline and the date are looked for around it.
 */
import { documentMemo, elementsWhere } from '../common/dom';
import { key } from './clean';
import { docTitleText } from './meta-tags';
import { inPageChrome, isHidden, textOf } from './place';
import { headlineCandidates, splitTitle } from './title';

/** The text an element holds directly (its own text nodes, not its children's), as written. */
function ownRawText(el: Element): string {
  let t = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) t += n.textContent ?? '';
  return t;
}

/** The first letter or digit of a text: a key (clean.ts) starts with it, lower-cased. */
const FIRST_KEY_CHAR = /[\p{L}\p{N}]/u;

/**
 * The element that shows the headline: the first h1 worth considering (headlineCandidates), else, on a page that
 * sets its headline in no h1 (a table cell, "div#Title"), the first visible element outside the chrome whose own
 * text is the document title or one part of it of three words or more. The byline and the date are looked for
 * around it.
 */
export function headlineElement(doc: Document, siteKeys: readonly string[]): Element | null {
  // Asked for by the date and by the byline: found once per brief.
  return documentMemo(doc, `headlineElement\u0000${siteKeys.join('\u0000')}`, () => findHeadlineElement(doc, siteKeys));
}

function findHeadlineElement(doc: Document, siteKeys: readonly string[]): Element | null {
  const h1s = headlineCandidates(doc, siteKeys);
  const title = docTitleText(doc);
  const keys = new Set(
    (title ? [title, ...splitTitle(title).map((p) => p.text)] : [])
      .filter((t) => t.split(/\s+/).length >= 3 && !siteKeys.includes(key(t)))
      .map(key)
      .filter((k) => k !== ''),
  );
  // An h1 that shows the title, else (an h1 that is a box's title, "Other News in Specials", or none) the element
  // that does, else the first h1.
  const shown = h1s.find((h) => keys.has(key(textOf(h) ?? '')));
  if (shown || !keys.size) return shown ?? h1s[0] ?? null;
  const body = doc.body;
  // Most elements hold no text of their own, less than the shortest key (a key is never longer than its text), or
  // a text whose first letter or digit starts no key: they are passed over before the key is built.
  const shortest = Math.min(...[...keys].map((k) => k.length));
  const firsts = new Set([...keys].map((k) => k[0]));
  const ownKey = (el: Element): string | null => {
    const raw = ownRawText(el);
    if (raw.length < shortest) return null;
    const first = FIRST_KEY_CHAR.exec(raw)?.[0];
    return first && firsts.has(first.toLowerCase()[0]) ? key(raw) : null;
  };
  const holder = elementsWhere(
    doc,
    (el) =>
      keys.has(ownKey(el) ?? '') &&
      body?.contains(el) === true &&
      !el.closest('a') &&
      !isHidden(el) &&
      !inPageChrome(el),
    1,
  )[0];
  return holder ?? h1s[0] ?? null;
}
