/** Thresholds of the brief stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const BRIEF = {
  /** Longest heading read as a byline line ("By Nada Tawfik, BBC News, New York", "كتب - محمود سعيد"): a credit
   * with a place or a desk stays under 60 characters; a section heading that opens with "By" runs longer. */
  maxBylineHeadingChars: 60,
  /** Most words after the opener of a byline heading: two or three names with a desk or a place. */
  maxBylineHeadingWords: 7,
} as const;
