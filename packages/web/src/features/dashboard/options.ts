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
