import { ALIGNMENT_AREAS } from './alignment.js';
import {
  ANALYTICS_DIMENSIONS,
  type AnalyticsDimension,
  COMPARISON_METRICS,
  isRateMetric,
  metricValue,
  type ComparisonCount,
  type MetricDefinition,
} from './analytics.js';
import type { AnalyticsView } from './analytics-view.js';
import { isCodeOf, type Locale } from './label.js';
import { ORG_UNIT_KINDS, SECTORS } from './org-unit.js';
import { SUBJECT_GROUPS } from './subject-group.js';
import { alphabetical, foldForSearch } from './text.js';

/**
 * The analysts' view as a table: the rows the view shows and the cells of its export. Here once, so
 * that the page's table and the file the API writes (`/exports/analysis.xlsx|csv`) cannot differ.
 */

/** A comparison row as both sides have it: the counts, the cycle and the dimension values. */
export type ViewTableRow = Readonly<Record<ComparisonCount, number>> & {
  readonly cycleYear: number;
  readonly code: string;
  readonly label: string;
  readonly code2: string | null;
  readonly label2: string | null;
};

/** The label a user reads for a dimension value: vocabulary codes are translated, units keep their name. */
export function dimensionValueName(
  dimension: AnalyticsDimension,
  code: string,
  apiLabel: string,
  locale: Locale,
): string {
  switch (dimension) {
    case 'SECTOR':
      return isCodeOf(SECTORS, code) ? SECTORS[code][locale] : apiLabel;
    case 'SUBJECT_GROUP':
      return isCodeOf(SUBJECT_GROUPS, code) ? SUBJECT_GROUPS[code][locale] : apiLabel;
    case 'UNIT_KIND':
      return isCodeOf(ORG_UNIT_KINDS, code) ? ORG_UNIT_KINDS[code][locale] : apiLabel;
    case 'ALIGNMENT_AREA':
      return isCodeOf(ALIGNMENT_AREAS, code) ? ALIGNMENT_AREAS[code][locale] : NO_AREA[locale];
    case 'PROVINCE':
      return ANALYTICS_DIMENSIONS.PROVINCE[locale];
    case 'LEGACY_DISTRICT':
      return code === '' ? NO_DISTRICT[locale] : apiLabel;
    case 'LOCALITY':
    case 'FOCAL_AGENCY':
      return apiLabel;
    default: {
      const unreachable: never = dimension;
      return unreachable;
    }
  }
}

const NO_AREA: Readonly<Record<Locale, string>> = { vi: 'Chưa gắn lĩnh vực', en: 'No goal area' };
const NO_DISTRICT: Readonly<Record<Locale, string>> = {
  vi: 'Cấp tỉnh (không thuộc huyện cũ)',
  en: 'Provincial level (no former district)',
};
const YEAR: Readonly<Record<Locale, string>> = { vi: 'Năm', en: 'Year' };

/** One line of the analysis table, as shown and as exported. */
export interface ViewTableLine<Row extends ViewTableRow = ViewTableRow> {
  readonly row: Row;
  readonly year: number;
  readonly label: string;
  readonly label2: string | null;
  readonly values: ReadonlyArray<number | null>;
}

/** The rows a view shows: named, filtered by name (with or without diacritics) and size, in label order. */
export function viewTableLines<Row extends ViewTableRow>(
  rows: readonly Row[],
  view: AnalyticsView,
  locale: Locale,
): ViewTableLine<Row>[] {
  const words = foldForSearch(view.filter).split(' ').filter(Boolean);
  return rows
    .map((row) => ({
      row,
      year: row.cycleYear,
      label: dimensionValueName(view.dimension, row.code, row.label, locale),
      label2: view.by ? dimensionValueName(view.by, row.code2 ?? '', row.label2 ?? '', locale) : null,
      values: view.metrics.map((metric) => metricValue(metric, row)),
    }))
    .filter((line) => line.row.tasks >= view.minTasks)
    .filter((line) => {
      const name = foldForSearch(`${line.label} ${line.label2 ?? ''}`);
      return words.every((word) => name.includes(word));
    })
    .sort(
      (a, b) =>
        alphabetical(locale)(a.label, b.label) ||
        alphabetical(locale)(a.label2 ?? '', b.label2 ?? '') ||
        a.year - b.year,
    );
}

/** The headings of a view's table: its row and column dimensions and the year, in the reader's language. */
export function viewTableHeadings(
  view: AnalyticsView,
  locale: Locale,
): { readonly rows: string; readonly columns: string; readonly year: string } {
  return {
    rows: ANALYTICS_DIMENSIONS[view.dimension][locale],
    columns: view.by ? ANALYTICS_DIMENSIONS[view.by][locale] : '',
    year: YEAR[locale],
  };
}

/** Header and cells of the export: rates as fractions rounded to 4 places, counts as numbers. */
export function viewExportTable(
  lines: readonly ViewTableLine[],
  view: AnalyticsView,
  locale: Locale,
  headings: { readonly rows: string; readonly columns: string; readonly year: string },
): { header: string[]; body: Array<Array<string | number | null>>; rateColumns: number[] } {
  const metricNames = view.metrics.map((metric) => {
    const definition: MetricDefinition = COMPARISON_METRICS[metric];
    return definition[locale];
  });
  const header = [headings.rows, ...(view.by ? [headings.columns] : []), headings.year, ...metricNames];
  const body = lines.map((line) => [
    line.label,
    ...(view.by ? [line.label2] : []),
    line.year,
    ...line.values.map((value, index) =>
      value === null ? null : isRateMetric(view.metrics[index]!) ? Math.round(value * 10_000) / 10_000 : value,
    ),
  ]);
  const offset = view.by ? 3 : 2;
  const rateColumns = view.metrics.flatMap((metric, index) => (isRateMetric(metric) ? [offset + index] : []));
  return { header, body, rateColumns };
}
