import { FIGURES } from '../query-options';
import { useDrawnAnswer } from '../../../lib/use-drawn-answer';
import { useNear } from '../WhenNear';
import { useQuery } from '@apollo/client/react';
import {
  ANALYTICS_DIMENSIONS,
  COMPARISON_METRICS,
  isRateMetric,
  type AnalyticsDimension,
  type ComparisonMetric,
  type MetricDefinition,
} from '@nvtt/shared';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Empty, ErrorState, Loading } from '../../../components/QueryState';
import { ComparisonDocument } from '../dashboard.documents';
import { useLabels } from '../../../lib/vocabulary';
import { ChartCard, Select } from '../ChartCard';
import { DrillLink, useDrillTo } from '../drill-link';
import { drillHref, drillOfRow } from '../drill';
import { RankedBars } from '../lazy-charts';
import { dimensionOptions, metricOptions } from '../options';
import { count, percent, sortedBars, type Bar } from '../shape';

/** Sorted bars of one measure across a dimension, each bar (and table row) leading to its cadres. */
export function Compare({ year }: { year: number }) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  const drillTo = useDrillTo();
  const [dimension, setDimension] = useState<AnalyticsDimension>('LOCALITY');
  const [chosen, setMetric] = useState<ComparisonMetric | null>(null);
  const near = useNear();
  const {
    data: answer,
    loading: fetching,
    error,
    refetch,
  } = useQuery(ComparisonDocument, {
    ...FIGURES,
    variables: { cycleYears: [year], dimension },
    skip: !near,
  });
  const { drawn: data, drawing } = useDrawnAnswer(answer);
  // Until the card nears the screen, and until its answer is drawn, it shows its loading state (see WhenNear).
  const loading = fetching || !near || drawing;
  // Before any conclusion the completion rate is empty everywhere: progress is what can be compared.
  const metric =
    chosen ?? (data?.comparison.some((row) => row.assessable > 0) ? 'COMPLETION_RATE' : 'MILESTONE_ON_TIME_RATE');
  const rate = isRateMetric(metric);
  const format = (value: number | null) =>
    rate ? percent(value, locale) : value === null ? '—' : count(value, locale);
  const bars = data ? sortedBars(data.comparison, dimension, metric, locale) : [];
  const definition: MetricDefinition = COMPARISON_METRICS[metric];
  const hrefOf = (bar: Bar) => drillHref(drillOfRow(bar.row, dimension, null, `${bar.label} — ${year}`));
  const controls = (
    <>
      <Select
        label={t('dashboard.compare.dimension')}
        value={dimension}
        options={dimensionOptions(locale, ['PROVINCE'])}
        onChange={setDimension}
      />
      <Select
        label={t('dashboard.compare.metric')}
        value={metric}
        options={metricOptions(locale)}
        onChange={setMetric}
      />
    </>
  );
  const body = () => {
    if (loading && !data) return <Loading />;
    if (error) return <ErrorState onRetry={() => void refetch()} />;
    if (bars.length === 0) return <Empty>{t('dashboard.builder.empty')}</Empty>;
    return null;
  };
  const state = body();
  return (
    <ChartCard
      title={t('dashboard.compare.title')}
      controls={controls}
      minHeight={Math.min(520, Math.max(160, bars.length * 26 + 40))}
      chart={
        state ?? (
          <RankedBars
            data={bars}
            rate={rate}
            format={format}
            ariaLabel={t('dashboard.compare.chartLabel', {
              metric: definition[locale],
              dimension: ANALYTICS_DIMENSIONS[dimension][locale],
              year,
            })}
            onSelect={
              drillTo &&
              ((index) => {
                const bar = bars[index];
                if (bar) drillTo(hrefOf(bar));
              })
            }
          />
        )
      }
      table={
        state ?? (
          <div className="table-scroll table-scroll--tall">
            <table className="table">
              <caption className="visually-hidden">
                {t('dashboard.compare.chartLabel', {
                  metric: definition[locale],
                  dimension: ANALYTICS_DIMENSIONS[dimension][locale],
                  year,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{ANALYTICS_DIMENSIONS[dimension][locale]}</th>
                  <th scope="col" className="numeric">
                    {definition[locale]}
                  </th>
                  <th scope="col" className="numeric">
                    {t('dashboard.compare.basis')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.key}>
                    <th scope="row">
                      <DrillLink to={hrefOf(bar)}>{bar.label}</DrillLink>
                    </th>
                    <td className="numeric">{format(bar.value)}</td>
                    <td className="numeric">
                      {definition.of
                        ? `${count(bar.row[definition.count], locale)} / ${count(bar.row[definition.of], locale)}`
                        : ''}
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
