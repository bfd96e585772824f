/**
 * "Copy as rich text": the clipboard gets the brief as HTML (headings, lists and tables survive a paste into a
 * document or an email) beside the plain-text brief. The HTML is built from the brief (utils/format/html.ts) and
 * passed through DOMPurify, allowing only the plain markup the builder writes.
 *
 * The extension pages require Trusted Types. Their policy allows exactly one policy, DOMPurify's
 * (`trusted-types dompurify` in wxt.config.ts): DOMPurify parses through it. Under `trusted-types 'none'` it
 * cannot, and returns an empty string, which is reported as a failed copy rather than put on the clipboard.
 * DOMPurify is loaded on the first rich copy, so opening a view does not pay for it.
 */
import { toHtml } from '@/utils/format/html';
import { formatBrief } from '@/utils/format/index';
import type { Brief } from '@/utils/types';

const ALLOWED_TAGS = ['article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'strong', 'a'].concat([
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

export class SanitizerRefused extends Error {}

/** The brief's HTML after DOMPurify. */
export async function sanitizedBriefHtml(brief: Brief): Promise<string> {
  const { default: DOMPurify } = await import('dompurify');
  const html = DOMPurify.sanitize(toHtml(brief), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['dir', 'lang', 'href'],
    // DOMPurify checks every allowed attribute's value against this: http(s) links, and values with no scheme at
    // all ("rtl", "ar"); javascript:, data: and every other scheme go.
    ALLOWED_URI_REGEXP: /^(?:https?:\/\/|(?![a-z][a-z0-9+.-]*:))/i,
  });
  if (typeof html !== 'string' || html.trim() === '') throw new SanitizerRefused('DOMPurify returned nothing');
  return html;
}

export async function copyRichText(brief: Brief): Promise<void> {
  const html = await sanitizedBriefHtml(brief);
  const plain = formatBrief(brief, 'text');
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([plain], { type: 'text/plain' }),
    }),
  ]);
}
