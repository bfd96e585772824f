/**
 * The brief itself, shared by the popup and the side panel (and a brief reopened from history). Page text is
 * rendered as React text only. The article keeps its own language and direction (`lang`, `dir` on <article>);
 * the labels around it follow the interface language.
 */
import type { ReactNode } from 'react';
import type { Brief, BriefTable } from '@/utils/types';
import { isShortArticle, readingTime } from './briefMeasures';
import { DataTable } from './DataTable';
import { formatPublished } from './dates';
import { FlagList } from './FlagList';
import { t, uiAttrs, uiLanguage } from './i18n';
import { SectionList, tableProbe } from './SectionList';
import { briefLayout } from '@/utils/format/text';
import { ShowInPage, type ShowInPageHandler } from './ShowInPage';
import { StepsList } from './StepsList';
import type { SectionScope } from './useOpenSections';

/** A table is a commitments table when the brief read commitments from its rows. */
function isCommitmentsTable(brief: Brief, table: BriefTable): boolean {
  const rows = new Set(table.rows.map((r) => r.join(' | ')));
  return brief.commitments.some((c) => c.source === 'table' && rows.has(c.evidence));
}

/** Labels made unique by numbering repeats: "Table from the article", "Table from the article (2)". */
export function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}

function Block({ label, part, children }: { label: string; part: string; children: ReactNode }) {
  return (
    <section className="block" data-part={part}>
      <h2 className="block-label" {...uiAttrs()}>
        {label}
      </h2>
      {children}
    </section>
  );
}

export function BriefView({
  brief,
  scope,
  onShowInPage,
}: {
  brief: Brief;
  /** The tab and page the brief is of, to remember opened sections; null for a brief from history. */
  scope: SectionScope | null;
  onShowInPage?: ShowInPageHandler;
}) {
  const lang = brief.lang ?? undefined;
  const show = onShowInPage;
  const proseCommitments = brief.commitments.filter((c) => c.source === 'prose');
  const { words, minutes } = readingTime(brief);
  const meta = [brief.byline, brief.published ? formatPublished(brief.published, uiLanguage()) : null, brief.siteName];
  const kinds = brief.tables.map((table) => isCommitmentsTable(brief, table));
  const tableLabels = uniqueLabels(
    brief.tables.map((table, i) => table.caption ?? (kinds[i] ? t('tableCommitmentsCaption') : t('tableCaption'))),
  );
  const tableViews = tableLabels.map((label, i) => ({ label, commitments: kinds[i]! }));
  // Lists and tables sit in their sections; a brief that places none (schema 1, from history) shows them apart.
  const layout = briefLayout(brief);
  return (
    <article className="brief" dir={brief.dir} lang={lang} data-brief-dir={brief.dir}>
      <header className="brief-header">
        {brief.title !== null ? (
          <h1 className="brief-title">{brief.title}</h1>
        ) : (
          <h1 className="brief-title" {...uiAttrs()}>
            {t('untitled')}
          </h1>
        )}
        <p className="brief-meta">
          {meta.map(
            (m, i) =>
              m && (
                <bdi key={i} data-meta={['byline', 'published', 'site'][i]}>
                  {m}
                </bdi>
              ),
          )}
          <span className="reading-time" data-minutes={minutes} {...uiAttrs()}>
            {t('readingTime', String(minutes))}
          </span>
        </p>
      </header>
      {brief.lede && (
        <p className="lede" data-part="lede">
          {brief.lede}
          {show && <ShowInPage text={brief.lede} onShow={show} />}
        </p>
      )}
      {brief.keyPoints.length > 0 && (
        <Block label={t('keyPoints')} part="key-points">
          <ul className="key-points">
            {brief.keyPoints.map((k, i) => (
              <li key={i}>
                {k}
                {show && <ShowInPage text={k} onShow={show} />}
              </li>
            ))}
          </ul>
        </Block>
      )}
      {brief.sections.length > 0 && (
        <Block label={t('sectionsHeading', String(brief.sections.length))} part="sections">
          <SectionList
            sections={layout.sections}
            tables={tableViews}
            expanded={isShortArticle(words)}
            scope={scope}
            onShow={show}
          />
        </Block>
      )}
      {layout.lists
        .map((i) => brief.lists[i]!)
        .map((list, i) => (
          <Block
            key={i}
            label={list.kind === 'steps' ? t('stepsHeading') : t('listHeading')}
            part={`list-${list.kind}`}
          >
            <StepsList list={list} onShow={show} />
          </Block>
        ))}
      {layout.tables
        .map((i) => [brief.tables[i]!, i] as const)
        .map(([table, i]) => (
          <Block
            key={i}
            label={kinds[i] ? t('commitmentsHeading') : t('tableHeading')}
            part={kinds[i] ? 'commitments-table' : 'table'}
          >
            <DataTable table={table} commitments={kinds[i]!} label={tableLabels[i]!} />
            {show && tableProbe(table) && <ShowInPage text={tableProbe(table)} onShow={show} />}
          </Block>
        ))}
      {proseCommitments.length > 0 && (
        <Block label={t('commitmentsInTextHeading')} part="commitments">
          <ul className="commitments">
            {proseCommitments.map((c, i) => (
              <li key={i}>
                {c.actor && <strong className="actor">{c.actor}: </strong>}
                {c.commitment}
                {c.when && <span className="commitment-when">{` · ${t('commitmentWhen')}: ${c.when}`}</span>}
                {c.amount && <span className="commitment-amount">{` · ${t('commitmentAmount')}: ${c.amount}`}</span>}
                {show && <ShowInPage text={c.evidence} onShow={show} />}
              </li>
            ))}
          </ul>
        </Block>
      )}
      {brief.closing && (
        <Block label={t('closingHeading')} part="closing">
          <p className="closing">{brief.closing}</p>
        </Block>
      )}
      {brief.flags.length > 0 && (
        <Block label={t('flagsHeading')} part="flags">
          <FlagList flags={brief.flags} articleLang={lang} articleDir={brief.dir} />
        </Block>
      )}
    </article>
  );
}
