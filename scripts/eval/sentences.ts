/**
 * `npm run eval:sentences`: the hand-written sentence splitter (utils/analysis/sentences.ts) against the built-in
 * `Intl.Segmenter` (sentence granularity, the page's language), on the sentences the brief set's annotators copied
 * whole: every gold commitment's evidence (test/brief-set/CONVENTIONS.md: "the whole sentence that states it").
 * A splitter is right on a sentence when, run on the paragraph of the brief's text that holds it, it returns that
 * sentence exactly. Sentences whose paragraph the brief did not extract are counted apart (an extraction miss,
 * not a splitting one).
 */
import { splitSentences } from '../../utils/analysis/sentences';
import { briefFromHtml } from '../../utils/brief';
import { normalizeSpace } from '../../utils/common/text';
import { readArgs, usage } from '../lib/args';
import { BRIEF_SET_DIR } from '../lib/paths';
import { readPage } from '../lib/pages';
import { loadBriefSet } from './brief-set';
import { inSplit, loadStoredTest, type SplitName } from './split';

const u = usage(`Usage: npm run eval:sentences -- [--split dev|test|all] [--misses]

Scores the hand-written sentence splitter and Intl.Segmenter on the gold evidence sentences of the brief set.
  --split    which pages (default dev)
  --misses   list every sentence a splitter got wrong, with what it returned instead`);

const { values } = readArgs(process.argv.slice(2), u, {
  split: { type: 'string', default: 'dev' },
  misses: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
});
const split = values.split as SplitName;
if (!['dev', 'test', 'all'].includes(split)) u.error(`--split must be dev, test or all, got "${split}"`);

type Splitter = (paragraph: string, lang: string) => string[];

const SPLITTERS: Record<string, Splitter> = {
  'hand-written (analysis/sentences.ts)': (p) => splitSentences(p),
  'Intl.Segmenter (sentence)': (p, lang) =>
    [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(p)].map((s) => s.segment.trim()).filter(Boolean),
};

interface Tally {
  right: number;
  total: number;
  misses: string[];
}

const test = loadStoredTest('brief-set') ?? new Set<string>();
const { pages, warnings } = loadBriefSet(BRIEF_SET_DIR);
for (const w of warnings) console.warn(w);
const tallies = new Map<string, Map<string, Tally>>();
let unextracted = 0;
const started = performance.now();
for (const page of pages) {
  if (!inSplit(page.id, test, split)) continue;
  const evidence = [...new Set(page.gold.commitments.map((c) => normalizeSpace(c.evidence)))];
  if (!evidence.length) continue;
  const brief = briefFromHtml(readPage(page.path).text, { url: page.url });
  const paragraphs = brief.text.split(/\n\s*\n/).map(normalizeSpace);
  const group = page.gold.lang === 'ar' ? 'Arabic' : page.gold.lang === 'en' ? 'English' : 'other';
  for (const sentence of evidence) {
    const paragraph = paragraphs.find((p) => p.includes(sentence));
    if (!paragraph) {
      unextracted++;
      continue;
    }
    for (const [name, splitter] of Object.entries(SPLITTERS)) {
      const byGroup = tallies.get(name) ?? new Map<string, Tally>();
      tallies.set(name, byGroup);
      for (const key of [group, 'all']) {
        const t = byGroup.get(key) ?? { right: 0, total: 0, misses: [] };
        byGroup.set(key, t);
        const got = splitter(paragraph, page.gold.lang);
        t.total++;
        if (got.includes(sentence)) t.right++;
        else if (key === 'all')
          t.misses.push(`${page.id}\n      gold  ${sentence}\n      got   ${got.join('\n            ')}`);
      }
    }
  }
}

console.log(`Gold evidence sentences split whole (${split} split of the brief set), per language group:`);
for (const [name, byGroup] of tallies) {
  const cells = ['Arabic', 'English', 'other', 'all'].map((g) => {
    const t = byGroup.get(g);
    return `${g} ${t ? `${t.right}/${t.total} (${(t.right / t.total).toFixed(3)})` : '—'}`;
  });
  console.log(`  ${name.padEnd(40)} ${cells.join('   ')}`);
}
console.log(`  (${unextracted} sentences left out: the brief's text has no paragraph holding them)`);
if (values.misses) {
  for (const [name, byGroup] of tallies) {
    console.log(`\n${name}: misses`);
    for (const m of byGroup.get('all')?.misses ?? []) console.log(`  ${m}`);
  }
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
