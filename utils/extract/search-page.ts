/**
 * Whether a page shows search results: a results container that holds results, or the page repeating the query
 * its search box holds. Read by detect.ts.
 */
import { normalizeSpace } from '../common/text';
import { classOf, elementsNamed, elementsOf } from '../common/dom';
import { CONTENT } from '../settings/content';

/**
 * Search results: a results container that holds results (links). An article page's site search often ships an
 * empty container ("search-results") that a script fills as the reader types: that is no results page.
 */
export function searchResults(doc: Document): boolean {
  const holdsResults = (el: Element): boolean =>
    el.getElementsByTagName('a').length >= CONTENT.verdict.searchResultLinks;
  for (const el of elementsOf(doc)) {
    if (
      ((classOf(el) ?? '').includes('search-results') || el.getAttribute('id') === 'search-results') &&
      holdsResults(el)
    )
      return true;
  }
  // Results after a search form: `form[role="search"] ~ * [class*="result"]`.
  for (const form of elementsNamed(doc, 'form')) {
    if (form.getAttribute('role') !== 'search') continue;
    for (let sib = form.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const results = sib.querySelector('[class*="result"]');
      if (results && holdsResults(results)) return true;
    }
  }
  return echoesQuery(doc);
}

/** Quoted parts of a heading ("Results for “bridge repairs”", «…», "…"). */
const QUOTED = /[“"«‘„]([^”"»’“]+)[”"»’“]/gu;
/** What may follow the query after a colon: the end, or a separator before the site's name. */
const AFTER_QUERY = /^\s*(?:$|[|–—·-]\s)/u;

/**
 * The page repeats, in its title or first heading, the query a form's text box holds: in quotes ('Results for
 * “bridge repairs”') or as all that follows a colon ("نتائج البحث عن: المياه", "Search: bridge repairs | Post").
 * A search box's prompt written as its value ("Search") is no query: a headline that merely opens with it is no
 * echo, since the query must stand whole.
 */
function echoesQuery(doc: Document): boolean {
  const h1 = elementsNamed(doc, 'h1')[0];
  const heads = [doc.title, h1?.textContent ?? ''].map((t) => normalizeSpace(t).toLowerCase()).filter(Boolean);
  if (!heads.length) return false;
  for (const input of elementsNamed(doc, 'input')) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'text' && type !== 'search') continue;
    const query = normalizeSpace(input.getAttribute('value') ?? '').toLowerCase();
    if (query.length < 2) continue;
    for (const head of heads) {
      if ([...head.matchAll(QUOTED)].some((m) => normalizeSpace(m[1]!) === query)) return true;
      const colon = head.indexOf(':');
      if (colon < 0) continue;
      const rest = head.slice(colon + 1).trim();
      if (rest.startsWith(query) && AFTER_QUERY.test(rest.slice(query.length))) return true;
    }
  }
  return false;
}
