import { FIGURES } from '../query-options';
import { useDrawnAnswer } from '../../../lib/use-drawn-answer';
import { useQuery } from '@apollo/client/react';
import { FUNNEL_STEPS, KEY_TASK_ACTIONS, KEY_TASK_STATES, STAGE_ACTORS, type FunnelStep } from '@nvtt/shared';
import { Fragment, useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Empty, ErrorState, Loading } from '../../../components/QueryState';
import { StageFunnelDocument } from '../dashboard.documents';
import { useLabels } from '../../../lib/vocabulary';
import { DrillLink } from '../drill-link';
import { drillHref } from '../drill';
import { backlogGroups, count, percent } from '../shape';

/** How far the cycle's tasks have come, and who holds up the rest (by agency, overdue first). */
export function Funnel({ year }: { year: number }) {
  const { t } = useTranslation();
  const { locale, label, date } = useLabels();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [expanded, setExpanded] = useState<string | null>(null);
  const {
    data: answer,
    loading,
    error,
    refetch,
  } = useQuery(StageFunnelDocument, {
    variables: { cycleYear: year },
    ...FIGURES,
  });
  const { drawn: data } = useDrawnAnswer(answer);
  if (error) return <ErrorState onRetry={() => void refetch()} />;
  // While loading, the card keeps its shape (the steps with their names), so nothing below it moves.
  const funnel = data?.stageFunnel ?? null;
  const groups = backlogGroups((funnel?.backlog ?? []).filter((row) => !overdueOnly || row.overdue > 0));
  const stepLabel = (step: FunnelStep) => label(FUNNEL_STEPS, step);
  return (
    <section className="card" aria-labelledby="funnel-title" aria-busy={loading && !funnel}>
      <h2 id="funnel-title" className="card__title">
        {t('dashboard.funnel.title')}
      </h2>
      <p className="chart-card__intro">{t('dashboard.funnel.intro')}</p>
      <ol className="funnel">
        {!funnel &&
          (Object.keys(FUNNEL_STEPS) as FunnelStep[]).map((step) => (
            <li key={step} className="funnel__step">
              <span className="funnel__link">
                <span className="funnel__label">{stepLabel(step)}</span>
                <span className="funnel__bar" aria-hidden="true" />
                <span className="funnel__value">…</span>
              </span>
            </li>
          ))}
        {funnel?.steps.map((step) => {
          const share = funnel.total ? step.tasks / funnel.total : null;
          return (
            <li key={step.step} className="funnel__step">
              <DrillLink
                className="funnel__link"
                to={drillHref({ year, step: step.step, label: `${stepLabel(step.step)} — ${year}` })}
              >
                <span className="funnel__label">{stepLabel(step.step)}</span>
                <span className="funnel__bar" aria-hidden="true">
                  <span style={{ width: `${(share ?? 0) * 100}%` }} />
                </span>
                <span className="funnel__value">
                  {count(step.tasks, locale)} <small>({percent(share, locale)})</small>
                </span>
              </DrillLink>
            </li>
          );
        })}
      </ol>
      <div className="chart-card__head">
        <h3 className="card__subtitle">{t('dashboard.funnel.backlogTitle')}</h3>
        <label className="checkbox">
          <input type="checkbox" checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} />
          {t('dashboard.funnel.overdueOnly')}
        </label>
      </div>
      {!funnel ? (
        <div className="funnel__backlog-pending">
          <Loading />
        </div>
      ) : groups.length === 0 ? (
        <Empty>{t('dashboard.funnel.noBacklog')}</Empty>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('dashboard.funnel.backlogTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.funnel.action')}</th>
                <th scope="col">{t('dashboard.funnel.waitingFor')}</th>
                <th scope="col">{t('dashboard.funnel.deadline')}</th>
                <th scope="col" className="numeric">
                  {t('dashboard.funnel.waiting')}
                </th>
                <th scope="col" className="numeric">
                  {t('dashboard.funnel.overdue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => {
                const open = expanded === group.key;
                return (
                  <Fragment key={group.key}>
                    <tr className={group.overdue ? 'is-late' : ''}>
                      <th scope="row">
                        <button
                          type="button"
                          className="link-button"
                          aria-expanded={open}
                          onClick={() => setExpanded(open ? null : group.key)}
                        >
                          {label(KEY_TASK_STATES, group.state)} → {label(KEY_TASK_ACTIONS, group.action)}
                        </button>
                        <small className="muted">
                          {' '}
                          · {t('dashboard.funnel.agencies', { count: group.rows.length })}
                        </small>
                      </th>
                      <td>{label(STAGE_ACTORS, group.actor)}</td>
                      <td>{date(group.deadline)}</td>
                      <td className="numeric">{count(group.waiting, locale)}</td>
                      <td className="numeric">
                        {group.overdue ? <strong>{count(group.overdue, locale)}</strong> : '0'}
                      </td>
                    </tr>
                    {open &&
                      group.rows.map((row) => (
                        <tr key={`${group.key}-${row.agency?.id ?? 'none'}`} className="sub-row">
                          <td colSpan={3}>{row.agency?.name ?? t('dashboard.funnel.decider')}</td>
                          <td className="numeric">{count(row.waiting, locale)}</td>
                          <td className="numeric">
                            {row.overdue ? <strong>{count(row.overdue, locale)}</strong> : '0'}
                          </td>
                        </tr>
                      ))}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
