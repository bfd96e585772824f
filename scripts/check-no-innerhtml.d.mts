/** Types of scripts/check-no-innerhtml.mjs for the tests that import it. */
export const ALLOWED_FILES: Set<string>;
export function stripComments(src: string): string;
