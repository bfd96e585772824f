/** Thresholds of the analysis stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const ANALYSIS = {
  /** A commitment's when and amount (analysis/commitments/details.ts). */
  details: {
    /** Words a time phrase may run after its opener: "قبل نهاية الربع الثالث من العام الجاري" is 7. */
    maxWhenWords: 8,
    /** Words within which an English weak opener ("in", "on") must meet its time word: "in the next few months". */
    weakOpenerReach: 4,
  },
} as const;
