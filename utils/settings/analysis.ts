/** Thresholds of the analysis stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const ANALYSIS = {
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
  },
} as const;
