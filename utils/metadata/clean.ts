/**
 * Text helpers of the metadata stage: entities left in attribute values, cleaned values, comparison keys.
 */
import { normalizeSpace } from '../common/text';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
};

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '';
}

/**
 * Decode entities that survive in attribute values (double-encoded `&amp;#1589;`, stray `&#x627;`). Text nodes
 * and attributes are already decoded once by the parser; this handles what is left, up to two levels.
 */
export function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 2 && out.includes('&'); i++) {
    out = out.replace(
      /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi,
      (all, dec?: string, hex?: string, name?: string) => {
        if (dec) return codePoint(Number.parseInt(dec, 10));
        if (hex) return codePoint(Number.parseInt(hex, 16));
        return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? all;
      },
    );
  }
  return out;
}

/** Decoded, space-normalised text, or null when nothing is left. */
export function clean(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = normalizeSpace(decodeEntities(s));
  return t ? t : null;
}

/** Lower-case letters and digits only: for comparing names ("NYTimes.com" ≈ "nytimes"). */
export function key(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');
}

export function hasArabic(s: string): boolean {
  return /[\u0600-\u06ff]/.test(s);
}
