/**
 * Starts an extension page: the interface's direction and language, the page title, and its React view.
 */
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { applyUiDirection, t, type MessageKey } from './i18n';
import './styles.css';

export function mountView(view: ReactElement, titleKey: MessageKey): void {
  applyUiDirection(document);
  document.title = t(titleKey);
  createRoot(document.getElementById('root')!).render(view);
}
