/**
 * `npm run eval:losses -- [<gold-text corpus> ...] [options]`: where the gold text inside the chosen container is
 * lost, and by which rule. For every page of a gold-text corpus (broad/*, dev split by default) the core picks its
 * container; each outermost skipped element inside the chosen roots is attributed to the rule that skipped it:
 * - `policy:*`: the measurement never read it (policy.ts: markup such as <aside>, hidden, landmark roles; a page
 *   header or footer; a class or id that names chrome);
 * - a rule of extract/boilerplate.ts (`boilerplateRule`: namedChrome, relatedLabel, linkBox …);
 * - `commentCut` (comments.ts, the cut at a comment section's heading) and `closing` (closing.ts), found by scoring
 *   the page again with that rule off and taking the difference;
 * and the gold words missing from the brief's text are charged to the blocks that hold them, in reading order (a
 * missing word is charged once). Gold words missing from the text that the roots hold outside every skipped
 * element are charged to `structure` (the brief stage's meta lines, captions, short lines); the rest lie outside
 * the roots. Printed per corpus, mean over pages (as the page F1 is): recall lost per rule and per shape of the
 * block (tag, position in the kept text, sentence or line, links, bold lead-in), the non-gold words each rule
 * spares the text, and the F1 change if the rule's drops were kept.
 *
 * A diagnostic, not a gate: it decides nothing; decide on `npm run eval` / `npm run eval:ablation` figures.
 */
import { basename } from 'node:path';
import { briefFromDocument } from '../../utils/brief';
import { readableText, tagOf } from '../../utils/common/dom';
import { words } from '../../utils/common/text';
import { boilerplateRule } from '../../utils/extract/boilerplate';
import { extractContent } from '../../utils/extract/content';
import { linkDensity, type ContentResult } from '../../utils/extract/model';
import { parseHtml } from '../../utils/extract/parse';
import { isChrome } from '../../utils/extract/policy';
import { BOILERPLATE } from '../../utils/settings/boilerplate';
import { CONTENT } from '../../utils/settings/content';
import { readArgs, usage, type Usage, wholeNumber } from '../lib/args';
import { corporaRoot } from '../lib/paths';
import { readPage } from '../lib/pages';
import { mean } from '../lib/stats';
import { loadGoldCorpus } from './corpora';
import { leafBlocks } from './learn/block-features';
import { f3 } from './report';
import { loadStoredTest } from './split';

const USAGE: Usage = usage(`Usage: npm run eval:losses -- [<gold-text corpus folder> ...] [options]

Attributes the gold text lost inside the chosen container to the rule that dropped it, and groups the losses
by the shape of the dropped block. Default corpora: broad/dragnet, broad/l3s-gn1, broad/cleanportaleval.

Options:
  --split S      dev (default), test or all
  --limit N      only the first N pages of each corpus
  --examples N   print N dropped blocks of gold text per rule (default 0)
  --help         this text`);

type Counts = Map<string, number>;

function counts(ts: readonly string[]): Counts {
  const m: Counts = new Map();
  for (const t of ts) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Token F1 of an output multiset against the gold's. */
function f1Of(out: Counts, gold: Counts, goldN: number): number {
  let n = 0;
  let common = 0;
  for (const [w, c] of out) {
    n += c;
    common += Math.min(c, gold.get(w) ?? 0);
  }
  if (!n || !goldN || !common) return 0;
  const p = common / n;
  const r = common / goldN;
  return (2 * p * r) / (p + r);
}

/** A skipped element inside the roots, with its rule, its words and its shape. */
interface Drop {
  el: Element;
  rule: string;
  words: string[];
  shape: string[];
  text: string;
}

/** Why an element the measurement skipped was skipped (policy.ts). */
function policyReason(el: Element): string {
  const tag = tagOf(el);
  if (isChrome(el, tag, 'lenient')) return 'policy:markup';
  if (tag === 'header' || tag === 'footer') return 'policy:header-footer';
  return 'policy:class-name';
}

const SENTENCE_END = /[.!?؟。"”»)]\s*$/u;

/** The shapes of a dropped block: its kind, where it stands, whether it reads as a sentence, links, a bold lead-in. */
function shapeOf(el: Element, text: string, r: ContentResult, before: number, after: number): string[] {
  const tag = tagOf(el);
  const kind =
    tag === 'li' || tag === 'ul' || tag === 'ol' || tag === 'dl' || tag === 'dd' || tag === 'dt'
      ? 'list'
      : /^h[1-6]$/.test(tag)
        ? 'heading'
        : tag === 'blockquote'
          ? 'blockquote'
          : tag === 'figure' || tag === 'figcaption' || tag === 'caption' || tag === 'img'
            ? 'figure'
            : tag === 'table' || tag === 'td' || tag === 'tr' || tag === 'tbody'
              ? 'table'
              : tag === 'p'
                ? 'p'
                : 'div/other';
  const n = words(text).length;
  const st = r.stats.get(el);
  const ld = st ? linkDensity(st) : el.querySelector('a') ? 0.5 : 0;
  const first = el.firstElementChild;
  const bold =
    first !== null &&
    ['strong', 'b'].includes(tagOf(first)) &&
    text.trim().startsWith((first.textContent ?? '').trim().slice(0, 10));
  return [
    `tag:${kind}`,
    before < 200 ? 'at:start' : after < 200 ? 'at:end' : 'at:mid-flow',
    n <= 8 ? 'len:<=8 words' : n <= 30 ? 'len:9-30 words' : 'len:>30 words',
    SENTENCE_END.test(text) ? 'sentence-end' : 'no-sentence-end',
    ld === 0 ? 'links:none' : ld < 0.5 ? 'links:some' : 'links:mostly',
    ...(bold ? ['bold lead-in'] : []),
  ];
}

/** Shapes of story prose that a rule may drop: the F1 change of keeping only such drops is reported per rule. */
const PROSE_SHAPES: Record<string, (shape: readonly string[]) => boolean> = {
  'prose, no link': (sh) => sh.includes('sentence-end') && sh.includes('links:none') && !sh.includes('len:<=8 words'),
  'prose, no link, mid-flow': (sh) =>
    sh.includes('sentence-end') &&
    sh.includes('links:none') &&
    !sh.includes('len:<=8 words') &&
    sh.includes('at:mid-flow'),
  'prose, some links': (sh) =>
    sh.includes('sentence-end') && !sh.includes('links:mostly') && !sh.includes('len:<=8 words'),
  'line, no link': (sh) => !sh.includes('sentence-end') && sh.includes('links:none'),
  'mostly links': (sh) => sh.includes('links:mostly'),
  'sentence, mostly links': (sh) => sh.includes('sentence-end') && sh.includes('links:mostly'),
  'sentence, mostly links, mid-flow': (sh) =>
    sh.includes('sentence-end') && sh.includes('links:mostly') && sh.includes('at:mid-flow'),
  'heading, mid-flow': (sh) => sh.includes('tag:heading') && sh.includes('at:mid-flow'),
  'mostly links, mid-flow': (sh) => sh.includes('links:mostly') && sh.includes('at:mid-flow'),
  'mostly links, list': (sh) => sh.includes('links:mostly') && sh.includes('tag:list'),
  'mostly links, list, mid-flow': (sh) =>
    sh.includes('links:mostly') && sh.includes('tag:list') && sh.includes('at:mid-flow'),
};

/** The outermost skipped elements inside the roots of `full` (the result without the comment cut), in order. */
function drops(r: ContentResult, full: ContentResult, noClose: ContentResult): Drop[] {
  const kept = new Set(r.roots);
  const out: { el: Element; rule: string; at: number }[] = [];
  const keptLen: number[] = [];
  let pos = 0;
  for (const root of full.roots) {
    const rootCut = !kept.has(root);
    const stack: Element[] = [root];
    while (stack.length) {
      const el = stack.pop()!;
      const skipped = rootCut || r.skip.has(el);
      if (skipped) {
        let rule: string;
        if (rootCut || (!full.skip.has(el) && r.stats.has(el))) rule = 'commentCut';
        else if (!r.stats.has(el)) rule = policyReason(el);
        else if (!noClose.skip.has(el)) rule = 'closing';
        else rule = boilerplateRule(el, r.stats.get(el)!, BOILERPLATE) ?? 'other';
        out.push({ el, rule, at: pos });
        continue;
      }
      // Own text of the element counts as kept text at this point of the reading order.
      for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) pos += (n as Text).data.trim().length;
      keptLen.push(pos);
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
  }
  return out.map(({ el, rule, at }) => {
    const text = readableText(el);
    return { el, rule, words: words(text), text, shape: shapeOf(el, text, r, at, pos - at) };
  });
}

interface PageLoss {
  id: string;
  goldN: number;
  f1: number;
  /** Gold words charged per rule, per shape (rule|shape), outside the roots, to the structure stage. */
  lost: Map<string, number>;
  /** Non-gold words dropped per rule (what the rule spares the text). */
  spared: Map<string, number>;
  /** F1 if the rule's drops were kept, minus F1. */
  keepDelta: Map<string, number>;
  /** F1 if the kept leaf blocks of a shape were dropped, minus F1. */
  dropDelta: Map<string, number>;
  examples: { rule: string; text: string; shape: string[] }[];
}

function add(m: Map<string, number>, k: string, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

function pageLoss(html: string, gold: string): PageLoss | null {
  const doc = parseHtml(html, null);
  const r = extractContent(doc);
  if (!r) return null;
  const full = extractContent(doc, BOILERPLATE, { ...CONTENT, rules: { ...CONTENT.rules, commentCut: false } })!;
  const noClose = extractContent(doc, {
    ...BOILERPLATE,
    rules: { ...BOILERPLATE.rules, closingBox: false, closingCalls: false },
  })!;
  const brief = briefFromDocument(parseHtml(html, null), { url: null });
  const goldW = words(gold);
  const g = counts(goldW);
  const out = counts(words(`${brief.title ?? ''}\n${brief.text}`));
  const missing = new Map(g);
  for (const [w, c] of out) if (missing.has(w)) missing.set(w, Math.max(0, missing.get(w)! - c));
  const f1 = f1Of(out, g, goldW.length);
  const loss: PageLoss = {
    id: '',
    goldN: goldW.length,
    f1,
    lost: new Map(),
    spared: new Map(),
    keepDelta: new Map(),
    dropDelta: new Map(),
    examples: [],
  };
  const byRule = new Map<string, string[]>();
  const dropped = drops(r, full, noClose);
  for (const d of dropped) {
    let hit = 0;
    for (const w of d.words) {
      const m = missing.get(w) ?? 0;
      if (m > 0) {
        missing.set(w, m - 1);
        hit++;
      } else add(loss.spared, d.rule, 1);
    }
    add(loss.lost, d.rule, hit);
    for (const s of d.shape) add(loss.lost, `${d.rule}|${s}`, hit);
    for (const s of d.shape) add(loss.lost, `*|${s}`, hit);
    byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), ...d.words]);
    for (const [name, test] of Object.entries(PROSE_SHAPES)) {
      if (!test(d.shape)) continue;
      for (const k of [`${d.rule}|${name}`, `*|${name}`]) byRule.set(k, [...(byRule.get(k) ?? []), ...d.words]);
    }
    if (hit >= 4 && hit >= d.words.length / 2)
      loss.examples.push({
        rule: d.rule,
        text: `<${tagOf(d.el)} ${d.el.getAttribute('class') ?? ''}#${d.el.getAttribute('id') ?? ''}> ${d.text}`,
        shape: d.shape,
      });
  }
  for (const [rule, ws] of byRule) {
    const more = new Map(out);
    for (const w of ws) add(more, w, 1);
    loss.keepDelta.set(rule, f1Of(more, g, goldW.length) - f1);
  }
  // Kept text the gold leaves out: the F1 change if the kept leaf blocks of each shape were dropped.
  const leaves = leafBlocks(r);
  const total = leaves.reduce((n, l) => n + l.st.text, 0);
  const byShape = new Map<string, string[]>();
  for (const l of leaves) {
    const after = total - l.offset - l.st.text;
    const shape = shapeOf(l.el, l.text, r, l.offset, after);
    const keys = [
      ...shape,
      ...shape
        .filter((x) => x.startsWith('at:'))
        .flatMap((a) => shape.filter((x) => !x.startsWith('at:')).map((x) => `${a} & ${x}`)),
    ];
    const ws = words(l.text);
    for (const k of keys) byShape.set(k, [...(byShape.get(k) ?? []), ...ws]);
    // Gold words of a kept block that still miss from the text: the brief stage left them out.
    let hit = 0;
    const probe = new Map(missing);
    for (const w of ws) {
      if ((probe.get(w) ?? 0) > 0) {
        probe.set(w, probe.get(w)! - 1);
        hit++;
      }
    }
    if (hit >= 3 && hit >= ws.length * 0.8)
      loss.examples.push({
        rule: 'structure',
        text: `<${tagOf(l.el)} ${l.el.getAttribute('class') ?? ''}> ${l.text}`,
        shape,
      });
  }
  for (const [k, ws] of byShape) {
    const less = new Map(out);
    for (const w of ws) add(less, w, -1);
    loss.dropDelta.set(k, f1Of(less, g, goldW.length) - f1);
  }
  // Missing gold words the kept roots hold: lost after the container stage.
  const rootWords = counts(r.roots.flatMap((root) => words(readableText(root))));
  for (const d of dropped) for (const w of d.words) add(rootWords, w, -1);
  let structure = 0;
  let outside = 0;
  for (const [w, m] of missing) {
    if (m <= 0) continue;
    const inRoots = Math.min(m, rootWords.get(w) ?? 0);
    structure += inRoots;
    outside += m - inRoots;
  }
  add(loss.lost, 'structure', structure);
  add(loss.lost, 'outside roots', outside);
  return loss;
}

function report(name: string, losses: PageLoss[], examples: number): void {
  const n = losses.length;
  const share = (k: string, m: 'lost' | 'spared') => mean(losses.map((l) => (l[m].get(k) ?? 0) / Math.max(l.goldN, 1)));
  const keys = new Set<string>();
  for (const l of losses) for (const k of l.lost.keys()) keys.add(k);
  for (const l of losses) for (const k of l.spared.keys()) keys.add(k);
  const rules = [...keys].filter((k) => !k.includes('|')).sort((a, b) => share(b, 'lost') - share(a, 'lost'));
  const keepKeys = new Set<string>();
  for (const l of losses) for (const k of l.keepDelta.keys()) if (k.includes('|')) keepKeys.add(k);
  console.log(`\n== ${name}: ${n} pages, F1 ${f3(mean(losses.map((l) => l.f1)))}`);
  console.log(
    'rule | recall lost (mean share of gold) | pages losing | non-gold words spared (share of gold) | F1 if kept',
  );
  for (const k of rules) {
    const pages = losses.filter((l) => (l.lost.get(k) ?? 0) > 0).length;
    const kd = mean(losses.map((l) => l.keepDelta.get(k) ?? 0));
    console.log(
      `${k} | ${share(k, 'lost').toFixed(4)} | ${pages} | ${share(k, 'spared').toFixed(4)} | ${k.includes(' ') || k === 'structure' ? '' : (kd >= 0 ? '+' : '') + kd.toFixed(4)}`,
    );
  }
  console.log('rule | prose shape | pages with such drops | F1 if only these drops were kept');
  const kd = (k: string) => mean(losses.map((l) => l.keepDelta.get(k) ?? 0));
  for (const k of [...keepKeys].sort((a, b) => kd(b) - kd(a))) {
    const pages = losses.filter((l) => l.keepDelta.has(k)).length;
    if (pages < 2) continue;
    console.log(`${k.replace('|', ' | ')} | ${pages} | ${(kd(k) >= 0 ? '+' : '') + kd(k).toFixed(4)}`);
  }
  console.log('kept shape | pages | F1 if dropped');
  const dd = (k: string) => mean(losses.map((l) => l.dropDelta.get(k) ?? 0));
  const dropKeys = new Set<string>();
  for (const l of losses) for (const k of l.dropDelta.keys()) dropKeys.add(k);
  for (const k of [...dropKeys].sort((a, b) => dd(b) - dd(a)).slice(0, 12)) {
    console.log(
      `${k} | ${losses.filter((l) => l.dropDelta.has(k)).length} | ${(dd(k) >= 0 ? '+' : '') + dd(k).toFixed(4)}`,
    );
  }
  const shapes = [...keys].filter((k) => k.includes('|')).sort((a, b) => share(b, 'lost') - share(a, 'lost'));
  console.log('rule | shape | recall lost');
  for (const k of shapes.slice(0, 40)) {
    const v = share(k, 'lost');
    if (v < 0.0003) break;
    console.log(`${k.replace('|', ' | ')} | ${v.toFixed(4)}`);
  }
  if (!examples) return;
  for (const k of ['structure', 'outside roots']) {
    const worst = [...losses].sort((a, b) => (b.lost.get(k) ?? 0) / b.goldN - (a.lost.get(k) ?? 0) / a.goldN);
    console.log(
      `-- ${k}, worst pages: ${worst
        .slice(0, examples)
        .map((l) => `${l.id} ${((l.lost.get(k) ?? 0) / l.goldN).toFixed(2)}`)
        .join(', ')}`,
    );
  }
  const byRule = new Map<string, PageLoss['examples']>();
  for (const l of losses) for (const e of l.examples) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  for (const [rule, es] of byRule) {
    console.log(`-- ${rule}: ${es.length} blocks of gold text`);
    for (const e of es.slice(0, examples))
      console.log(`   [${e.shape.join(', ')}] ${e.text.slice(0, 160).replace(/\s+/g, ' ')}`);
  }
}

function main(): void {
  const { values, positionals } = readArgs(process.argv.slice(2), USAGE, {
    split: { type: 'string' },
    limit: { type: 'string' },
    examples: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const split = values.split ?? 'dev';
  const limit = wholeNumber(USAGE, 'limit', values.limit, Infinity, 1);
  const examples = wholeNumber(USAGE, 'examples', values.examples, 0);
  const root = corporaRoot();
  const dirs = positionals.length
    ? positionals
    : root
      ? ['dragnet', 'l3s-gn1', 'cleanportaleval'].map((c) => `${root}/broad/${c}`)
      : USAGE.error('No corpora folder found: set NEWSBRIEF_CORPORA.');
  for (const dir of dirs) {
    const corpus = basename(dir);
    const test = loadStoredTest(corpus) ?? new Set<string>();
    const pages = loadGoldCorpus(dir)
      .filter((p) => p.gold !== '' && (split === 'all' || test.has(p.id) === (split === 'test')))
      .slice(0, limit);
    const losses: PageLoss[] = [];
    for (const page of pages) {
      try {
        const l = pageLoss(readPage(page.path).text, page.gold);
        if (l) losses.push({ ...l, id: page.id });
      } catch (err) {
        console.error(`${page.id}: ${String(err)}`);
      }
    }
    report(`${corpus} ${split}`, losses, examples);
  }
}

main();
