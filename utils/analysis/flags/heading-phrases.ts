/**
 * The repeated-heading-phrase flag: a phrase of two or more words stuffed into most of the headings, the mark of
 * search-engine padding.
 */
import { foldWord, isStopWord, stripArabicPrefixes } from '../words';

/** Longest phrase considered, in words. */
const MAX_PHRASE_WORDS = 8;

/**
 * Phrases of two or more words repeated across the headings: in every heading when there are two, in at least
 * two thirds of them when there are three or more. Search-engine padding ("… في بحث سعدام حفتر" under every
 * heading) repeats whole phrases; ordinary headings share single words at most. Only the longest phrase of a
 * set of headings is reported.
 */
export function findRepeatedHeadingPhrases(headings: string[]): { phrase: string; count: number }[] {
  const hs = headings.map((h) => h.trim()).filter(Boolean);
  if (hs.length < 2) return [];
  const needed = hs.length === 2 ? 2 : Math.ceil((2 * hs.length) / 3);
  const grams = new Map<string, { headings: Set<number>; surface: string; n: number }>();
  // Phrases do not cross punctuation ("Budget talks: day one" holds "Budget talks" and "day one").
  const runs = hs.map((heading) =>
    [...heading.matchAll(/(?:(?![:;|،؛,.!?؟()[\]{}"«»“”]|\s[-–—]\s).)+/gsu)]
      .map((m) => ({ part: m[0], offset: m.index }))
      .map(({ part, offset }) =>
        [...part.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
          start: offset + m.index,
          end: offset + m.index + m[0].length,
          key: stripArabicPrefixes(foldWord(m[0])),
          stop: isStopWord(m[0]),
        })),
      ),
  );
  // A word with an attached preposition or conjunction (ببحث, وبحث) is the same word as its bare form when the
  // bare form is used in the headings too.
  const vocabulary = new Set(runs.flat(2).map((t) => t.key));
  for (const t of runs.flat(2)) {
    if (/^[وفبلك][\u0621-\u064a]{3,}$/.test(t.key) && vocabulary.has(t.key.slice(1))) t.key = t.key.slice(1);
  }
  runs.forEach((segments, h) => {
    const heading = hs[h]!;
    for (const toks of segments) {
      for (let i = 0; i < toks.length; i++) {
        if (toks[i]!.stop) continue;
        for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= toks.length; n++) {
          const lastTok = toks[i + n - 1]!;
          if (lastTok.stop) continue;
          const key = toks
            .slice(i, i + n)
            .map((t) => t.key)
            .join(' ');
          let g = grams.get(key);
          if (!g) grams.set(key, (g = { headings: new Set(), surface: heading.slice(toks[i]!.start, lastTok.end), n }));
          g.headings.add(h);
        }
      }
    }
  });
  const qualifying = [...grams.entries()]
    .filter(([, g]) => g.headings.size >= needed)
    .sort((a, b) => b[1].n - a[1].n || b[1].headings.size - a[1].headings.size);
  const kept: [string, { headings: Set<number>; surface: string; n: number }][] = [];
  for (const [key, g] of qualifying) {
    const inside = kept.some(([k, kg]) => ` ${k} `.includes(` ${key} `) && kg.headings.size >= g.headings.size);
    if (!inside) kept.push([key, g]);
  }
  return kept.map(([, g]) => ({ phrase: g.surface, count: g.headings.size }));
}
