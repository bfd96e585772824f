/**
 * `npm run eval:containers -- collect <gold-text corpus folder> [--split S] [--out FILE]`: the container choice
 * measured with the real pipeline. For every page of a gold-text corpus's split, the strict pass's best
 * candidates are each settled (scoring.ts) and forced as the top candidate; the rest of the content stage
 * (siblings, intros, boilerplate, the comment cut) and the structure stage's text (meta lines dropped) run on each,
 * and each result is scored against the gold. Written as JSON lines (one page each) for analysis: the headroom of
 * a perfect choice and the features a decision rule may use. Not wired into extraction. Findings:
 * docs/learned-block-scorer.md (container choice with the real pipeline).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { briefFromDocument } from '../../utils/brief';
import { extractContent, pickAround, scorePage, withBoilerplate } from '../../utils/extract/content';
import { linkDensity } from '../../utils/extract/model';
import { parseHtml } from '../../utils/extract/parse';
import { settle } from '../../utils/extract/scoring';
import { extractMetadata } from '../../utils/metadata';
import { readJsonLd } from '../../utils/metadata/jsonld';
import { BOILERPLATE } from '../../utils/settings/boilerplate';
import { CONTENT } from '../../utils/settings/content';
import { toBlocks } from '../../utils/structure/blocks';
import { dropMetaLines } from '../../utils/structure/meta-lines';
import { blocksToText } from '../../utils/structure/sections';
import type { ContentResult } from '../../utils/extract/model';
import { readArgs, usage, type Usage, wholeNumber } from '../lib/args';
import { readPage } from '../lib/pages';
import { loadGoldCorpus } from './corpora';
import { tokenF1 } from './metrics';
import { titleAndText } from './scorers/snippets';
import { siteOf } from './site';
import { inSplit, loadStoredTest, type SplitName } from './split';

const USAGE: Usage = usage(`Usage: npm run eval:containers -- collect <gold-text corpus folder> [options]
       npm run eval:containers -- headroom <collected file> ...

collect        forces each of a page's best container candidates, runs the rest of the content stage on it
               and scores the text against the gold (one JSON line per page)
headroom       per file: the mean F1 of the rules' pick, of the best strict candidate and of the best of all,
               pages under 0.5, and the pages a perfect choice would lift by more than 0.05

Options:
  --split S      dev (default), test or all
  --k N          best-scored strict candidates tried per page (default 8)
  --out FILE     output file (default /tmp/newsbrief-containers-<corpus>-<split>.jsonl)
  --help         this text`);

/** What one forced container gives after the pipeline: its text's score and the facts a rule may read. */
interface Tried {
  f1: number;
  p: number;
  r: number;
  /** Characters of the text the brief would show. */
  chars: number;
  /** Final score of the top candidate, and its share of the best. */
  score: number;
  share: number;
  /** Link density of the chosen roots (measured, chrome left out). */
  links: number;
  /** Paragraphs and paragraph text in the roots. */
  paras: number;
  paraText: number;
  /** The candidate holds the rules' pick, lies inside it, or neither. */
  rel: 'pick' | 'holds' | 'inside' | 'apart';
  tag: string;
  roots: number;
  policy?: 'strict' | 'lenient';
}

function textOf(content: ContentResult | null, title: string | null, byline: string | null): string {
  if (!content) return titleAndText(title, '');
  return titleAndText(title, blocksToText(dropMetaLines(toBlocks(content, { title, byline }))));
}

function facts(content: ContentResult): Pick<Tried, 'links' | 'paras' | 'paraText'> {
  let text = 0;
  let links = 0;
  let paras = 0;
  let paraText = 0;
  for (const r of content.roots) {
    const st = content.stats.get(r);
    if (!st) continue;
    text += st.text;
    links += st.linkText;
    paras += st.paras;
    paraText += st.paraText;
  }
  return { links: text ? links / text : 0, paras, paraText };
}

function collect(dir: string, split: SplitName, k: number, outFile: string): void {
  const corpus = basename(dir);
  const test = loadStoredTest(corpus) ?? new Set<string>();
  const pages = loadGoldCorpus(dir).filter((p) => p.gold !== '' && inSplit(p.id, test, split));
  const lines: string[] = [];
  for (const page of pages) {
    const { text: html } = readPage(page.path);
    const { site } = siteOf(page, html);
    try {
      const brief = briefFromDocument(parseHtml(html, null), { url: null });
      const base = tokenF1(titleAndText(brief.title, brief.text), page.gold);
      const doc = parseHtml(html, null);
      const meta = extractMetadata(doc, null, readJsonLd(doc));
      const title = brief.title;
      const actual = extractContent(doc);
      const strict = scorePage(doc, 'strict', CONTENT);
      const tried: Tried[] = [];
      const pageParaText = strict ? (strict.stats.get(strict.body)?.paraText ?? 0) : 0;
      const pageText = strict ? (strict.stats.get(strict.body)?.text ?? 0) : 0;
      const one = (content: ContentResult, rel: Tried['rel']): Tried => {
        const t = tokenF1(textOf(content, title, meta.byline), page.gold);
        const text = textOf(content, null, meta.byline);
        const best = strict?.ranking.bestScore ?? 1;
        return {
          f1: t.f1,
          p: t.precision,
          r: t.recall,
          chars: text.length,
          score: content.score,
          share: best > 0 ? content.score / best : 0,
          ...facts(content),
          rel,
          tag: content.top.tagName.toLowerCase(),
          roots: content.roots.length,
        };
      };
      if (actual) tried.push(one(actual, 'pick'));
      const lenient = scorePage(doc, 'lenient', CONTENT);
      const pageLenientText = lenient ? (lenient.stats.get(lenient.body)?.text ?? 0) : 0;
      const pageLenientParaText = lenient ? (lenient.stats.get(lenient.body)?.paraText ?? 0) : 0;
      for (const [pass, policy] of [
        [strict, 'strict'],
        [lenient, 'lenient'],
      ] as const) {
        if (!pass || !actual) continue;
        const seen = new Set<Element>([actual.top]);
        const ranked = [...pass.ranking.finalScore.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
        for (const [el] of ranked) {
          const top = settle({ ...pass.ranking, best: el }, pass.body, pass.stats, CONTENT);
          if (seen.has(top)) continue;
          seen.add(top);
          const content = withBoilerplate(
            pickAround(pass, top, CONTENT, new Set(pass.skip)),
            doc,
            BOILERPLATE,
            CONTENT,
          );
          const rel = top.contains(actual.top) ? 'holds' : actual.top.contains(top) ? 'inside' : 'apart';
          tried.push({ ...one(content, rel), policy });
        }
      }
      lines.push(
        JSON.stringify({
          corpus,
          id: page.id,
          site,
          base: base.f1,
          goldWords: page.gold.split(/\s+/).length,
          pageText,
          pageParaText,
          pageLenientText,
          pageLenientParaText,
          readable: actual?.readable ?? 0,
          lenientPick:
            !!strict && !!actual && settle(strict.ranking, strict.body, strict.stats, CONTENT) !== actual.top,
          linksPick: actual ? linkDensity(actual.stats.get(actual.top)!) : 0,
          tried,
        }),
      );
    } catch (err) {
      console.error(`${page.id}: ${String(err)}`);
    }
  }
  writeFileSync(outFile, lines.join('\n') + '\n');
  console.log(`${corpus}: ${lines.length} ${split} pages → ${outFile}`);
}

/** One collected page, as `collect` writes it. */
interface Collected {
  corpus: string;
  id: string;
  site: string;
  base: number;
  tried: Tried[];
}

/** The headroom of a perfect container choice in one collected file. */
function headroom(file: string): void {
  const pages = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Collected);
  const best = (p: Collected, keep: (t: Tried) => boolean) =>
    Math.max(p.base, ...p.tried.filter((t, i) => i === 0 || keep(t)).map((t) => t.f1));
  const strictOnly = pages.map((p) => best(p, (t) => t.policy !== 'lenient'));
  const all = pages.map((p) => best(p, () => true));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const under = (xs: number[]) => xs.filter((x) => x < 0.5).length;
  const base = pages.map((p) => p.base);
  console.log(
    `${pages[0]?.corpus ?? file}: ${pages.length} pages; F1 the rules' pick ${mean(base).toFixed(4)} (under 0.5: ` +
      `${under(base)}), best strict candidate ${mean(strictOnly).toFixed(4)} (${under(strictOnly)}), best of all ` +
      `${mean(all).toFixed(4)} (${under(all)})`,
  );
  for (const p of pages) {
    const top = p.tried.reduce<Tried | null>((a, t) => (!a || t.f1 > a.f1 ? t : a), null);
    if (!top || top.f1 - p.base <= 0.05) continue;
    console.log(
      `  ${p.id} (${p.site}): ${p.base.toFixed(2)} -> ${top.f1.toFixed(2)}, a ${top.policy ?? 'pick'} candidate ` +
        `${top.rel === 'apart' ? 'apart from' : top.rel === 'holds' ? 'holding' : 'inside'} the pick`,
    );
  }
}

const args = readArgs(process.argv.slice(2), USAGE, {
  split: { type: 'string' },
  k: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});
const [cmd, ...rest] = args.positionals;
if (cmd === 'headroom' && rest.length) {
  for (const file of rest) headroom(file);
} else if (cmd === 'collect' && rest[0]) {
  const dir = rest[0];
  const split = (args.values.split ?? 'dev') as SplitName;
  collect(
    dir,
    split,
    wholeNumber(USAGE, 'k', args.values.k, 8, 1),
    args.values.out ?? `/tmp/newsbrief-containers-${basename(dir)}-${split}.jsonl`,
  );
} else USAGE.error('collect and a corpus folder, or headroom and collected files, are required');
