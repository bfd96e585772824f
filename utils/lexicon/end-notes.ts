/**
 * End notes: the lines a news page sets after the story about how the report was made or where it appeared,
 * never story text and never the closing (utils/structure/meta-lines.ts, isEndNote). Pattern sources, matched
 * from the start of a short block to its end.
 *
 * - Contribution notes, seen on the dev pages of five sites: "Heba Habib contributed to this report." (Washington
 *   Post), "… in Moscow contributed to this report." (AP via Yahoo), "The Associated Press contributed to this
 *   report." (CBS), "Some information for this report was provided by AFP and AP." (VOA), "(Additional reporting
 *   by …; Writing by …; editing by …)" (Reuters).
 * - Publication notes, seen on three: "A version of this article appears in print on …" (New York Times, three
 *   pages), "A version of this article appeared October 29, 2012, on page B3 …" (Wall Street Journal), "This
 *   article originally appeared on The Atlantic." (CityLab).
 * - Embed notes, the lines an embedded social post prints under it: "A post shared by Adam Ondra (@adam.ondra)"
 *   and "View this post on Instagram", seen on the dev pages of five sites (The Local, lacrux, Elle, familie.de,
 *   beige.de).
 */
import type { Lexicon } from './compile';

/** A note on who contributed to or provided the report. */
export const CONTRIBUTION_NOTE_PATTERNS: Lexicon = {
  en: [
    '(?:[^.!?]{2,200}\\s)?contributed (?:additional )?(?:reporting|to this (?:report|story|article))' +
      '(?: (?:from|in) [^.!?,]{2,60})?[.]?',
    '(?:some )?(?:information|material) for this (?:report|story|article) (?:was|is) provided by [^.!?]{2,120}[.]?',
    '\\(?(?:additional )?(?:reporting|writing) by [^()]{2,200}(?:writing|editing) by [^()]{2,160}\\)?',
  ],
};

/** A note on where the article appeared or first ran. */
export const PUBLICATION_NOTE_PATTERNS: Lexicon = {
  en: [
    'a version of this (?:article|story) (?:appears|appeared) .{0,260}',
    'this (?:article|story|post) (?:was )?(?:originally|first) (?:appeared|appears|published|ran) (?:on|in) .{0,120}',
  ],
};

/** The lines an embedded social post prints around it. */
export const EMBED_NOTE_PATTERNS: Lexicon = {
  en: ['a post shared by [^()]{1,80}\\(@[\\w.]+\\)(?: on .{1,60})?', 'view this post on instagram'],
};

/**
 * The agency's credit in brackets that ends the story's last paragraph instead of standing on its own ("… in late
 * February 2013. (Editing by Clare Fallon)", "(Reporting by Laura Zuckerman; Editing by Jim Christie)", "(Writing by
 * Greg Stutchbury; Editing by John O'Brien)"): Reuters copy, seen on the dev pages of reuters.com, sports.yahoo.com,
 * nzherald.co.nz and guardian.co.uk. It leaves the closing; the page's text keeps it.
 */
export const TRAILING_CREDIT_PATTERNS: Lexicon = {
  en: ['\\((?:additional )?(?:reporting|writing|editing) by [^()]{2,200}\\)'],
};

/**
 * The label of a note set after the story, before its colon: "Note: This is a marketing blog, not a political
 * blog.", "Editor's Note: On Tuesday night, …", "Disclosure: I have worked with both …", "Disclaimer: This news
 * article is copyrighted by …". A note about the post, never its last paragraph (CONVENTIONS.md: no editor's note as
 * the closing). Seen closing dev pages of the broad corpora and trafilatura-eval: a note on five sites (zillow.com,
 * istartedsomething.com, webinknow.com, aphotoeditor.com, desktoplinux.com) and an editor's note on abcnews.go.com;
 * a disclosure or disclaimer on three (webinknow.com, the harrypotter fandom wiki's "*Disclosure: Some of the links
 * above are affiliate links …", a PR wire's "Disclaimer: This news article is copyrighted by …"). Not an update
 * ("Update 9/24/2012: Larger images and real time coverage will begin rolling out …"): it carries news as often as
 * not, and a note dropped here leaves the brief's sections too. Pattern sources.
 */
export const NOTE_LABEL_PATTERNS: Lexicon = {
  en: ['note', "editor(?:'|’)?s(?:'|’)? note", 'disclosures?', 'disclaimer'],
};
