/**
 * "Show in page" for one passage of the brief. When the page does not have it, the notice appears right here,
 * next to the link that was clicked, not at the top of a view the reader may have scrolled far down.
 */
import { useState } from 'react';
import { t, uiAttrs } from './i18n';

/** Scrolls the page to the passage and highlights it; resolves false when the page does not have it. */
export type ShowInPageHandler = (text: string) => Promise<boolean>;

export function ShowInPage({ text, onShow }: { text: string; onShow: ShowInPageHandler }) {
  const [missing, setMissing] = useState(false);
  const show = () => {
    setMissing(false);
    onShow(text).then(
      (found) => setMissing(!found),
      () => setMissing(true),
    );
  };
  return (
    <span className="show-in-page-wrap" {...uiAttrs()}>
      <button type="button" className="link-button show-in-page" onClick={show}>
        {t('showInPage')}
      </button>
      <span className="notice passage-missing" role="status">
        {missing ? t('passageNotFound') : ''}
      </span>
    </span>
  );
}
