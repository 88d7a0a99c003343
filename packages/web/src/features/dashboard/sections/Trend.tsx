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
} from '@nvtt/shared';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { ErrorState, Loading } from '../../../components/QueryState';
import { ComparisonDocument } from '../dashboard.documents';
import { useLabels } from '../../../lib/vocabulary';
import { ChartCard, Select } from '../ChartCard';
import { TrendLines } from '../lazy-charts';
import { metricOptions } from '../options';
import { count, percent, trendOf, valueLabel } from '../shape';

const SERIES: readonly AnalyticsDimension[] = ['PROVINCE', 'SECTOR', 'SUBJECT_GROUP', 'UNIT_KIND', 'LEGACY_DISTRICT'];

/** A measure across every cycle, for the province or per group; former districts bridge 2025. */
export function Trend({ years }: { years: readonly number[] }) {
  const { t } = useTranslation();
  const { locale, label } = useLabels();
  const [dimension, setDimension] = useState<AnalyticsDimension>('PROVINCE');
  const [metric, setMetric] = useState<ComparisonMetric>('COMPLETION_RATE');
  const near = useNear();
  const {
    data: answer,
    loading: fetching,
    error,
    refetch,
  } = useQuery(ComparisonDocument, {
    ...FIGURES,
    variables: { cycleYears: [...years], dimension },
    skip: !near,
  });
  const { drawn: data, drawing } = useDrawnAnswer(answer);
  // Until the card nears the screen, and until its answer is drawn, it shows its loading state (see WhenNear).
  const loading = fetching || !near || drawing;
  const rate = isRateMetric(metric);
  const format = (value: number | null) =>
    rate ? percent(value, locale) : value === null ? '—' : count(value, locale);
  const { points, series } = data ? trendOf(data.comparison, metric) : { points: [], series: [] };
  const names = new Map(
    (data?.comparison ?? []).map((row) => [row.code, valueLabel(dimension, row.code, row.label, locale)]),
  );
  const lines = series.map((key) => ({ key, label: names.get(key) ?? key }));
  const state = loading && !data ? <Loading /> : error ? <ErrorState onRetry={() => void refetch()} /> : null;
  const title = t('dashboard.trend.title');
  return (
    <ChartCard
      title={title}
      intro={t('dashboard.trend.intro')}
      controls={
        <>
          <Select
            label={t('dashboard.trend.series')}
            value={dimension}
            options={SERIES.map((code) => ({ code, label: label(ANALYTICS_DIMENSIONS, code) }))}
            onChange={setDimension}
          />
          <Select
            label={t('dashboard.compare.metric')}
            value={metric}
            options={metricOptions(locale)}
            onChange={setMetric}
          />
        </>
      }
      chart={
        state ?? (
          <TrendLines
            points={points}
            series={lines}
            rate={rate}
            format={format}
            ariaLabel={`${title}: ${COMPARISON_METRICS[metric][locale]}`}
          />
        )
      }
      table={
        state ?? (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{`${title}: ${COMPARISON_METRICS[metric][locale]}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.trend.year')}</th>
                  {lines.map((line) => (
                    <th key={line.key} scope="col" className="numeric">
                      {line.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.year}>
                    <th scope="row">{point.year}</th>
                    {lines.map((line) => (
                      <td key={line.key} className="numeric">
                        {format(point[line.key] ?? null)}
                      </td>
                    ))}
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
