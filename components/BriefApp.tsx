/**
 * The popup and the side panel: one view of one tab's brief, with its states. The popup describes the tab it was
 * opened on; the side panel follows the active tab.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '@/utils/protocol';
import { BriefView } from './BriefView';
import { CopyButtons } from './CopyButtons';
import { StateMessage } from './StateMessage';
import { t } from './i18n';
import { showInPage } from './messaging';
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
  // "Brief it anyway" holds for the view it was clicked on: a new view (another tab, a navigation) asks again.
  const [anywayFor, setAnywayFor] = useState<ViewState | null>(null);
  const anyway = anywayFor === view;
  const [notFound, setNotFound] = useState(false);

  let body;
  if (tabId === null || view.phase === 'loading') {
    body = <StateMessage kind="loading" />;
  } else if (view.phase === 'timeout') {
    body = (
      <StateMessage kind="timeout">
        <button type="button" className="button" onClick={retry}>
          {t('retry')}
        </button>
      </StateMessage>
    );
  } else if (view.result.state === 'error') {
    const { error, message } = view.result;
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
    body = (
      <StateMessage kind="not-article">
        <button type="button" className="button primary" onClick={() => setAnywayFor(view)}>
          {t('briefAnyway')}
        </button>
      </StateMessage>
    );
  } else {
    const { brief, ms } = view.result;
    const onShow = (text: string) => {
      setNotFound(false);
      void showInPage(tabId, text).then((found) => setNotFound(!found));
    };
    body = (
      <>
        <div className="toolbar">
          <CopyButtons brief={brief} preferred={settings.copyFormat} />
          {mode === 'popup' && (
            <button
              type="button"
              className="button"
              data-action="open-side-panel"
              onClick={() => void openSidePanel(tabId)}
            >
              {t('openSidePanel')}
            </button>
          )}
        </div>
        {notFound && (
          <p className="notice" role="status">
            {t('passageNotFound')}
          </p>
        )}
        <BriefView brief={brief} mode={mode} onShowInPage={onShow} />
        <footer className="footnote" data-extract-ms={ms} data-elapsed-ms={Math.round(view.elapsedMs)}>
          {t('briefTiming', String(ms))}
        </footer>
      </>
    );
  }

  // One attribute names what the view shows: loading, timeout, ready, not-article or the error's kind.
  const state =
    view.phase !== 'done' ? view.phase : view.result.state === 'error' ? view.result.error : view.result.state;
  return (
    <main className={`app app-${mode}`} data-view-state={state} data-tab-id={tabId ?? undefined}>
      {body}
    </main>
  );
}
