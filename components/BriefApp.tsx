/**
 * The popup and the side panel: one view of one tab's brief, with its states. The popup describes the tab it was
 * opened on; the side panel follows the active tab, and also lists the briefs kept in history.
 *
 * A ready brief shown in either view is kept in history (history.ts): the popup counts, because it is where most
 * briefs are read and copied from, and a reader looking for "the article I copied yesterday" should find it.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '@/utils/protocol';
import type { HistoryItem } from '@/utils/history';
import type { Brief } from '@/utils/types';
import { isEmptyBrief } from './briefMeasures';
import { BriefToolbar } from './BriefToolbar';
import { BriefView } from './BriefView';
import { useBenchMarks } from './benchMarks';
import { HistoryView } from './HistoryView';
import { t } from './i18n';
import { showInPage } from './messaging';
import { READING_KEY, applyReading, parseReading } from './reading';
import { StateMessage } from './StateMessage';
import { useStored } from './useStored';
import { useTabBrief, useTabId, type ViewState } from './useTabBrief';

function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((got) => setSettings(parseSettings(got[SETTINGS_KEY])));
  }, []);
  return settings;
}

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Open the side panel (Chromium) or the sidebar (Firefox) from a click in the popup. */
async function openSidePanel(tabId: number): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (chromeSidePanel) await chromeSidePanel.open({ tabId });
  else await (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
  window.close();
}

export function BriefApp({ mode }: { mode: 'popup' | 'sidepanel' }) {
  const tabId = useTabId(mode === 'sidepanel');
  const { view, retry } = useTabBrief(tabId);
  const settings = useSettings();
  const reading = useStored('sync', READING_KEY, parseReading);
  useEffect(() => applyReading(document, reading.value), [reading.value]);
  useBenchMarks(view);
  // "Brief it anyway" holds for the view it was clicked on: a new view (another tab, a navigation) asks again.
  const [anywayFor, setAnywayFor] = useState<ViewState | null>(null);
  const anyway = anywayFor === view;
  const [page, setPage] = useState<'brief' | 'history'>('brief');
  const [reopened, setReopened] = useState<{ brief: Brief; item: HistoryItem } | null>(null);

  const toolbar = (brief: Brief, sidePanelTab?: number) => (
    <BriefToolbar
      brief={brief}
      preferred={settings.copyFormat}
      reading={reading.value}
      onReading={(next) => void reading.save(next)}
      onOpenSidePanel={sidePanelTab === undefined ? undefined : () => void openSidePanel(sidePanelTab)}
    />
  );

  let body;
  let state: string;
  if (page === 'history' && reopened) {
    state = 'history-entry';
    body = (
      <>
        <button type="button" className="link-button back" data-action="back" onClick={() => setReopened(null)}>
          {t('historyBack')}
        </button>
        {toolbar(reopened.brief)}
        <BriefView brief={reopened.brief} scope={null} />
      </>
    );
  } else if (page === 'history') {
    state = 'history';
    body = <HistoryView onOpen={(brief, item) => setReopened({ brief, item })} />;
  } else if (tabId === null || view.phase === 'loading') {
    state = 'loading';
    body = <StateMessage kind="loading" />;
  } else if (view.phase === 'timeout') {
    state = 'timeout';
    body = (
      <StateMessage kind="timeout">
        <button type="button" className="button" onClick={retry}>
          {t('retry')}
        </button>
      </StateMessage>
    );
  } else if (view.result.state === 'error') {
    const { error, message } = view.result;
    state = error;
    body = (
      <StateMessage kind={error} detail={error === 'failed' ? message : undefined}>
        {error === 'no-access' && (
          <button type="button" className="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        )}
        {(error === 'failed' || error === 'no-access' || error === 'crashed' || error === 'hung') && (
          <button type="button" className="button" onClick={retry}>
            {t('retry')}
          </button>
        )}
      </StateMessage>
    );
  } else if (view.result.state === 'not-article' && !anyway) {
    state = 'not-article';
    body = (
      <StateMessage kind="not-article">
        <button type="button" className="button primary" onClick={() => setAnywayFor(view)}>
          {t('briefAnyway')}
        </button>
      </StateMessage>
    );
  } else if (isEmptyBrief(view.result.brief)) {
    state = 'empty';
    body = <StateMessage kind="empty" />;
  } else {
    const { brief, ms, url } = view.result;
    state = view.result.state;
    body = (
      <>
        {toolbar(brief, mode === 'popup' ? tabId : undefined)}
        <BriefView brief={brief} scope={{ tabId, url }} onShowInPage={(text) => showInPage(tabId, text)} />
        <footer className="footnote" data-extract-ms={ms} data-elapsed-ms={Math.round(view.elapsedMs)}>
          {t('briefTiming', String(ms))}
        </footer>
      </>
    );
  }

  // One attribute names what the view shows: loading, timeout, ready, not-article, empty, the error's kind, or
  // history and a brief reopened from it.
  return (
    <main className={`app app-${mode}`} data-view-state={state} data-tab-id={tabId ?? undefined}>
      {mode === 'sidepanel' && (
        <nav className="view-switch" aria-label={t('viewSwitch')}>
          {(['brief', 'history'] as const).map((p) => (
            <button
              type="button"
              key={p}
              className="view-switch-button"
              data-view={p}
              aria-pressed={page === p}
              onClick={() => {
                setPage(p);
                setReopened(null);
              }}
            >
              {p === 'brief' ? t('viewBrief') : t('historyTitle')}
            </button>
          ))}
        </nav>
      )}
      {body}
    </main>
  );
}
