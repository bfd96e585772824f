/**
 * History in the side panel: the kept briefs, newest first, searchable by title, site and actor. Each can be
 * reopened, exported as a Markdown note or deleted; all can be exported as JSON Lines. The switch and the clear
 * button are in the options, which also say that nothing leaves the device.
 */
import { useCallback, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { safeFileName, toMarkdownNote } from '@/utils/format/template';
import type { Brief } from '@/utils/types';
import { downloadText } from './download';
import { HISTORY_ON_KEY, parseHistoryOn, searchHistory, type HistoryItem } from '@/utils/history';
import { exportHistory, readHistoryBrief, removeFromHistory } from './history';
import { t, uiLanguage } from './i18n';
import { TEMPLATES_KEY, parseTemplates } from './noteTemplates';
import { useHistoryIndex } from './useHistoryIndex';
import { useStored } from './useStored';

function savedDate(ms: number): string {
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}

export function HistoryView({ onOpen }: { onOpen: (brief: Brief, item: HistoryItem) => void }) {
  const items = useHistoryIndex();
  const { value: on } = useStored('local', HISTORY_ON_KEY, parseHistoryOn);
  const { value: templates } = useStored('sync', TEMPLATES_KEY, parseTemplates);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = items ? searchHistory(items, query) : [];

  const open = useCallback(
    (item: HistoryItem) => void readHistoryBrief(item.id).then((brief) => brief && onOpen(brief, item)),
    [onOpen],
  );
  const exportOne = (item: HistoryItem) =>
    void readHistoryBrief(item.id).then((brief) => {
      if (!brief) return;
      const { text } = toMarkdownNote(brief, templates, new Date(item.savedAt));
      downloadText(safeFileName(brief.title, 'md'), 'text/markdown;charset=utf-8', text);
    });
  const exportAll = () =>
    void exportHistory().then((jsonl) => {
      const day = new Date().toISOString().slice(0, 10);
      downloadText(`newsbrief-history-${day}.jsonl`, 'application/jsonl;charset=utf-8', jsonl);
    });

  return (
    <section className="history" data-part="history" data-loaded={items !== null} aria-labelledby={`${searchId}-title`}>
      <h1 className="history-title" id={`${searchId}-title`}>
        {t('historyTitle')}
      </h1>
      {!on && (
        <p className="notice history-off" role="status">
          {t('historyOff')}{' '}
          <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </p>
      )}
      <div className="history-tools">
        <label htmlFor={searchId} className="visually-hidden">
          {t('historySearch')}
        </label>
        <input
          id={searchId}
          type="search"
          className="history-search"
          placeholder={t('historySearch')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <button
          type="button"
          className="button"
          data-action="export-all"
          disabled={!items || items.length === 0}
          onClick={exportAll}
        >
          {t('historyExportAll')}
        </button>
      </div>
      <p className="notice" role="status" aria-live="polite">
        {items === null
          ? ''
          : items.length === 0
            ? t('historyEmpty')
            : shown.length === 0
              ? t('historyNoMatch')
              : t('historyCount', String(items.length))}
      </p>
      <ul className="history-list">
        {shown.map((item) => (
          <li key={item.id} className="history-item" data-history-id={item.id}>
            <button
              type="button"
              className="history-open"
              id={`${searchId}-${item.id}`}
              dir={item.dir}
              lang={item.lang ?? undefined}
              onClick={() => open(item)}
            >
              {item.title ?? t('untitled')}
            </button>
            <p className="history-meta">
              {item.site && <bdi>{item.site}</bdi>}
              <span>{savedDate(item.savedAt)}</span>
            </p>
            <div className="history-actions">
              <button
                type="button"
                className="link-button"
                data-action="export-md"
                aria-describedby={`${searchId}-${item.id}`}
                onClick={() => exportOne(item)}
              >
                {t('historyExportOne')}
              </button>
              <button
                type="button"
                className="link-button danger"
                data-action="delete"
                aria-describedby={`${searchId}-${item.id}`}
                onClick={() => void removeFromHistory(item.id)}
              >
                {t('historyDelete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
