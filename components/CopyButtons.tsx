/** Copy the brief as Markdown, JSON or text, with a visible (and announced) confirmation. */
import { useEffect, useRef, useState } from 'react';
import { FORMATS, formatBrief, type BriefFormat } from '@/utils/format/index';
import type { Brief } from '@/utils/types';
import { t, type MessageKey } from './i18n';

const CONFIRM_MS = 2000;

/** The format's name in the interface language (each format names its message key). */
function formatName(format: BriefFormat): string {
  const info = FORMATS.find((f) => f.id === format);
  return info ? t(info.labelKey as MessageKey) : format;
}

async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older engines, or a page that lost focus: the extension page may still copy through a selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}

export function CopyButtons({ brief, preferred }: { brief: Brief; preferred: BriefFormat }) {
  const [status, setStatus] = useState<{ format: BriefFormat; ok: boolean } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = (format: BriefFormat) => {
    writeClipboard(formatBrief(brief, format)).then(
      () => setStatus({ format, ok: true }),
      () => setStatus({ format, ok: false }),
    );
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(null), CONFIRM_MS);
  };

  const ordered = [...FORMATS].sort((a, b) => Number(b.id === preferred) - Number(a.id === preferred));
  return (
    <div className="copy-buttons">
      {ordered.map((f) => {
        const done = status?.format === f.id;
        return (
          <button
            type="button"
            key={f.id}
            data-format={f.id}
            className={f.id === preferred ? 'button primary' : 'button'}
            onClick={() => copy(f.id)}
          >
            {done ? (status.ok ? t('copied') : t('copyFailed')) : t('copyAs', formatName(f.id))}
          </button>
        );
      })}
      <span className="visually-hidden" role="status" aria-live="polite">
        {status ? (status.ok ? t('copiedAnnouncement', formatName(status.format)) : t('copyFailed')) : ''}
      </span>
    </div>
  );
}
