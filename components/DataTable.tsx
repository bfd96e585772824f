/**
 * A table of the article as a real, accessible table: caption, column headers, the first cell as row header. Its
 * scrolling box is a labelled region (keyboard users can scroll it); `label` is unique in the view (BriefView).
 */
import type { BriefTable } from '@/utils/types';
import { uiAttrs } from './i18n';

export function DataTable({ table, commitments, label }: { table: BriefTable; commitments: boolean; label: string }) {
  const width = Math.max(table.headers.length, ...table.rows.map((r) => r.length));
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="data-table" data-commitments={commitments ? 'true' : undefined}>
        <caption {...(table.caption === null ? uiAttrs() : {})}>{label}</caption>
        {table.headers.length > 0 && (
          <thead>
            <tr>
              {table.headers.map((h, i) => (
                <th scope="col" key={i}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {Array.from({ length: width }, (_, c) =>
                c === 0 ? (
                  <th scope="row" key={c}>
                    {row[c] ?? ''}
                  </th>
                ) : (
                  <td key={c}>{row[c] ?? ''}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
