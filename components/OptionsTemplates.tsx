/**
 * The Markdown note's templates: tags, the front matter and the body, with the variables they may use and a live
 * preview of the note for the latest brief in history (or an example). Saved to storage.sync as the reader types
 * (after a pause, within the storage's write limits).
 */
import { useEffect, useRef, useState } from 'react';
import {
  DEFAULT_TEMPLATES,
  MAX_TEMPLATE_CHARS,
  TEMPLATE_VARIABLES,
  toMarkdownNote,
  type NoteTemplates,
} from '@/utils/format/template';
import type { Brief } from '@/utils/types';
import { EXAMPLE_BRIEF } from './exampleBrief';
import { listHistory, readHistoryBrief } from './history';
import { t } from './i18n';
import { TEMPLATES_KEY, parseTemplates } from './noteTemplates';
import { useStored } from './useStored';

const SAVE_AFTER_MS = 600;
const PREVIEW_DATE = new Date();

function usePreviewBrief(): Brief {
  const [brief, setBrief] = useState<Brief>(EXAMPLE_BRIEF);
  useEffect(() => {
    let alive = true;
    void listHistory()
      .then((items) => (items[0] ? readHistoryBrief(items[0].id) : null))
      .then((latest) => alive && latest && setBrief(latest));
    return () => void (alive = false);
  }, []);
  return brief;
}

export function OptionsTemplates({ onSaved }: { onSaved: (message: string) => void }) {
  const stored = useStored('sync', TEMPLATES_KEY, parseTemplates);
  // What the reader is typing, ahead of what is saved.
  const [draft, setDraft] = useState<NoteTemplates | null>(null);
  const templates = draft ?? stored.value;
  const brief = usePreviewBrief();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const edit = (next: NoteTemplates) => {
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      stored.save(next).then(
        () => onSaved(t('optionsSaved')),
        (e: unknown) => onSaved(t('optionTemplatesNotSaved', e instanceof Error ? e.message : String(e))),
      );
    }, SAVE_AFTER_MS);
  };

  const { text, unknown } = toMarkdownNote(brief, templates, PREVIEW_DATE);
  const field = (key: keyof NoteTemplates, label: string, rows: number) => (
    <label className="template-field">
      <span>{label}</span>
      {rows === 1 ? (
        <input
          type="text"
          name={key}
          dir="auto"
          value={templates[key]}
          maxLength={MAX_TEMPLATE_CHARS}
          onChange={(e) => edit({ ...templates, [key]: e.currentTarget.value })}
        />
      ) : (
        <textarea
          name={key}
          rows={rows}
          dir="ltr"
          spellCheck={false}
          value={templates[key]}
          maxLength={MAX_TEMPLATE_CHARS}
          onChange={(e) => edit({ ...templates, [key]: e.currentTarget.value })}
        />
      )}
    </label>
  );

  return (
    <section className="option" data-option="templates" aria-labelledby="templates-title">
      <h2 className="option-title" id="templates-title">
        {t('optionTemplates')}
      </h2>
      <p className="option-note">{t('optionTemplatesHelp')}</p>
      {field('tags', t('optionTags'), 1)}
      {field('frontMatter', t('optionFrontMatter'), 10)}
      {field('body', t('optionBody'), 3)}
      <p className="option-help">
        {t('optionVariables')} <code dir="ltr">{TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(' ')}</code>
      </p>
      <p className="option-why option-note" aria-live="polite" data-unknown-variables={unknown.join(' ')}>
        {unknown.length > 0 ? t('optionUnknownVariables', unknown.map((v) => `{{${v}}}`).join(' ')) : ''}
      </p>
      <button type="button" className="button" data-action="reset-templates" onClick={() => edit(DEFAULT_TEMPLATES)}>
        {t('optionTemplatesReset')}
      </button>
      <h3 className="option-subtitle">{t('optionPreview')}</h3>
      {/* Each line in its own direction, as a plain-text editor shows the file. */}
      <pre className="template-preview" data-part="template-preview" tabIndex={0}>
        {text}
      </pre>
    </section>
  );
}
