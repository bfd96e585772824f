/**
 * Labels that open a page's comment section ("Comments", "5 Comments", "Comments (5)", "Leave a reply",
 * "التعليقات (27)"): set as a heading or a line of their own, they end the story, and nothing after them is a
 * section, a heading, a list or the closing (utils/structure/meta-lines.ts, endAtComments). Seen as the label of
 * the comment section on the dev pages of eighteen sites: Comments (CBS, WSJ, The Car Connection, Engadget, Salon,
 * Seattle Times, The Verge, Washington Post, Yahoo, the Independent), reader comments (Ars Technica), Add a Comment
 * (CBS), Join the discussion (WSJ), Join the Conversation (Yahoo), التعليقات (nabd, ufuq, sadakhaleej), تعليقات and
 * اترك تعليقاً (mahrousa). "Comments are closed" and "Leave a reply" are the issue's own examples of the same label.
 * "Have your say" (and "… on this story") over the comment form on the broad corpora's dev pages of three sites
 * (Earth Times, Malaysia Sun, a forum box on dragnet T116).
 * The content stage ends the page's text at the same label set as a heading inside the chosen container
 * (extract/comments.ts): "N comments:" on three Blogger blogs (geekdoctor, thenotebookdoodles, foodwishes);
 * "Leave a Reply" (with WordPress's "Cancel reply" link inside it) on six WordPress sites (allaboutagile,
 * herbsutter, zephoria, thephotoargus, fivecentnickel, calnewport); "Post a comment" on three Movable Type and
 * TypePad blogs (crazyauntpurl, econbrowser, roboppy); "Comments" as a heading of its own on them and on
 * schneier.com (dragnet dev split). A trackback section ("TrackBack") is not one: the links other blogs sent stand
 * between the post and its comments, and the dragnet gold keeps them with the post.
 */
import type { Lexicon } from './compile';

export const COMMENT_LABELS: Lexicon = {
  en: [
    'comments',
    'comment',
    'reader comments',
    'add a comment',
    'add your comment',
    'post a comment',
    'leave a comment',
    'leave a reply',
    'leave a reply cancel reply',
    'comments are closed',
    'join the discussion',
    'join the conversation',
    'have your say',
    'have your say on this story',
  ],
  ar: ['التعليقات', 'تعليقات', 'اترك تعليقاً', 'اترك تعليقا', 'أضف تعليقاً', 'أضف تعليق'],
};
