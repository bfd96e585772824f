/**
 * Quality flags: things a careful reader should know about the article itself — a name spelled two ways
 * (name-variants.ts), a phrase stuffed into the headings (heading-phrases.ts), no author, no date.
 */
import { findNameVariants } from './name-variants';
import { findRepeatedHeadingPhrases } from './heading-phrases';
import type { Flag, Section } from '../../types';

export { areNameVariants } from './spelling';
export { findNameVariants } from './name-variants';
export { findRepeatedHeadingPhrases } from './heading-phrases';

/** The flags of an article, in this order: name variants, repeated heading phrases, no byline, no date. */
export function findFlags(input: {
  title: string | null;
  byline: string | null;
  published: string | null;
  sections: Section[];
  lede: string | null;
  text: string;
}): Flag[] {
  const flags: Flag[] = [];
  const segments: string[] = [];
  if (input.title) segments.push(input.title);
  if (input.lede) segments.push(input.lede);
  for (const s of input.sections) {
    if (s.heading) segments.push(s.heading);
    for (const p of s.paragraphs) segments.push(p);
  }
  for (const p of input.text.split(/\n\s*\n/)) segments.push(p);
  for (const [a, b] of findNameVariants(segments)) {
    flags.push({ kind: 'name-variants', message: `A name is spelled two ways: "${a}" and "${b}".`, values: [a, b] });
  }
  const headings = input.sections.map((s) => s.heading ?? '').filter(Boolean);
  for (const { phrase, count } of findRepeatedHeadingPhrases(headings)) {
    flags.push({
      kind: 'repeated-heading-phrase',
      message: `The phrase "${phrase}" is repeated in ${count} of ${headings.length} headings.`,
      values: [phrase],
    });
  }
  if (!input.byline?.trim()) flags.push({ kind: 'no-byline', message: 'The article names no author.', values: [] });
  if (!input.published?.trim())
    flags.push({ kind: 'no-date', message: 'The article gives no publication date.', values: [] });
  return flags;
}
