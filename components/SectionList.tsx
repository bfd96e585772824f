/** The article's sections, each collapsible; in the popup they start closed, in the side panel open. */
import type { Section } from '@/utils/types';
import { t, uiAttrs } from './i18n';

export function SectionList({
  sections,
  open,
  onShow,
}: {
  sections: Section[];
  open: boolean;
  onShow?: (text: string) => void;
}) {
  return (
    <div className="sections">
      {sections.map((s, i) => {
        const probe = s.heading ?? s.paragraphs[0] ?? '';
        return (
          <details className="section" data-part="section" key={i} open={open}>
            <summary>
              {s.heading !== null ? (
                <span className="section-heading">{s.heading}</span>
              ) : (
                <span className="section-heading" {...uiAttrs()}>
                  {t('sectionUntitled')}
                </span>
              )}
            </summary>
            {s.paragraphs.map((p, j) => (
              <p key={j}>{p}</p>
            ))}
            {onShow && probe && (
              <button type="button" className="link-button show-in-page" {...uiAttrs()} onClick={() => onShow(probe)}>
                {t('showInPage')}
              </button>
            )}
          </details>
        );
      })}
    </div>
  );
}
