/**
 * The headline: from JSON-LD, meta tags, the visible h1 and the document title, with the site name set aside.
 */
import { classOf, elementsNamed, elementsWhere, elementsWithItemprop, firstDescendants, tagOf } from '../common/dom';
import { words } from '../common/text';
import type { JsonLdNode } from './jsonld';
import { key } from './clean';
import { isHidden, placeOf, inChromeBesidesArticleHeader, inPageChrome, textOf } from './place';
import { type MetaMap, firstMeta, str, docTitleText } from './meta-tags';
import { entriesOf, phrasesPattern } from '../lexicon/compile';
import { SITE_TLDS } from '../lexicon/site-hosts';
import { STOP_WORDS } from '../lexicon/stop-words';
import { SETTINGS } from '../settings';

const MAX_TITLE = 400;

const TITLE_SEPARATOR = /\s+(?:\||-{1,2}|–|—|::|»|«|·|•|\/|~|\\)\s+|\s*(?:\||::|_)\s*|\s+:\s+/g;

interface TitlePart {
  text: string;
  /** The separator before this part ('' for the first). */
  sep: string;
}

export function splitTitle(title: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let last = 0;
  let sep = '';
  for (const m of title.matchAll(TITLE_SEPARATOR)) {
    const text = title.slice(last, m.index).trim();
    if (text) {
      parts.push({ text, sep });
      sep = m[0];
    } else if (parts.length) {
      sep += m[0];
    }
    last = m.index + m[0].length;
  }
  const tail = title.slice(last).trim();
  if (tail) parts.push({ text: tail, sep });
  return parts;
}

function joinParts(parts: readonly TitlePart[]): string {
  return parts
    .map((p, i) => (i === 0 ? p.text : `${p.sep}${p.text}`))
    .join('')
    .trim();
}

/** A host name standing as a title part ("Example.com", "www.site.co.uk"). */
const HOST_NAME = new RegExp(`^(?:www\\.)?[\\p{L}\\p{N}-]+\\.${phrasesPattern(SITE_TLDS)}(?:\\.[a-z]{2})?$`, 'iu');

function looksLikeSite(part: string, siteKeys: readonly string[]): boolean {
  const k = key(part);
  if (!k) return false;
  for (const s of siteKeys) {
    if (k === s) return true;
    if (s.length >= 4 && k.includes(s) && part.split(/\s+/).length <= 6) return true;
    if (k.length >= 4 && s.includes(k)) return true;
  }
  return HOST_NAME.test(part);
}

/**
 * Remove site names from either end of a title ("Headline | Site", "Site - Headline", "Headline - الموقع").
 * A part is a site name when it matches a known site name or host label; a trailing part after " | " that is
 * short is taken as one too when nothing else is known.
 */
export function stripSiteFromTitle(title: string, siteKeys: readonly string[]): string {
  let parts = splitTitle(title);
  if (parts.length < 2) return title;
  const before = parts.length;
  let changed = true;
  while (changed && parts.length > 1) {
    changed = false;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    if (looksLikeSite(last.text, siteKeys)) {
      parts = parts.slice(0, -1);
      changed = true;
    } else if (looksLikeSite(first.text, siteKeys)) {
      const siteSep = parts[1]!.sep.trim();
      parts = parts.slice(1).map((p, i) => (i === 0 ? { ...p, sep: '' } : p));
      changed = true;
      // "Site :: Section :: Headline": a short label after the site, set off the same way, is a section.
      const label = parts[0]!;
      const after = parts[1];
      if (
        after &&
        after.sep.trim() === siteSep &&
        label.text.split(/\s+/).length <= 3 &&
        !/[.!?؟…]$/.test(label.text) &&
        joinParts(parts.slice(1)).split(/\s+/).length >= 4
      ) {
        parts = parts.slice(1).map((p, i) => (i === 0 ? { ...p, sep: '' } : p));
      }
    }
  }
  if (parts.length > 1 && parts.length === before) {
    // Nothing matched a known site: a short capitalised tail after " | " or a dash is taken as the site.
    const last = parts[parts.length - 1]!;
    const rest = joinParts(parts.slice(0, -1));
    const tailWords = last.text.split(/\s+/).length;
    const siteLike = !/^\p{Ll}/u.test(last.text) && !/[!?]{2}|[?.…]$/.test(last.text);
    if (/\||[-–—]/.test(last.sep) && siteLike && tailWords <= 3 && rest.split(/\s+/).length >= 3) {
      parts = parts.slice(0, -1);
    }
  }
  const out = joinParts(parts);
  return out || title;
}

/** The h1 elements worth considering: visible, not in the page chrome, not a logo or the site name. */
export function headlineCandidates(doc: Document, siteKeys: readonly string[]): Element[] {
  const out: Element[] = [];
  for (const h of elementsNamed(doc, 'h1').slice(0, 20)) {
    if (isHidden(h)) continue;
    const text = textOf(h);
    if (!text || text.length > MAX_TITLE) continue;
    if (siteKeys.includes(key(text))) continue;
    if (inChromeBesidesArticleHeader(h)) continue;
    out.push(h);
  }
  return out;
}

const PROMINENT_NAMES = new Set(['h1', 'h2', 'b', 'strong']);

/** `h1, h2, b, strong, font[size], [class*="title"], [class*="headline"]`. */
function isProminent(el: Element): boolean {
  const name = tagOf(el);
  if (PROMINENT_NAMES.has(name) || (name === 'font' && el.hasAttribute('size'))) return true;
  const ident = `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return ident.includes('title') || ident.includes('headline');
}

/** A `<font size>` that makes its text large (size 4 and up, or a relative "+n"). */
function isLargeFont(el: Element): boolean {
  const size = (el.getAttribute('size') ?? '').trim();
  return /^\+\d/.test(size) || Number.parseInt(size, 10) >= 4;
}

/**
 * Texts of visible, prominent elements that could be the page's headline where it has no usable h1: h1 and
 * h2 headings, bold or large text, elements classed as a title. Not in the page chrome, not a link or wholly
 * a link (a teaser, the logo), at least three words.
 */
function prominentTexts(doc: Document, siteKeys: readonly string[]): string[] {
  const out: string[] = [];
  for (const el of elementsWhere(doc, isProminent, 120)) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'font' && !isLargeFont(el)) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_TITLE || text.split(/\s+/).length < 3) continue;
    if (siteKeys.includes(key(text)) || out.includes(text)) continue;
    if (el.closest('a') || isHidden(el) || inPageChrome(el)) continue;
    // A heading that is wholly a link points elsewhere (a teaser, a permalink list).
    const link = el.querySelector('a[href]');
    if (link && textOf(link) === text) continue;
    out.push(text);
  }
  return out;
}

/** The part of a "Site :: Section :: Headline" title that a prominent element on the page shows, if any. */
function prominentPart(title: string, prominent: () => readonly string[]): string | null {
  const parts = splitTitle(title);
  if (parts.length < 2) return null;
  const texts = prominent();
  if (!texts.length) return null;
  const keys = new Set(texts.map(key));
  // The headline carries most of the title; the other parts are short labels (site, section).
  const total = parts.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  const matches = parts.filter((p) => {
    const n = p.text.split(/\s+/).length;
    return n >= 3 && n * 2 >= total && keys.has(key(p.text));
  });
  if (!matches.length) return null;
  return matches.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
}

/** True when `h` is one end of `title` cut at a separator ("Headline | Site" vs "Headline"). */
function isTitleEnd(title: string, h: string): boolean {
  if (title === h) return true;
  if (title.startsWith(h)) return /^\s*(?:\||-{1,2}|–|—|::|»|«|·|•|\/|~|_|:)/.test(title.slice(h.length));
  if (title.endsWith(h))
    return /(?:\||-{1,2}|–|—|::|»|«|·|•|\/|~|_|:)\s*$/.test(title.slice(0, title.length - h.length));
  return false;
}

function overlap(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = words(b);
  if (!wa.size || !wb.length) return 0;
  return wb.filter((w) => wa.has(w)).length / Math.max(wa.size, wb.length);
}

/** Words that can name a topic: letters or digits, not a stop word of any language, two characters or more. */
function topicWords(text: string): string[] {
  return words(text).filter((w) => w.length >= 2 && !STOP_WORD_SET.has(w));
}

const STOP_WORD_SET = new Set(entriesOf(STOP_WORDS).map((w) => w.toLowerCase()));

/** The text of `outer` without `part` at its start or end (and the separator between them), or null. */
function restAround(outer: string, part: string): string | null {
  if (outer.length <= part.length) return null;
  if (outer.startsWith(part) && PART_GAP.test(outer.charAt(part.length)))
    return outer.slice(part.length).replace(PART_GAPS_AT_EDGES, '');
  const cut = outer.length - part.length;
  if (outer.endsWith(part) && PART_GAP.test(outer.charAt(cut - 1)))
    return outer.slice(0, cut).replace(PART_GAPS_AT_EDGES, '');
  return null;
}

/** What sets a kicker or a count apart from the headline beside it: white space, a bar, a colon, a dot or a dash. */
const PART_GAP = /^[\s|:·•–—-]$/;
const PART_GAPS_AT_EDGES = /^[\s|:·•–—-]+|[\s|:·•–—-]+$/g;

/**
 * What the page's one visible h1 says the headline is, when the metadata titles (`named`, site parts removed)
 * name the story another way; null when the h1 is not the headline.
 * - An h1 that sets a kicker, a section or a count in an element of its own beside the headline the metadata
 *   names ("<span>Tunesien</span> Große Aufgaben für die neue Regierung", "… <span>199 Comments</span>"): that
 *   headline, without the kicker.
 * - An h1 that shares a word with the site part of the titles and none with their headline part is the site's
 *   name or its blog's ("The White House Blog", "KHN: Kaiser Health News").
 * - Where the page has metadata titles, an h1 that shares no word with any of them names something else (a
 *   section or the site's slogan, "Get More from Life"); a headline written two ways still shares its subject
 *   ("Hitachi Set to Win Bid for U.K. Nuclear Venture" over "Hitachi in U.K. Nuclear Bid").
 */
function soleH1Headline(
  h1: Element,
  text: string,
  named: readonly string[],
  hasMetadata: boolean,
  siteWords: ReadonlySet<string>,
): string | null {
  const parts = new Set(firstDescendants(h1, 40).map((e) => textOf(e) ?? ''));
  for (const n of named) {
    const rest = restAround(text, n);
    if (rest && (parts.has(n) || parts.has(rest))) return n;
  }
  const own = topicWords(text);
  const namedWords = new Set(named.flatMap(topicWords));
  const sharesNamed = own.some((w) => namedWords.has(w));
  if (!sharesNamed && own.some((w) => siteWords.has(w))) return null;
  if (!sharesNamed && hasMetadata) return null;
  return text;
}

/** Places in readTitle's candidates: the metadata titles (JSON-LD, Dublin Core, Open Graph, Twitter/Parse.ly), the
 * itemprop headline and the document's <title>. */
const METADATA_TITLES = [0, 1, 2, 3] as const;
const ITEMPROP_TITLE = 4;
const DOC_TITLE = 6;

export function readTitle(
  doc: Document,
  meta: MetaMap,
  art: JsonLdNode | undefined,
  siteKeys: readonly string[],
): string | null {
  const h1s = headlineCandidates(doc, siteKeys);
  const h1Texts = h1s.map((h) => textOf(h)).filter((t): t is string => !!t);
  const articleH1 = textOf(
    h1s.find((h) => {
      const place = placeOf(h);
      return place.article || place.main;
    }),
  );
  const docTitle = docTitleText(doc);
  let prominentCache: string[] | null = null;
  const prominent = (): string[] => (prominentCache ??= prominentTexts(doc, siteKeys));

  const refine = (t: string | null): string | null => {
    if (!t || t.length > MAX_TITLE * 2) return null;
    if (h1Texts.includes(t)) return t;
    // The visible headline is one end of the title: use it as is.
    const ends = h1Texts.filter((h) => isTitleEnd(t, h) && h.split(/\s+/).length >= 2);
    const end = ends.find((h) => t.startsWith(h)) ?? ends[0];
    if (end) return end;
    // A prominent element (an h2, bold or large text) shows one part of a title made of several.
    const part = prominentPart(t, prominent);
    if (part) return part;
    const stripped = stripSiteFromTitle(t, siteKeys);
    return stripped.length > MAX_TITLE || siteKeys.includes(key(stripped)) ? null : stripped;
  };

  // In order of preference; a candidate another source confirms wins over an unconfirmed one.
  const raw: (string | null)[] = [
    str(art?.['headline']),
    firstMeta(meta, ['dc.title', 'dcterm.title', 'dcterms.title']),
    firstMeta(meta, ['og:title']),
    firstMeta(meta, ['twitter:title', 'parsely-title', 'sailthru.title']),
    textOf(elementsWithItemprop(doc, 'headline').find((e) => tagOf(e) !== 'meta') ?? null),
    articleH1,
    docTitle,
    ...h1Texts.slice(0, 3),
  ];
  const cands = raw.map(refine);
  const keys = cands.map((c) => (c ? key(c) : ''));
  const docKey = docTitle ? key(docTitle) : '';
  const supported = (i: number): boolean => {
    const k = keys[i]!;
    if (!k) return false;
    if (keys.some((o, j) => j !== i && o === k && raw[j] !== raw[i])) return true;
    return i !== 6 && k.length >= 8 && docKey.includes(k);
  };
  let pick = cands.findIndex((_, i) => supported(i));
  if (pick < 0) {
    // Unconfirmed: metadata titles first, then a headline that resembles the document title, then the title.
    const order = [0, 1, 2, 3];
    pick = order.find((i) => cands[i]) ?? -1;
    if (pick < 0 && articleH1 && docTitle && overlap(docTitle, articleH1) >= 0.5) pick = 5;
    if (pick < 0) pick = [6, 4, 5, 7, 8, 9].find((i) => cands[i]) ?? -1;
  }
  let t = pick >= 0 ? cands[pick]! : null;
  // The one visible headline on the page is the title a reader sees, when the metadata titles name the story
  // another way ("Hitachi in U.K. Nuclear Bid" over the h1 "Hitachi Set to Win Bid for U.K. Nuclear Venture").
  // A short h1 is a label (a section name, "Allergies Health Center"), not a headline.
  const soleH1 = h1Texts.length === 1 ? h1Texts[0]! : null;
  if (soleH1 && soleH1.split(/\s+/).length >= SETTINGS.brief.minH1HeadlineWords && (!t || key(t) !== key(soleH1))) {
    const named = [...METADATA_TITLES, ITEMPROP_TITLE, DOC_TITLE].map((i) => cands[i]).filter((c): c is string => !!c);
    const hasMetadata = METADATA_TITLES.some((i) => cands[i]);
    const siteWords = new Set(
      [...METADATA_TITLES, DOC_TITLE].flatMap((i) => {
        const kept = new Set(topicWords(cands[i] ?? ''));
        return topicWords(raw[i] ?? '').filter((w) => !kept.has(w));
      }),
    );
    for (const k of siteKeys) for (const w of topicWords(k)) siteWords.add(w);
    t = soleH1Headline(h1s[0]!, soleH1, named, hasMetadata, siteWords) ?? t;
  }
  if (!t) return null;
  // A truncated headline ("… very long headl…"): prefer a fuller candidate that starts the same way.
  const trunc = /(?:…|\.\.\.)$/.exec(t);
  if (trunc) {
    const stem = t.slice(0, trunc.index).trim();
    const fuller = cands.find((o) => o && o.length > stem.length + 1 && o.startsWith(stem));
    if (fuller) t = fuller;
  }
  return t;
}
