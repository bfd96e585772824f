/** Thresholds of the boilerplate stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const BOILERPLATE = {} as const;
