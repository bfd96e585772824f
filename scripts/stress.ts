/**
 * `npx tsx scripts/stress.ts [name ...]`: brief generated huge pages (10 MB, 200,000 elements, 10,000-deep
 * nesting, a 100,000-row table, one 5 MB text node, 50,000 links, …) and print, for each, the outcome, the time
 * and the heap. The same cases run as a hang and crash guard in test/unit/huge.test.ts; times are printed here,
 * never asserted. Run with `node --expose-gc --import tsx scripts/stress.ts` for heap figures after a collection.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { briefFromHtml } from '../utils/brief';
import { validateBrief } from '../utils/format';
import { BriefInputError, MAX_HTML_CHARS } from '../utils/extract/parse';

/** A paragraph sentence with commas and a full stop, ~100 characters, so that every <p> counts as prose. */
export const SENTENCE =
  'The council approved the plan after a long debate, and officials said work would start in spring. ';
const ARABIC = 'وافق المجلس على الخطة بعد نقاش طويل، وقال المسؤولون إن العمل سيبدأ في الربيع؛ فهل تكفي الميزانية؟ ';

/** Five ordinary paragraphs: enough prose for the page to be an article whatever else it holds. */
// Paragraphs are tagged "Part N", not "N.": numbered lines in a row are read as a numbered list.
export const PROSE = Array.from({ length: 5 }, (_, i) => `<p>Part ${i + 1}, ${SENTENCE.repeat(3)}</p>`).join('\n');

const page = (body: string, head = '<title>Stress page</title>') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

export interface StressCase {
  name: string;
  /** What the case is, in words. */
  about: string;
  html: () => string;
  /** Text that must appear in the brief when the case ends in a brief (first and last words kept). */
  keeps?: string[];
}

const rep = (n: number, f: (i: number) => string): string => {
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = f(i);
  return parts.join('');
};

export const STRESS_CASES: StressCase[] = [
  {
    name: 'page-10mb',
    about: '10 MB of article paragraphs (~19,000 <p>)',
    html: () => {
      const para = (i: number) => `<p>Paragraph ${i}: ${SENTENCE.repeat(5)}</p>\n`;
      const n = Math.ceil(10_000_000 / para(0).length);
      return page(`<article><h1>Ten megabytes</h1>${rep(n, para)}<p>LAST-PARAGRAPH ${SENTENCE}</p></article>`);
    },
    keeps: ['Paragraph 0:', 'LAST-PARAGRAPH'],
  },
  {
    name: 'page-over-limit',
    about: `one character over the parser's limit (${MAX_HTML_CHARS.toLocaleString('en')} characters)`,
    html: () => {
      const base = page(`<article>${PROSE}<p>PAD</p></article>`);
      return base.replace('PAD', 'x'.repeat(MAX_HTML_CHARS + 1 - (base.length - 'PAD'.length)));
    },
  },
  {
    name: 'nodes-200k',
    about: '200,000 elements: 100,000 paragraphs each with a <b> (over the 150,000-element walk limit)',
    html: () =>
      page(`<article>${rep(100_000, (i) => `<p>Part ${i}, ${SENTENCE.slice(0, 60)}<b>b</b>.</p>`)}</article>`),
    keeps: ['Part 0, The council'],
  },
  {
    name: 'deep-10k-around',
    about: 'the article inside 10,000 nested <div>s',
    html: () => page(`${'<div>'.repeat(10_000)}<article>${PROSE}</article>${'</div>'.repeat(10_000)}`),
    keeps: ['Part 1, The council', 'Part 5, The council'],
  },
  {
    name: 'deep-10k-blockquote',
    about: '10,000 nested <blockquote>s inside the article',
    html: () =>
      page(`<article>${PROSE}${'<blockquote>'.repeat(10_000)}DEEP-QUOTE${'</blockquote>'.repeat(10_000)}</article>`),
    keeps: ['Part 1, The council'],
  },
  {
    name: 'deep-10k-span',
    about: '10,000 nested <span>s inside a paragraph',
    html: () =>
      page(
        `<article>${PROSE}<p>${SENTENCE}${'<span>'.repeat(10_000)}DEEP-SPAN${'</span>'.repeat(10_000)}</p></article>`,
      ),
    keeps: ['Part 1, The council', 'DEEP-SPAN'],
  },
  {
    name: 'deep-10k-list',
    about: '10,000 nested <ul><li>s inside the article',
    html: () => page(`<article>${PROSE}${'<ul><li>item '.repeat(10_000)}${'</li></ul>'.repeat(10_000)}</article>`),
    keeps: ['Part 1, The council'],
  },
  {
    name: 'deep-10k-table',
    about: '10,000 nested tables (<table><tr><td>) inside the article',
    html: () =>
      page(`<article>${PROSE}${'<table><tr><td>cell '.repeat(10_000)}${'</td></tr></table>'.repeat(10_000)}</article>`),
    keeps: ['Part 1, The council'],
  },
  {
    name: 'nested-tables-5k',
    about: '5,000 nested one-cell tables with a little text in each (~325 KB), and nothing else',
    html: () =>
      page(`${'<table><tbody><tr><td>Nested cell text '.repeat(5_000)}${'</td></tr></tbody></table>'.repeat(5_000)}`),
  },
  {
    name: 'paragraphs-80k-6mb',
    about: '80,000 short paragraphs, 6.3 MB: within the snapshot limits, the slow page of the hostile-tab bench',
    html: () => {
      const text = 'Row of a very long page that nobody reads to the end, and then some more words. ';
      return page(`<main>${`<p>${text}</p>`.repeat(80_000)}</main>`);
    },
    keeps: ['Row of a very long page'],
  },
  {
    name: 'one-word-7mb',
    about: 'an article whose body is one word of 7,000,000 letters (the page that filled storage.session)',
    html: () => page(`<article><h1>One word</h1><p>${'w'.repeat(7_000_000)}</p></article>`),
  },
  {
    name: 'table-100k-rows',
    about: 'a table of 100,000 rows after the prose',
    html: () =>
      page(
        `<article>${PROSE}<table><thead><tr><th>Area</th><th>Pledge</th></tr></thead><tbody>${rep(
          100_000,
          (i) => `<tr><td>Area ${i}</td><td>Pledge ${i}</td></tr>`,
        )}</tbody></table></article>`,
      ),
    keeps: ['Part 1, The council'],
  },
  {
    name: 'text-node-5mb',
    about: 'one 5 MB text node (Arabic and Latin sentences, no markup inside)',
    html: () =>
      page(
        `<article><p>${(SENTENCE + ARABIC).repeat(Math.ceil(5_000_000 / (SENTENCE + ARABIC).length))}END-OF-NODE</p></article>`,
      ),
    keeps: ['The council', 'END-OF-NODE'],
  },
  {
    name: 'text-node-5mb-no-spaces',
    about: 'one 5 MB text node without a single space or punctuation mark',
    html: () => page(`<article>${PROSE}<p>${'x'.repeat(5_000_000)}</p></article>`),
  },
  {
    name: 'links-50k',
    about: '50,000 links after the prose',
    html: () =>
      page(
        `<article>${PROSE}<div class="links">${rep(50_000, (i) => `<a href="/story/${i}">Story ${i}</a> `)}</div></article>`,
      ),
    keeps: ['Part 1, The council'],
  },
];

export type StressOutcome =
  | { kind: 'brief'; isArticle: boolean; textChars: number; missing: string[]; valid: boolean }
  | { kind: 'too-large' }
  | { kind: 'other-error'; error: unknown };

/** Brief one generated page; any throw other than BriefInputError('too-large') is reported as other-error. */
export function runCase(c: StressCase, html = c.html()): StressOutcome {
  try {
    const brief = briefFromHtml(html, { url: 'https://stress.example/page' });
    const all = JSON.stringify(brief);
    return {
      kind: 'brief',
      isArticle: brief.isArticle,
      textChars: brief.text.length,
      missing: (c.keeps ?? []).filter((k) => !all.includes(k)),
      valid: validateBrief(brief),
    };
  } catch (error) {
    if (error instanceof BriefInputError && error.code === 'too-large') return { kind: 'too-large' };
    return { kind: 'other-error', error };
  }
}

function describeOutcome(o: StressOutcome): string {
  switch (o.kind) {
    case 'brief':
      return `brief (valid ${o.valid}, article ${o.isArticle}, ${o.textChars.toLocaleString('en')} text chars${
        o.missing.length ? `, MISSING ${o.missing.join(', ')}` : ''
      })`;
    case 'too-large':
      return 'BriefInputError too-large';
    default: {
      const e = o.error;
      return `ERROR ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    }
  }
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

function main(names: string[]): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  const cases = names.length ? STRESS_CASES.filter((c) => names.includes(c.name)) : STRESS_CASES;
  if (cases.length === 0) {
    process.stderr.write(`no such case; cases: ${STRESS_CASES.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  let failed = 0;
  for (const c of cases) {
    gc?.();
    const html = c.html();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const outcome = runCase(c, html);
    const ms = performance.now() - t0;
    const after = process.memoryUsage().heapUsed;
    if (outcome.kind === 'other-error' || (outcome.kind === 'brief' && (!outcome.valid || outcome.missing.length)))
      failed++;
    process.stdout.write(
      `${c.name.padEnd(24)} ${(html.length / 1e6).toFixed(1).padStart(5)}M chars  ${ms.toFixed(0).padStart(6)} ms  ` +
        `heap ${mb(heapBefore)} -> ${mb(after)} (rss ${mb(process.memoryUsage().rss)})  ${describeOutcome(outcome)}\n`,
    );
  }
  return failed ? 1 : 0;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  process.exitCode = main(process.argv.slice(2));
}
