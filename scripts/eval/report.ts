/** Helpers for the tables and lists `npm run eval` prints. */
import { clip } from '../lib/text';
import type { Interval } from '../lib/stats';
import type { TokenTotals } from './metrics';
import type { PageResult, Summary, SystemKey } from './scorers/scorer';

/** A ratio with three decimals, or a dash when it is not a number. */
export const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
export const pad = (s: string, n: number) => s.padEnd(n);
export const lpad = (s: string, n: number) => s.padStart(n);

/**
 * A table row printer: the label left-aligned in the first width, each cell right-aligned in the next ones (a
 * missing cell prints as blanks, so every row has the same length).
 */
export function tableRow(widths: readonly number[]): (label: string, ...cells: string[]) => void {
  const [first = 0, ...rest] = widths;
  return (label, ...cells) =>
    console.log(`  ${pad(label, first)}${rest.map((w, i) => lpad(cells[i] ?? '', w)).join('')}`);
}

/** A value quoted and clipped for a report line, or `null`. */
export function show(v: string | null): string {
  return v === null ? 'null' : `"${clip(v, 70)}"`;
}

/** The charsets the pages were read in, most frequent first. */
export function printCharsets(results: readonly { charset: string }[]) {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.charset, (counts.get(r.charset) ?? 0) + 1);
  const list = [...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
  console.log(`\n  Charsets read: ${list.join(', ')}`);
}

/** Why Newsbrief has no figures, or the pages where the core threw (it must never throw), up to `limit`. */
export function printCoreErrors<R extends PageResult & { nb: { error: string | null } | null }>(
  results: readonly R[],
  coreError: string | null,
  limit = Number.POSITIVE_INFINITY,
) {
  if (coreError) {
    console.log(`\n  Newsbrief not scored: ${coreError}`);
    return;
  }
  const threw = results.filter((r) => r.nb?.error);
  if (threw.length === 0) return;
  console.log(`\n  The core threw on ${threw.length} page(s) (must be 0):`);
  for (const r of threw.slice(0, limit)) console.log(`    ${r.id}: ${r.nb!.error}`);
}

/** The system whose worst pages are listed: Newsbrief, or the reference when the core could not be loaded. */
export function worstSystem(coreError: string | null): SystemKey {
  return coreError ? 'ref' : 'nb';
}

/** An interval as "[lo, hi]". */
export function fmtInterval(iv: Interval): string {
  return `[${f3(iv.lo)}, ${f3(iv.hi)}]`;
}

/** A value with its interval: "0.950 [0.941, 0.958]". */
export function fmtWithInterval(iv: Interval | null): string {
  return iv ? `${f3(iv.value)} ${fmtInterval(iv)}` : 'n/a';
}

/**
 * How many of the pages the corpus calls articles each system calls articles (detection recall), and how many of
 * the pages it calls non-articles each system (wrongly) calls articles.
 */
export interface Detection {
  articles: number;
  nb: number | null;
  ref: number;
  nonArticles: number;
  nbWrong: number | null;
  refWrong: number;
}

export function detection(results: readonly PageResult[], coreError: string | null): Detection {
  const called = (rs: readonly PageResult[]) => ({
    nb: coreError ? null : rs.filter((r) => r.nb?.isArticle).length,
    ref: rs.filter((r) => r.ref.isArticle).length,
  });
  const articles = results.filter((r) => r.expectArticle);
  const others = results.filter((r) => !r.expectArticle);
  const wrong = called(others);
  return {
    articles: articles.length,
    ...called(articles),
    nonArticles: others.length,
    nbWrong: wrong.nb,
    refWrong: wrong.ref,
  };
}

/** A share as "0.962 (850/884)". */
export function fmtShare(k: number | null, n: number): string {
  return k === null ? 'n/a' : `${f3(n ? k / n : Number.NaN)} (${k}/${n})`;
}

export function printDetection(d: Detection) {
  console.log(
    `\n  Detection recall (pages called articles, of the ${d.articles} the corpus calls articles; Newsbrief:` +
      ` brief.isArticle,\n  Readability.js: isProbablyReaderable): Newsbrief ${fmtShare(d.nb, d.articles)},` +
      ` Readability.js ${fmtShare(d.ref, d.articles)}`,
  );
  if (d.nonArticles) {
    console.log(
      `  Of the ${d.nonArticles} page${d.nonArticles === 1 ? '' : 's'} the corpus calls non-articles, called articles: Newsbrief ` +
        `${fmtShare(d.nbWrong, d.nonArticles)}, Readability.js ${fmtShare(d.refWrong, d.nonArticles)}`,
    );
  }
}

/**
 * The pages Newsbrief judges wrongly (articles refused, non-articles accepted), grouped by the verdict's rule that
 * settled them, each with detection's signals: what `--misjudged` prints.
 */
export function printMisjudged(results: readonly PageResult[]) {
  const wrong = results.filter((r) => r.nb && !r.nb.error && r.nb.isArticle !== r.expectArticle);
  if (!wrong.length) return;
  const groups = new Map<string, string[]>();
  for (const r of wrong) {
    const line = r.nb!.verdict ?? 'no verdict recorded';
    const at = line.indexOf(';');
    const rule = `${r.expectArticle ? 'refused' : 'accepted'} by ${at < 0 ? line : line.slice(0, at)}`;
    const list = groups.get(rule) ?? [];
    list.push(`${r.id}${at < 0 ? '' : ` (${line.slice(at + 1).trim()})`}`);
    groups.set(rule, list);
  }
  console.log(`\n  Misjudged by Newsbrief, by the verdict's rule (${wrong.length}):`);
  for (const [rule, pages] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`    ${rule}: ${pages.length}`);
    for (const p of pages) console.log(`      ${p}`);
  }
}

/**
 * Detection precision over the run: of the pages each system calls articles (the corpora's articles it calls
 * articles, and the written non-articles it calls articles), the share that are articles; and how many of the
 * non-articles it refuses.
 */
export function printPrecision(rows: readonly { detection: Detection }[], non: Detection) {
  const sum = (f: (d: Detection) => number | null) => rows.reduce((n, r) => n + (f(r.detection) ?? 0), 0);
  const line = (k: 'nb' | 'ref') => {
    const wrongHere = k === 'nb' ? non.nbWrong : non.refWrong;
    if (wrongHere === null) return 'n/a';
    const right = sum((d) => d[k]);
    const wrong = wrongHere + sum((d) => (k === 'nb' ? d.nbWrong : d.refWrong));
    const refused = fmtShare(non.nonArticles - wrongHere, non.nonArticles);
    return `precision ${fmtShare(right, right + wrong)}, written non-articles refused ${refused}`;
  };
  const corpusNon = sum((d) => d.nonArticles);
  console.log(
    `\n  Detection precision over the corpora above (${corpusNon} page(s) they call non-articles) and the` +
      ` ${non.nonArticles} written non-articles:`,
  );
  console.log(`    Newsbrief       ${line('nb')}`);
  console.log(`    Readability.js  ${line('ref')}`);
}

/** The rows of mean token precision, recall and F1 (each with its interval), the median F1 and the pages below 0.5. */
export function printTokenRows(
  row: (label: string, ...cells: string[]) => void,
  nb: TokenTotals | null,
  ref: TokenTotals,
) {
  for (const k of ['precision', 'recall', 'f1'] as const) {
    row(`token ${k === 'f1' ? 'F1' : k[0]!.toUpperCase()} (mean)`, nb ? f3(nb[k].value) : 'n/a', f3(ref[k].value));
    row('  95% interval', nb ? fmtInterval(nb[k]) : '', fmtInterval(ref[k]));
  }
  row('token F1 (median)', nb ? f3(nb.f1Median) : 'n/a', f3(ref.f1Median));
  row('token F1 < 0.5', nb ? String(nb.below05) : 'n/a', String(ref.below05));
}

/** The headline of a corpus scored by mean token F1. */
export function tokenSummary(nb: TokenTotals | null, ref: TokenTotals): Summary {
  return {
    metric: 'token F1',
    nb: nb?.f1 ?? null,
    ref: ref.f1,
    below05: { nb: nb?.below05 ?? null, ref: ref.below05 },
  };
}
