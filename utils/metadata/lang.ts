/**
 * The article's language and direction: what the markup declares, checked against the script of the text.
 */
import { directionOf, guessLatinLang, primaryLang, RTL_LANGS, scriptLang } from '../common/text';
import type { JsonLdNode } from './jsonld';
import type { Direction, Metadata } from '../types';
import { type MetaMap, firstMeta, str } from './meta-tags';

export function readDeclaredLang(
  doc: Document,
  meta: MetaMap,
  art: JsonLdNode | undefined,
  nodes: readonly JsonLdNode[],
): string | null {
  const html = doc.documentElement;
  const inLanguage = (n: JsonLdNode | undefined): string | null => {
    const v = n?.['inLanguage'];
    if (typeof v === 'string') return v;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      return str((v as JsonLdNode)['alternateName']) ?? str((v as JsonLdNode)['name']);
    }
    return null;
  };
  const tags = [
    html?.getAttribute('lang'),
    html?.getAttribute('xml:lang'),
    doc.body?.getAttribute('lang'),
    firstMeta(meta, ['content-language', 'language', 'dc.language', 'dcterms.language']),
    firstMeta(meta, ['og:locale']),
    inLanguage(art),
    ...nodes.slice(0, 10).map(inLanguage),
  ];
  for (const t of tags) {
    const p = primaryLang(t);
    if (p && !['und', 'zxx', 'mul', 'mis'].includes(p)) return p;
  }
  return null;
}

export function readDeclaredDir(doc: Document): Direction | null {
  for (const el of [doc.documentElement, doc.body]) {
    const d = el?.getAttribute('dir')?.trim().toLowerCase();
    if (d === 'rtl' || d === 'ltr') return d;
  }
  return null;
}

/** Scripts shared by several languages: a declared tag in the same family agrees with the text. */
const SCRIPT_FAMILY: Record<string, readonly string[]> = {
  ar: ['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb', 'ku', 'ks', 'bal'],
  he: ['he', 'yi', 'iw', 'lad'],
  ru: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'tg', 'mn', 'ba', 'tt', 'cv'],
  el: ['el'],
  zh: ['zh', 'ja', 'yue', 'wuu'],
  ja: ['ja'],
  ko: ['ko'],
};

/**
 * The article's language and direction, from the declared metadata checked against the text's script: an
 * Arabic article in a page marked lang="en-US" is Arabic. A declared tag is kept when the script agrees with it
 * or the text is Latin (Latin script does not say which language), except that a right-to-left tag on a text
 * that is plainly left-to-right is dropped. With no usable tag, a Latin-script text's language is guessed from
 * its function words (guessLatinLang), or left null when that is unsure.
 */
export function inferLangDir(meta: Metadata, bodyText: string): { lang: string | null; dir: Direction } {
  const declared = meta.declaredLang;
  const sample = bodyText.length > 20000 ? bodyText.slice(0, 20000) : bodyText;
  const fromScript = scriptLang(sample);
  const textDir = directionOf(sample);
  let lang: string | null;
  if (fromScript) {
    lang = declared && (SCRIPT_FAMILY[fromScript] ?? [fromScript]).includes(declared) ? declared : fromScript;
  } else if (declared && RTL_LANGS.has(declared) && textDir === 'ltr' && sample.length >= 200) {
    lang = guessLatinLang(sample); // marked right-to-left, written left-to-right
  } else {
    // Latin script does not name its language: the markup does, else the function words may.
    lang = declared ?? guessLatinLang(sample);
  }
  let dir: Direction;
  if (lang) dir = RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
  else dir = textDir ?? meta.declaredDir ?? 'ltr';
  return { lang, dir };
}
