/**
 * Boilerplate inside the article container: blocks that sit between the article's paragraphs but are not the
 * article (related-article boxes such as "اقرأ أيضا" / "Read more", share and follow prompts, author boxes, tag
 * lists, link lists). Used by content.ts on the chosen roots; every rule is general, none names a site.
 */
import { BLOCKS, classOf, isHeadingSlug, tagOf } from '../common/dom';
import { BLOCK_CHROME_CLASSES, WEAK_CHROME_CLASSES } from '../lexicon/chrome-classes';
import { BODY_CLASSES } from '../lexicon/content-classes';
import { CREDIT_CLASSES, LIVE_COMMENTARY_CLASSES, RELATED_BOX_CLASSES } from '../lexicon/box-classes';
import { AUTHOR_BOX_HEADINGS, PROMPT_PATTERNS, PROMPTS } from '../lexicon/calls-to-action';
import { patternsPattern } from '../lexicon/compile';
import { LEAD_CLASSES } from '../lexicon/lead-classes';
import {
  COUNTER_ALTOGETHER,
  COUNTER_OPENINGS,
  COUNTER_RANGES,
  COUNTER_TOTALS,
  POST_META_LINES,
  POST_META_PATTERNS,
} from '../lexicon/meta-lines';
import {
  AD_LABELS,
  CREDIT_OPENINGS,
  DISCLOSURE_LABELS,
  DISCLOSURE_PATTERNS,
  DISCLOSURES,
  RIGHTS_OPENING_PATTERNS,
  RIGHTS_OPENINGS,
  RIGHTS_RESERVED,
} from '../lexicon/notices';
import {
  READ_OBJECTS,
  READ_VERBS,
  RELATED_LABEL_PATTERNS,
  RELATED_LABELS,
  RELATED_VERB_OBJECTS,
  RELATED_VERBS,
} from '../lexicon/related-labels';
import { TAXONOMY_CLASS } from './class-weight';
import { linkDensity, type Stats } from './model';
import { classTokensRegex, rolePattern } from './words';

/**
 * Labels that open a related-articles block, in Arabic, English, German, French, Spanish, Portuguese, Italian and
 * Polish: an Arabic "read" verb (and what may follow it), an English "read more", or a whole label phrase.
 */
export const RELATED_LABEL = new RegExp(
  [
    `^\\s*[«"'([]?\\s*(${rolePattern(RELATED_VERBS)})\\s*(${rolePattern(RELATED_VERB_OBJECTS)})?`,
    `^\\s*(${rolePattern(READ_VERBS)})\\s+(${rolePattern(READ_OBJECTS)})\\b`,
    `^\\s*(${rolePattern(RELATED_LABELS, RELATED_LABEL_PATTERNS)})(?=$|[\\s:.,;!?…»"')\\]–—-])`,
  ].join('|'),
  'i',
);

/**
 * A copyright, reprint or photo-credit notice: a short block that opens with "Copyright", carries ©, or says
 * its rights are reserved.
 * (A paragraph that merely mentions copyright, in a story about it, neither opens so nor reserves rights.)
 */
const RIGHTS_OPENING = new RegExp(`^\\s*(©|${rolePattern(RIGHTS_OPENINGS, RIGHTS_OPENING_PATTERNS)})`, 'i');
/** © or words that reserve rights, anywhere. */
const RIGHTS = new RegExp(`©|${rolePattern(RIGHTS_RESERVED)}`, 'i');

/** The label of an ad slot, alone in its block. */
const AD_LABEL = new RegExp(`^[\\s\\-–—_·•|:]*(${rolePattern(AD_LABELS)})[\\s\\-–—_·•|:]*$`, 'i');

/**
 * An advertising or affiliate disclosure ("*Werbung. Dieser Beitrag enthält Werbung für …", "Anzeige, enthält
 * Affiliate Links", "This post contains affiliate links") or an editorial disclaimer ("Alle Angaben ohne Gewähr",
 * "Der Beitrag gibt die Meinung des Autors wieder"): short, and about the page rather than the story.
 */
const DISCLOSURE = new RegExp(
  `^[\\W_]*(${rolePattern(DISCLOSURE_LABELS)})\\s*[.,:|–—-]\\s*\\S|${rolePattern(DISCLOSURES, DISCLOSURE_PATTERNS)}`,
  'i',
);

/**
 * A post's own meta line, set as a paragraph of the post: "This entry was posted in …", "Eingestellt von …",
 * "Der Beitrag wurde am … veröffentlicht", "Last modified:", "Category: …", the "12 Bloggern gefällt das" likes
 * line, an embed's "Externer Inhalt" placeholder.
 */
const POST_META = new RegExp(`^\\s*(${rolePattern(POST_META_LINES, POST_META_PATTERNS)})`, 'i');

/** A listing's counter: "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt", "Showing 1–10 of 42". */
const LIST_COUNTER = new RegExp(
  `^\\W*(${rolePattern(COUNTER_OPENINGS)})\\b.{0,40}?\\d+\\s*(${rolePattern(COUNTER_RANGES)}|-|–)\\s*\\d+\\s*` +
    `(${rolePattern(COUNTER_TOTALS)})\\s*(${rolePattern(COUNTER_ALTOGETHER)}\\s*)?\\d+`,
  'i',
);

/** Short prompts that are chrome wherever they stand; an author box's heading alone on its line is one too. */
const PROMPT = new RegExp(
  `^\\s*(${rolePattern(PROMPTS, PROMPT_PATTERNS)}|${rolePattern(AUTHOR_BOX_HEADINGS)}\\s*$)`,
  'i',
);

/**
 * A class word that names an article's lead, standfirst or intro, in the vocabularies of news CMSs ("lead",
 * "standfirst", "dek", German "teaser-text"/"vorspann", French "chapo", Spanish "entradilla"/"bajada" …).
 */
export const LEAD_WORD = classTokensRegex(LEAD_CLASSES);

/** Class words of a chrome block inside the article container. */
const NEGATIVE_BLOCK = classTokensRegex(BLOCK_CHROME_CLASSES);
/** Class words of a box of other stories. */
const RELATED_CLASS = classTokensRegex(RELATED_BOX_CLASSES);
/** Class words of a credit line: photo credits, image sources. */
const CREDIT_CLASS = classTokensRegex(CREDIT_CLASSES);
/** The opening of a credit line: "Foto: …", "Photo : …", "Crédits photos : …", "Titelbild: …", "تصوير: …". */
const CREDIT_OPENING = new RegExp(`^[([]?\\s*(${rolePattern(CREDIT_OPENINGS)})\\s*:`, 'i');

/** Class words of live commentary: "live-comments", "live-match-comment", "liveticker-comments". */
const LIVE_COMMENTARY = new RegExp(`\\b${patternsPattern(LIVE_COMMENTARY_CLASSES)}\\b`, 'gi');

/** Chrome words that also name content wrappers: page-builder widgets, collapsed "read more" text, print layouts. */
const WEAK_CHROME = new RegExp(`(^|[\\s_-])${patternsPattern(WEAK_CHROME_CLASSES)}(?=$|[\\s_-])`, 'gi');
/** Class words of an article body: a chrome word beside them does not make the block chrome. */
const PROTECT = classTokensRegex(BODY_CLASSES);

/** Elements whose text a reader never sees (an ad slot's script after its "Anzeige" label). */
const UNREAD = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The first `max` characters of an element's text, reading only as many text nodes as that takes (textContent
 * would walk the whole subtree, for every block checked: quadratic on deep pages).
 */
export function firstText(el: Element, max = 60): string {
  let out = '';
  const stack: Node[] = [el];
  // Bounded: a label is in the first few nodes; deep empty wrappers must not make this a full walk.
  for (let visited = 0; stack.length && out.length < max * 3 && visited < 300; visited++) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1 && !UNREAD.has(tagOf(n as Element))) {
      // A block starts a new word: "Mehr zum Thema" in a heading and the first link below it stay apart.
      if (BLOCKS.has(tagOf(n as Element))) out += ' ';
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Characters of other text (kicker, date line) that may stand above an opening lead. */
const OPENING_SLACK = 100;

/**
 * A lead or standfirst ("teaser-text" in German CMSs): named so, prose, and the first text of its root. Whatever
 * else its class says, it is the article's opening paragraph; the same class further down is a teaser of another
 * story.
 */
export function isOpeningLead(
  el: Element,
  st: Stats,
  root: Element,
  stats: Map<Element, Stats>,
  skip: Set<Element>,
): boolean {
  if (!LEAD_WORD.test(classOf(el) ?? '') || st.text < 40 || st.linkText / st.text >= 0.2) return false;
  // Only a headline, a kicker or a date line may come before it.
  let before = 0;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (!skip.has(sib) && !/^h[1-6]$/.test(tagOf(sib))) before += stats.get(sib)?.text ?? 0;
      if (before > OPENING_SLACK) return false;
    }
  }
  return true;
}

/** Is this block inside the article container boilerplate (related links, prompts, notices, named chrome …)? */
export function isBoilerplateBlock(el: Element, st: Stats): boolean {
  const tag = tagOf(el);
  const cls = classOf(el);
  // An id that is the slug of the block's own heading names the section, not chrome.
  const id = isHeadingSlug(el) ? null : el.getAttribute('id');
  // A photo credit or image source, as its own element or as a short line opening "Foto:", "Crédits photos :" …
  if (st.text < 200 && (cls || id) && CREDIT_CLASS.test(`${cls ?? ''} ${id ?? ''}`)) return true;
  if (tag === 'a' || tag === 'span' || tag === 'strong' || tag === 'em' || tag === 'b' || tag === 'i') return false;
  // A custom element's name says what it is ("pp-inline-teaser"). Live commentary ("live-match-comments") is the
  // story of a live page, not readers' comments.
  const custom = tag.includes('-') ? tag : '';
  const names =
    cls || id || custom
      ? `${(cls ?? '').replace(TAXONOMY_CLASS, ' ')} ${id ?? ''} ${custom}`.replace(LIVE_COMMENTARY, ' ').trim()
      : '';
  let opening: string | null = null;
  const head = (): string => (opening ??= firstText(el));
  if (st.text > 0 && st.text < 120 && CREDIT_OPENING.test(head())) return true;
  const ld = linkDensity(st);
  if (names && tag !== 'article' && NEGATIVE_BLOCK.test(names) && !PROTECT.test(names)) {
    // A named chrome block, unless it plainly holds several paragraphs of prose, or its only chrome word is one
    // that page builders and collapsible text also use ("elementor-widget", "js-readmore", "print-step") and it
    // holds prose without links.
    // Related stories come with their excerpts: prose, but never this article's.
    const prose = st.paras >= 3 && ld < 0.3 && st.text > 600 && !RELATED_CLASS.test(names);
    const weakProse =
      ld < 0.1 && st.text >= 150 && st.paras >= 1 && !NEGATIVE_BLOCK.test(names.replace(WEAK_CHROME, ' '));
    if (!prose && !weakProse) return true;
  }
  if (st.text === 0) return false;
  if (st.text <= 40 && AD_LABEL.test(head())) return true;
  if (RELATED_LABEL.test(head()) && (ld > 0.25 || st.text < 160)) return true;
  if (st.text < 140 && PROMPT.test(head())) return true;
  if (st.text < 250 && DISCLOSURE.test(firstText(el, 250))) return true;
  if (st.text < 200 && POST_META.test(head())) return true;
  if (st.text < 120 && LIST_COUNTER.test(head())) return true;
  // A form's fieldset inside the article (a sign-up, a consent checkbox) is not the story.
  if (tag === 'fieldset' && st.text < 1000) return true;
  // A notice that opens with © or "Copyright" and goes on to reserve rights may run long with its reprint terms;
  // others must be short.
  // (A block that holds paragraphs or a heading is a container that opens with a credit, not a notice.)
  const notice = () => tag === 'p' || el.querySelector('p, h2, h3, h4, h5, h6') === null;
  if (st.text < 250 && RIGHTS_OPENING.test(head()) && notice()) return true;
  // firstText, not the whole subtree's text: every block of a 10,000-deep nest is checked, so the read is bounded.
  if (
    st.text < 250
      ? RIGHTS.test(firstText(el, 250))
      : st.text < 400 && RIGHTS_OPENING.test(head()) && RIGHTS.test(firstText(el, 400).replace(/©/g, ''))
  ) {
    if (notice()) return true;
  }
  if (tag === 'ul' || tag === 'ol' || tag === 'dl') return ld > 0.6 && st.text < 2000 ? true : false;
  // A paragraph that is nothing but a link to another story.
  if (tag === 'p' && ld > 0.8 && st.text < 150) return true;
  if (tag === 'p' || tag === 'table' || tag === 'figure' || tag === 'blockquote') return false;
  // Link lists dressed as divs: mostly links, little prose.
  if (ld > 0.5 && st.text - st.linkText < 200 && st.paras <= 2) return true;
  return false;
}
