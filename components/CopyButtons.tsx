/**
 * Copy the brief as Markdown, JSON, text or rich text (HTML beside plain text), with a visible and announced
 * confirmation. The reader's default format comes first.
 */
import { FORMATS, formatBrief, type BriefFormat } from '@/utils/format/index';
import type { Brief } from '@/utils/types';
import { t, type MessageKey } from './i18n';
import { copyRichText } from './richCopy';
import { useFlash } from './useFlash';

type CopyKind = BriefFormat | 'rich';

/** The format's name in the interface language (each format names its message key). */
function formatName(kind: CopyKind): string {
  if (kind === 'rich') return t('formatRich');
  const info = FORMATS.find((f) => f.id === kind);
  return info ? t(info.labelKey as MessageKey) : kind;
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
  const [status, flash] = useFlash<{ kind: CopyKind; ok: boolean }>();

  const copy = (kind: CopyKind) => {
    const done = kind === 'rich' ? copyRichText(brief) : writeClipboard(formatBrief(brief, kind));
    done.then(
      () => flash({ kind, ok: true }),
      () => flash({ kind, ok: false }),
    );
  };

  const ordered: CopyKind[] = [...FORMATS]
    .sort((a, b) => Number(b.id === preferred) - Number(a.id === preferred))
    .map((f) => f.id);
  return (
    <div className="copy-buttons">
      {[...ordered, 'rich' as const].map((kind) => (
        <button
          type="button"
          key={kind}
          data-format={kind}
          className={kind === preferred ? 'button primary' : 'button'}
          onClick={() => copy(kind)}
        >
          {status?.kind === kind
            ? status.ok
              ? t('copied')
              : t('copyFailed')
            : kind === 'rich'
              ? t('copyRich')
              : t('copyAs', formatName(kind))}
        </button>
      ))}
      <span className="visually-hidden" role="status" aria-live="polite">
        {status ? (status.ok ? t('copiedAnnouncement', formatName(status.kind)) : t('copyFailed')) : ''}
      </span>
    </div>
  );
}
