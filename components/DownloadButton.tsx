/** "Download .md": the brief as a Markdown note with front matter, from the templates set in the options. */
import { safeFileName, toMarkdownNote } from '@/utils/format/template';
import type { Brief } from '@/utils/types';
import { downloadText } from './download';
import { t } from './i18n';
import { TEMPLATES_KEY, parseTemplates } from './noteTemplates';
import { useFlash } from './useFlash';
import { useStored } from './useStored';

export function DownloadButton({ brief }: { brief: Brief }) {
  const { value: templates } = useStored('sync', TEMPLATES_KEY, parseTemplates);
  const [status, flash] = useFlash<boolean>();
  const save = () => {
    try {
      const { text } = toMarkdownNote(brief, templates, new Date());
      downloadText(safeFileName(brief.title, 'md'), 'text/markdown;charset=utf-8', text);
      flash(true);
    } catch {
      flash(false);
    }
  };
  return (
    <>
      <button type="button" className="button" data-action="download-md" onClick={save}>
        {status === null ? t('downloadMarkdown') : status ? t('downloaded') : t('downloadFailed')}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {status === null ? '' : status ? t('downloaded') : t('downloadFailed')}
      </span>
    </>
  );
}
