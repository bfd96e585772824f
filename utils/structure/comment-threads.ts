/**
 * Reader comment threads inside the article containers, recognised by their names or by their shape, not by a
 * label over them: what a thread holds is readers' text, never a section, a heading, a list or the closing of the
 * brief (blocks.ts marks its blocks; meta-lines.ts, endAtComments, ends the story there).
 *
 * - By name: an element whose class or id holds a comment word (extract/comments.ts isCommentNamed, one test for
 *   the content stage and the brief; lexicon/comment-classes.ts, COMMENT_CLASSES),
 *   unless it names the site's own live commentary ("live-comment").
 * - By shape: two or more sibling elements that each look like one comment: a control ("Reply", "رد", "Report")
 *   as the whole text of a link, button or span, and in the same element a time stamp (a `<time>`, or a relative
 *   one, "2 hours ago", "منذ ساعتين") or an avatar image (lexicon/comment-controls.ts). Their parent is the thread.
 */
import { classOf, firstDescendants, tagOf } from '../common/dom';
import { entriesOf, patternsPattern, phrasesPattern } from '../lexicon/compile';
import { AVATAR_WORDS, COMMENT_CONTROLS, RELATIVE_TIMES } from '../lexicon/comment-controls';
import { textOf as placeTextOf } from '../metadata/place';
import { classWordsAnywhere } from '../extract/words';
import { SETTINGS } from '../settings';

const S = SETTINGS.brief;
const CONTROL = new RegExp(`^${phrasesPattern(entriesOf(COMMENT_CONTROLS))}$`, 'iu');
const RELATIVE_TIME = new RegExp(`^${patternsPattern(entriesOf(RELATIVE_TIMES))}$`, 'iu');
/** Elements that carry a comment's control. */
const CONTROL_TAGS = new Set(['a', 'button', 'span']);
/** Short elements that may carry a relative time stamp. */
const STAMP_TAGS = 'time, span, a, small, div, p, abbr';
/** An avatar: the image's class or address names it, anywhere ("avatar-48", "gravatar.com/avatar/…"). */
const AVATAR = classWordsAnywhere(AVATAR_WORDS);

function textOf(el: Element): string {
  return placeTextOf(el) ?? '';
}

/** A time stamp or an avatar inside the element. */
function hasStampOrAvatar(el: Element): boolean {
  for (const img of Array.from(el.querySelectorAll('img'))) {
    if (AVATAR.test(`${classOf(img) ?? ''} ${img.getAttribute('src') ?? ''}`)) return true;
  }
  for (const s of Array.from(el.querySelectorAll(STAMP_TAGS))) {
    if (tagOf(s) === 'time') return true;
    const t = textOf(s);
    if (t.length <= S.maxCommentStampChars && RELATIVE_TIME.test(t)) return true;
  }
  return false;
}

/**
 * The comment threads recognised by shape inside the roots: the parents of two or more sibling elements that each
 * hold a comment's control and a time stamp or an avatar.
 */
export function commentThreadsByShape(roots: readonly Element[]): Set<Element> {
  const items = new Map<Element, Element[]>();
  const seen = new Set<Element>();
  for (const root of roots) {
    // The descendants walked once and filtered by name: a CSS selector is compiled anew on every call.
    for (const c of firstDescendants(root, Number.POSITIVE_INFINITY)) {
      if (!CONTROL_TAGS.has(tagOf(c)) || !CONTROL.test(textOf(c))) continue;
      // The comment is the nearest ancestor, a few levels up, that also holds a stamp or an avatar.
      let e: Element | null = c.parentElement;
      for (let up = 0; e && e !== root && up < S.maxCommentControlDepth; up++, e = e.parentElement) {
        if (textOf(e).length > S.maxCommentChars) break;
        if (!hasStampOrAvatar(e)) continue;
        const parent = e.parentElement;
        if (parent && !seen.has(e)) {
          seen.add(e);
          const run = items.get(parent);
          if (run) run.push(e);
          else items.set(parent, [e]);
        }
        break;
      }
    }
  }
  const threads = new Set<Element>();
  for (const [parent, comments] of items) if (comments.length >= S.minCommentRun) threads.add(parent);
  return threads;
}
