/**
 * Intros, leads and standfirsts above the body container: between it and the headline, often many levels up (a
 * page-wide header section), sometimes inside the article's header, which the strict policy skips as chrome.
 */
import { classOf, headlineHolders, tagOf } from '../common/dom';
import { firstText, isBoilerplateBlock, LEAD_WORD, RELATED_LABEL } from './boilerplate';
import { classWeight } from './class-weight';
import { measureLoose } from './measure';
import { linkDensity, type Stats } from './model';
import { CONTENT } from '../settings/content';

const { leadMinChars, maxLinkDensity, proseMinChars } = CONTENT.intro;

/** The end of a sentence: a full stop, a question or exclamation mark or an ellipsis, before a closing quote. */
const SENTENCE_CLOSE = `[.!?؟。…]["'»”]?$`;
const ENDS_AS_SENTENCE = new RegExp(SENTENCE_CLOSE);
/** A sentence of a deck: a prose block's length or more, ending as a sentence ends. */
export const DECK_SENTENCE = new RegExp(`^.{${proseMinChars},}${SENTENCE_CLOSE}`, 's');

function isLeadNamed(el: Element): boolean {
  return LEAD_WORD.test(classOf(el) ?? '');
}

/** A lead-named element inside `el` (itself included), searched a few levels down. */
function leadInside(el: Element, depth = 0): Element | null {
  if (isLeadNamed(el)) return el;
  if (depth >= 3) return null;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const found = leadInside(c, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * A paragraph the markup sets in the headline's own group: HTML's `<hgroup>` holds a heading and the paragraphs
 * that are its subtitle, so a sentence there is the standfirst, however short.
 */
function isHeadlineGroupSentence(el: Element, st: { text: number; linkText: number }): boolean {
  const parent = el.parentElement;
  return (
    tagOf(el) === 'p' &&
    parent !== null &&
    tagOf(parent) === 'hgroup' &&
    st.text >= leadMinChars &&
    st.linkText / st.text < maxLinkDensity &&
    ENDS_AS_SENTENCE.test((el.textContent ?? '').trim())
  );
}

/**
 * A prose block fit to be an intro: a lead-named element of a sentence's length (decks are often set as h2), a
 * sentence in the headline's group, or a plain paragraph-bearing block of proseMinChars or more.
 */
function isIntroProse(el: Element, st: Stats): boolean {
  if (linkDensity(st) >= maxLinkDensity) return false;
  if (isLeadNamed(el)) return st.text >= leadMinChars;
  if (isHeadlineGroupSentence(el, st)) return true;
  if (st.paras === 0 && st.text >= proseMinChars && isDeckHeading(el)) return true;
  return st.paras >= 1 && (classWeight(el) >= 0 || namesItsParagraphBody(el)) && st.text >= proseMinChars;
}

/**
 * A wrapper whose one paragraph is named as the body's own ("<div class="el__leafmedia--sourced-paragraph"><p
 * class="zn-body__paragraph">London (CNN) It was …"): the paragraph's name outweighs a chrome word on the wrapper.
 */
function namesItsParagraphBody(el: Element): boolean {
  const ps = el.getElementsByTagName('p');
  return ps.length === 1 && classWeight(ps[0]!) > 0;
}

/** A heading (or a block holding only one) that is a sentence: a deck, not a title. */
function isDeckHeading(el: Element): boolean {
  const h = /^h[2-6]$/.test(tagOf(el)) ? el : el.querySelector('h2, h3, h4, h5, h6');
  if (!h) return false;
  const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === (el.textContent ?? '').replace(/\s+/g, ' ').trim() && DECK_SENTENCE.test(text);
}

/**
 * Intro prose that follows the h1 inside a header block (kickers, meta and share bars before or around it are
 * left).
 */
function proseAfterHeadline(block: Element, stats: Map<Element, Stats>, skip: Set<Element>): Element[] {
  const h1 = tagOf(block) === 'h1' ? block : block.querySelector('h1');
  const out: Element[] = [];
  for (let node = h1; node && node !== block; node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const st = stats.get(sib);
      if (st && !skip.has(sib)) {
        if (isIntroProse(sib, st)) out.push(sib);
      } else {
        // Inside skipped chrome (a page-level <header>): a lead-named element, or the headline group's sentence.
        const lead = looseLead(sib, stats) ?? (isHeadlineGroupSentence(sib, measureLoose(sib)) ? sib : null);
        if (lead) out.push(lead);
      }
    }
  }
  return out;
}

/** A lead-named prose element in or at `el`, measured or not (inside skipped chrome). */
function looseLead(el: Element, stats: Map<Element, Stats>): Element | null {
  const lead = leadInside(el);
  if (!lead) return null;
  const m = stats.get(lead) ?? measureLoose(lead);
  return m.text >= leadMinChars && m.linkText / m.text < maxLinkDensity ? lead : null;
}

function containsHeadline(el: Element, holdsH1: ReadonlySet<Element>): boolean {
  return tagOf(el) === 'h1' || holdsH1.has(el);
}

/**
 * The intros of the article whose body container is `top`. Walks the previous siblings of the top candidate and
 * of each ancestor, nearest first, up to the headline. At each level a substantial block that is not prose ends
 * the search at that level (what is above it there is not this article's intro).
 */
export function findIntros(
  top: Element,
  body: Element,
  roots: Element[],
  stats: Map<Element, Stats>,
  skip: Set<Element>,
): Element[] {
  const intros: Element[] = [];
  const holdsH1 = headlineHolders(body.ownerDocument);
  let node: Element = top;
  for (; node !== body && node.parentElement; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (roots.includes(sib)) continue;
      const headline = containsHeadline(sib, holdsH1);
      const st = stats.get(sib);
      if (st && !skip.has(sib) && st.text > 0) {
        if (headline) {
          // The article's header block: its standfirst is what follows the headline; nothing above it is intro.
          intros.unshift(...proseAfterHeadline(sib, stats, skip));
          return intros;
        }
        if (isIntroProse(sib, stats.get(sib)!)) {
          intros.unshift(sib);
          continue;
        }
      }
      // Inside skipped chrome (a page-level <header>): only a lead-named element, after the headline if there is one.
      if (headline) {
        intros.unshift(...proseAfterHeadline(sib, stats, skip));
        return intros;
      }
      const lead = looseLead(sib, stats);
      if (lead && lead !== sib) intros.unshift(lead);
      // A substantial block that is not prose: what is above it at this level is not this article's intro. A box
      // beside the article (related links, a share bar) is passed over, as skipped chrome is.
      if (
        st &&
        st.text > 200 &&
        !(
          tagOf(sib) === 'aside' ||
          linkDensity(st) >= 0.5 ||
          isBoilerplateBlock(sib, st) ||
          RELATED_LABEL.test(firstText(sib))
        )
      )
        break;
    }
  }
  return intros;
}
