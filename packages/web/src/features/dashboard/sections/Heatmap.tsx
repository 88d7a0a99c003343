import { FIGURES } from '../query-options';
import { useDrawnAnswer } from '../../../lib/use-drawn-answer';
import { useNear } from '../WhenNear';
import { useQuery } from '@apollo/client/react';
import { ANALYTICS_DIMENSIONS, metricValue, type AnalyticsDimension } from '@nvtt/shared';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Empty, ErrorState, Loading } from '../../../components/QueryState';
import { ComparisonDocument } from '../dashboard.documents';
import { useLabels } from '../../../lib/vocabulary';
import { Select } from '../ChartCard';
import { DrillLink } from '../drill-link';
import { drillHref, drillOfRow } from '../drill';
import { dimensionOptions } from '../options';
import { cellKey, heatmapOf, percent } from '../shape';

/** Colour of a completion rate: red (low) to green (high); grey when nothing is assessable yet. */
export function heatColour(value: number | null): string {
  if (value === null) return 'var(--color-bg)';
  const hue = Math.round(value * 120);
  return `hsl(${hue} 70% 88%)`;
}

/** A matrix of completion rates (e.g. former district × subject group); every cell links to its cadres. */
export function Heatmap({ year }: { year: number }) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  const [rows, setRows] = useState<AnalyticsDimension>('LEGACY_DISTRICT');
  const [columns, setColumns] = useState<AnalyticsDimension>('SUBJECT_GROUP');
  const near = useNear();
  const {
    data: answer,
    loading: fetching,
    error,
    refetch,
  } = useQuery(ComparisonDocument, {
    ...FIGURES,
    variables: { cycleYears: [year], dimension: rows, by: columns },
    skip: !near || rows === columns,
  });
  const { drawn: data, drawing } = useDrawnAnswer(answer);
  // Until the card nears the screen, and until its answer is drawn, it shows its loading state (see WhenNear).
  const loading = fetching || (!near && rows !== columns) || drawing;
  const map = data ? heatmapOf(data.comparison, rows, columns, locale) : null;
  const title = t('dashboard.heatmap.title', {
    rows: ANALYTICS_DIMENSIONS[rows][locale],
    columns: ANALYTICS_DIMENSIONS[columns][locale],
  });
  return (
    <section className="card" aria-labelledby="heatmap-title">
      <h2 id="heatmap-title" className="card__title">
        {title}
      </h2>
      <p className="chart-card__intro">{t('dashboard.heatmap.intro')}</p>
      <div className="chart-card__controls">
        <Select
          label={t('dashboard.heatmap.rows')}
          value={rows}
          options={dimensionOptions(locale, ['PROVINCE', columns])}
          onChange={setRows}
        />
        <Select
          label={t('dashboard.heatmap.columns')}
          value={columns}
          options={dimensionOptions(locale, ['PROVINCE', rows])}
          onChange={setColumns}
        />
      </div>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !map || map.rows.length === 0 ? (
        <Empty>{t('dashboard.builder.empty')}</Empty>
      ) : (
        <div className="table-scroll table-scroll--tall">
          <table className="heatmap">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <td />
                {map.columns.map((column) => (
                  <th key={column.code} scope="col">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row">{row.label}</th>
                  {map.columns.map((column) => {
                    const cell = map.cells.get(cellKey(row.code, column.code));
                    if (!cell) return <td key={column.code} className="heatmap__empty" />;
                    const value = metricValue('COMPLETION_RATE', cell);
                    const label = `${row.label}, ${column.label} — ${year}`;
                    return (
                      <td key={column.code} style={{ background: heatColour(value) }}>
                        {/* Hidden words give the cell its context; the visible figures stay in the name (WCAG 2.5.3). */}
                        <DrillLink to={drillHref(drillOfRow(cell, rows, columns, label))}>
                          <span className="visually-hidden">
                            {t('dashboard.heatmap.cellPlace', { row: row.label, column: column.label })}{' '}
                          </span>
                          {percent(value, locale)}
                          <small>
                            {cell.tasks}
                            <span className="visually-hidden"> {t('dashboard.heatmap.cellTasks')}</span>
                          </small>
                        </DrillLink>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
