/**
 * Text normalisation shared by every stage: white space, digits, script and direction.
 * Pure functions, no DOM.
 */
import type { Direction } from './types';

const EASTERN_ARABIC_ZERO = 0x0660; // ٠..٩
const PERSIAN_ZERO = 0x06f0; // ۰..۹

/** Collapse runs of white space (including NBSP, zero-width and bidi marks) to one space and trim. */
export function normalizeSpace(s: string): string {
  return s
    .replace(/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** Eastern Arabic (٠١٢٣٤٥٦٧٨٩) and Persian (۰۱۲۳۴۵۶۷۸۹) digits to ASCII digits. */
export function toWesternDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - EASTERN_ARABIC_ZERO);
  });
}

const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g;
const LTR_CHAR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;
const SCRIPT_LANGS: [RegExp, string][] = [
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/g, 'ar'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
];

/** Share of strong right-to-left letters among strong letters (0..1); NaN when the text has none. */
export function rtlRatio(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const rtl = sample.match(RTL_CHAR)?.length ?? 0;
  const ltr = sample.match(LTR_CHAR)?.length ?? 0;
  return rtl + ltr === 0 ? Number.NaN : rtl / (rtl + ltr);
}

/** Direction of a text from its letters: rtl when most strong letters are right-to-left. */
export function directionOf(text: string): Direction | null {
  const r = rtlRatio(text);
  if (Number.isNaN(r)) return null;
  return r > 0.5 ? 'rtl' : 'ltr';
}

/**
 * The language a text's script implies, for scripts that name one language well enough (Arabic script → "ar",
 * Hebrew → "he", …). Latin script returns null: it does not say which language.
 */
export function scriptLang(text: string): string | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = (sample.match(/\p{L}/gu)?.length ?? 0) || 1;
  let best: string | null = null;
  let bestCount = 0;
  for (const [re, lang] of SCRIPT_LANGS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return bestCount / letters > 0.5 ? best : null;
}

/** Languages written right to left, by primary tag. */
export const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku']);

/** Primary language tag from a BCP 47 tag or locale ("en-US" → "en", "ar_EG" → "ar"); null if not a tag. */
export function primaryLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

/** Words of a text, letters and digits only, lower-cased (for overlap scores). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
