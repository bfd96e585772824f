/** Thresholds of the brief stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const BRIEF = {
  /** Fewest words of a page's one visible h1 taken as the headline over differing metadata titles: the dev pages'
   * headlines run to five words and more ("Why Neon Is the Ultimate Symbol of the 20th Century"); an h1 of three
   * words is a label ("Allergies Health Center", a section name). */
  minH1HeadlineWords: 4,
  /** Longest heading read as a byline line ("By Nada Tawfik, BBC News, New York", "كتب - محمود سعيد"): a credit
   * with a place or a desk stays under 60 characters; a section heading that opens with "By" runs longer. */
  maxBylineHeadingChars: 60,
  /** Longest photo-gallery title set as a heading ("Gallery: … | 9 Photos", "UK news in pictures"): a label and a
   * short headline (the value the rule was decided with on the dev split). */
  maxGalleryHeadingChars: 120,
  /** Most words of a bold paragraph that is one question and stands as a subhead ("What took so long?", "ما العمل؟",
   * "ماذا عن الغرامات؟"): the question subheads of the brief set run to five words; an interviewer's question set in
   * bold runs longer and is the interview's text. */
  maxQuestionHeadingWords: 8,
  /** Most words of a crosshead set in capitals as a paragraph of its own ("CONSTANT CONTACT", "ADVANCED LCD
   * MONITORS", "CASH PRIZE OR BUSINESS INVESTMENT"): the dev pages' run to five; a line of more words in capitals
   * is a shouted sentence. */
  maxCapsCrossheadWords: 6,
  /** Most words after the opener of a byline heading: two or three names with a desk or a place. */
  maxBylineHeadingWords: 7,
  /** Longest credit, source or disclaimer line ("المصدر: (أ ش أ)", "Disclaimer: this content is for information
   * only …"): a label, a name or one sentence; a paragraph of the story that opens with "Source:" runs longer. */
  maxCreditLineChars: 160,
  /** Longest pointer to more elsewhere that is never the closing ("For more information on …, visit …"): one
   * sentence naming the place to go, under 150 characters on the dev pages; a last paragraph that opens so and runs
   * longer goes on to tell the story. */
  maxPointerLineChars: 160,
  /** Longest end note ("A version of this article appears in print on …, with the headline: …", "© Copyright 2007
   * Reuters. Reuters content is the intellectual property of …"): the longest on the dev pages runs to 260. */
  maxEndNoteChars: 320,
  /** Most blocks under a rule ("___") at the end taken as end matter (a correction, "On the Net:" and its links, a
   * contribution note): three on the dev pages; a rule with more below it parts the story. */
  maxEndMatterBlocks: 4,
  /** Fewest paragraphs of prose over such a rule: end matter closes a story of some length; under a rule after a
   * paragraph or two the story goes on (a separator between its parts). */
  minProseBeforeEndMatter: 3,
  /** Longest line that is no prose when it does not end as a sentence (a kicker, a category, a date and reading
   * time line, "Live coverage", a deck set as a headline): never the lede. Such lines on the dev pages run to 60
   * characters; a lede paragraph runs past 90. */
  maxMetaLineChars: 80,
  /** Longest date or time line ("10:02 AM CST on Friday, December 28, 2007", "Last modified: January 18. 2008
   * 3:55PM"): a date with its weekday, clock, zone and label; longer blocks are text that holds a date. */
  maxDateLineChars: 60,
  /** Longest meta line of parts set apart by "|" or "•", one of them a date ("Le Monde | 04.05.2015 à 13h36 • Mis à
   * jour le 05.05.2015 à 20h13 | Par …", "28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer etwa 4 min."): the
   * longest on the dev pages runs to 160 characters, each part under maxMetaLineChars. */
  maxPartedMetaLineChars: 200,
  /** Longest byline line of its own at the top of the story ("By GUDJON HELGASON and BRIAN CHURCH, Associated
   * Press Writers 1 hour, 32 minutes ago", 84 characters on the dev pages): names, a desk and a time. */
  maxBylineLineChars: 150,
  /** Most words of the names in a byline line: three people with their desk ("Sarah Laitner, Maija Palmer, Kevin
   * Allison") or one with a wire and its job ("JEFFREY McMURRAY Associated Press Writer"). */
  maxBylineLineWords: 9,
  /** Longest opening of an Arabic story's first paragraph read as its dateline ("أبوظبي في 23 سبتمبر / وام /",
   * "الكويت - 12 - 8 (كونا) --", "القاهرة - محمود عبد الله:"): a place, a date and a credit. The dev page's WAM
   * dateline runs to 27 characters; SPA's, with a Hijri and a Gregorian date, to 60. */
  maxArabicDatelineChars: 80,
  /** Most words of the place before a dateline's credit ("القاهرة", "شرم الشيخ", "أبو ظبي"): a clause that names an
   * agency ("ذكرت وكالة الأنباء السعودية (واس)") or a caption that credits one ("الأمير … (واس)") runs longer. */
  maxDatelinePlaceWords: 2,
  /** Most words of a place with its date, numbers aside ("أبوظبي في 23 سبتمبر", "عمان 5 آب"). */
  maxDatelinePlaceDateWords: 4,
  /** Most words of a person credited in a dateline ("محمود عبد الله", "عبد الرحمن بن محمد آل سعود"). */
  maxDatelineNameWords: 5,
  /** Most words of a dateline that runs into its agency with no mark between ("الرياض 14 صفر 1447 هـ الموافق 8 أغسطس
   * 2025 م واس", SPA's form): a place and a Hijri and a Gregorian date take ten. */
  maxDatelineWords: 12,
  /** Most words of a contact note that closes the story ("Staff writer Elizabeth Mullener can be reached at
   * emullener@timespicayune.com or (504) 826-3393.", 14 words; two authors' addresses run to 20): a paragraph of the
   * story that gives an address runs longer. */
  maxContactNoteWords: 30,
  /** Fewest words of a heading read as the deck when it stands first, before any paragraph: a standfirst set as a
   * heading ("Pubs and bars face penalties for playing loud music or allowing singing and dancing", 14 words; the
   * dev pages' decks run 12 to 16), while a section heading there runs to 5. */
  minDeckHeadingWords: 8,
  /** Shortest headline whose words inside a longer heading make that heading the headline restated: a headline of
   * a few letters ("Live", "Brexit") is a word any heading may hold. */
  minRestatedTitleChars: 20,
  /** Most words of a breadcrumb before the headline repeated over the story ("Home Issues", "Home Architecture", "Blog
   * » News » open3"): two on the dev pages where it was the lede, three on another; a clause before the headline
   * runs longer. */
  maxCrumbWords: 4,
  /** Most words of a kicker or category line at the top ("Policy", "لبنان", "Live"): one. A page's own first line
   * of two words or more ("Das Konzeptpapier", "Fruchtige und florale Noten") is text: kept, not the lede. */
  maxKickerWords: 1,
  /** Longest kicker or category line at the top, in characters. */
  maxKickerChars: 20,
  /** Fewest sibling comments, each with a control and a time stamp or avatar, that make a comment thread by shape:
   * two. One such block alone may be a story's own quote box with a "Reply" link; a thread shows its comments in a
   * run (the dev threads hold 2 to 40). */
  minCommentRun: 2,
  /** Fewest headings in a run of readers' comments set as headings (a name or a name and a date over a short
   * block, under no labelled comment container): three, so that two short named sections at a story's end stay. */
  minCommenterHeadingRun: 3,
  /** Fewest headings in such a run that give names only, no dates: a story's runs of short undated headings on the
   * dev pages hold three to five ("Ingredients", "Method", "My Notes"; five reviewers' reviews); the one run of
   * names only under no comment container holds 24. */
  minUndatedCommenterRun: 6,
  /** Most words of a commenter's name in such a heading, its date and clock words aside: "Heidemarie Heim",
   * "Chris Gosling says", "Georgia Mimi54"; a section heading of a sentence's length runs longer. */
  maxCommenterNameWords: 4,
  /** Longest commenter heading: a name with a date and time ("GreatAunt On Friday, November 2 at 12:14 pm"). */
  maxCommenterHeadingChars: 80,
  /** Other headings allowed in such a run, per commenter heading: a comment's own bold line ("In terms of Ontario's
   * economy, …") may stand as a heading between them, one in twenty-four on the dev page; a quarter leaves room. */
  maxOtherHeadingsInCommentRun: 0.25,
  /** Longest one comment, in characters: a reader's comment on the dev threads runs to 2,600; the containers above
   * a thread (the article, the page) run far longer. */
  maxCommentChars: 4000,
  /** Most levels from a comment's control up to the comment that holds it (control, its bar, the comment's meta
   * block, the comment): WordPress's reply link sits three levels under its comment. */
  maxCommentControlDepth: 4,
  /** Longest relative time stamp ("منذ 3 ساعات", "12 minutes ago", with a word around it). */
  maxCommentStampChars: 30,
} as const;
