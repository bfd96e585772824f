/**
 * The article's sections, each collapsible, each title a real heading (h3, under the block's h2) so a screen
 * reader can move from section to section, each with its paragraphs, lists and tables in the article's order.
 * Short articles open expanded, longer ones as an outline; what the reader opens is remembered per tab
 * (useOpenSections.ts).
 */
import type { BriefLayout, ShownPart } from '@/utils/format/text';
import type { BriefTable } from '@/utils/types';
import { DataTable } from './DataTable';
import { t, uiAttrs } from './i18n';
import { ShowInPage, type ShowInPageHandler } from './ShowInPage';
import { StepsList } from './StepsList';
import { useOpenSections, type SectionScope } from './useOpenSections';

/** How the view names and marks each of the brief's tables (BriefView decides). */
export interface TableView {
  label: string;
  commitments: boolean;
}

/** The passage of a table to find in the page: its longest first-row cell (a commitment, an area). */
export function tableProbe(table: BriefTable): string {
  const row = table.rows.find((r) => r.some((c) => c.trim())) ?? [];
  return row.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function Part({ part, tables, onShow }: { part: ShownPart; tables: TableView[]; onShow?: ShowInPageHandler }) {
  if (part.kind === 'paragraph') return <p>{part.text}</p>;
  if (part.kind === 'list') return <StepsList list={part.list} onShow={onShow} />;
  const view = tables[part.index] ?? { label: '', commitments: false };
  const probe = tableProbe(part.table);
  return (
    <div className="section-table" data-part={view.commitments ? 'commitments-table' : 'table'}>
      <DataTable table={part.table} commitments={view.commitments} label={view.label} />
      {onShow && probe && <ShowInPage text={probe} onShow={onShow} />}
    </div>
  );
}

export function SectionList({
  sections,
  tables,
  expanded,
  scope,
  onShow,
}: {
  sections: BriefLayout['sections'];
  tables: TableView[];
  expanded: boolean;
  scope: SectionScope | null;
  onShow?: ShowInPageHandler;
}) {
  const { isOpen, setOpen } = useOpenSections(scope, sections.length, expanded);
  return (
    <div className="sections">
      {sections.map(({ section: s, parts }, i) => {
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
            {parts.map((part, j) => (
              <Part key={j} part={part} tables={tables} onShow={onShow} />
            ))}
            {onShow && probe && <ShowInPage text={probe} onShow={onShow} />}
          </details>
        );
      })}
    </div>
  );
}
