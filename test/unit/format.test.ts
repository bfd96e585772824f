import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORMATS,
  assertBrief,
  briefProblems,
  formatBrief,
  mdInline,
  mdTable,
  orderedBrief,
  toJson,
  toJsonLine,
  toMarkdown,
  toPlainText,
  validateBrief,
} from '../../utils/format';
import { BRIEF_FIELDS, SCHEMA_VERSION, type Brief } from '../../utils/types';
import { withParts } from '../paragraph-parts';

function brief(over: Partial<Brief> = {}): Brief {
  return {
    schema: SCHEMA_VERSION,
    url: 'https://news.example/world/2025/talks',
    isArticle: true,
    title: 'Talks in Tripoli',
    byline: 'Jane Roe',
    published: '2025-09-16T14:35:00+02:00',
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    lede: 'Envoys met on Tuesday.',
    sections: [
      { heading: 'Security first', level: 2, ...withParts(['Border security led the agenda.']) },
      { heading: 'Elections', level: 2, ...withParts(['A vote date was discussed.', 'No date was set.']) },
    ],
    keyPoints: ['Border security', 'Elections'],
    lists: [{ leadIn: 'Next steps:', kind: 'steps', ordered: false, items: ['Train units.', 'Fund centres.'] }],
    tables: [{ caption: null, headers: ['Area', 'Pledge'], rows: [['Borders', 'Funding']] }],
    commitments: [
      {
        actor: 'the EU',
        commitment: 'Funding',
        area: 'Borders',
        source: 'table',
        evidence: 'Borders | Funding',
        when: null,
        amount: null,
      },
    ],
    closing: 'A new phase begins.',
    flags: [{ kind: 'no-byline', message: 'No byline found.', values: [] }],
    text: 'Envoys met on Tuesday.\n\nBorder security led the agenda.',
    ...over,
  };
}

const ARABIC = brief({
  url: 'https://news.example/ar/1',
  title: 'خطوة مرتقبة.. نائب القائد يناقش قضايا ليبيا',
  byline: 'محمود عبد السلام',
  siteName: 'أخبار المدار',
  lang: 'ar',
  dir: 'rtl',
  lede: 'بحث نائب القائد العام مع سفير الاتحاد الأوروبي.',
  sections: [
    { heading: 'أهداف النقاش الرئيسية', level: 2, ...withParts(['ركز البحث على عدة محاور.']) },
    { heading: 'الدور الأوروبي', level: 2, ...withParts(['أظهر البحث دور الاتحاد.']) },
    { heading: 'التحديات المرتبطة', level: 2, ...withParts(['واجه البحث تحديات عديدة.']) },
  ],
  keyPoints: ['تعزيز التعاون الأمني'],
  lists: [
    {
      leadIn: 'إليك خطوات أساسية يمكن اتباعها:',
      kind: 'steps',
      ordered: false,
      items: ['تعزيز البرامج.', 'توسيع الدعم.'],
    },
  ],
  tables: [
    {
      caption: null,
      headers: ['المحور الرئيسي', 'التزام الاتحاد الأوروبي'],
      rows: [['الأمن الحدودي', 'تمويل مراكز المراقبة']],
    },
  ],
  commitments: [
    {
      actor: 'الاتحاد الأوروبي',
      commitment: 'تمويل مراكز المراقبة',
      area: 'الأمن الحدودي',
      source: 'table',
      evidence: 'الأمن الحدودي | تمويل مراكز المراقبة',
      when: null,
      amount: null,
    },
  ],
  closing: 'يُشير هذا اللقاء إلى بداية مرحلة جديدة.',
  flags: [{ kind: 'name-variants', message: 'The name is spelled two ways.', values: ['صدام حفتر', 'سعدام حفتر'] }],
});

/** Lines of Markdown that a renderer would treat as syntax other than a plain paragraph. */
function blockSyntaxLines(md: string): string[] {
  return md.split('\n').filter((l) => /^(#{1,6} |[-+*] |\d+[.)] |>|```|~~~|<|\||[-=*_]{3,}\s*$)/.test(l));
}

describe('mdInline', () => {
  it('escapes link, image and HTML syntax so page text stays text', () => {
    const out = mdInline('see [x](javascript:alert(1)) and ![i](http://t/p.png) <img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/(^|[^\\])\[/);
    expect(out).not.toMatch(/(^|[^\\])</);
    expect(out).toContain('\\[x\\](javascript:alert(1))');
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('escapes line-start block syntax: headings, lists, quotes, rules, fences', () => {
    expect(mdInline('# heading')).toBe('\\# heading');
    expect(mdInline('- item')).toBe('\\- item');
    expect(mdInline('+ item')).toBe('\\+ item');
    expect(mdInline('12. item')).toBe('12\\. item');
    expect(mdInline('3) item')).toBe('3\\) item');
    expect(mdInline('> quote')).toBe('\\> quote');
    expect(mdInline('---')).toBe('\\---');
    expect(mdInline('```js')).toBe('\\`\\`\\`js');
  });

  it('escapes backslashes, backticks, emphasis, pipes, tildes, math and entities', () => {
    expect(mdInline('a\\*b*')).toBe('a\\\\\\*b\\*');
    expect(mdInline('`code`')).toBe('\\`code\\`');
    expect(mdInline('_a_ ~~b~~ a|b $5 and $6')).toBe('\\_a\\_ \\~\\~b\\~\\~ a\\|b \\$5 and \\$6');
    expect(mdInline('&lt;script&gt; &#106; AT&T')).toBe('\\&lt;script\\&gt; \\&\\#106; AT&T');
  });

  it('collapses newlines so text cannot open a new block', () => {
    expect(mdInline('one\n# two\n\n- three')).toBe('one \\# two - three');
  });

  it('removes control characters', () => {
    expect(mdInline('a\u001b[31mred\u0007')).toBe('a \\[31mred');
  });

  it('leaves ordinary Arabic and English text readable', () => {
    expect(mdInline('بحث نائب القائد العام؛ حيث ركز النقاش.')).toBe('بحث نائب القائد العام؛ حيث ركز النقاش.');
    expect(mdInline('The U.S. pledged 5 million euros (about 5.4m dollars).')).toBe(
      'The U.S. pledged 5 million euros (about 5.4m dollars).',
    );
  });
});

describe('mdTable', () => {
  it('escapes pipes and backslashes in cells and turns newlines into <br>', () => {
    const t = mdTable(['a|b', 'c\\d'], [['line one\nline two', 'x | y']]);
    const lines = t.split('\n');
    expect(lines[0]).toBe('| a\\|b | c\\\\d |');
    expect(lines[1]).toBe('| --- | --- |');
    expect(lines[2]).toBe('| line one<br>line two | x \\| y |');
    // Every row has exactly width + 1 unescaped pipes.
    for (const l of lines) expect(l.match(/(?<!\\)\|/g)).toHaveLength(3);
  });

  it('writes a header row even with no headers and pads ragged rows', () => {
    const t = mdTable([], [['a'], ['b', 'c', 'd']]);
    expect(t.split('\n')).toEqual(['|  |  |  |', '| --- | --- | --- |', '| a |  |  |', '| b | c | d |']);
  });

  it('keeps hostile HTML in cells inert', () => {
    const t = mdTable(['h'], [['<img src=x onerror=alert(1)>']]);
    expect(t).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});

describe('toMarkdown', () => {
  it('writes title, metadata, lede, sections in order, lists, tables, commitments, closing and flags', () => {
    const md = toMarkdown(brief());
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Talks in Tripoli');
    expect(md).toContain('- **By:** Jane Roe');
    expect(md).toContain('- **URL:** <https://news.example/world/2025/talks>');
    expect(md).toContain('- **Language:** en (left to right)');
    const headings = lines.filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Security first',
      '## Elections',
      '## Key points',
      '## Steps',
      '## Tables',
      '## Commitments',
      '## Closing',
      '## Notes on quality',
    ]);
    expect(md).toContain('Next steps:\n\n1. Train units.\n2. Fund centres.');
    expect(md).toContain('| Area | Pledge |\n| --- | --- |\n| Borders | Funding |');
    expect(md).toContain('| Actor | Area | Commitment |\n| --- | --- | --- |\n| the EU | Borders | Funding |');
    expect(md).toContain('- No byline found.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it("shows lists and tables inside their sections, in the article's order (schema 2)", () => {
    const b = brief();
    b.sections[1]!.parts = [
      { kind: 'paragraph', index: 0 },
      { kind: 'list', index: 0 },
      { kind: 'table', index: 0 },
      { kind: 'paragraph', index: 1 },
    ];
    const md = toMarkdown(b);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).not.toContain('## Steps');
    expect(headings).not.toContain('## Tables');
    const order = [
      '## Elections',
      'A vote date was discussed.',
      'Next steps:',
      '1. Train units.',
      '| Borders |',
      'No date',
    ];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(md.indexOf('## Key points')).toBeGreaterThan(md.indexOf('No date'));
    const text = toPlainText(b);
    expect(text.indexOf('Next steps:\n1. Train units.')).toBeGreaterThan(text.indexOf('A vote date'));
    expect(text.indexOf('Next steps:')).toBeLessThan(text.indexOf('No date was set.'));
    expect(text).not.toContain('Steps\n-----');
  });

  it('leaves out a section that shows nothing (its only paragraph is the closing)', () => {
    const b = brief();
    b.sections.push({ heading: 'What next', level: 2, paragraphs: [], parts: [] });
    for (const out of [toMarkdown(b), toPlainText(b)]) expect(out).not.toContain('What next');
  });

  it('keeps section levels (never above ##) and paragraphs without a heading', () => {
    const md = toMarkdown(
      brief({
        sections: [
          { heading: null, level: 0, ...withParts(['Before any heading.']) },
          { heading: 'Deep', level: 4, ...withParts(['Under h4.']) },
          { heading: 'Top', level: 1, ...withParts(['Top text.']) },
        ],
      }),
    );
    expect(md).toContain('\n\nBefore any heading.\n\n#### Deep\n\nUnder h4.\n\n## Top\n\nTop text.\n');
  });

  it('prints lede, closing and list lead-ins once even when sections repeat them', () => {
    const b = brief();
    b.sections = [{ heading: 'S', level: 2, ...withParts([b.lede!, 'Body.', b.lists[0]!.leadIn!, b.closing!]) }];
    const md = toMarkdown(b);
    for (const p of [b.lede!, b.closing!, b.lists[0]!.leadIn!]) expect(md.split(p)).toHaveLength(2);
    expect(md).toContain('Body.');
  });

  it('makes hostile page text inert everywhere', () => {
    const evil = '[x](javascript:alert(1)) <img src=x onerror=alert(1)> `code`';
    const md = toMarkdown(
      brief({
        title: `# ${evil}`,
        byline: `[me](javascript:alert(1))`,
        siteName: '<script>alert(1)</script>',
        lede: `# Not a heading ${evil}`,
        sections: [
          { heading: `![img](http://t/x.png)`, level: 2, ...withParts(['- not a list', '> not a quote', evil]) },
        ],
        keyPoints: ['```', '1. nested'],
        lists: [{ leadIn: '---', kind: 'bullets', ordered: false, items: ['<b>x</b>', '[a]: http://ref'] }],
        tables: [{ caption: '| caption |', headers: ['<i>h</i>'], rows: [[evil]] }],
        commitments: [
          {
            actor: '[a](b)',
            area: null,
            commitment: '<u>c</u>',
            source: 'prose',
            evidence: 'e',
            when: '**',
            amount: '<i>',
          },
        ],
        closing: '=====',
        flags: [{ kind: 'repeated-heading-phrase', message: '<svg onload=alert(1)>', values: [] }],
      }),
    );
    // No unescaped "[", "<" or backtick from page text anywhere.
    expect(md).not.toMatch(/(^|[^\\])\[/m);
    expect(md).not.toMatch(/(^|[^\\])`/m);
    expect(md.replace(/<br>|<https:\/\/news\.example\/world\/2025\/talks>/g, '')).not.toMatch(/(^|[^\\])</m);
    // The only lines with block syntax are the ones the formatter writes itself.
    for (const l of blockSyntaxLines(md)) {
      expect(l).toMatch(/^(# \\#|## |#### |- \*\*|- |\d+\. |\| )/);
    }
    expect(md).toContain('# \\# \\[x\\]');
    expect(md).toContain('\n\\- not a list\n');
    expect(md).toContain('\n\\> not a quote\n');
    expect(md).toContain('\n\\=====\n');
    expect(md).toContain('\n\\---\n');
  });

  it('links only http(s) URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'not a url']) {
      const md = toMarkdown(brief({ url }));
      expect(md).not.toContain(url);
      expect(md).not.toMatch(/\*\*URL:\*\*/);
    }
    const md = toMarkdown(brief({ url: 'https://news.example/a b|c>d' }));
    expect(md).toContain('<https://news.example/a%20b%7Cc%3Ed>');
  });

  it('wraps right-to-left briefs in a dir="rtl" block that keeps Markdown rendering', () => {
    const md = toMarkdown(ARABIC);
    expect(md.startsWith('<div dir="rtl" lang="ar">\n\n# ')).toBe(true);
    expect(md.endsWith('\n\n</div>\n')).toBe(true);
    expect(toMarkdown(brief())).not.toContain('dir=');
    expect(toMarkdown(brief()).startsWith('# ')).toBe(true);
  });

  it('uses Arabic labels for Arabic briefs and keeps the article headings in order', () => {
    const md = toMarkdown(ARABIC);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## أهداف النقاش الرئيسية',
      '## الدور الأوروبي',
      '## التحديات المرتبطة',
      '## نقاط رئيسية',
      '## الخطوات',
      '## الجداول',
      '## الالتزامات',
      '## الخاتمة',
      '## ملاحظات على الجودة',
    ]);
    expect(md).toContain('| المحور الرئيسي | التزام الاتحاد الأوروبي |');
    expect(md).toContain('| الجهة | المحور | الالتزام |');
    expect(md).toContain('- **الكاتب:** محمود عبد السلام');
    expect(md).toContain('صدام حفتر / سعدام حفتر');
    expect(md).not.toMatch(/Key points|Steps|Commitments/);
  });
});

describe('toPlainText', () => {
  it('writes a readable brief with numbered steps and " | " table rows', () => {
    const t = toPlainText(brief());
    expect(t.startsWith('Talks in Tripoli\n================\n\nBy: Jane Roe\n')).toBe(true);
    expect(t).toContain('URL: https://news.example/world/2025/talks');
    expect(t).toContain('Security first\n--------------\n\nBorder security led the agenda.');
    expect(t).toContain('Next steps:\n1. Train units.\n2. Fund centres.');
    expect(t).toContain('Area | Pledge\n');
    expect(t).toContain('Borders | Funding');
    expect(t).toContain('the EU | Borders | Funding');
    expect(t).toContain('- Border security\n- Elections');
    expect(t).toContain('A new phase begins.');
    expect(t).not.toMatch(/[#*`]/);
  });

  it('uses Arabic labels for Arabic briefs and strips control characters', () => {
    const t = toPlainText({ ...ARABIC, lede: 'نص\u001b[2J آخر' });
    expect(t).toContain('الخطوات');
    expect(t).toContain('1. تعزيز البرامج.');
    expect(t).toContain('نص [2J آخر');
    expect(t).not.toContain('\u001b');
  });
});

describe('toJson', () => {
  it('writes the contract fields in BRIEF_FIELDS order', () => {
    const parsed = JSON.parse(toJson(brief())) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([...BRIEF_FIELDS]);
    expect(validateBrief(parsed)).toBe(true);
  });

  it('orders fields even when the input object has them in another order', () => {
    const b = brief();
    const shuffled = Object.fromEntries(Object.entries(b).reverse()) as unknown as Brief;
    expect(Object.keys(JSON.parse(toJson(shuffled)) as object)).toEqual([...BRIEF_FIELDS]);
    expect(toJson(shuffled)).toBe(toJson(b));
  });

  it('fills absent values with null or [] and drops extra keys, nested ones too', () => {
    const partial = {
      schema: SCHEMA_VERSION,
      isArticle: true,
      dir: 'rtl',
      title: 'T',
      extra: 'x',
      sections: [{ heading: 'H', level: 2, ...withParts(['p']), html: '<p>p</p>' }],
    } as unknown as Brief;
    const parsed = JSON.parse(toJson(partial)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([...BRIEF_FIELDS]);
    expect(parsed).toMatchObject({
      url: null,
      byline: null,
      published: null,
      siteName: null,
      lang: null,
      lede: null,
      closing: null,
      keyPoints: [],
      lists: [],
      tables: [],
      commitments: [],
      flags: [],
      text: '',
      dir: 'rtl',
    });
    expect(parsed).not.toHaveProperty('extra');
    expect(parsed.sections).toEqual([{ heading: 'H', level: 2, ...withParts(['p']) }]);
    expect(validateBrief(parsed)).toBe(true);
  });

  it('is pretty-printed; toJsonLine is one line with leading fields first', () => {
    expect(toJson(brief())).toContain('\n  "schema": 2,\n');
    const line = toJsonLine(brief(), { file: 'a.html' });
    expect(line).not.toContain('\n');
    expect(Object.keys(JSON.parse(line) as object)).toEqual(['file', ...BRIEF_FIELDS]);
  });

  it('does not mutate its input', () => {
    const b = brief();
    const before = JSON.stringify(b);
    orderedBrief(b);
    toMarkdown(b);
    toPlainText(b);
    expect(JSON.stringify(b)).toBe(before);
  });
});

describe('validateBrief', () => {
  it('accepts a complete brief', () => {
    expect(validateBrief(brief())).toBe(true);
    expect(validateBrief(ARABIC)).toBe(true);
    expect(() => assertBrief(brief())).not.toThrow();
  });

  it('rejects non-objects', () => {
    for (const x of [null, undefined, 1, 'brief', [], true]) expect(validateBrief(x)).toBe(false);
  });

  it('rejects every missing top-level field', () => {
    for (const f of BRIEF_FIELDS) {
      const b: Record<string, unknown> = { ...brief() };
      delete b[f];
      expect(briefProblems(b)).toContain(`brief.${f}: missing`);
    }
  });

  it('rejects extra fields at the top and nested', () => {
    expect(briefProblems({ ...brief(), html: '<p>' })).toEqual(['brief.html: unexpected field']);
    const b = brief();
    (b.tables[0] as unknown as Record<string, unknown>).html = 'x';
    expect(briefProblems(b)).toEqual(['brief.tables[0].html: unexpected field']);
  });

  it.each<[string, (b: Record<string, unknown>) => void, string]>([
    [
      'schema version',
      (b) => {
        b.schema = 1;
      },
      'brief.schema',
    ],
    [
      'section part out of range',
      (b) => {
        b.sections = [{ heading: 'h', level: 2, paragraphs: ['p'], parts: [{ kind: 'list', index: 5 }] }];
      },
      'brief.sections[0].parts[0].index',
    ],
    [
      'section part kind',
      (b) => {
        b.sections = [{ heading: 'h', level: 2, paragraphs: ['p'], parts: [{ kind: 'quote', index: 0 }] }];
      },
      'brief.sections[0].parts[0].kind',
    ],
    [
      'url type',
      (b) => {
        b.url = 5;
      },
      'brief.url',
    ],
    [
      'isArticle type',
      (b) => {
        b.isArticle = 'yes';
      },
      'brief.isArticle',
    ],
    [
      'published format',
      (b) => {
        b.published = '16 September 2025';
      },
      'brief.published',
    ],
    [
      'lang format',
      (b) => {
        b.lang = 'Arabic';
      },
      'brief.lang',
    ],
    [
      'dir value',
      (b) => {
        b.dir = 'auto';
      },
      'brief.dir',
    ],
    [
      'sections type',
      (b) => {
        b.sections = {};
      },
      'brief.sections',
    ],
    [
      'section level',
      (b) => {
        (b.sections as Record<string, unknown>[])[0]!.level = 0;
      },
      'brief.sections[0].level',
    ],
    [
      'null heading level',
      (b) => {
        b.sections = [{ heading: null, level: 2, ...withParts([]) }];
      },
      'brief.sections[0].level',
    ],
    [
      'paragraph type',
      (b) => {
        b.sections = [{ heading: 'h', level: 2, paragraphs: [1], parts: [] }];
      },
      'brief.sections[0].paragraphs[0]',
    ],
    [
      'key point type',
      (b) => {
        b.keyPoints = [null];
      },
      'brief.keyPoints[0]',
    ],
    [
      'list kind',
      (b) => {
        (b.lists as Record<string, unknown>[])[0]!.kind = 'numbered';
      },
      'brief.lists[0].kind',
    ],
    [
      'list ordered',
      (b) => {
        (b.lists as Record<string, unknown>[])[0]!.ordered = 1;
      },
      'brief.lists[0].ordered',
    ],
    [
      'table row type',
      (b) => {
        (b.tables as Record<string, unknown>[])[0]!.rows = ['a'];
      },
      'brief.tables[0].rows[0]',
    ],
    [
      'table cell type',
      (b) => {
        (b.tables as Record<string, unknown>[])[0]!.rows = [[1]];
      },
      'brief.tables[0].rows[0][0]',
    ],
    [
      'commitment source',
      (b) => {
        (b.commitments as Record<string, unknown>[])[0]!.source = 'web';
      },
      'brief.commitments[0].source',
    ],
    [
      'commitment text',
      (b) => {
        (b.commitments as Record<string, unknown>[])[0]!.commitment = null;
      },
      'brief.commitments[0].commitment',
    ],
    [
      'flag kind',
      (b) => {
        (b.flags as Record<string, unknown>[])[0]!.kind = 'other';
      },
      'brief.flags[0].kind',
    ],
    [
      'flag values',
      (b) => {
        (b.flags as Record<string, unknown>[])[0]!.values = 'x';
      },
      'brief.flags[0].values',
    ],
    [
      'text type',
      (b) => {
        b.text = null;
      },
      'brief.text',
    ],
    [
      'nested non-object',
      (b) => {
        b.lists = ['x'];
      },
      'brief.lists[0]',
    ],
  ])('rejects a wrong %s', (_name, mutate, path) => {
    const b = JSON.parse(JSON.stringify(brief())) as Record<string, unknown>;
    mutate(b);
    const problems = briefProblems(b);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith(path))).toBe(true);
    expect(() => assertBrief(b)).toThrow(TypeError);
  });
});

describe('FORMATS registry', () => {
  it('lists each format once, and formatBrief uses it', () => {
    expect(FORMATS.map((f) => f.id)).toEqual(['md', 'json', 'text']);
    expect(new Set(FORMATS.map((f) => f.extension)).size).toBe(FORMATS.length);
    const b = brief();
    expect(formatBrief(b, 'md')).toBe(toMarkdown(b));
    expect(formatBrief(b, 'json')).toBe(toJson(b));
    expect(formatBrief(b, 'text')).toBe(toPlainText(b));
  });
});

// Fixed seed so a run is reproducible; FUZZ_SEED and FUZZ_RUNS explore further (see fuzz.test.ts).
const PROPERTY_SEED = Number(process.env.FUZZ_SEED ?? 20_250_314);
const PROPERTY_RUNS = Math.max(100, Math.floor(Number(process.env.FUZZ_RUNS ?? 1000) / 10));

describe('properties', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(
      '[x](javascript:alert(1))',
      '<img src=x onerror=alert(1)>',
      '# h',
      '1. a',
      '- b',
      '\\',
      '`',
      '|',
      '&amp;',
    ),
    fc
      .array(
        fc.constantFrom(
          '[',
          ']',
          '(',
          ')',
          '<',
          '>',
          '#',
          '-',
          '1',
          '.',
          '\\',
          '`',
          '|',
          '*',
          '_',
          '&',
          ';',
          ' ',
          '\n',
          'a',
          'ب',
        ),
        { maxLength: 30 },
      )
      .map((a) => a.join('')),
  );

  it('mdInline leaves no unescaped Markdown syntax and no line breaks', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = mdInline(s);
        expect(out).not.toMatch(/[\r\n]/);
        // An escaped pair is inert; it becomes a space so the characters around it are not glued together.
        const bare = out.replace(/\\[\s\S]/g, ' ');
        expect(bare).not.toMatch(/[\\`*_[\]<>#|~$]/);
        expect(bare).not.toMatch(/&#?[0-9A-Za-z]+;/);
        expect(out).not.toMatch(/^([-+=]|\d+[.)])/);
      }),
      { numRuns: PROPERTY_RUNS, seed: PROPERTY_SEED },
    );
  });

  const nullable = fc.option(text, { nil: null });
  const arbBrief: fc.Arbitrary<Brief> = fc.record({
    schema: fc.constant(SCHEMA_VERSION),
    url: nullable,
    isArticle: fc.boolean(),
    title: nullable,
    byline: nullable,
    published: fc.option(fc.constantFrom('2025-03-14', '2025-03-14T09:30:00Z', '2025-03-14T09:30:00+02:00'), {
      nil: null,
    }),
    siteName: nullable,
    lang: fc.option(fc.constantFrom('ar', 'en', 'de'), { nil: null }),
    dir: fc.constantFrom('ltr' as const, 'rtl' as const),
    lede: nullable,
    sections: fc.array(
      fc
        .oneof(
          fc.record({
            heading: text,
            level: fc.integer({ min: 2, max: 6 }),
            paragraphs: fc.array(text, { maxLength: 3 }),
          }),
          fc.record({
            heading: fc.constant(null),
            level: fc.constant(0),
            paragraphs: fc.array(text, { maxLength: 3 }),
          }),
        )
        .map((s) => ({ ...s, ...withParts(s.paragraphs) })),
      { maxLength: 4 },
    ),
    keyPoints: fc.array(text, { maxLength: 3 }),
    lists: fc.array(
      fc.record({
        leadIn: nullable,
        kind: fc.constantFrom('steps' as const, 'bullets' as const),
        ordered: fc.boolean(),
        items: fc.array(text, { maxLength: 4 }),
      }),
      { maxLength: 2 },
    ),
    tables: fc.array(
      fc.record({
        caption: nullable,
        headers: fc.array(text, { maxLength: 3 }),
        rows: fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 3 }),
      }),
      { maxLength: 2 },
    ),
    commitments: fc.array(
      fc.record({
        actor: nullable,
        commitment: text,
        area: nullable,
        source: fc.constantFrom('table' as const, 'prose' as const),
        evidence: text,
        when: nullable,
        amount: nullable,
      }),
      { maxLength: 2 },
    ),
    closing: nullable,
    flags: fc.array(
      fc.record({
        kind: fc.constantFrom(
          'name-variants' as const,
          'no-byline' as const,
          'no-date' as const,
          'repeated-heading-phrase' as const,
        ),
        message: text,
        values: fc.array(text, { maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
    text: text,
  });

  it('every brief survives JSON and passes validation; formatters never throw', () => {
    fc.assert(
      fc.property(arbBrief, (b) => {
        const parsed = JSON.parse(toJson(b)) as unknown;
        expect(briefProblems(parsed)).toEqual([]);
        expect(parsed).toEqual(b);
        const md = toMarkdown(b);
        expect(md.startsWith('<div dir="rtl"')).toBe(b.dir === 'rtl');
        // Every GFM table row the formatter writes has as many unescaped pipes as its header row.
        for (const block of md
          .trimEnd()
          .split('\n\n')
          .filter((x) => x.startsWith('| '))) {
          const counts = block.split('\n').map((l) => l.replace(/\\[\s\S]/g, '').split('|').length);
          expect(new Set(counts).size).toBe(1);
        }
        expect(toPlainText(b)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
      { numRuns: 200, seed: PROPERTY_SEED + 1 },
    );
  });
});
