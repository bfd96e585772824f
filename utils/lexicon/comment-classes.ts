/**
 * Class and id words of a readers' comment thread, one token of the class or id (set off by start, end, white
 * space, `_` or `-`). The content stage never takes a thread for the article when a pick outside it exists.
 * Evidence (dragnet, dev split): a WordPress theme's `comments-list` (two pages of one blog), another WordPress
 * theme's `comments-list` on a third site, TypePad's `comments-content` and `all-comments` on a fourth;
 * `commentlist` is WordPress's default theme's name for the same list.
 */
export const COMMENT_THREAD_CLASSES: readonly string[] = ['comments', 'commentlist', 'disqus_thread'];
