import {
  ANALYTICS_DIMENSIONS,
  COMPARISON_METRICS,
  type AnalyticsDimension,
  type ComparisonMetric,
} from './analytics.js';
import { isCodeOf } from './label.js';

/**
 * A comparative view as analysts build it: what the rows and columns are, which measures, which
 * years, and a name filter. Its canonical URL query is what a saved view stores, so a link alone
 * reproduces the view and the API can check a saved one.
 */
export interface AnalyticsView {
  readonly dimension: AnalyticsDimension;
  readonly by: AnalyticsDimension | null;
  readonly metrics: readonly ComparisonMetric[];
  readonly chartMetric: ComparisonMetric;
  readonly years: readonly number[];
  /** Words a row's name must contain (diacritics optional); '' keeps every row. */
  readonly filter: string;
  /** Rows with fewer tasks are left out (small groups make unstable rates). */
  readonly minTasks: number;
}

export const MAX_VIEW_YEARS = 10;
export const MAX_VIEW_FILTER = 100;

export function defaultView(year: number): AnalyticsView {
  return {
    dimension: 'LOCALITY',
    by: null,
    metrics: ['COMPLETION_RATE', 'MILESTONE_ON_TIME_RATE', 'TASKS'],
    chartMetric: 'COMPLETION_RATE',
    years: [year],
    filter: '',
    minTasks: 0,
  };
}

const isYear = (value: number) => Number.isInteger(value) && value >= 2000 && value <= 2100;

/** Reads a view from a URL query; anything missing or invalid falls back to the default. */
export function parseView(search: string, fallbackYear: number): AnalyticsView {
  const params = new URLSearchParams(search);
  const base = defaultView(fallbackYear);
  const dimension = params.get('rows') ?? '';
  const by = params.get('by') ?? '';
  const metrics = (params.get('metrics') ?? '')
    .split(',')
    .filter((code): code is ComparisonMetric => isCodeOf(COMPARISON_METRICS, code));
  const chart = params.get('chart') ?? '';
  const years = [...new Set((params.get('years') ?? '').split(',').map(Number).filter(isYear))]
    .sort((a, b) => a - b)
    .slice(0, MAX_VIEW_YEARS);
  const minTasks = Number(params.get('min') ?? '0');
  const rows = isCodeOf(ANALYTICS_DIMENSIONS, dimension) ? dimension : base.dimension;
  const uniqueMetrics = [...new Set(metrics)];
  const chosen = uniqueMetrics.length ? uniqueMetrics : base.metrics;
  return {
    dimension: rows,
    by: isCodeOf(ANALYTICS_DIMENSIONS, by) && by !== rows ? by : null,
    metrics: chosen,
    chartMetric: isCodeOf(COMPARISON_METRICS, chart) ? chart : (chosen[0] ?? base.chartMetric),
    years: years.length ? years : base.years,
    filter: (params.get('q') ?? '').normalize('NFC').slice(0, MAX_VIEW_FILTER),
    minTasks: Number.isInteger(minTasks) && minTasks > 0 && minTasks <= 10_000 ? minTasks : 0,
  };
}

/** The canonical query of a view (stable order, defaults kept explicit except empty ones). */
export function viewToSearch(view: AnalyticsView): string {
  const params = new URLSearchParams();
  params.set('rows', view.dimension);
  if (view.by) params.set('by', view.by);
  params.set('metrics', view.metrics.join(','));
  params.set('chart', view.chartMetric);
  params.set('years', view.years.join(','));
  if (view.filter) params.set('q', view.filter);
  if (view.minTasks) params.set('min', String(view.minTasks));
  return params.toString();
}

/** Whether a stored query is exactly a view's canonical form (what the API accepts to save). */
export function isCanonicalView(search: string): boolean {
  const first = Number(new URLSearchParams(search).get('years')?.split(',')[0]);
  if (!isYear(first)) return false;
  return viewToSearch(parseView(search, first)) === search;
}
