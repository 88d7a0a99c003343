import { FIGURES } from '../query-options';
import { useDrawnAnswer } from '../../../lib/use-drawn-answer';
import { useNear } from '../WhenNear';
import { useQuery } from '@apollo/client/react';
import { QUALITY_RATING_LEVELS, type QualityRatingLevel } from '@nvtt/shared';
import { useTranslation } from '../../../app/i18n';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type RatingDistributionQuery } from '../../../gql/graphql';
import { RatingDistributionDocument } from '../dashboard.documents';
import { useLabels } from '../../../lib/vocabulary';
import { ChartCard } from '../ChartCard';
import { DrillLink, useDrillTo } from '../drill-link';
import { drillHref } from '../drill';
import { StackedBars } from '../lazy-charts';
import { valueLabel } from '../shape';

type RatingRow = RatingDistributionQuery['ratingDistribution'][number];

const LEVELS: ReadonlyArray<{
  level: QualityRatingLevel;
  field: 'excellent' | 'good' | 'completed' | 'notCompleted';
  colour: string;
}> = [
  { level: 'EXCELLENT', field: 'excellent', colour: '#065f46' },
  { level: 'GOOD', field: 'good', colour: '#16a34a' },
  { level: 'COMPLETED', field: 'completed', colour: '#ca8a04' },
  { level: 'NOT_COMPLETED', field: 'notCompleted', colour: '#b91c1c' },
];

/** Official ratings per subject group with the HTXS quota check; a click lists the group's rated cadres. */
export function Ratings({ year }: { year: number }) {
  const { t } = useTranslation();
  const { locale, short } = useLabels();
  const drillTo = useDrillTo();
  const near = useNear();
  const {
    data: answer,
    loading: fetching,
    error,
    refetch,
  } = useQuery(RatingDistributionDocument, {
    ...FIGURES,
    variables: { cycleYears: [year], dimension: 'SUBJECT_GROUP' },
    skip: !near,
  });
  const { drawn: data, drawing } = useDrawnAnswer(answer);
  // Until the card nears the screen, and until its answer is drawn, it shows its loading state (see WhenNear).
  const loading = fetching || !near || drawing;
  const rows = data?.ratingDistribution ?? [];
  const nameOf = (row: RatingRow) => valueLabel('SUBJECT_GROUP', row.code, row.label, locale);
  const hrefOf = (row: RatingRow, levels?: QualityRatingLevel[]) =>
    drillHref({ year, dimension: 'SUBJECT_GROUP', code: row.code, levels, label: `${nameOf(row)} — ${year}` });
  const stacks = [
    ...LEVELS.map(({ level, colour }) => ({ key: level, label: short(QUALITY_RATING_LEVELS, level), colour })),
    { key: 'UNRATED', label: t('dashboard.ratings.unrated'), colour: '#d1d5db' },
  ];
  const chartData = rows.map((row) => ({
    label: nameOf(row),
    ...Object.fromEntries(LEVELS.map(({ level, field }) => [level, row[field]])),
    UNRATED: row.unrated,
  }));
  const state = loading && !data ? <Loading /> : error ? <ErrorState onRetry={() => void refetch()} /> : null;
  const title = t('dashboard.ratings.title');
  return (
    <ChartCard
      title={title}
      intro={t('dashboard.ratings.intro')}
      chart={
        state ?? (
          <StackedBars
            data={chartData}
            stacks={stacks}
            ariaLabel={title}
            onSelect={
              drillTo &&
              ((index) => {
                const row = rows[index];
                if (row) drillTo(hrefOf(row));
              })
            }
          />
        )
      }
      table={
        state ?? (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.ratings.group')}</th>
                  {stacks.map((stack) => (
                    <th key={stack.key} scope="col" className="numeric">
                      {stack.label}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    {t('dashboard.ratings.allowed')}
                  </th>
                  <th scope="col">{t('dashboard.ratings.exceeded')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.code} className={row.excellentQuotaExceeded ? 'is-late' : ''}>
                    <th scope="row">
                      <DrillLink to={hrefOf(row)}>{nameOf(row)}</DrillLink>
                    </th>
                    {LEVELS.map(({ level, field }) => (
                      <td key={level} className="numeric">
                        {row[field] ? <DrillLink to={hrefOf(row, [level])}>{row[field]}</DrillLink> : 0}
                      </td>
                    ))}
                    <td className="numeric">{row.unrated}</td>
                    <td className="numeric">{row.excellentAllowed ?? '—'}</td>
                    <td>
                      {row.excellentAllowed === null ? (
                        t('dashboard.ratings.noQuota')
                      ) : row.excellentQuotaExceeded ? (
                        <strong>{t('dashboard.ratings.exceeded')}</strong>
                      ) : (
                        t('dashboard.ratings.within')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    />
  );
}
