/** Thresholds of the analysis stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const ANALYSIS = {
  /** Key points (analysis/keypoints.ts). */
  keyPoints: {
    /** Fewest points returned when the article has enough sentences. */
    minPoints: 3,
    /** Most points returned: more is a summary, not the points. */
    maxPoints: 5,
    /** Shorter units say too little to stand alone. */
    minWords: 6,
    /** Longer units are paragraphs, not points. */
    maxWords: 40,
    /** Clause groups aim for at least this many words. */
    groupWords: 8,
    /** Candidates sharing this much of their vocabulary with a chosen point add nothing. */
    nearDuplicate: 0.6,
    /** Length, in words, of a phrase that marks repeated padding. */
    boilerplateWords: 5,
    /** Parts a phrase must appear in to mark repeated padding. */
    boilerplateParts: 3,
    /** Items a summary box needs to stand as the key points: one line is a deck, not a box. */
    minSummaryItems: 2,
    /** Most items a summary box holds: a longer list under "Highlights" is a list of the story. */
    maxSummaryItems: 8,
    /** Words a summary box item needs: a shorter one is a link or a label, not a point. */
    minSummaryItemWords: 4,
  },
  /** A commitment's when and amount (analysis/commitments/details.ts). */
  details: {
    /** Words a time phrase may run after its opener: "قبل نهاية الربع الثالث من العام الجاري" is 7. */
    maxWhenWords: 8,
    /** Words within which an English weak opener ("in", "on") must meet its time word: "in the next few months". */
    weakOpenerReach: 4,
  },
  /** Reading commitments in prose (analysis/commitments/). */
  commitments: {
    /** Words an Arabic actor phrase may run: "وزارة التربية الوطنية والتعليم الأولي والرياضة" is 6. */
    maxActorWords: 8,
    /** Words between "أن/إن" and its future verb: a longer subject is a clause, not a name. */
    maxSubjectWords: 6,
    /** Words of an aside set off by commas between an actor and what it decided ("، في اجتماعه …،"). */
    maxAsideWords: 8,
    /** Words after a signing verb's actor within which the signed agreement must be named. */
    signedNounReach: 4,
    /** Words of a «…» run that still name an actor ("«طيران الواحة»"); a longer run quotes speech. */
    maxQuotedNameWords: 5,
    /** Words an English actor may run before its verb: "The Port Authority of New York and New Jersey" is 9. */
    maxEnglishActorWords: 10,
    /** Share of a commitment's words found in another of the same actor: the first restates the second. */
    restatedShare: 0.6,
    /** Characters of the article before a clause searched for a pronoun's antecedent or an actor's full name. */
    contextChars: 3000,
    /** Sentences a sentence-opening "they" looks back over for the plural subject it continues. */
    pluralSubjectSentences: 3,
    /**
     * The reader's pronouns per 1,000 words of prose, outside quotations, from which a page speaks to its reader and an
     * unreported "will" on it describes (commitments/reader-pages.ts). Of the dev precision audit's false ones, five
     * stood on such pages (a language blog, a tunnel how-to, a browser blog, a joke list, a game wiki: "Ruby will stop
     * iterating", "Stunnel … will then forward"), the pages of the right ones at 12 or fewer (a cricket report's quoted
     * "you"). Of the dev brief set's English pages with a gold commitment all are at 11 or fewer but a console review
     * (22: its one commitment is reported, kept) and a games news page (40: two unreported launches, not read today).
     */
    readerPronounsPerThousandWords: 20,
    /** Words of prose a page needs before its share of "you" is read: a paragraph alone says nothing of the page. */
    readerPageMinWords: 150,
  },
  /** The name-variants flag (analysis/flags/name-variants.ts). */
  nameFlags: {
    /**
     * Letters a Latin-script name needs before its accented and unaccented spellings are reported without a shared
     * neighbouring name ("Murátov"/"Muratov", "Berríos"/"Berrios", "Kalimán"/"Kaliman", "Céline"/"Celine" on four
     * sites of the corpora): shorter words with and without an accent are often two words ("Él"/"El", "Más"/"Mas").
     */
    accentMinLetters: 5,
    /**
     * Letters of a small-letter word that shows a line is prose, not title case: a title-case line keeps only short
     * words small ("and", "by", "de", "of": "Lobster Souffle and Deviled Chicken by Crisp"), a sentence has longer
     * ones ("said", "told", "were").
     */
    proseWordLetters: 4,
  },
} as const;
