/**
 * Boilerplate inside the article container: blocks that sit between the article's paragraphs but are not the
 * article (related-article boxes such as "اقرأ أيضا" / "Read more", share and follow prompts, author boxes, tag
 * lists, link lists). Used by content.ts on the chosen roots; every rule is general, none names a site.
 */
import { BLOCKS, classOf, isHeadingElement, isHeadingSlug, linksOnlyInPage, tagOf } from '../common/dom';
import { normalizeSpace } from '../common/text';
import { BLOCK_CHROME_CLASSES, WEAK_CHROME_CLASSES } from '../lexicon/chrome-classes';
import { BODY_CLASSES } from '../lexicon/content-classes';
import { CREDIT_CLASSES, LIVE_COMMENTARY_CLASSES, RELATED_BOX_CLASSES } from '../lexicon/box-classes';
import { AUTHOR_BOX_HEADINGS, PROMPTS, READER_PROMPT_PATTERNS, READER_PROMPTS } from '../lexicon/calls-to-action';
import { patternsPattern } from '../lexicon/compile';
import { LEAD_CLASSES } from '../lexicon/lead-classes';
import { POST_META_LINES, POST_META_PATTERNS } from '../lexicon/meta-lines';
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
import { isCaptionList } from './captions';
import { TAXONOMY_CLASS } from './class-weight';
import { BOILERPLATE, type BoilerplateSettings } from '../settings/boilerplate';
import { linkDensity, type Stats } from './model';
import { classTokensRegex, labelPattern } from './words';

/**
 * Labels that open a related-articles block, in Arabic, English, German, French, Spanish, Portuguese, Italian and
 * Polish: an Arabic "read" verb (and what may follow it), an English "read more", or a whole label phrase. Each
 * ends on a word boundary; the block must also have the shape of a label (isLabelShaped) for it to count.
 */
export const RELATED_LABEL = new RegExp(
  [
    `^\\s*[«"'([]?\\s*(${labelPattern(RELATED_VERBS)})(\\s*(${labelPattern(RELATED_VERB_OBJECTS)}))?`,
    `^\\s*(${labelPattern(READ_VERBS)})\\s+(${labelPattern(READ_OBJECTS)})`,
    `^\\s*(${labelPattern(RELATED_LABELS, RELATED_LABEL_PATTERNS)})`,
  ].join('|'),
  'iu',
);

/**
 * A copyright, reprint or photo-credit notice: a short block that opens with "Copyright", carries ©, or says
 * its rights are reserved.
 * (A paragraph that merely mentions copyright, in a story about it, neither opens so nor reserves rights.)
 */
const RIGHTS_OPENING = new RegExp(`^\\s*(©|${labelPattern({}, RIGHTS_OPENING_PATTERNS)})`, 'iu');
/** "Copyright", "حقوق النشر": a notice's opening only in the shape of a label ("Copyright holders asked …" is not). */
const RIGHTS_LABEL = new RegExp(`^\\s*(${labelPattern(RIGHTS_OPENINGS)})`, 'iu');
/**
 * ©, or words that reserve rights opening a sentence of the block ("… Agency. All rights reserved."), not reported
 * inside one ("the lawyer said all rights were reserved to the heirs").
 */
const RIGHTS = new RegExp(`©|\\(c\\) ?\\d{4}|(?:^|[.,!?|·•–—]\\s*)(${labelPattern(RIGHTS_RESERVED)})`, 'iu');
/** Words that reserve rights anywhere: in a notice that opens with © and runs on with its reprint terms. */
const RIGHTS_ANYWHERE = new RegExp(labelPattern(RIGHTS_RESERVED), 'iu');

/** The label of an ad slot, alone in its block. */
const AD_LABEL = new RegExp(`^[\\s\\-–—_·•|:]*(${labelPattern(AD_LABELS)})[\\s\\-–—_·•|:]*$`, 'iu');

/**
 * An advertising or affiliate disclosure ("*Werbung. Dieser Beitrag enthält Werbung für …", "Anzeige, enthält
 * Affiliate Links", "This post contains affiliate links") or an editorial disclaimer ("Alle Angaben ohne Gewähr",
 * "Der Beitrag gibt die Meinung des Autors wieder"): short, and about the page rather than the story.
 */
const DISCLOSURE = new RegExp(
  `^[\\W_]*(${labelPattern(DISCLOSURE_LABELS)})\\s*[.:|–—-]\\s*\\S|${labelPattern(DISCLOSURES, DISCLOSURE_PATTERNS)}`,
  'iu',
);

/**
 * A post's own meta line, set as a paragraph of the post: "This entry was posted in …", "Eingestellt von …",
 * "Der Beitrag wurde am … veröffentlicht", "Last modified:", "Category: …", the "12 Bloggern gefällt das" likes
 * line, an embed's "Externer Inhalt" placeholder.
 */
const POST_META = new RegExp(`^\\s*(${labelPattern(POST_META_LINES, POST_META_PATTERNS)})`, 'iu');

/** Action words that are prompts in the shape of a label ("Share", "Drucken", "شارك"), at the start of the block. */
const PROMPT = new RegExp(`^\\s*[«"'([]?\\s*(${labelPattern(PROMPTS)})`, 'iu');

/** Prompts addressed to the reader in words, at the start of a short block; an author box's heading alone. */
const READER_PROMPT = new RegExp(
  `^\\s*(${labelPattern(READER_PROMPTS, READER_PROMPT_PATTERNS)}|${labelPattern(AUTHOR_BOX_HEADINGS)}\\s*$)`,
  'iu',
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
const CREDIT_OPENING = new RegExp(`^[([]?\\s*(${labelPattern(CREDIT_OPENINGS)})\\s*:`, 'iu');

/** Class words of live commentary: "live-comments", "live-match-comment", "liveticker-comments". */
const LIVE_COMMENTARY = new RegExp(`\\b${patternsPattern(LIVE_COMMENTARY_CLASSES)}\\b`, 'gi');

/** Chrome words that also name content wrappers: page-builder widgets, collapsed "read more" text, print layouts. */
const WEAK_CHROME = new RegExp(`(^|[\\s_-])${patternsPattern(WEAK_CHROME_CLASSES)}(?=$|[\\s_-])`, 'gi');
/** Class words of an article body: a chrome word beside them does not make the block chrome. */
const PROTECT = classTokensRegex(BODY_CLASSES);

/** Elements whose text a reader never sees (an ad slot's script after its "Anzeige" label). */
const UNREAD = new Set(['script', 'style', 'noscript', 'template']);

/** Stands where one block of the element ends and the next begins, in firstLines (a private-use character). */
const BREAK = '\uE000';

/**
 * The first `max` characters of an element's text, reading only as many text nodes as that takes (textContent
 * would walk the whole subtree, for every block checked: quadratic on deep pages). Where a block starts, BREAK
 * stands: "Mehr zum Thema" in a heading and the first link below it stay apart.
 */
function firstLines(el: Element, max: number): string {
  let out = '';
  const stack: Node[] = [el];
  // Bounded: a label is in the first few nodes; deep empty wrappers must not make this a full walk.
  for (let visited = 0; stack.length && out.length < max * 3 && visited < 300; visited++) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1 && !UNREAD.has(tagOf(n as Element))) {
      if (BLOCKS.has(tagOf(n as Element))) out += BREAK;
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out
    .replace(/[^\S\uE000]+/g, ' ')
    .replace(/\s*\uE000[\s\uE000]*/g, BREAK)
    .replace(/^\uE000|\uE000$/g, '')
    .slice(0, max);
}

/** The first `max` characters of an element's text, white space collapsed, blocks set apart by a space. */
export function firstText(el: Element, max = 60): string {
  return firstLines(el, max)
    .replace(/\uE000/g, ' ')
    .trim();
}

/** Punctuation and symbols only: what may stand around a label alone on its line ("Read more »", "— Anzeige —"). */
const ONLY_MARKS = /^[\s\p{P}\p{S}]*$/u;
/** A mark that sets a label off from what it labels: "Lesen Sie auch: …", "Share | Facebook", "Photo — Agency". */
const LABEL_MARK = /^\s*(?:[:|›>•·?!©]|[–—-](?=\s|$))/u;
/** A label that ends with its own colon ("Last updated:", "Filed under:"), or a line that does. */
const LABEL_END = /[:：]\s*$/u;
/** The end of a sentence: a line that ends so is prose, however short ("Teile der Autobahn bleiben gesperrt."). */
const SENTENCE_END = /[.!?؟。]\s*$/u;
/** A year or a time of day: what a post's meta line carries after its label ("Posted on July 10th, 2012"). */
const DATE_OR_TIME = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)|(?<!\d)\d{1,2}:\d{2}(?!\d)/u;

/**
 * Does a chrome word stand in the shape of a label? The label `end` characters long opens `lines` (firstLines of
 * the block), and: it is alone on its line (only punctuation after it: "Teilen", "اقرأ أيضا", "Read more »") or
 * mostly the label (a word or two more, not a sentence: "Mehr zum Thema auf UEPO.de"), a label mark follows it
 * ("Lesen Sie auch: …", "Drucken | Teilen") or ends its line, or the rest of the block is links ("Share on
 * <a>Facebook</a>", a heading "Related" over a list of links). "Teilen der Stadt droht …", "شارك أكثر من ألف
 * شخص …", "Related charges were dropped …" are sentences, not labels.
 */
export function isLabelShaped(lines: string, end: number, st: Stats, s: BoilerplateSettings = BOILERPLATE): boolean {
  const rest = lines.slice(end);
  const line = rest.split(BREAK, 1)[0]!;
  if (ONLY_MARKS.test(line) || LABEL_MARK.test(line) || LABEL_END.test(lines.slice(0, end))) return true;
  // Mostly the label: a line that adds a word or two, the site's name ("Mehr zum Thema auf UEPO.de").
  if (wordCount(line) <= s.label.tailWords && !SENTENCE_END.test(line)) return true;
  // A label line that ends with a colon: "Lesen Sie auch die folgenden Beiträge:", "Posted on this day:".
  if (LABEL_END.test(line) && !lines.slice(0, end + line.length).includes(BREAK)) return true;
  return st.text - st.linkText <= end + s.label.linkSlack;
}

/** Where a match of `re` on `lines` ends, if it matches. */
function matchEnd(re: RegExp, lines: string): number {
  const m = re.exec(lines);
  return m ? m.index + m[0].length : -1;
}

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
  s: BoilerplateSettings = BOILERPLATE,
): boolean {
  const lead = s.openingLead;
  if (!LEAD_WORD.test(classOf(el) ?? '') || st.text < lead.minChars || st.linkText / st.text >= lead.maxLinkDensity)
    return false;
  // Only a headline, a kicker or a date line may come before it.
  let before = 0;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (!skip.has(sib) && !isHeadingElement(sib)) before += stats.get(sib)?.text ?? 0;
      if (before > lead.slackChars) return false;
    }
  }
  return true;
}

/** Is this block named as chrome by its class, id or custom element, and not plainly prose? */
function isNamedChrome(el: Element, tag: string, st: Stats, s: BoilerplateSettings): boolean {
  const cls = classOf(el);
  // An id that is the slug of the block's own heading names the section, not chrome.
  const id = isHeadingSlug(el) ? null : el.getAttribute('id');
  // A custom element's name says what it is ("pp-inline-teaser"). Live commentary ("live-match-comments") is the
  // story of a live page, not readers' comments.
  const custom = tag.includes('-') ? tag : '';
  const names =
    cls || id || custom
      ? `${(cls ?? '').replace(TAXONOMY_CLASS, ' ')} ${id ?? ''} ${custom}`.replace(LIVE_COMMENTARY, ' ').trim()
      : '';
  if (!names || tag === 'article' || !NEGATIVE_BLOCK.test(names) || PROTECT.test(names)) return false;
  // A named chrome block, unless it plainly holds several paragraphs of prose, or its only chrome word is one
  // that page builders and collapsible text also use ("elementor-widget", "js-readmore", "print-step") and it
  // holds prose without links.
  // Related stories come with their excerpts: prose, but never this article's.
  const ld = linkDensity(st);
  const p = s.namedChromeProse;
  const w = s.weakChromeProse;
  const prose = st.paras >= p.minParas && ld < p.maxLinkDensity && st.text > p.minChars && !RELATED_CLASS.test(names);
  const weakProse =
    ld < w.maxLinkDensity &&
    st.text >= w.minChars &&
    st.paras >= w.minParas &&
    !NEGATIVE_BLOCK.test(names.replace(WEAK_CHROME, ' '));
  return !prose && !weakProse;
}

/** Words in a text: runs between white space that hold a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A notice about rights: opens with © or "Copyright 2025", or reserves rights; a container of paragraphs is not. */
function isRightsNotice(el: Element, tag: string, st: Stats, lines: string, s: BoilerplateSettings): boolean {
  // A block that holds paragraphs or a heading is a container that opens with a credit, not a notice.
  const notice = () => tag === 'p' || el.querySelector('p, h2, h3, h4, h5, h6') === null;
  // A notice that opens with © or "Copyright" and goes on to reserve rights may run long with its reprint terms;
  // others must be short.
  const label = matchEnd(RIGHTS_LABEL, lines);
  const opens = RIGHTS_OPENING.test(lines) || (label >= 0 && isLabelShaped(lines, label, st, s));
  if (st.text < s.rightsMaxChars && opens && notice()) return true;
  // firstText, not the whole subtree's text: every block of a 10,000-deep nest is checked, so the read is bounded.
  const reserves =
    st.text < s.rightsMaxChars
      ? RIGHTS.test(firstText(el, s.rightsMaxChars))
      : st.text < s.rightsLongMaxChars &&
        (opens || label >= 0) &&
        RIGHTS_ANYWHERE.test(firstText(el, s.rightsLongMaxChars));
  return reserves && notice();
}

/** The rule of isBoilerplateBlock that drops a block (finer than the rule families of the settings). */
export type BoilerplateRule =
  | 'creditClass'
  | 'captionList'
  | 'creditLine'
  | 'namedChrome'
  | 'adLabel'
  | 'relatedLabel'
  | 'readerPrompt'
  | 'promptLabel'
  | 'disclosure'
  | 'postMeta'
  | 'rights'
  | 'linkList'
  | 'linkParagraph'
  | 'linkBox';

/** Is this block inside the article container boilerplate (related links, prompts, notices, named chrome …)? */
export function isBoilerplateBlock(el: Element, st: Stats, s: BoilerplateSettings = BOILERPLATE): boolean {
  return boilerplateRule(el, st, s) !== null;
}

/** Which rule makes this block boilerplate, or null when none does (`npm run eval:losses` reports it). */
export function boilerplateRule(el: Element, st: Stats, s: BoilerplateSettings = BOILERPLATE): BoilerplateRule | null {
  const tag = tagOf(el);
  const on = s.rules;
  // A photo credit or image source, as its own element or as a short line opening "Foto:", "Crédits photos :" …
  if (on.credit && st.text < s.creditClassMaxChars) {
    const cls = classOf(el);
    const id = isHeadingSlug(el) ? null : el.getAttribute('id');
    if ((cls || id) && CREDIT_CLASS.test(`${cls ?? ''} ${id ?? ''}`)) return 'creditClass';
  }
  if (tag === 'a' || tag === 'span' || tag === 'strong' || tag === 'em' || tag === 'b' || tag === 'i') return null;
  if (on.credit && (tag === 'ul' || tag === 'ol') && isCaptionList(el)) return 'captionList';
  let opening: string | null = null;
  const lines = (): string => (opening ??= firstLines(el, 60));
  const head = (): string => lines().replace(/\uE000/g, ' ');
  if (on.credit && st.text > 0 && st.text < s.creditLineMaxChars && CREDIT_OPENING.test(head())) return 'creditLine';
  if (on.namedChrome && isNamedChrome(el, tag, st, s)) return 'namedChrome';
  if (st.text === 0) return null;
  const ld = linkDensity(st);
  if (on.adLabel && st.text <= s.adLabelMaxChars && AD_LABEL.test(head())) return 'adLabel';
  if (on.relatedLabel && (ld > s.relatedLabel.minLinkDensity || st.text < s.relatedLabel.maxChars)) {
    const end = matchEnd(RELATED_LABEL, lines());
    if (end >= 0 && isLabelShaped(lines(), end, st, s)) return 'relatedLabel';
  }
  if (st.text < s.promptMaxChars) {
    if (on.readerPrompt && READER_PROMPT.test(head())) return 'readerPrompt';
    const end = on.promptLabel ? matchEnd(PROMPT, lines()) : -1;
    if (end >= 0 && isLabelShaped(lines(), end, st, s)) return 'promptLabel';
  }
  if (on.disclosure && st.text < s.disclosureMaxChars && DISCLOSURE.test(firstText(el, s.disclosureMaxChars)))
    return 'disclosure';
  if (on.postMeta && st.text < s.postMetaMaxChars) {
    // A meta line is a label, or its label and a date ("Posted by Jan Roe on July 12, 2012 | Permalink").
    const end = matchEnd(POST_META, lines());
    if (end >= 0 && (isLabelShaped(lines(), end, st, s) || DATE_OR_TIME.test(lines().split(BREAK, 1)[0]!)))
      return 'postMeta';
  }
  if (on.rights && isRightsNotice(el, tag, st, lines(), s)) return 'rights';
  if (!on.linkBlocks) return null;
  if (tag === 'ul' || tag === 'ol' || tag === 'dl')
    return st.text < s.linkList.maxChars && (ld > s.linkList.minLinkDensity || isLinkItemList(el, s))
      ? 'linkList'
      : null;
  // A paragraph that is nothing but a link to another story.
  if (tag === 'p' && ld > s.linkParagraph.minLinkDensity && st.text < s.linkParagraph.maxChars) return 'linkParagraph';
  // A table that is mostly links is a list of other stories set in rows ("20:28 | End of road for G14"), judged as
  // a list is: the brief reads a data table whole, so the rows the link rules drop inside it would come back.
  if (tag === 'table') return st.text < s.linkList.maxChars && ld > s.linkList.minLinkDensity ? 'linkList' : null;
  if (tag === 'p' || tag === 'figure' || tag === 'blockquote') return null;
  // Link lists dressed as divs: mostly links, little prose. A block named as the article's body ("entry-content")
  // that holds paragraphs is not one, however many links its related list adds: its blocks are judged one by one,
  // its prose stays. (A line inside the body's markup, "article-body__author", holds no paragraph: it is judged.)
  const box = s.linkBox;
  // A heading anchored in the page (its permalink, its contents anchor) heads a section; a teaser's links away.
  if (isHeadingElement(el) && linksOnlyInPage(el)) return null;
  if (st.paras > 0 && PROTECT.test(`${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`) && el.querySelector('p'))
    return null;
  return ld > box.minLinkDensity && st.text - st.linkText < box.maxProseChars && st.paras <= box.maxParas
    ? 'linkBox'
    : null;
}

/** An element's text without white space, compared with its links' text. */
function squeezedLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * A list of other stories counted by its items: most of its items (the innermost `li`, each with text) are nothing
 * but a link, whatever the teaser text one or two of them add under their link ("Don't miss these Health stories"
 * over one teaser with its abstract and four bare headlines). A story's own list reads as text, not as links, and
 * the links it lists by name ("showFrames", "onlyXulLeaf") are no headlines.
 */
function isLinkItemList(el: Element, s: BoilerplateSettings): boolean {
  const { minItems, minLinkItemShare, slackChars, minWords } = s.linkItemList;
  let items = 0;
  let linkItems = 0;
  for (const li of el.getElementsByTagName('li')) {
    if (li.getElementsByTagName('li').length > 0) continue;
    const text = squeezedLength(li);
    if (text === 0) continue;
    items++;
    let links = 0;
    for (const a of li.getElementsByTagName('a')) if (a.hasAttribute('href')) links += squeezedLength(a);
    // A headline, not a link's name ("showFrames"): the item has the words of one.
    if (links > 0 && text - links <= slackChars && wordCount(normalizeSpace(li.textContent ?? '')) >= minWords)
      linkItems++;
  }
  return items >= minItems && linkItems >= items * minLinkItemShare;
}
