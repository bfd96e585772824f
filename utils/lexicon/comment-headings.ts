/**
 * Headings that open a readers' comment section under a post (COMMENT_HEADING): the story ends where one stands.
 * Matched as the whole heading, with an optional count before it ("7 Comments"), after it ("Comments (7)") and a
 * colon ("13 comments:"). Evidence, dragnet dev split (sites by their canonical or feed address): "N comments:"
 * on three Blogger blogs (geekdoctor, thenotebookdoodles, foodwishes); "Leave a Reply" (with WordPress's "Cancel
 * reply" link inside it) on six WordPress sites (allaboutagile, herbsutter, zephoria, thephotoargus,
 * fivecentnickel, calnewport); "Post a comment" on three Movable Type and TypePad blogs (crazyauntpurl,
 * econbrowser, roboppy); "Comments" as a heading of its own on them and on schneier.com. A trackback section
 * ("TrackBack") is not one: the links other blogs sent stand between the post and its comments, and the dragnet
 * gold keeps them with the post. English only: the other languages' corpora show no such heading inside a chosen
 * container yet.
 */
import type { Lexicon } from './compile';

export const COMMENT_HEADINGS: Lexicon = {
  en: [
    'comments',
    'comment',
    'reader comments',
    'leave a reply',
    'leave a reply cancel reply',
    'leave a comment',
    'post a comment',
    'add your comment',
    'add a comment',
  ],
};
