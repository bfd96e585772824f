/**
 * Reading comforts, as in a browser's reader view: text size, line width and theme (system, light, dark,
 * sepia). Kept in storage.sync, so they follow the reader's browser profile; applied to the popup and the side
 * panel as a `data-theme` attribute and CSS variables on <html> (components/styles.css).
 */
export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type LineWidth = 'narrow' | 'medium' | 'wide';

export interface ReadingSettings {
  /** Text size of the brief in CSS pixels, one of FONT_SIZES. */
  fontSize: number;
  lineWidth: LineWidth;
  theme: Theme;
}

export const READING_KEY = 'reading';
export const FONT_SIZES = [12, 13, 14, 15, 16, 18, 20, 22, 24] as const;
export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
export const DEFAULT_READING: ReadingSettings = { fontSize: 14, lineWidth: 'wide', theme: 'system' };
/** The longest line of the brief for each width, in characters of its text (`ch`); `none` fills the view. */
const MEASURES: Record<LineWidth, string> = { narrow: '48ch', medium: '64ch', wide: 'none' };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function parseReading(x: unknown): ReadingSettings {
  if (!isRecord(x)) return { ...DEFAULT_READING };
  return {
    fontSize: (FONT_SIZES as readonly unknown[]).includes(x.fontSize)
      ? (x.fontSize as number)
      : DEFAULT_READING.fontSize,
    lineWidth: (LINE_WIDTHS as readonly unknown[]).includes(x.lineWidth) ? (x.lineWidth as LineWidth) : 'wide',
    theme: (THEMES as readonly unknown[]).includes(x.theme) ? (x.theme as Theme) : 'system',
  };
}

/** The next size up (+1) or down (−1), or the same at either end. */
export function stepFontSize(size: number, step: 1 | -1): number {
  const i = FONT_SIZES.indexOf(size as (typeof FONT_SIZES)[number]);
  const next = FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, (i < 0 ? 2 : i) + step))];
  return next ?? size;
}

export function applyReading(doc: Document, settings: ReadingSettings): void {
  const root = doc.documentElement;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.style.setProperty('--reading-size', `${settings.fontSize}px`);
  root.style.setProperty('--reading-measure', MEASURES[settings.lineWidth]);
}
