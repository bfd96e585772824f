/** History in the options: one switch, one button to clear it, and the promise that nothing leaves the device. */
import { HISTORY_ON_KEY, parseHistoryOn } from '@/utils/history';
import { clearHistory } from './history';
import { t } from './i18n';
import { useHistoryIndex } from './useHistoryIndex';
import { useStored } from './useStored';

export function OptionsHistory({ onSaved }: { onSaved: (message: string) => void }) {
  const on = useStored('local', HISTORY_ON_KEY, parseHistoryOn);
  const items = useHistoryIndex();
  const count = items ? items.length : null;

  return (
    <section className="option" data-option="history">
      <label className="option-row">
        <input
          type="checkbox"
          name="history-on"
          checked={on.value}
          disabled={!on.loaded}
          aria-describedby="history-help"
          onChange={(e) => {
            const next = e.currentTarget.checked;
            void on.save(next).then(() => onSaved(t('optionsSaved')));
          }}
        />
        <span>{t('optionHistory')}</span>
      </label>
      <p className="option-help" id="history-help">
        {t('optionHistoryHelp')}
      </p>
      <div className="option-row option-actions">
        <button
          type="button"
          className="button"
          data-action="clear-history"
          disabled={count === 0}
          onClick={() => void clearHistory().then(() => onSaved(t('historyCleared')))}
        >
          {t('historyClear')}
        </button>
        <span className="notice">{count === null ? '' : t('historyCount', String(count))}</span>
      </div>
    </section>
  );
}
