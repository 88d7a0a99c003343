import { FIGURES } from '../query-options';
import { useDrawnAnswer } from '../../../lib/use-drawn-answer';
import { useQuery } from '@apollo/client/react';
import { metricValue, type FunnelStep } from '@nvtt/shared';
import { useTranslation } from '../../../app/i18n';
import { ErrorState } from '../../../components/QueryState';
import { ComparisonDocument } from '../dashboard.documents';
import { useLabels } from '../../../lib/vocabulary';
import { DrillLink } from '../drill-link';
import { drillHref } from '../drill';
import { count, percent } from '../shape';

interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly detail: string;
  readonly step: FunnelStep | null;
}

const FIGURE_KEYS = ['cadres', 'tasks', 'registeredOnTime', 'assigned', 'completion', 'milestones'] as const;

function placeholders(t: (key: string) => string): Figure[] {
  return FIGURE_KEYS.map((key) => ({ key, label: t(`dashboard.headline.${key}`), value: '…', detail: '', step: null }));
}

/** The cycle's headline figures for the whole province (within the viewer's scope). */
export function Headline({ year }: { year: number }) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  const {
    data: answer,
    error,
    refetch,
  } = useQuery(ComparisonDocument, {
    ...FIGURES,
    variables: { cycleYears: [year], dimension: 'PROVINCE' },
  });
  const { drawn: data } = useDrawnAnswer(answer);
  if (error) return <ErrorState onRetry={() => void refetch()} />;
  const row = data?.comparison[0];
  // Until the answer is drawn (it is deferred, see above), the placeholders keep the tiles in place.
  const pending = !data;
  const of = (n: number, total: number) =>
    t('dashboard.headline.ofTotal', { count: count(n, locale), total: count(total, locale) });
  const figures: Figure[] = row
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
    : pending
      ? placeholders(t)
      : [];
  return (
    // While loading, the same six tiles with their labels hold the place: nothing moves when the figures arrive.
    <section aria-labelledby="headline-title" aria-busy={pending}>
      <h2 id="headline-title" className="visually-hidden">
        {t('dashboard.headline.title')}
      </h2>
      <ul className="headline">
        {figures.map((figure) => (
          <li key={figure.key} className="headline__item">
            {pending ? (
              <span className="headline__link">
                <FigureText figure={figure} />
              </span>
            ) : (
              <DrillLink
                to={drillHref({ year, step: figure.step ?? undefined, label: `${figure.label} — ${year}` })}
                className="headline__link"
              >
                <FigureText figure={figure} />
              </DrillLink>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FigureText({ figure }: { figure: Figure }) {
  return (
    <>
      <span className="headline__label">{figure.label}</span>
      <span className="headline__value">{figure.value}</span>
      <span className="headline__detail">{figure.detail}</span>
    </>
  );
}
