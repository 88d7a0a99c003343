import { useMemo } from 'react';
import { useTranslation } from '../../app/i18n';
import type { DossierTaskFragment } from '../../gql/graphql';
import { useLabels } from '../../lib/vocabulary';
import { formatDate, formatDateTime, formatNumber } from './format';
import { changeCount, taskVersions, versionRows, type VersionFormat, type VersionRow } from './versions';

function useVersionFormat(): VersionFormat {
  const { t } = useTranslation();
  const { locale } = useLabels();
  return useMemo(
    () => ({
      date: formatDate,
      number: (value) => formatNumber(value, locale),
      period: (from, to) => t('dossier.versions.periodValue', { from, to }),
      due: (date) => t('dossier.versions.due', { date }),
    }),
    [t, locale],
  );
}

function partName(row: VersionRow, t: (key: string, options?: Record<string, unknown>) => string): string {
  return row.field === 'output' ? t('dossier.versions.output', { n: row.number }) : t(`dossier.versions.${row.field}`);
}

/**
 * Registered, assigned and amended versions side by side; a part that differs from the column
 * before is marked in words (not only colour), so the change reads in print and to screen readers.
 */
export function TaskVersions({ task }: { task: DossierTaskFragment }) {
  const { t } = useTranslation();
  const format = useVersionFormat();
  const columns = taskVersions(task);
  const rows = versionRows(columns, format);
  const changes = changeCount(rows);
  const only = columns.length === 1 ? columns[0] : undefined;
  return (
    <section className="ds-block" aria-labelledby={`task-${task.ordinal}-versions`}>
      <h3 id={`task-${task.ordinal}-versions`}>{t('dossier.versions.heading')}</h3>
      <p className="muted">
        {only?.kind === 'CURRENT'
          ? t('dossier.versions.single')
          : changes === 0
            ? t('dossier.versions.noChange')
            : t('dossier.versions.changes', { count: changes })}
      </p>
      <div className="table-scroll">
        <table className={`table ds-table ds-versions ds-versions--${columns.length}`}>
          <caption className="visually-hidden">{t('dossier.versions.caption', { n: task.ordinal })}</caption>
          <thead>
            <tr>
              <th scope="col" className="ds-versions__part">
                {t('dossier.versions.part')}
              </th>
              {columns.map((column) => (
                <th scope="col" key={column.kind}>
                  {t(`dossier.versions.${column.kind}`)}{' '}
                  <span className="ds-version-no">{t('dossier.versions.versionNo', { version: column.version })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.field}-${row.number ?? ''}`}>
                <th scope="row" className="ds-versions__part">
                  {partName(row, t)}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={columns[index]!.kind} className={cell.changed ? 'ds-changed' : undefined}>
                    {cell.changed && (
                      <span className="ds-changed__tag" title={t('dossier.versions.changedLong')}>
                        {t('dossier.versions.changed')}
                        <span className="visually-hidden"> ({t('dossier.versions.changedLong')})</span>
                      </span>
                    )}
                    {cell.text === null ? (
                      <span className="muted">{t('dossier.versions.missing')}</span>
                    ) : (
                      <span className="ds-prose">{cell.text}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ChangeRequests task={task} />
    </section>
  );
}

/** Every change request with its reason and decision; the approved ones are the amended versions. */
function ChangeRequests({ task }: { task: DossierTaskFragment }) {
  const { t } = useTranslation();
  if (task.changeRequests.length === 0) return null;
  return (
    <>
      <h4>{t('dossier.changes.heading')}</h4>
      <ul className="ds-entries">
        {task.changeRequests.map((request) => (
          <li key={request.id}>
            <p>
              <span className={`nv-badge ds-change--${request.status.toLowerCase()}`}>
                {t(`dossier.changes.status.${request.status}`)}
              </span>{' '}
              <strong>{request.proposed.title}</strong>
            </p>
            <p className="muted">
              {t('dossier.changes.requested', {
                who: request.requesterLabel,
                when: formatDateTime(request.requestedAt),
              })}
              {request.decidedAt &&
                ` · ${t('dossier.changes.decided', { who: request.deciderLabel ?? '', when: formatDateTime(request.decidedAt) })}`}
              {request.documentNumber && ` · ${t('dossier.changes.document', { doc: request.documentNumber })}`}
              {request.resultingVersion !== null &&
                ` · ${t('dossier.changes.resulting', { version: request.resultingVersion })}`}
            </p>
            <p>
              <span className="ds-label">{t('dossier.changes.reason')}:</span> {request.reason}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
