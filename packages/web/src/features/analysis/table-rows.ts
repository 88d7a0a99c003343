import {
  COMPARISON_METRICS,
  foldForSearch,
  isRateMetric,
  metricValue,
  type AnalyticsView,
  type Locale,
  type MetricDefinition,
} from '@nvtt/shared';
import { valueLabel, type FigureRow } from '../dashboard/shape';

/** One line of the analysis table, as shown and as exported. */
export interface TableLine {
  readonly row: FigureRow;
  readonly year: number;
  readonly label: string;
  readonly label2: string | null;
  readonly values: ReadonlyArray<number | null>;
}

/** The rows a view shows: named, filtered by name (with or without diacritics) and size, in label order. */
export function tableLines(rows: readonly FigureRow[], view: AnalyticsView, locale: Locale): TableLine[] {
  const words = foldForSearch(view.filter).split(' ').filter(Boolean);
  return rows
    .map((row) => ({
      row,
      year: row.cycleYear,
      label: valueLabel(view.dimension, row.code, row.label, locale),
      label2: view.by ? valueLabel(view.by, row.code2 ?? '', row.label2 ?? '', locale) : null,
      values: view.metrics.map((metric) => metricValue(metric, row)),
    }))
    .filter((line) => line.row.tasks >= view.minTasks)
    .filter((line) => {
      const name = foldForSearch(`${line.label} ${line.label2 ?? ''}`);
      return words.every((word) => name.includes(word));
    })
    .sort(
      (a, b) =>
        a.label.localeCompare(b.label, locale) ||
        (a.label2 ?? '').localeCompare(b.label2 ?? '', locale) ||
        a.year - b.year,
    );
}

/** Header and cells of the export: rates as fractions rounded to 4 places, counts as numbers. */
export function exportTable(
  lines: readonly TableLine[],
  view: AnalyticsView,
  locale: Locale,
  headings: {
    readonly rows: string;
    readonly columns: string;
    readonly year: string;
  },
): { header: string[]; body: Array<Array<string | number | null>> } {
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
  return { header, body };
}
