import { useQuery } from '@apollo/client/react';
import { metricValue, type FunnelStep } from '@nvtt/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../components/QueryState';
import { ComparisonDocument } from '../dashboard.documents';
import { useLabels } from '../../../lib/vocabulary';
import { drillHref } from '../drill';
import { count, percent } from '../shape';

/** The cycle's headline figures for the whole province (within the viewer's scope). */
export function Headline({ year }: { year: number }) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  const { data, loading, error, refetch } = useQuery(ComparisonDocument, {
    variables: { cycleYears: [year], dimension: 'PROVINCE' },
  });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorState onRetry={() => void refetch()} />;
  const row = data?.comparison[0];
  const of = (n: number, total: number) =>
    t('dashboard.headline.ofTotal', { count: count(n, locale), total: count(total, locale) });
  const figures: Array<{ key: string; label: string; value: string; detail: string; step: FunnelStep | null }> = row
    ? [
        {
          key: 'cadres',
          label: t('dashboard.headline.cadres'),
          value: count(row.cadres, locale),
          detail: '',
          step: null,
        },
        { key: 'tasks', label: t('dashboard.headline.tasks'), value: count(row.tasks, locale), detail: '', step: null },
        {
          key: 'registeredOnTime',
          label: t('dashboard.headline.registeredOnTime'),
          value: percent(metricValue('REGISTERED_ON_TIME_RATE', row), locale),
          detail: of(row.registeredOnTime, row.registered),
          step: 'REGISTERED',
        },
        {
          key: 'assigned',
          label: t('dashboard.headline.assigned'),
          value: count(row.assigned, locale),
          detail: of(row.assigned, row.tasks),
          step: 'ASSIGNED',
        },
        {
          key: 'completion',
          label: t('dashboard.headline.completion'),
          value: percent(metricValue('COMPLETION_RATE', row), locale),
          detail: row.assessable ? of(row.completed, row.assessable) : t('dashboard.headline.noData'),
          step: 'CONCLUDED',
        },
        {
          key: 'milestones',
          label: t('dashboard.headline.milestones'),
          value: percent(metricValue('MILESTONE_ON_TIME_RATE', row), locale),
          detail: row.milestonesDue ? of(row.milestonesOnTime, row.milestonesDue) : t('dashboard.headline.noData'),
          step: 'PLANNED',
        },
      ]
    : [];
  return (
    <section aria-labelledby="headline-title">
      <h2 id="headline-title" className="visually-hidden">
        {t('dashboard.headline.title')}
      </h2>
      <ul className="headline">
        {figures.map((figure) => (
          <li key={figure.key} className="headline__item">
            <Link
              to={drillHref({ year, step: figure.step ?? undefined, label: `${figure.label} — ${year}` })}
              className="headline__link"
            >
              <span className="headline__label">{figure.label}</span>
              <span className="headline__value">{figure.value}</span>
              <span className="headline__detail">{figure.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
