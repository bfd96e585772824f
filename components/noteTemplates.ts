/** The Markdown note's templates (options page), kept in storage.sync like the other reading preferences. */
import { DEFAULT_TEMPLATES, MAX_TEMPLATE_CHARS, type NoteTemplates } from '@/utils/format/template';

export const TEMPLATES_KEY = 'note-templates';

const text = (x: unknown, fallback: string) => (typeof x === 'string' && x.length <= MAX_TEMPLATE_CHARS ? x : fallback);

export function parseTemplates(x: unknown): NoteTemplates {
  if (typeof x !== 'object' || x === null) return { ...DEFAULT_TEMPLATES };
  const r = x as Record<string, unknown>;
  return {
    frontMatter: text(r.frontMatter, DEFAULT_TEMPLATES.frontMatter),
    body: text(r.body, DEFAULT_TEMPLATES.body),
    tags: text(r.tags, DEFAULT_TEMPLATES.tags),
  };
}
