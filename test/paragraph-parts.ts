import type { Section } from '../utils/types';

/** A section's paragraphs with the parts that place them in order (schema 2), for briefs written out in tests. */
export function withParts(paragraphs: string[]): Pick<Section, 'paragraphs' | 'parts'> {
  return { paragraphs, parts: paragraphs.map((_, index) => ({ kind: 'paragraph' as const, index })) };
}
