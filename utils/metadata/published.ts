/**
 * The publication and modification dates: JSON-LD, meta tags, microdata, `<time>` elements and dates written
 * near the headline.
 */
import { classOf, elementsNamed, elementsWhere, elementsWithItemprop } from '../common/dom';
import { findDateInText, parseDate, type DateOptions } from './dates';
import type { JsonLdNode } from './jsonld';
import { isHidden, placeOf, inPageChrome, textOf, inForeignItem } from './place';
import { type MetaMap, str } from './meta-tags';
import { headlineElement } from './headline-element';
import { normalizeSpace } from '../common/text';
import { SETTINGS } from '../settings';

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'datecreated',
  'citation_publication_date',
  'citation_date',
  'article.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'rnews:datepublished',
  'article_date_original',
  'originalpublicationdate',
  'cxenseparse:recs:publishtime',
  'date',
  'og:pubdate',
];

const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'article:modified',
  'modified_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'parsely-updated',
];

function firstDate(values: readonly (string | null | undefined)[], opts: DateOptions): string | null {
  for (const v of values) {
    if (!v) continue;
    const d = parseDate(v, opts);
    if (d) return d;
  }
  return null;
}

const UPDATE_HINT = /updat|modif|edited|revis|تحديث|عدل/i;

function hintOf(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
    parts.push(classOf(e) ?? '', e.getAttribute('id') ?? '', e.getAttribute('itemprop') ?? '');
  }
  return parts.join(' ');
}

function timeElementDate(doc: Document, opts: DateOptions): string | null {
  let best: { score: number; iso: string } | null = null;
  for (const t of elementsNamed(doc, 'time').slice(0, 40)) {
    const place = placeOf(t);
    if (place.chrome || isHidden(t)) continue;
    const iso = parseDate(t.getAttribute('datetime') ?? '', opts) ?? parseDate(textOf(t) ?? '', opts);
    if (!iso) continue;
    const hint = hintOf(t);
    let score = 0;
    if (place.article || place.main) score += 2;
    if (t.hasAttribute('pubdate')) score += 2;
    if (/publish|pubdate|posted|created/i.test(hint)) score += 2;
    if (UPDATE_HINT.test(hint) || /updat|modif|تحديث/i.test(t.previousSibling?.textContent ?? '')) score -= 3;
    if (!best || score > best.score) best = { score, iso };
  }
  return best && best.score >= 0 ? best.iso : null;
}

/**
 * Elements that may hold a date line: a class holding date, publish, posted, time, meta, byline or info; an id
 * holding "date".
 */
function isDateLine(el: Element): boolean {
  return DATE_LINE_CLASS.test(classOf(el) ?? '') || (el.getAttribute('id') ?? '').includes('date');
}

const DATE_LINE_CLASS = /date|Date|publish|posted|time|meta|byline|info/;

/** A date written near the headline or byline, read as text (for pages with no machine-readable date). */
function visibleDate(doc: Document, opts: DateOptions, siteKeys: readonly string[]): string | null {
  const candidates: Element[] = [];
  // Around the element that shows the headline and around the first h1, when that is another element.
  const heads = new Set(
    [headlineElement(doc, siteKeys), elementsNamed(doc, 'h1').find((h) => !isHidden(h) && !inPageChrome(h))].filter(
      (h): h is Element => !!h,
    ),
  );
  for (const h1 of heads) {
    // The few elements after the headline, and the siblings after the headline's container and the container's
    // own (a headline in a table cell, the date line in the row below).
    let e: Element | null = h1.nextElementSibling;
    for (let i = 0; e && i < 4; e = e.nextElementSibling, i++) candidates.push(e);
    for (let up = h1.parentElement, level = 0; up && level < 2; up = up.parentElement, level++) {
      if (up === doc.body) break;
      let s: Element | null = up.nextElementSibling;
      for (let i = 0; s && i < 3; s = s.nextElementSibling, i++) candidates.push(s);
    }
  }
  candidates.push(...elementsWhere(doc, isDateLine, 60));
  let updated: string | null = null;
  for (const el of candidates) {
    if (isHidden(el) || inPageChrome(el)) continue;
    const text = el.textContent ?? '';
    if (text.length > 300) continue;
    // A photo with its caption ("…, December 29, 2007. (REUTERS/…)") dates the photo, not the story.
    if (normalizeSpace(text).length > SETTINGS.brief.maxDateLineChars && el.querySelector('img')) continue;
    // "Dec 16, 2007 18:22 | Updated Dec 17, 2007 11:52": the date before the update word is the publication date.
    const update = UPDATE_HINT.exec(text);
    const before = update && update.index > 0 ? findDateInText(text.slice(0, update.index), opts) : null;
    if (before && !UPDATE_HINT.test(hintOf(el))) return before;
    const iso = findDateInText(text, opts);
    if (!iso) continue;
    const hint = `${hintOf(el)} ${text.slice(0, 40)}`;
    // An update line is not the publication date: it stands in only when the page shows no other date.
    if (UPDATE_HINT.test(hint) && !/publish|نشر/i.test(hint)) {
      updated ??= iso;
      continue;
    }
    return iso;
  }
  return updated;
}

export function readDates(
  doc: Document,
  meta: MetaMap,
  art: JsonLdNode | undefined,
  nodes: readonly JsonLdNode[],
  opts: DateOptions,
  siteKeys: readonly string[] = [],
): { published: string | null; modified: string | null } {
  // A publication date from any source comes before a creation date: "dateCreated" is when the CMS record was
  // made, which may be a later day than the one the page shows (a story re-filed after publication).
  const published =
    firstDate([str(art?.['datePublished'])], opts) ??
    firstDate(
      PUBLISHED_META.flatMap((n) => meta.get(n)?.slice(0, 1) ?? []),
      opts,
    ) ??
    firstDate(
      elementsWithItemprop(doc, 'datePublished')
        .filter((e) => !inForeignItem(e))
        .slice(0, 5)
        .map((e) => e.getAttribute('content') ?? e.getAttribute('datetime') ?? e.textContent),
      opts,
    ) ??
    firstDate(
      nodes.map((n) => str(n['datePublished'])),
      opts,
    ) ??
    firstDate([str(art?.['dateCreated'])], opts) ??
    timeElementDate(doc, opts);
  const shown = visibleDate(doc, opts, siteKeys);
  const modified =
    firstDate([str(art?.['dateModified'])], opts) ??
    firstDate(
      MODIFIED_META.flatMap((n) => meta.get(n)?.slice(0, 1) ?? []),
      opts,
    ) ??
    firstDate(
      elementsWithItemprop(doc, 'dateModified')
        .filter((e) => !inForeignItem(e))
        .slice(0, 3)
        .map((e) => e.getAttribute('content') ?? e.getAttribute('datetime') ?? e.textContent),
      opts,
    ) ??
    firstDate(
      nodes.map((n) => str(n['dateModified'])),
      opts,
    );
  return { published: published ? localDay(published, shown) : shown, modified };
}

/** A UTC timestamp: "…Z", "…+00:00". */
const UTC_STAMP = /(?:Z|[+-]00:?00)$/;
const DAY_MS = 86_400_000;

/**
 * The article's own local day: a machine date written in UTC ("2025-03-03T21:30:00Z") falls on the day before or
 * after the one the page shows under its headline in its own time zone ("04 مارس 2025"); then the shown day is the
 * publication date. Any other disagreement keeps the machine date.
 */
function localDay(published: string, shown: string | null): string {
  if (!shown || !UTC_STAMP.test(published)) return published;
  const a = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${shown.slice(0, 10)}T00:00:00Z`);
  return Math.abs(a - b) === DAY_MS ? shown : published;
}
