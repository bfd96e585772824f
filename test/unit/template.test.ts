/**
 * utils/format/template.ts: the Markdown note with YAML front matter, its templates and variables, and the file
 * name made from the title.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATES,
  fillTemplate,
  parseTags,
  safeFileName,
  templateValues,
  toMarkdownNote,
} from '../../utils/format/template';
import { toMarkdown } from '../../utils/format/markdown';
import { SCHEMA_VERSION, type Brief } from '../../utils/types';

const SAVED = new Date('2026-01-02T10:00:00Z');

function brief(over: Partial<Brief> = {}): Brief {
  return {
    schema: SCHEMA_VERSION,
    url: 'https://news.example/ar/1',
    isArticle: true,
    title: 'خطوة مرتقبة.. نائب القائد يناقش قضايا ليبيا',
    byline: 'محمود عبد السلام',
    published: '2025-09-16T14:35:00+02:00',
    siteName: 'أخبار المدار',
    lang: 'ar',
    dir: 'rtl',
    lede: 'بحث نائب القائد العام.',
    sections: [],
    keyPoints: [],
    lists: [],
    tables: [],
    commitments: [],
    closing: null,
    flags: [],
    text: 'بحث نائب القائد العام.',
    ...over,
  };
}

/** The front matter's lines between the two `---`, as key → raw value. */
function frontMatter(note: string): Map<string, string> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(note);
  expect(m, note).not.toBeNull();
  return new Map(
    m![1]!.split('\n').map((line) => {
      const at = line.indexOf(': ');
      return [line.slice(0, at), line.slice(at + 2)] as [string, string];
    }),
  );
}

describe('toMarkdownNote with the default templates', () => {
  it('writes the front matter fields (title, url, byline, published, site, lang, dir, tags), then the brief', () => {
    const { text, unknown } = toMarkdownNote(brief(), DEFAULT_TEMPLATES, SAVED);
    expect(unknown).toEqual([]);
    const fm = frontMatter(text);
    expect([...fm.keys()]).toEqual(['title', 'url', 'byline', 'published', 'site', 'lang', 'dir', 'tags']);
    expect(JSON.parse(fm.get('title')!)).toBe('خطوة مرتقبة.. نائب القائد يناقش قضايا ليبيا');
    expect(JSON.parse(fm.get('url')!)).toBe('https://news.example/ar/1');
    expect(fm.get('published')).toBe('2025-09-16T14:35:00+02:00');
    expect(fm.get('lang')).toBe('ar');
    expect(fm.get('dir')).toBe('rtl');
    expect(fm.get('tags')).toBe('["news"]');
    expect(text.endsWith(toMarkdown(brief()))).toBe(true);
  });

  it('writes null for what the article does not say, and no link for a URL that is not http(s)', () => {
    const fm = frontMatter(
      toMarkdownNote(brief({ byline: null, url: 'javascript:alert(1)' }), DEFAULT_TEMPLATES, SAVED).text,
    );
    expect(fm.get('byline')).toBe('null');
    expect(fm.get('url')).toBe('null');
  });

  it('keeps a hostile title one YAML value: line breaks, quotes and key-like text stay inside it', () => {
    const title = 'Title\n---\nevil: true\n"quoted" \\ {{tags}} \u001b[31m';
    const { text } = toMarkdownNote(brief({ title }), DEFAULT_TEMPLATES, SAVED);
    const fm = frontMatter(text);
    expect(fm.has('evil')).toBe(false);
    expect(JSON.parse(fm.get('title')!)).toBe('Title --- evil: true "quoted" \\ {{tags}} [31m');
    // Exactly two front matter fences, at the top.
    expect(text.split('\n').filter((l) => l === '---')).toHaveLength(2);
  });
});

describe('templates', () => {
  it('fills body variables as escaped Markdown and front matter variables as YAML', () => {
    const values = templateValues(brief({ title: '# [x](javascript:1)' }), 'news, #world  politics', SAVED);
    expect(fillTemplate('Saved {{date}}: {{title}} {{tags}}', values, 'md').text).toBe(
      'Saved 2026-01-02: \\# \\[x\\](javascript:1) #news #world #politics',
    );
    expect(fillTemplate('t: {{ title }}', values, 'yaml').text).toBe('t: "# [x](javascript:1)"');
  });

  it('reports unknown variables and leaves them as written', () => {
    const values = templateValues(brief(), '', SAVED);
    expect(fillTemplate('{{title}} {{author}} {{author}} {{nope}}', values, 'md')).toEqual({
      text: 'خطوة مرتقبة.. نائب القائد يناقش قضايا ليبيا {{author}} {{author}} {{nope}}',
      unknown: ['author', 'nope'],
    });
  });

  it('uses custom templates, and an empty front matter template writes no front matter', () => {
    const note = toMarkdownNote(brief(), { frontMatter: '', body: '# {{title}}\n\n{{lede}}', tags: '' }, SAVED).text;
    expect(note).toBe('# خطوة مرتقبة.. نائب القائد يناقش قضايا ليبيا\n\nبحث نائب القائد العام.\n');
  });

  it('parses tags into note-tool tags', () => {
    expect(parseTags('news, #World  politics، أخبار a b c-d x/y 2025 news')).toEqual([
      'news',
      'World',
      'politics',
      'أخبار',
      'a',
      'b',
      'c-d',
      'x/y',
    ]);
  });

  it('escapes page markup in the Markdown body, as the Markdown brief does', () => {
    const { text } = toMarkdownNote(brief({ lede: '<img src=x onerror=alert(1)>' }), DEFAULT_TEMPLATES, SAVED);
    expect(text).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(text).not.toMatch(/(^|[^\\])<img/);
  });
});

describe('safeFileName', () => {
  it('keeps the title, in any script, without characters file systems or note links refuse', () => {
    expect(safeFileName('Talks: what "next"? a/b\\c | #1 [x] ^y *', 'md')).toBe('Talks what next a b c 1 x y.md');
    expect(safeFileName('خطوة مرتقبة.. نائب القائد يناقش قضايا ليبيا', 'md')).toBe(
      'خطوة مرتقبة.. نائب القائد يناقش قضايا ليبيا.md',
    );
  });

  it('drops control and bidi characters, leading and trailing dots and spaces', () => {
    expect(safeFileName(' ..\u202eevil\u0007 name.. ', 'md')).toBe('evil name.md');
  });

  it('falls back to "brief", avoids device names and caps the length at 120 characters', () => {
    expect(safeFileName(null, 'md')).toBe('brief.md');
    expect(safeFileName(' ?*: ', 'md')).toBe('brief.md');
    expect(safeFileName('CON', 'md')).toBe('CON_.md');
    const long = safeFileName('ب'.repeat(300), 'md');
    expect([...long]).toHaveLength(123);
  });
});
