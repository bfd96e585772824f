/**
 * "Download as Markdown": a note file with YAML front matter, ready for Obsidian and other note tools, made from
 * two templates the reader can edit in the options (front matter and body) with `{{variables}}`. Pure: no DOM,
 * no browser or Node API; the clock is passed in.
 *
 * Page text is hostile: in the front matter every value is written so YAML reads it as one scalar (a JSON string,
 * which YAML reads as a double-quoted scalar, so a title with a line break and "evil: true" stays one title); in
 * the body every value is escaped like the Markdown brief's text, except `{{brief}}`, which is the Markdown brief
 * itself. The templates are the reader's own text and are kept as written; an unknown `{{name}}` is left as
 * written and reported, so the options can say so.
 */
import type { Brief } from '../types';
import { mdInline, toMarkdown } from './markdown';
import { cleanLine, httpUrl } from './text';

export const DEFAULT_FRONT_MATTER = [
  '---',
  'title: {{title}}',
  'url: {{url}}',
  'byline: {{byline}}',
  'published: {{published}}',
  'site: {{site}}',
  'lang: {{lang}}',
  'dir: {{dir}}',
  'tags: {{tags}}',
  '---',
  '',
].join('\n');
export const DEFAULT_BODY = '{{brief}}';
export const DEFAULT_TAGS = 'news';
/** Longest template kept (characters); the options refuse longer ones (storage.sync items are small). */
export const MAX_TEMPLATE_CHARS = 3000;

export interface NoteTemplates {
  frontMatter: string;
  body: string;
  /** Comma- or space-separated tags for `{{tags}}`. */
  tags: string;
}

export const DEFAULT_TEMPLATES: NoteTemplates = {
  frontMatter: DEFAULT_FRONT_MATTER,
  body: DEFAULT_BODY,
  tags: DEFAULT_TAGS,
};

/** The variables a template may use, in the order the options list them. */
export const TEMPLATE_VARIABLES = [
  'title',
  'url',
  'byline',
  'published',
  'site',
  'lang',
  'dir',
  'tags',
  'date',
  'lede',
  'brief',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** Tags as note tools accept them: letters, digits, `_`, `-` and `/`, no spaces, no leading `#`, no duplicates. */
export function parseTags(tags: string): string[] {
  const out = tags
    .split(/[,\s،]+/)
    .map((t) => t.replace(/^#+/, '').replace(/[^\p{L}\p{N}\p{M}_/-]/gu, ''))
    .filter((t) => t !== '' && !/^\d+$/.test(t));
  return [...new Set(out)].slice(0, 32);
}

const ISO_PLAIN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Values written without quotes: ISO dates (YAML reads them as dates), language tags and directions. */
const PLAIN = [ISO_PLAIN, /^[a-z]{2,3}$/, /^(?:ltr|rtl)$/];

/** One value in YAML: `null`, a plain value of a known safe shape, or a JSON string. */
function yamlScalar(value: string | null): string {
  if (value === null) return 'null';
  const line = cleanLine(value);
  return PLAIN.some((re) => re.test(line)) ? line : JSON.stringify(line);
}

/** Each variable's value for a brief, as YAML and as Markdown text. `savedAt` is the note's date. */
export function templateValues(
  brief: Brief,
  tags: string,
  savedAt: Date,
): Record<TemplateVariable, { yaml: string; md: string }> {
  const raw: Record<Exclude<TemplateVariable, 'tags' | 'brief'>, string | null> = {
    title: brief.title,
    url: httpUrl(brief.url),
    byline: brief.byline,
    published: brief.published,
    site: brief.siteName,
    lang: brief.lang,
    dir: brief.dir === 'rtl' ? 'rtl' : 'ltr',
    date: savedAt.toISOString().slice(0, 10),
    lede: brief.lede,
  };
  const values = {} as Record<TemplateVariable, { yaml: string; md: string }>;
  for (const [name, value] of Object.entries(raw) as [TemplateVariable, string | null][]) {
    values[name] = { yaml: yamlScalar(value), md: value === null ? '' : mdInline(value) };
  }
  const tagList = parseTags(tags);
  values.tags = {
    yaml: `[${tagList.map((t) => JSON.stringify(t)).join(', ')}]`,
    md: tagList.map((t) => `#${t}`).join(' '),
  };
  const markdown = toMarkdown(brief).trimEnd();
  values.brief = { yaml: JSON.stringify(markdown), md: markdown };
  return values;
}

/** The template with its variables filled in; `unknown` lists the `{{names}}` it does not know. */
export function fillTemplate(
  template: string,
  values: Record<TemplateVariable, { yaml: string; md: string }>,
  mode: 'yaml' | 'md',
): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const text = template.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) => {
    if ((TEMPLATE_VARIABLES as readonly string[]).includes(name)) return values[name as TemplateVariable][mode];
    if (!unknown.includes(name)) unknown.push(name);
    return whole;
  });
  return { text, unknown };
}

/** The Markdown note: the front matter, then the body, ending with one newline. */
export function toMarkdownNote(
  brief: Brief,
  templates: NoteTemplates,
  savedAt: Date,
): { text: string; unknown: string[] } {
  const values = templateValues(brief, templates.tags, savedAt);
  const front = fillTemplate(templates.frontMatter, values, 'yaml');
  const body = fillTemplate(templates.body, values, 'md');
  const head = front.text.trim() === '' ? '' : `${front.text.trimEnd()}\n\n`;
  const text = `${head}${body.text.trim()}\n`;
  return { text, unknown: [...new Set([...front.unknown, ...body.unknown])] };
}

const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;
const MAX_NAME_CHARS = 120;

/**
 * A file name from the title: no path separators, no characters that Windows, macOS or note tools' links refuse
 * (`<>:"/\|?*#^[]`), no control or bidi characters, no leading or trailing dots or spaces, at most 120 characters,
 * never a reserved device name; "brief" when nothing is left. Letters of every script are kept.
 */
export function safeFileName(title: string | null, extension: string): string {
  let name = (title ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"/\\|?*#^[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  name = [...name]
    .slice(0, MAX_NAME_CHARS)
    .join('')
    .replace(/[\s.]+$/, '');
  if (name === '' || RESERVED.test(name)) name = name === '' ? 'brief' : `${name}_`;
  return `${name}.${extension}`;
}
