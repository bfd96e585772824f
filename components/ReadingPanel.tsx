/**
 * The reading settings: text size, line width and theme. Changes apply at once, to every open view, and are kept
 * in storage.sync (reading.ts).
 */
import { t, type MessageKey } from './i18n';
import {
  FONT_SIZES,
  LINE_WIDTHS,
  THEMES,
  stepFontSize,
  type LineWidth,
  type ReadingSettings,
  type Theme,
} from './reading';

const WIDTH_LABELS: Record<LineWidth, MessageKey> = {
  narrow: 'lineWidthNarrow',
  medium: 'lineWidthMedium',
  wide: 'lineWidthWide',
};
const THEME_LABELS: Record<Theme, MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
};

function Choice<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  onChange: (next: T) => void;
}) {
  return (
    <fieldset className="reading-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="chip">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span>{t(labels[option])}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function ReadingPanel({
  id,
  settings,
  onChange,
}: {
  id: string;
  settings: ReadingSettings;
  onChange: (next: ReadingSettings) => void;
}) {
  const size = settings.fontSize;
  return (
    <section className="reading-panel" id={id} aria-label={t('readingSettings')} data-part="reading-settings">
      <div className="reading-size" role="group" aria-label={t('textSize')}>
        <span className="reading-size-label">{t('textSize')}</span>
        <button
          type="button"
          className="button small"
          data-action="text-smaller"
          disabled={size === FONT_SIZES[0]}
          onClick={() => onChange({ ...settings, fontSize: stepFontSize(size, -1) })}
        >
          A−<span className="visually-hidden"> {t('textSmaller')}</span>
        </button>
        <output className="reading-size-value" aria-live="polite">
          {t('textSizeValue', String(size))}
        </output>
        <button
          type="button"
          className="button small"
          data-action="text-larger"
          disabled={size === FONT_SIZES[FONT_SIZES.length - 1]}
          onClick={() => onChange({ ...settings, fontSize: stepFontSize(size, 1) })}
        >
          A+<span className="visually-hidden"> {t('textLarger')}</span>
        </button>
      </div>
      <Choice
        legend={t('lineWidth')}
        name="line-width"
        options={LINE_WIDTHS}
        labels={WIDTH_LABELS}
        value={settings.lineWidth}
        onChange={(lineWidth) => onChange({ ...settings, lineWidth })}
      />
      <Choice
        legend={t('theme')}
        name="theme"
        options={THEMES}
        labels={THEME_LABELS}
        value={settings.theme}
        onChange={(theme) => onChange({ ...settings, theme })}
      />
    </section>
  );
}
