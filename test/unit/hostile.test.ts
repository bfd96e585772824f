/**
 * Hostile pages (test/fixtures/hostile/*.html): scripts, event handlers, javascript:/data: URLs, SVG and MathML
 * parser tricks, hiding CSS, meta refresh, payloads in every field the brief reads, JSON-LD that breaks out of
 * its script or names prototype keys, Markdown injection and bidi overrides. Nothing may run, nothing may leak
 * into Object.prototype, every brief must keep the JSON contract, and every output format must keep page text
 * inert.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { briefLabels, briefProblems, toJson, toMarkdown, toPlainText, validateBrief } from '../../utils/format';
import { cleanLine } from '../../utils/format/text';
import type { Brief } from '../../utils/types';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'hostile');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
const PAGE_URL = 'https://news.example/2025/03/plan';

/**
 * What counts as one payload in a fixture. `__nbPwned(` marks code that a browser would run (script bodies,
 * handlers, javascript: URLs); the others are payloads meant to survive as text into an output format.
 */
const PAYLOAD_PATTERNS: [string, RegExp][] = [
  ['code that would run in a browser', /__nbPwned\(/g],
  ['markup or script as text', /(?:&lt;|&#0*60;|&#x0*3c;|＜)(?:script|img|svg|iframe|details|b |!--)/gi],
  ['alert() as text', /alert\(/g],
  ['Markdown link or image', /!?\[[^\]\n]*\]\((?:javascript|data|https?):/gi],
  ['Markdown block syntax at a line start', /<(?:p|h\d|li|td|th)>\s*(?:#|&gt;|\||-|\+|\*|\d+[.)]|```|~~~|\$\$|\[)/gi],
  [
    'control character reference',
    /&#(?:x0*[0-9a-f]|x0*1[0-9a-f]|x7f|x8[0-9a-f]|x9[0-9a-f]|0*[0-9]|0*[12][0-9]|0*3[01]|127);/gi,
  ],
  ['bidi control', /[\u202a-\u202e\u2066-\u2069]/g],
  ['prototype key', /__proto__|constructor\.prototype|"constructor"|"prototype"/g],
  ['meta refresh', /http-equiv="refresh"/gi],
];

/** Distinct payload sites in a page (a site matched by two patterns counts once). */
function payloadSites(html: string): number {
  const starts = new Set<number>();
  for (const [, re] of PAYLOAD_PATTERNS) for (const m of html.matchAll(re)) starts.add(m.index);
  return starts.size;
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown inertness, checked on the text itself (no Markdown renderer is installed).
// ---------------------------------------------------------------------------------------------------------------

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/** The Markdown with every backslash-escaped character replaced by a space: what is left is live syntax. */
function liveSyntax(md: string): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    const c = md[i]!;
    const next = md[i + 1];
    if (c === '\\' && next !== undefined && ASCII_PUNCT.test(next)) {
      out += '  ';
      i++;
    } else out += c;
  }
  return out;
}

/** The only raw HTML and autolinks the Markdown formatter may write itself. */
const ALLOWED_TAG = /^(?:<div dir="rtl"(?: lang="[a-z]{2,3}")?>|<\/div>|<br>|<https?:\/\/[^\s<>]+>)/;

function markdownProblems(md: string, brief: Brief): string[] {
  const problems: string[] = [];
  const live = liveSyntax(md);
  const liveLines = live.split('\n');
  const lines = md.split('\n');
  // Raw HTML and autolinks.
  for (const m of live.matchAll(/</g)) {
    const rest = live.slice(m.index, m.index + 200);
    if (!ALLOWED_TAG.test(rest)) problems.push(`raw "<" starts ${JSON.stringify(md.slice(m.index, m.index + 40))}`);
  }
  const url = liveLines.filter((l) => /<https?:/.test(l));
  if (url.length > 1) problems.push(`${url.length} autolinks (only the URL line may have one)`);
  if (url.length === 1 && !/^- \*\*[^*]+:\*\* <https?:\/\/[^\s<>]+>$/.test(url[0]!)) {
    problems.push(`autolink outside the URL line: ${url[0]}`);
  }
  // Links, images, reference definitions, footnotes.
  if (/[[\]]/.test(live)) problems.push('unescaped [ or ] (link, image, reference or footnote syntax)');
  if (/\]\((?:javascript|data|vbscript):/i.test(live)) problems.push('javascript:/data: link');
  // Code, math, strike-through, character references.
  if (/[`~$]/.test(live)) problems.push('unescaped ` ~ or $');
  if (/&#?[0-9A-Za-z]+;/.test(live)) problems.push('unescaped character reference');
  // Block syntax at line starts.
  liveLines.forEach((l, i) => {
    const raw = lines[i]!;
    if (/^>/.test(l)) problems.push(`block quote: ${raw}`);
    if (/^(?: {4}|\t)/.test(raw)) problems.push(`indented code: ${raw}`);
    if (/^(?:-{3,}|={3,}|\*{3,}|_{3,})\s*$/.test(l)) problems.push(`thematic break or setext underline: ${raw}`);
    if (l.includes('|') && !/^\| .* \|$/.test(l) && !/^\|( --- \|)+$/.test(l))
      problems.push(`stray table pipe: ${raw}`);
  });
  // Every heading line is the title, a section heading or one of the formatter's own labels.
  const L = briefLabels(brief);
  const allowed = new Set<string>(
    [brief.title, ...brief.sections.map((s) => s.heading)]
      .filter((s): s is string => typeof s === 'string')
      .map(cleanLine),
  );
  for (const v of Object.values(L)) if (typeof v === 'string') allowed.add(v);
  lines.forEach((raw, i) => {
    const h = /^(#{1,6}) (.*)$/.exec(raw);
    if (!h || !/^#/.test(liveLines[i]!)) return;
    const text = h[2]!.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    if (!allowed.has(text)) problems.push(`heading not from the brief: ${raw}`);
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

/** C0 and C1 control characters other than tab and newline. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** Every string in a brief, with its path. */
function strings(x: unknown, at = 'brief'): [string, string][] {
  if (typeof x === 'string') return [[at, x]];
  if (Array.isArray(x)) return x.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

const PROTOTYPES: [string, object][] = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
];
const snapshot = () => PROTOTYPES.map(([n, p]) => `${n}:${Reflect.ownKeys(p).map(String).sort().join(',')}`);

interface Trap {
  calls: string[];
}
const trap: Trap = { calls: [] };
const g = globalThis as Record<string, unknown>;
let before: string[] = [];
let payloadsTried = 0;

beforeAll(() => {
  before = snapshot();
  // If any payload ever ran, these would record it.
  g['__nbPwned'] = (...args: unknown[]) => void trap.calls.push(`__nbPwned(${args.map(String).join(',')})`);
  g['alert'] = (...args: unknown[]) => void trap.calls.push(`alert(${args.map(String).join(',')})`);
});

afterAll(() => {
  delete g['__nbPwned'];
  delete g['alert'];
  console.info(
    `hostile corpus: ${FILES.length} pages, ${payloadsTried} payload sites tried, ${trap.calls.length} executed`,
  );
});

describe('hostile pages', () => {
  it('has a corpus to run', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(FILES)('%s', (file) => {
    const html = readFileSync(path.join(DIR, file), 'utf8');
    let brief: Brief;

    beforeAll(() => {
      payloadsTried += payloadSites(html);
      brief = briefFromHtml(html, { url: PAGE_URL });
    });

    it('briefs without running anything or touching built-in prototypes', () => {
      expect(trap.calls).toEqual([]);
      expect(snapshot()).toEqual(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('keeps the JSON contract', () => {
      expect(briefProblems(brief)).toEqual([]);
      expect(validateBrief(brief)).toBe(true);
      expect(Object.getPrototypeOf(brief)).toBe(Object.prototype);
    });

    it('never turns script bodies, handlers or script URLs into brief text', () => {
      const leaked = strings(brief).filter(([, s]) => s.includes('__nbPwned'));
      expect(leaked).toEqual([]);
    });

    it('reports only an http(s) page address', () => {
      if (brief.url !== null) expect(new URL(brief.url).protocol).toMatch(/^https?:$/);
    });

    it('keeps bidi overrides and control characters out of the brief', () => {
      const bad = strings(brief).filter(([, s]) => BIDI_CONTROL.test(s) || CONTROL.test(s.replace(/\n/g, '')));
      expect(bad).toEqual([]);
    });

    it('Markdown: page text stays inert', () => {
      const md = toMarkdown(brief);
      expect(markdownProblems(md, brief)).toEqual([]);
      expect(md).not.toMatch(CONTROL);
      expect(md).not.toMatch(BIDI_CONTROL);
    });

    it('JSON parses back equal', () => {
      const json = toJson(brief);
      const back = JSON.parse(json) as unknown;
      expect(back).toEqual(brief);
      expect(validateBrief(back)).toBe(true);
      expect(Object.keys(back as object)).toEqual(Object.keys(brief));
    });

    it('plain text has no control characters', () => {
      const text = toPlainText(brief);
      expect(text).not.toMatch(CONTROL);
      expect(text).not.toMatch(BIDI_CONTROL);
    });
  });
});

describe('the Markdown checks themselves', () => {
  const base = briefFromHtml(readFileSync(path.join(DIR, FILES[0]!), 'utf8'), { url: PAGE_URL });
  it.each([
    ['raw tag', 'x <img src=x onerror=alert(1)> y'],
    ['link', '[a](javascript:alert(1))'],
    ['image', '![](http://t.example/p.gif)'],
    ['block quote', '> quoted'],
    ['stray pipe', 'a | b'],
    ['code', '`x`'],
    ['entity', '&lt;script&gt;'],
    ['heading', '## injected'],
  ])('catch %s', (_name, injected) => {
    const md = toMarkdown(base).replace(/\n$/, `\n\n${injected}\n`);
    expect(markdownProblems(md, base).length).toBeGreaterThan(0);
  });

  it('pass the formatter output for the same brief', () => {
    expect(markdownProblems(toMarkdown(base), base)).toEqual([]);
  });
});
