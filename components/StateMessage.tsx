/** The states where there is no brief to show: loading, not an article, errors. */
import type { ReactNode } from 'react';
import type { BriefErrorKind } from '@/utils/protocol';
import { t, type MessageKey } from './i18n';

/** `empty`: briefed anyway, and nothing article-like was found. */
export type StateKind = 'loading' | 'timeout' | 'not-article' | 'empty' | BriefErrorKind;

const TEXT: Record<StateKind, { title: MessageKey; body: MessageKey }> = {
  loading: { title: 'stateLoadingTitle', body: 'stateLoadingBody' },
  'not-article': { title: 'stateNotArticleTitle', body: 'stateNotArticleBody' },
  empty: { title: 'stateEmptyTitle', body: 'stateEmptyBody' },
  unsupported: { title: 'stateUnsupportedTitle', body: 'stateUnsupportedBody' },
  'no-access': { title: 'stateNoAccessTitle', body: 'stateNoAccessBody' },
  'too-large': { title: 'stateTooLargeTitle', body: 'stateTooLargeBody' },
  'no-tab': { title: 'stateNoTabTitle', body: 'stateNoTabBody' },
  failed: { title: 'stateFailedTitle', body: 'stateFailedBody' },
  crashed: { title: 'stateCrashedTitle', body: 'stateCrashedBody' },
  hung: { title: 'stateHungTitle', body: 'stateHungBody' },
  timeout: { title: 'stateTimeoutTitle', body: 'stateTimeoutBody' },
};

export function StateMessage({ kind, detail, children }: { kind: StateKind; detail?: string; children?: ReactNode }) {
  const text = TEXT[kind];
  const busy = kind === 'loading';
  return (
    <div className={`state state-${kind}`} data-state={kind} role={busy ? 'status' : 'alert'} aria-busy={busy}>
      {busy && <div className="spinner" aria-hidden="true" />}
      <h1 className="state-title">{t(text.title)}</h1>
      <p className="state-body">{t(text.body)}</p>
      {detail && (
        <details className="state-detail">
          <summary>{t('stateDetails')}</summary>
          <code>{detail}</code>
        </details>
      )}
      {children && <div className="state-actions">{children}</div>}
    </div>
  );
}
