import { useTranslation } from '../../app/i18n';
import { Link } from '../../app/router';
import { useLabels } from '../../lib/vocabulary';
import { OutcomeBadge, StateBadge } from '../dossier/badges';
import { formatShare } from '../dossier/format';
import type { CadreRow } from './rows';
import { dossierHref, type DrillView, type SortKey } from './url-state';

/** Numbers read best from the largest first; names and units from A. */
const FIRST_DIRECTION: Record<SortKey, 'asc' | 'desc'> = {
  name: 'asc',
  unit: 'asc',
  tasks: 'desc',
  completion: 'desc',
  onTime: 'desc',
  opinions: 'desc',
};

function SortHeader({
  column,
  children,
  view,
  onSort,
  className,
}: {
  column: SortKey;
  children: string;
  view: DrillView;
  onSort: (changes: Pick<DrillView, 'sort' | 'dir'>) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  const active = view.sort === column;
  const ariaSort = active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  const next = active ? (view.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[column];
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button
        type="button"
        className="dd-sort"
        title={t('drillDown.sortBy', { column: children })}
        onClick={() => onSort({ sort: column, dir: next })}
      >
        {children}
        <span aria-hidden="true" className="dd-sort__arrow">
          {active ? (view.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function MilestoneSummary({ row }: { row: CadreRow }) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  const { DONE_ON_TIME, DONE_LATE, OVERDUE, PENDING } = row.milestones;
  if (DONE_ON_TIME + DONE_LATE + OVERDUE + PENDING === 0)
    return <span className="muted">{t('drillDown.table.noMilestones')}</span>;
  return (
    <>
      <span>
        {t('drillDown.table.onTime', { onTime: `${row.milestonesOnTime}/${row.milestonesDue}` })}{' '}
        {row.onTimeRate !== null && t('drillDown.table.rate', { rate: formatShare(row.onTimeRate, locale) })}
      </span>
      <ul className="dd-marks">
        {DONE_LATE > 0 && <li className="dd-mark dd-mark--late">{t('drillDown.table.late', { count: DONE_LATE })}</li>}
        {OVERDUE > 0 && (
          <li className="dd-mark dd-mark--overdue">{t('drillDown.table.overdue', { count: OVERDUE })}</li>
        )}
        {PENDING > 0 && <li className="dd-mark">{t('drillDown.table.pending', { count: PENDING })}</li>}
      </ul>
    </>
  );
}

/** The cadres as a table: one row each, their counted tasks with state and outcome inside. */
export function DrillTable({
  rows,
  year,
  from,
  view,
  onSort,
}: {
  rows: readonly CadreRow[];
  year: number;
  /** The list's own address, so the dossier can lead back to it. */
  from: string;
  view: DrillView;
  onSort: (changes: Pick<DrillView, 'sort' | 'dir'>) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  return (
    <div className="table-scroll">
      <table className="table dd-table">
        <caption className="visually-hidden">{t('drillDown.table.caption', { shown: rows.length })}</caption>
        <thead>
          <tr>
            <SortHeader column="name" view={view} onSort={onSort} className="dd-col-name">
              {t('drillDown.table.cadre')}
            </SortHeader>
            <SortHeader column="unit" view={view} onSort={onSort} className="dd-col-post">
              {t('drillDown.table.post')}
            </SortHeader>
            <SortHeader column="tasks" view={view} onSort={onSort}>
              {t('drillDown.table.tasks')}
            </SortHeader>
            <SortHeader column="completion" view={view} onSort={onSort} className="dd-col-num">
              {t('drillDown.table.completion')}
            </SortHeader>
            <SortHeader column="onTime" view={view} onSort={onSort} className="dd-col-num">
              {t('drillDown.table.milestones')}
            </SortHeader>
            <SortHeader column="opinions" view={view} onSort={onSort} className="dd-col-count">
              {t('drillDown.table.opinions')}
            </SortHeader>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const href = dossierHref(row.id, year, from);
            return (
              <tr key={row.id}>
                <th scope="row" className="dd-col-name">
                  <Link to={href} aria-label={t('drillDown.table.openDossier', { name: row.name })}>
                    {row.name}
                  </Link>
                </th>
                <td className="dd-col-post">
                  {row.post}
                  {row.unit && <span className="dd-unit">{row.unit}</span>}
                </td>
                <td>
                  <ol className="dd-tasks">
                    {row.tasks.map((task) => (
                      <li key={task.id}>
                        <Link to={`${href}#task-${task.ordinal}`} className="dd-tasks__title">
                          <span className="dd-tasks__number">
                            {t('drillDown.table.taskNumber', { n: task.ordinal })}
                          </span>{' '}
                          {task.title}
                        </Link>
                        <span className="dd-tasks__badges">
                          <StateBadge state={task.state} />
                          <OutcomeBadge outcome={task.outcome} empty={t('drillDown.table.noOutcome')} />
                        </span>
                      </li>
                    ))}
                  </ol>
                </td>
                <td className="dd-col-num">
                  {row.assessableTasks === 0 ? (
                    <span className="muted">{t('drillDown.table.notAssessable')}</span>
                  ) : (
                    <>
                      {t('drillDown.table.completion_value', {
                        completed: row.completedTasks,
                        assessable: row.assessableTasks,
                      })}{' '}
                      {t('drillDown.table.rate', { rate: formatShare(row.completionRate, locale) })}
                    </>
                  )}
                </td>
                <td className="dd-col-num">
                  <MilestoneSummary row={row} />
                </td>
                <td className="dd-col-count">{row.opinions}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
