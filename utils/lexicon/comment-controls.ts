/**
 * What one reader comment shows besides its text: the controls under it ("Reply", "Report", "رد") and a relative
 * time stamp ("2 hours ago", "منذ ساعتين"). A run of sibling blocks that each show a control and a time stamp (or
 * an avatar) is a comment thread, whatever its class words (structure/comment-threads.ts). Controls, each the whole
 * text of a link or button: "Reply" (97 dragnet pages, WordPress's comment-reply-link among them), "Like" (26),
 * "Report" and "Report abuse" (9); "رد" under each comment on three Arabic sites of the brief set
 * (mahrousa, sadakhaleej, albalad). Relative stamps: "N hours/minutes/days ago" alone in an element on 10 to 14
 * dragnet pages each; "منذ ساعتين" on two Arabic sites (nabd, atlaspress).
 */
import type { Lexicon } from './compile';

/** A comment's control, the whole text of a short link, button or span. */
export const COMMENT_CONTROLS: Lexicon = {
  en: ['reply', 'report', 'report abuse', 'like'],
  ar: ['رد', 'ردّ'],
};

/** A relative time stamp, the whole text of a short element ("2 hours ago", "just now", "منذ 3 ساعات"). */
export const RELATIVE_TIMES: Lexicon = {
  en: ['(?:\\d+|an?|one)\\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\\s+ago', 'just now'],
  ar: [
    'منذ\\s+(?:[\\d٠-٩]+\\s+)?(?:ثانية|ثوان|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام)',
    'منذ\\s+(?:[\\d٠-٩]+\\s+)?(?:أسبوع|اسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|سنة|عام|سنوات)',
  ],
};

/**
 * Words in an avatar image's class or address, the picture beside a reader's comment: WordPress's `avatar` class
 * and Gravatar's `/avatar/` address on the comment threads of 153 dragnet pages (many blogs), Disqus's `avatar`.
 */
export const AVATAR_WORDS: readonly string[] = ['avatar'];
