/**
 * Class and id words of one reader comment or of the thread that holds them, one token of the class or id: an
 * element named so, met inside the article containers after the story has begun, holds readers' text, never a
 * section, a heading, a list or the closing of the brief (structure/comment-threads.ts; the page's text keeps it).
 * Seen inside the picked article on the dev pages of dragnet: WordPress themes' `commentlist` and `comment` items
 * (five blogs), Blogger's `comments` and `comments-block` (four blogs), a forum-style `comment-thread` and
 * `comment-replies` on a sixth site, `comment-body` on a seventh; `disqus_thread` is Disqus's own container. The
 * content stage never takes such an element for the article when a pick outside it exists (extract/content.ts;
 * dragnet dev: a WordPress theme's `comments-list` on two pages of one blog, another WordPress theme's on a third
 * site, TypePad's `comments-content` and `all-comments` on a fourth). One list for both stages: the content stage
 * read three of these words on its own until they were merged (dev split: no F1 change on any corpus).
 */
export const COMMENT_CLASSES: readonly string[] = [
  'comment',
  'comments',
  'commentlist',
  'comment-list',
  'comments-block',
  'comment-thread',
  'disqus_thread',
];

/**
 * Class and id words that make a comment word the site's own commentary, not readers': a live match's or a live
 * blog's running commentary (`live-comment`, `live-match-comments` in the live-match fixture, built on the layout
 * of Arabic sports sites), which is the story.
 */
export const COMMENTARY_CLASSES: readonly string[] = ['live', 'liveblog', 'live-blog', 'commentary'];
