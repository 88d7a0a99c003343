import '../dashboard/i18n';
import '../dashboard/dashboard.css';
import './analysis.css';
import { useQuery } from '@apollo/client/react';
import {
  ANALYTICS_DIMENSIONS,
  COMPARISON_METRICS,
  isRateMetric,
  parseView,
  provinceDateOf,
  viewToSearch,
  type AnalyticsView,
  type ComparisonMetric,
  type MetricDefinition,
} from '@nvtt/shared';
import { useTranslation } from '../../app/i18n';
import { Link, useNavigate, useSearchParams } from '../../app/router';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { ComparisonDocument, DashboardCyclesDocument } from '../dashboard/dashboard.documents';
import { useLabels } from '../../lib/vocabulary';
import { ChartCard, Select } from '../dashboard/ChartCard';
import { drillHref, drillOfRow } from '../dashboard/drill';
import { RankedBars } from '../dashboard/lazy-charts';
import { defaultYear, dimensionOptions, metricOptions } from '../dashboard/options';
import { count, percent } from '../dashboard/shape';
import { SavedViews } from './SavedViews';
import { tableLines } from './table-rows';

/** The analysts' comparative view builder: its address is the view, so a link reproduces it. */
export default function AnalysisPage() {
  const { t } = useTranslation();
  const { locale } = useLabels();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const cycles = useQuery(DashboardCyclesDocument);
  const years = (cycles.data?.cycles ?? []).map((cycle) => cycle.year).sort((a, b) => a - b);
  const fallback = defaultYear(years, provinceDateOf(new Date())) ?? Number(provinceDateOf(new Date()).slice(0, 4));
  const view = parseView(params.toString(), fallback);
  const update = (change: Partial<AnalyticsView>) => setParams(viewToSearch({ ...view, ...change }), { replace: true });
  const comparison = useQuery(ComparisonDocument, {
    variables: { cycleYears: [...view.years], dimension: view.dimension, by: view.by },
    skip: !cycles.data,
  });
  if (cycles.loading && !cycles.data) return <Loading />;
  if (cycles.error) return <ErrorState onRetry={() => void cycles.refetch()} />;

  const lines = comparison.data ? tableLines(comparison.data.comparison, view, locale) : [];
  const format = (metric: ComparisonMetric, value: number | null) =>
    isRateMetric(metric) ? percent(value, locale) : value === null ? '—' : count(value, locale);
  const chartYear = view.years[view.years.length - 1]!;
  const chartLines = view.by ? [] : lines.filter((line) => line.year === chartYear);
  const chartIndex = Math.max(0, view.metrics.indexOf(view.chartMetric));
  const bars = [...chartLines]
    .map((line) => ({ label: line.label, value: line.values[chartIndex] ?? null, line }))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  // Before any conclusion, completion rates are empty everywhere: the chart says so instead of drawing names alone.
  const noValues = bars.every((bar) => bar.value === null);
  const headings = {
    rows: ANALYTICS_DIMENSIONS[view.dimension][locale],
    columns: view.by ? ANALYTICS_DIMENSIONS[view.by][locale] : '',
    year: t('dashboard.builder.year'),
  };
  // The files are written by the API from the same view (its address), with the shared table shaping:
  // the dashboard carries no spreadsheet library.
  const exportHref = (kind: 'csv' | 'xlsx') => `/exports/analysis.${kind}?${viewToSearch(view)}&lang=${locale}`;
  const state =
    comparison.loading && !comparison.data ? (
      <Loading />
    ) : comparison.error ? (
      <ErrorState onRetry={() => void comparison.refetch()} />
    ) : lines.length === 0 ? (
      <Empty>{t('dashboard.builder.empty')}</Empty>
    ) : null;

  return (
    <>
      <header className="page-header">
        <h1>{t('dashboard.builder.heading')}</h1>
        <p className="page-header__intro">{t('dashboard.builder.intro')}</p>
      </header>
      <div className="analysis">
        <section className="card analysis__controls" aria-label={t('dashboard.builder.heading')}>
          <Select
            label={t('dashboard.builder.rows')}
            value={view.dimension}
            options={dimensionOptions(locale)}
            onChange={(dimension) => update({ dimension, by: view.by === dimension ? null : view.by })}
          />
          <Select
            label={t('dashboard.builder.columns')}
            value={view.by ?? ''}
            options={[{ code: '', label: t('dashboard.builder.none') }, ...dimensionOptions(locale, [view.dimension])]}
            onChange={(by) => update({ by: by === '' ? null : by })}
          />
          <fieldset className="checkbox-group">
            <legend>{t('dashboard.builder.years')}</legend>
            {years.map((year) => (
              <label key={year}>
                <input
                  type="checkbox"
                  checked={view.years.includes(year)}
                  onChange={(event) => {
                    const next = event.target.checked
                      ? [...view.years, year]
                      : view.years.filter((chosen) => chosen !== year);
                    if (next.length) update({ years: [...next].sort((a, b) => a - b) });
                  }}
                />
                {year}
              </label>
            ))}
          </fieldset>
          <fieldset className="checkbox-group">
            <legend>{t('dashboard.builder.metrics')}</legend>
            {metricOptions(locale).map((option) => (
              <label key={option.code}>
                <input
                  type="checkbox"
                  checked={view.metrics.includes(option.code)}
                  onChange={(event) => {
                    const next = event.target.checked
                      ? [...view.metrics, option.code]
                      : view.metrics.filter((metric) => metric !== option.code);
                    if (next.length)
                      update({
                        metrics: next,
                        chartMetric: next.includes(view.chartMetric) ? view.chartMetric : next[0]!,
                      });
                  }}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          <span className="field">
            <label htmlFor="analysis-filter">{t('dashboard.builder.filter')}</label>
            <input
              id="analysis-filter"
              value={view.filter}
              maxLength={100}
              onChange={(e) => update({ filter: e.target.value })}
            />
          </span>
          <span className="field">
            <label htmlFor="analysis-min">{t('dashboard.builder.minTasks')}</label>
            <input
              id="analysis-min"
              type="number"
              min={0}
              value={view.minTasks}
              onChange={(e) => update({ minTasks: Math.max(0, Math.trunc(Number(e.target.value) || 0)) })}
            />
          </span>
          <div className="analysis__export">
            {lines.length > 0 && (
              <>
                <a className="button button--ghost" href={exportHref('csv')} download>
                  {t('dashboard.builder.exportCsv')}
                </a>
                <a className="button" href={exportHref('xlsx')} download>
                  {t('dashboard.builder.exportXlsx')}
                </a>
              </>
            )}
            <a
              className="button button--ghost"
              href={`/exports/comparison.xlsx?${new URLSearchParams({
                years: view.years.join(','),
                dimension: view.dimension,
                ...(view.by ? { by: view.by } : {}),
              }).toString()}`}
              download
            >
              {t('dashboard.builder.exportServerXlsx')}
            </a>
          </div>
        </section>
        <div className="analysis__main">
          {!view.by && (
            <ChartCard
              title={`${COMPARISON_METRICS[view.chartMetric][locale]} — ${chartYear}`}
              controls={
                <Select
                  label={t('dashboard.builder.chartMetric')}
                  value={view.chartMetric}
                  options={metricOptions(locale).filter((option) => view.metrics.includes(option.code))}
                  onChange={(chartMetric) => update({ chartMetric })}
                />
              }
              minHeight={noValues ? 160 : Math.min(520, Math.max(160, bars.length * 26 + 40))}
              chart={
                state ??
                (noValues ? (
                  <Empty>{t('dashboard.builder.noValues', { year: chartYear })}</Empty>
                ) : (
                  <RankedBars
                    data={bars}
                    rate={isRateMetric(view.chartMetric)}
                    format={(value) => format(view.chartMetric, value)}
                    ariaLabel={`${COMPARISON_METRICS[view.chartMetric][locale]} — ${chartYear}`}
                    onSelect={(index) => {
                      const bar = bars[index];
                      if (bar)
                        void navigate(
                          drillHref(drillOfRow(bar.line.row, view.dimension, null, `${bar.label} — ${chartYear}`)),
                        );
                    }}
                  />
                ))
              }
              table={<p className="muted">{t('dashboard.view.table')} ↓</p>}
            />
          )}
          <section className="card" aria-labelledby="analysis-table-title">
            <h2 id="analysis-table-title" className="card__title">
              {t('dashboard.view.table')} ({count(lines.length, locale)})
            </h2>
            {state ?? (
              <div className="table-scroll table-scroll--tall">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{headings.rows}</th>
                      {view.by && <th scope="col">{headings.columns}</th>}
                      <th scope="col">{headings.year}</th>
                      {view.metrics.map((metric) => {
                        const definition: MetricDefinition = COMPARISON_METRICS[metric];
                        return (
                          <th key={metric} scope="col" className="numeric">
                            {definition[locale]}
                          </th>
                        );
                      })}
                    </tr>
                  </thead>
                  <tbody>
                    {lines.map((line) => (
                      <tr key={`${line.row.code}-${line.row.code2 ?? ''}-${line.year}`}>
                        <th scope="row">
                          <Link
                            to={drillHref(
                              drillOfRow(
                                line.row,
                                view.dimension,
                                view.by,
                                `${line.label}${line.label2 ? `, ${line.label2}` : ''} — ${line.year}`,
                              ),
                            )}
                          >
                            {line.label}
                          </Link>
                        </th>
                        {view.by && <td>{line.label2}</td>}
                        <td>{line.year}</td>
                        {line.values.map((value, index) => (
                          <td key={view.metrics[index]} className="numeric">
                            {format(view.metrics[index]!, value)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <SavedViews query={viewToSearch(view)} />
        </div>
      </div>
    </>
  );
}
