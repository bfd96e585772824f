/** Thresholds of the content stage; see index.ts. Each value has a one-line comment saying why it is what it is. */
export const CONTENT = {} as const;
