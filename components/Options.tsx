/**
 * Options: automatic article detection on every page (asks for the optional host permission; refusing or
 * revoking it turns detection off) and the default copy format.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { FORMATS, type BriefFormat } from '@/utils/format/index';
import { AUTO_DETECT_ORIGINS, DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '@/utils/protocol';
import { t, type MessageKey } from './i18n';

const ALL_PAGES = { origins: AUTO_DETECT_ORIGINS };

export function Options() {
  const [autoDetect, setAutoDetect] = useState<boolean | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void browser.permissions.contains(ALL_PAGES).then(setAutoDetect);
    void browser.storage.local.get(SETTINGS_KEY).then((got) => setSettings(parseSettings(got[SETTINGS_KEY])));
    const sync = () => void browser.permissions.contains(ALL_PAGES).then(setAutoDetect);
    browser.permissions.onAdded.addListener(sync);
    browser.permissions.onRemoved.addListener(sync);
    return () => {
      browser.permissions.onAdded.removeListener(sync);
      browser.permissions.onRemoved.removeListener(sync);
    };
  }, []);

  const toggleAutoDetect = async (on: boolean) => {
    // permissions.request must run inside the click; the worker registers the content script when granted.
    const ok = on ? await browser.permissions.request(ALL_PAGES) : await browser.permissions.remove(ALL_PAGES);
    setAutoDetect(on ? ok : !ok);
  };

  const setFormat = async (copyFormat: BriefFormat) => {
    const next = { ...settings, copyFormat };
    setSettings(next);
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    setSaved(true);
  };

  return (
    <main className="app app-options">
      <h1>{t('optionsTitle')}</h1>
      <section className="option">
        <label className="option-row">
          <input
            type="checkbox"
            checked={autoDetect === true}
            disabled={autoDetect === null}
            onChange={(e) => void toggleAutoDetect(e.currentTarget.checked)}
          />
          <span>{t('optionAutoDetect')}</span>
        </label>
        <p className="option-help">{t('optionAutoDetectHelp')}</p>
      </section>
      <fieldset className="option">
        <legend>{t('optionCopyFormat')}</legend>
        {FORMATS.map((f) => (
          <label className="option-row" key={f.id}>
            <input
              type="radio"
              name="copy-format"
              value={f.id}
              checked={settings.copyFormat === f.id}
              onChange={() => void setFormat(f.id)}
            />
            <span>{t(f.labelKey as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
      <p className="notice" role="status" aria-live="polite">
        {saved ? t('optionsSaved') : ''}
      </p>
    </main>
  );
}
