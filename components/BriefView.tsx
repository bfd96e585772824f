/**
 * The brief itself, shared by the popup and the side panel. Page text is rendered as React text only.
 * The article keeps its own language and direction (`lang`, `dir` on <article>); the labels around it follow
 * the interface language.
 */
import type { ReactNode } from 'react';
import type { Brief, BriefTable } from '@/utils/types';
import { DataTable } from './DataTable';
import { FlagList } from './FlagList';
import { SectionList } from './SectionList';
import { StepsList } from './StepsList';
import { t, uiAttrs, uiLanguage } from './i18n';

/** A table is a commitments table when the brief read commitments from its rows. */
function isCommitmentsTable(brief: Brief, table: BriefTable): boolean {
  const rows = new Set(table.rows.map((r) => r.join(' | ')));
  return brief.commitments.some((c) => c.source === 'table' && rows.has(c.evidence));
}

export function formatPublished(iso: string, locale: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    const options: Intl.DateTimeFormatOptions = dateOnly
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : { dateStyle: 'long', timeStyle: 'short' };
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return iso;
  }
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
  mode,
  onShowInPage,
}: {
  brief: Brief;
  mode: 'popup' | 'sidepanel';
  onShowInPage?: (text: string) => void;
}) {
  const lang = brief.lang ?? undefined;
  const proseCommitments = brief.commitments.filter((c) => c.source === 'prose');
  const meta = [
    brief.byline,
    brief.published ? formatPublished(brief.published, uiLanguage()) : null,
    brief.siteName,
  ].filter((x): x is string => Boolean(x));
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
        {meta.length > 0 && (
          <p className="brief-meta">
            {meta.map((m, i) => (
              <bdi key={i}>{m}</bdi>
            ))}
          </p>
        )}
      </header>
      {brief.lede && (
        <p className="lede" data-part="lede">
          {brief.lede}
        </p>
      )}
      {brief.keyPoints.length > 0 && (
        <Block label={t('keyPoints')} part="key-points">
          <ul className="key-points">
            {brief.keyPoints.map((k, i) => (
              <li key={i}>{k}</li>
            ))}
          </ul>
        </Block>
      )}
      {brief.sections.length > 0 && (
        <Block label={t('sectionsHeading', String(brief.sections.length))} part="sections">
          <SectionList sections={brief.sections} open={mode === 'sidepanel'} onShow={onShowInPage} />
        </Block>
      )}
      {brief.lists.map((list, i) => (
        <Block key={i} label={list.kind === 'steps' ? t('stepsHeading') : t('listHeading')} part={`list-${list.kind}`}>
          <StepsList list={list} />
        </Block>
      ))}
      {brief.tables.map((table, i) => {
        const commitments = isCommitmentsTable(brief, table);
        return (
          <Block
            key={i}
            label={commitments ? t('commitmentsHeading') : t('tableHeading')}
            part={commitments ? 'commitments-table' : 'table'}
          >
            <DataTable table={table} commitments={commitments} />
          </Block>
        );
      })}
      {proseCommitments.length > 0 && (
        <Block label={t('commitmentsInTextHeading')} part="commitments">
          <ul className="commitments">
            {proseCommitments.map((c, i) => (
              <li key={i}>
                {c.actor && <strong className="actor">{c.actor}: </strong>}
                {c.commitment}
                {onShowInPage && (
                  <button
                    type="button"
                    className="link-button show-in-page"
                    {...uiAttrs()}
                    onClick={() => onShowInPage(c.evidence)}
                  >
                    {t('showInPage')}
                  </button>
                )}
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
