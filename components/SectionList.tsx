/**
 * The article's sections, each collapsible, each title a real heading (h3, under the block's h2) so a screen
 * reader can move from section to section. Short articles open expanded, longer ones as an outline; what the
 * reader opens is remembered per tab (useOpenSections.ts).
 */
import type { Section } from '@/utils/types';
import { t, uiAttrs } from './i18n';
import { ShowInPage, type ShowInPageHandler } from './ShowInPage';
import { useOpenSections, type SectionScope } from './useOpenSections';

export function SectionList({
  sections,
  expanded,
  scope,
  onShow,
}: {
  sections: Section[];
  expanded: boolean;
  scope: SectionScope | null;
  onShow?: ShowInPageHandler;
}) {
  const { isOpen, setOpen } = useOpenSections(scope, sections.length, expanded);
  return (
    <div className="sections">
      {sections.map((s, i) => {
        const probe = s.heading ?? s.paragraphs[0] ?? '';
        return (
          <details
            className="section"
            data-part="section"
            key={i}
            open={isOpen(i)}
            onToggle={(e) => setOpen(i, e.currentTarget.open)}
          >
            {/* The click decides, at once (a popup closed right after still remembers it), in place of the
                browser's own toggle; the toggle event still catches what opens a section otherwise, such as the
                browser's find in page. */}
            <summary
              onClick={(e) => {
                e.preventDefault();
                setOpen(i, !isOpen(i));
              }}
            >
              {s.heading !== null ? (
                <h3 className="section-heading">{s.heading}</h3>
              ) : (
                <h3 className="section-heading" {...uiAttrs()}>
                  {t('sectionUntitled')}
                </h3>
              )}
            </summary>
            {s.paragraphs.map((p, j) => (
              <p key={j}>{p}</p>
            ))}
            {onShow && probe && <ShowInPage text={probe} onShow={onShow} />}
          </details>
        );
      })}
    </div>
  );
}
