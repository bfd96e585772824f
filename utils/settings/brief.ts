/** Thresholds of the brief stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const BRIEF = {} as const;
