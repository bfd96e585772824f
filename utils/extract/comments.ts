/**
 * The story ends at a readers' comment section. Old blog templates (Blogger, Movable Type, TypePad, WordPress
 * themes) set their comments as plain paragraphs after a heading such as "7 comments:", "Post a comment" or
 * "Leave a Reply", with no container whose name says "comments": the first such heading inside the chosen roots,
 * and everything after it in reading order, are skipped, when enough story stands above it (a comment count
 * under the headline, or a post of a line, leaves nothing to cut after).
 */
import { COMMENT_CLASSES, COMMENTARY_CLASSES } from '../lexicon/comment-classes';
import { COMMENT_LABELS } from '../lexicon/comment-labels';
import type { ContentSettings } from '../settings/content';
import { normalizeSpace } from '../common/text';
import { classOf, isHeadingElement } from '../common/dom';
import type { ContentResult } from './model';
import { classTokensRegex, labelPattern } from './words';

/** Class and id tokens of a readers' comment or thread … */
const COMMENT_NAME = classTokensRegex(COMMENT_CLASSES);
/** … unless they name the site's own running commentary ("live-comment"), which is the story. */
const COMMENTARY_NAME = classTokensRegex(COMMENTARY_CLASSES);

/** Does the element's own class or id name a readers' comment or comment thread? */
export function isCommentNamed(el: Element): boolean {
  const names = `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  return names.length > 0 && COMMENT_NAME.test(names) && !COMMENTARY_NAME.test(names);
}

/**
 * A comment section's label, alone, with its count before or after: "Comments", "7 Comments", "13 comments:",
 * "Comments (7)", "التعليقات 3". One matcher for both stages that read it: here as a heading inside the chosen
 * container, and in the brief (structure/meta-lines.ts) as a heading or a line of its own.
 */
const COMMENT_LABEL = new RegExp(
  `^\\s*(?:[\\d٠-٩]+\\s+)?(?:${labelPattern(COMMENT_LABELS)})(?:\\s*\\(?[\\d٠-٩]+\\)?)?\\s*[:.]?\\s*$`,
  'iu',
);

/** A comment section's label, as the whole text of a heading or a line. */
export function isCommentLabel(text: string): boolean {
  return COMMENT_LABEL.test(text);
}

/** Skip the comment section of the result: its heading and all that follows it in the roots. */
export function cutAtComments(r: ContentResult, c: ContentSettings): void {
  let above = 0;
  for (let i = 0; i < r.roots.length; i++) {
    const root = r.roots[i]!;
    const found = scan(root, r.skip);
    if (!found.heading) {
      above += found.text;
      continue;
    }
    if (above + found.text < c.commentCut.minStoryChars) return;
    // The heading, what follows it at its level and at every level up to the root, and the roots after it.
    for (let el: Element | null = found.heading; el && el !== root; el = el.parentElement) {
      if (el === found.heading) r.skip.add(el);
      for (let s = el.nextElementSibling; s; s = s.nextElementSibling) r.skip.add(s);
    }
    r.roots.splice(i + 1);
    return;
  }
}

/**
 * The first comment heading in `root` outside skipped parts (a heading skipped itself for its name, "comments",
 * still counts: its paragraphs follow it), and the characters of kept text before it (of all of `root` when
 * there is none).
 */
function scan(root: Element, skip: ReadonlySet<Element>): { heading: Element | null; text: number } {
  let text = 0;
  // An explicit stack in reading order, not recursion: pages nest elements 10,000 deep.
  const stack: ChildNode[] = [];
  const pushChildren = (el: Element): void => {
    for (let ch = el.lastChild; ch; ch = ch.previousSibling) stack.push(ch);
  };
  pushChildren(root);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      text += (node.textContent ?? '').trim().length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    if (isHeadingElement(e) && isCommentLabel(normalizeSpace(e.textContent ?? ''))) return { heading: e, text };
    if (!skip.has(e)) pushChildren(e);
  }
  return { heading: null, text };
}
