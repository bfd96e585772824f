/** The table closing a run over several corpora: each corpus's headline figure and detection recall, per system. */
import { type Detection, f3, fmtWithInterval, tableRow } from './report';
import type { Summary } from './scorers/scorer';

export interface SummaryRow {
  corpus: string;
  pages: number;
  summary: Summary;
  detection: Detection;
}

export function printSummary(rows: readonly SummaryRow[], split: string) {
  console.log(`\n══ Summary, ${split} split ${'═'.repeat(60)}`);
  console.log(
    '  F1: snippet F1 (pooled) for trafilatura-eval, mean token F1 otherwise, with its bootstrap 95% interval;',
  );
  console.log('  F1 < 0.5: pages below it; detected: detection recall (pages called articles of those that are).\n');
  const row = tableRow([24, 6, 24, 24, 14, 13, 13]);
  row('', '', 'Newsbrief', 'Readability.js', 'F1 < 0.5', 'detected', 'detected');
  row('corpus', 'pages', 'F1 [95% interval]', 'F1 [95% interval]', 'NB / RD', 'NB', 'RD');
  for (const { corpus, pages, summary: s, detection: d } of rows) {
    const below = s.below05 ? `${s.below05.nb ?? 'n/a'} / ${s.below05.ref}` : '—';
    const share = (k: number | null) => (k === null ? 'n/a' : f3(d.articles ? k / d.articles : Number.NaN));
    row(corpus, String(pages), fmtWithInterval(s.nb), fmtWithInterval(s.ref), below, share(d.nb), share(d.ref));
  }
}
