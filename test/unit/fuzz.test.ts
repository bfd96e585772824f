/**
 * Property tests of the whole pipeline with fast-check: random HTML trees (realistic tags, boilerplate and content
 * class names, Arabic and Latin text with ؛ ، ؟) and random mutations of the sample page (deleted, duplicated and
 * swapped substrings, cuts, inserted tags). briefFromHtml may refuse input only with BriefInputError; otherwise
 * its brief keeps the JSON contract and survives a JSON round trip.
 *
 * FUZZ_RUNS (default 10000) is the total number of cases, split between the properties; FUZZ_SEED (default a
 * constant) makes a run repeatable. Both are printed.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { briefProblems, toJson, toMarkdown, toPlainText } from '../../utils/format';
import { BriefInputError } from '../../utils/extract/parse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'pages', 'sample--seed-ar.html'), 'utf8');

const envInt = (name: string, fallback: number): number => {
  const v = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const TOTAL_RUNS = envInt('FUZZ_RUNS', 10_000);
const SEED = envInt('FUZZ_SEED', 20_250_314);
/** Mutations of the 30 KB sample cost ~25× a generated tree: they get a smaller share of the cases. */
const SAMPLE_SHARE = 0.06;
const SAMPLE_RUNS = Math.max(1, Math.round(TOTAL_RUNS * SAMPLE_SHARE));
const TREE_RUNS = Math.max(1, TOTAL_RUNS - SAMPLE_RUNS);
const counts = { trees: 0, mutations: 0, briefs: 0, articles: 0, inputErrors: 0 };
const started = performance.now();

/** The property: BriefInputError or a brief that keeps the contract, round-trips and formats. */
function checkPage(html: string): void {
  let brief;
  try {
    brief = briefFromHtml(html);
  } catch (e) {
    if (e instanceof BriefInputError) {
      counts.inputErrors++;
      return;
    }
    throw e;
  }
  counts.briefs++;
  if (brief.isArticle) counts.articles++;
  const problems = briefProblems(brief);
  if (problems.length > 0) throw new Error(`brief breaks the contract: ${problems.slice(0, 3).join('; ')}`);
  const back: unknown = JSON.parse(toJson(brief));
  expect(back).toEqual(brief);
  toMarkdown(brief);
  toPlainText(brief);
}

// ---------------------------------------------------------------------------------------------------------------
// Random HTML trees
// ---------------------------------------------------------------------------------------------------------------

const WORDS = [
  'المجلس',
  'الاتحاد',
  'الأوروبي',
  'ليبيا',
  'الأمن',
  'الحدود',
  'التزام',
  'خطوات',
  'دعم',
  'الانتخابات',
  'قال',
  'إن',
  'council',
  'plan',
  'Union',
  'border',
  'security',
  'steps',
  'support',
  'the',
  'said',
  'would',
  'commitment',
  '2025',
  '١٤',
  '٣',
  'مارس',
  'March',
  '14',
];
const PUNCT = ['؛', '،', '؟', '.', ',', ':', '!', '?', '«', '»', '"', '(', ')', '-', '—', '…', '&', '<', '>'];
const text = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 30 },
  )
  .map((ws) => ws.join(' '));

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

const CLASSES = [
  'content',
  'article-body',
  'entry-content',
  'post',
  'story',
  'text',
  'main',
  'byline',
  'author',
  'caption',
  'headline',
  'comments',
  'sidebar',
  'footer',
  'header',
  'nav',
  'menu',
  'related',
  'share',
  'social',
  'ad',
  'promo',
  'newsletter',
  'most-read',
  'widget',
  'breadcrumb',
  'cookie',
  'paywall',
  '__proto__',
  'constructor',
];
const attr = fc.oneof(
  fc.array(fc.constantFrom(...CLASSES), { minLength: 1, maxLength: 3 }).map((cs) => `class="${cs.join(' ')}"`),
  fc.constantFrom(...CLASSES).map((c) => `id="${c}"`),
  fc.constantFrom(
    'dir="rtl"',
    'dir="ltr"',
    'lang="ar"',
    'lang="en"',
    'hidden',
    'aria-hidden="true"',
    'style="display:none"',
    'role="navigation"',
    'role="main"',
    'role="table"',
    'itemprop="articleBody"',
    'href="javascript:void(0)"',
    'href="/x"',
    'onclick="x()"',
    'colspan="3"',
    'rowspan="0"',
    'colspan="99999"',
    'rowspan="-1"',
  ),
  text.map((t) => `title="${escapeAttr(t)}"`),
);

const CONTAINERS = [
  'div',
  'p',
  'span',
  'a',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'article',
  'section',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'time',
  'address',
  'form',
  'button',
  'svg',
  'noscript',
  'template',
];
const VOID = ['br', 'hr', 'img', 'input', 'meta', 'wbr'];

type Node = string;
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: text.map(escapeText) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...VOID), fc.array(attr, { maxLength: 2 }))
        .map(([t, a]) => `<${[t, ...a].join(' ')}>`),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('script', 'style'), text).map(([t, s]) => `<${t}>${s}</${t}>`) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...CONTAINERS),
          fc.array(attr, { maxLength: 3 }),
          fc.array(tie('node'), { maxLength: 6 }),
          fc.boolean(),
        )
        .map(([t, a, kids, close]) => `<${[t, ...a].join(' ')}>${kids.join('')}${close ? `</${t}>` : ''}`),
    },
  ),
}));

const head = fc
  .record({
    title: fc.option(text),
    og: fc.option(text),
    author: fc.option(text),
    date: fc.option(
      fc.constantFrom('2025-03-14', '2025-03-14T09:30:00+02:00', 'not a date', '١٤ مارس ٢٠٢٥', '9999-99-99'),
    ),
    ld: fc.option(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ '@type': 'NewsArticle', headline: v, author: v })),
    ),
    lang: fc.constantFrom('ar', 'en', '', 'xx-YY'),
  })
  .map(
    (h) =>
      `<html${h.lang ? ` lang="${h.lang}"` : ''}><head>${h.title !== null ? `<title>${escapeText(h.title)}</title>` : ''}` +
      (h.og !== null ? `<meta property="og:title" content="${escapeAttr(h.og)}">` : '') +
      (h.author !== null ? `<meta name="author" content="${escapeAttr(h.author)}">` : '') +
      (h.date !== null ? `<meta property="article:published_time" content="${h.date}">` : '') +
      (h.ld !== null ? `<script type="application/ld+json">${h.ld.replace(/</g, '\\u003c')}</script>` : '') +
      '</head>',
  );

const page = fc
  .tuple(head, fc.array(node, { minLength: 1, maxLength: 8 }))
  .map(([h, body]) => `${h}<body>${body.join('')}</body></html>`);

// ---------------------------------------------------------------------------------------------------------------
// Mutations of the sample page
// ---------------------------------------------------------------------------------------------------------------

type Mutation = (s: string) => string;
const at = (s: string, x: number) => (s.length === 0 ? 0 : Math.floor(x * s.length));
const frac = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(frac, fc.integer({ min: 1, max: 4000 })).map(
    ([x, n]): Mutation =>
      (s) =>
        s.slice(0, at(s, x)) + s.slice(at(s, x) + n),
  ),
  fc.tuple(frac, fc.integer({ min: 1, max: 4000 })).map(([x, n]): Mutation => (s) => {
    const i = at(s, x);
    return s.slice(0, i + n) + s.slice(i, i + n) + s.slice(i + n);
  }),
  fc.tuple(frac, frac, fc.integer({ min: 1, max: 2000 })).map(([x, y, n]): Mutation => (s) => {
    const [i, j] = [at(s, Math.min(x, y)), at(s, Math.max(x, y))];
    if (j - i < n) return s;
    return s.slice(0, i) + s.slice(j - n, j) + s.slice(i + n, j - n) + s.slice(i, i + n) + s.slice(j);
  }),
  frac.map(
    (x): Mutation =>
      (s) =>
        s.slice(0, at(s, x)),
  ),
  fc
    .tuple(
      frac,
      fc.constantFrom(
        ...CONTAINERS,
        ...VOID,
        'script',
        'style',
        'table',
        'html',
        'body',
        'head',
        '!--',
        '/p',
        '/table',
        '/div',
        '![CDATA[',
      ),
      fc.boolean(),
    )
    .map(([x, t, close]): Mutation => (s) => {
      const i = at(s, x);
      return `${s.slice(0, i)}<${t}${close ? '>' : ' '}${s.slice(i)}`;
    }),
);
const mutated = fc.array(mutation, { minLength: 1, maxLength: 6 }).map((ms) => ms.reduce((s, m) => m(s), SAMPLE));

describe('fuzz: briefFromHtml', () => {
  afterAll(() => {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `fuzz: seed ${SEED}, ${counts.trees} random trees + ${counts.mutations} sample mutations = ` +
        `${counts.trees + counts.mutations} cases (FUZZ_RUNS ${TOTAL_RUNS}); ${counts.briefs} briefs ` +
        `(${counts.articles} articles), ${counts.inputErrors} BriefInputError; ${secs} s`,
    );
  });

  it('random HTML trees: BriefInputError or a valid brief', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(page, (html) => {
        counts.trees++;
        checkPage(html);
      }),
      { numRuns: TREE_RUNS, seed: SEED },
    );
  });

  it('mutations of the sample page: BriefInputError or a valid brief', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(mutated, (html) => {
        counts.mutations++;
        checkPage(html);
      }),
      { numRuns: SAMPLE_RUNS, seed: SEED + 1 },
    );
  });

  it('the property can fail', () => {
    expect(() => checkPage('<html><body><p>x</p></body></html>')).not.toThrow();
    // A thrown non-input error is a failure of the property.
    expect(() =>
      fc.assert(
        fc.property(fc.constant(''), () => {
          throw new TypeError('boom');
        }),
        { numRuns: 1 },
      ),
    ).toThrow(/Property failed/);
  });
});
