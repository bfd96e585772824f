/**
 * What can be done with a brief: copy it (Markdown, JSON, text, rich text), download it as a Markdown note, set
 * the reading comforts, and from the popup, open the side panel.
 */
import { useId, useState } from 'react';
import type { BriefFormat } from '@/utils/format/index';
import type { Brief } from '@/utils/types';
import { CopyButtons } from './CopyButtons';
import { DownloadButton } from './DownloadButton';
import { t } from './i18n';
import { ReadingPanel } from './ReadingPanel';
import type { ReadingSettings } from './reading';

export function BriefToolbar({
  brief,
  preferred,
  reading,
  onReading,
  onOpenSidePanel,
}: {
  brief: Brief;
  preferred: BriefFormat;
  reading: ReadingSettings;
  onReading: (next: ReadingSettings) => void;
  onOpenSidePanel?: () => void;
}) {
  const [readingOpen, setReadingOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="toolbar">
      <CopyButtons brief={brief} preferred={preferred} />
      <DownloadButton brief={brief} />
      <button
        type="button"
        className="button"
        data-action="reading-settings"
        aria-expanded={readingOpen}
        aria-controls={panelId}
        title={t('readingSettings')}
        onClick={() => setReadingOpen(!readingOpen)}
      >
        <span className="reading-glyph">Aa</span>
        <span className="visually-hidden">{t('readingSettings')}</span>
      </button>
      {onOpenSidePanel && (
        <button type="button" className="button" data-action="open-side-panel" onClick={onOpenSidePanel}>
          {t('openSidePanel')}
        </button>
      )}
      {readingOpen && <ReadingPanel id={panelId} settings={reading} onChange={onReading} />}
    </div>
  );
}
