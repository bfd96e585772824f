/**
 * Output formats of a brief, listed once so the CLI, the popup and the side panel offer the same ones.
 */
import type { Brief } from '../types';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { toPlainText } from './text';

export type BriefFormat = 'md' | 'json' | 'text';

/** Keys of the formats' names in the extension's messages (public/_locales/<lang>/messages.json). */
export type FormatLabelKey = 'formatMarkdown' | 'formatJson' | 'formatText';

export interface FormatInfo {
  id: BriefFormat;
  labelKey: FormatLabelKey;
  mime: string;
  /** File extension without the dot. */
  extension: string;
  format: (brief: Brief) => string;
}

export const FORMATS: readonly FormatInfo[] = [
  { id: 'md', labelKey: 'formatMarkdown', mime: 'text/markdown;charset=utf-8', extension: 'md', format: toMarkdown },
  { id: 'json', labelKey: 'formatJson', mime: 'application/json', extension: 'json', format: toJson },
  { id: 'text', labelKey: 'formatText', mime: 'text/plain;charset=utf-8', extension: 'txt', format: toPlainText },
];

export function isBriefFormat(x: unknown): x is BriefFormat {
  return FORMATS.some((f) => f.id === x);
}

export function formatInfo(format: BriefFormat): FormatInfo {
  const info = FORMATS.find((f) => f.id === format);
  if (!info) throw new RangeError(`Unknown brief format: ${String(format)}`);
  return info;
}

/** The brief in the given format; every format ends with a newline. */
export function formatBrief(brief: Brief, format: BriefFormat): string {
  return formatInfo(format).format(brief);
}

export { toJson, toJsonLine, orderedBrief, validateBrief, assertBrief, briefProblems } from './json';
export { toMarkdown, mdInline, mdTable } from './markdown';
export { toPlainText, briefLabels } from './text';
