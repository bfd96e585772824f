/**
 * Options: automatic article detection, the default copy format, history, and the Markdown note's templates.
 * Each part is its own component; this page lays them out and announces what was saved.
 */
import { useState } from 'react';
import { FORMATS, type BriefFormat } from '@/utils/format/index';
import { SETTINGS_KEY, parseSettings } from '@/utils/protocol';
import { t, type MessageKey } from './i18n';
import { OptionsDetect } from './OptionsDetect';
import { OptionsHistory } from './OptionsHistory';
import { OptionsTemplates } from './OptionsTemplates';
import { useStored } from './useStored';

export function Options() {
  const settings = useStored('local', SETTINGS_KEY, parseSettings);
  const [saved, setSaved] = useState('');

  const setFormat = async (copyFormat: BriefFormat) => {
    await settings.save({ ...settings.value, copyFormat });
    setSaved(t('optionsSaved'));
  };

  return (
    <main className="app app-options">
      <h1>{t('optionsTitle')}</h1>
      <OptionsDetect />
      <fieldset className="option">
        <legend>{t('optionCopyFormat')}</legend>
        {FORMATS.map((f) => (
          <label className="option-row" key={f.id}>
            <input
              type="radio"
              name="copy-format"
              value={f.id}
              checked={settings.value.copyFormat === f.id}
              onChange={() => void setFormat(f.id)}
            />
            <span>{t(f.labelKey as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
      <OptionsHistory onSaved={setSaved} />
      <OptionsTemplates onSaved={setSaved} />
      <p className="notice options-saved" role="status" aria-live="polite">
        {saved}
      </p>
    </main>
  );
}
