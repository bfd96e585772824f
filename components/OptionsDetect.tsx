/**
 * Automatic article detection on every page. Turning it on asks for the optional permission to read pages; the
 * permission itself is the setting. When the box is off although the reader turned it on, the page says why:
 * the prompt was refused, the permission was removed (from the browser's extension settings), or asking failed.
 */
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { AUTO_DETECT_ORIGINS } from '@/utils/protocol';
import { t } from './i18n';

/** Every http and https page: what automatic detection reads, and no more. */
const ALL_PAGES = { origins: AUTO_DETECT_ORIGINS };

type DetectState = 'unknown' | 'on' | 'off' | 'asking' | 'refused' | 'removed' | 'failed';

export function OptionsDetect() {
  const [state, setState] = useState<DetectState>('unknown');
  const [detail, setDetail] = useState('');
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  });

  useEffect(() => {
    void browser.permissions.contains(ALL_PAGES).then((on) => setState(on ? 'on' : 'off'));
    const sync = () =>
      void browser.permissions.contains(ALL_PAGES).then((on) => {
        // Removed while on, and not by this page's own switch: say so rather than just clearing the box.
        if (on) setState('on');
        else if (current.current === 'on') setState('removed');
      });
    browser.permissions.onAdded.addListener(sync);
    browser.permissions.onRemoved.addListener(sync);
    return () => {
      browser.permissions.onAdded.removeListener(sync);
      browser.permissions.onRemoved.removeListener(sync);
    };
  }, []);

  const toggle = async (on: boolean) => {
    if (!on) {
      setState('off');
      await browser.permissions.remove(ALL_PAGES);
      return;
    }
    // permissions.request must run inside the click; the worker registers the content script when granted.
    setState('asking');
    try {
      setState((await browser.permissions.request(ALL_PAGES)) ? 'on' : 'refused');
    } catch (e) {
      setDetail(e instanceof Error ? e.message : String(e));
      setState('failed');
    }
  };

  const why =
    state === 'asking'
      ? t('optionAutoDetectAsking')
      : state === 'refused'
        ? t('optionAutoDetectRefused')
        : state === 'removed'
          ? t('optionAutoDetectRemoved')
          : state === 'failed'
            ? t('optionAutoDetectFailed', detail)
            : '';
  return (
    <section className="option" data-option="auto-detect">
      <label className="option-row">
        <input
          type="checkbox"
          checked={state === 'on'}
          disabled={state === 'unknown' || state === 'asking'}
          aria-describedby="auto-detect-help auto-detect-why"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <span>{t('optionAutoDetect')}</span>
      </label>
      <p className="option-help" id="auto-detect-help">
        {t('optionAutoDetectHelp')}
      </p>
      <p className="option-why" id="auto-detect-why" aria-live="polite" data-detect-state={state}>
        {why}
      </p>
    </section>
  );
}
