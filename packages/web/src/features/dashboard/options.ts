import {
  ANALYTICS_DIMENSIONS,
  codesOf,
  COMPARISON_METRICS,
  type AnalyticsDimension,
  type ComparisonMetric,
  type Locale,
} from '@nvtt/shared';

export const dimensionOptions = (locale: Locale, except: readonly AnalyticsDimension[] = []) =>
  codesOf(ANALYTICS_DIMENSIONS)
    .filter((code) => !except.includes(code))
    .map((code) => ({ code, label: ANALYTICS_DIMENSIONS[code][locale] }));

export const metricOptions = (locale: Locale) =>
  codesOf(COMPARISON_METRICS).map((code: ComparisonMetric) => ({ code, label: COMPARISON_METRICS[code][locale] }));

// Here rather than in DashboardPage: the analysis page uses it without loading the dashboard's chunk.
/** The year shown when the address names none: this year's cycle, else the latest one. */
export function defaultYear(years: readonly number[], today: string): number | null {
  const thisYear = Number(today.slice(0, 4));
  const past = years.filter((year) => year <= thisYear);
  if (past.length) return Math.max(...past);
  return years.length ? Math.max(...years) : null;
}
