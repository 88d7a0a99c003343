import {
  alphabetical,
  dimensionValueName,
  metricValue,
  type AnalyticsDimension,
  type ComparisonCount,
  type ComparisonMetric,
  type Locale,
  codesOf,
  KEY_TASK_STATES,
  type KeyTaskAction,
  type KeyTaskState,
  type StageActor,
} from '@nvtt/shared';
import { numberFormat } from '../../lib/number-format';

/** A comparison row as the dashboard receives it (the ComparisonFigures fragment). */
export type FigureRow = Readonly<Record<ComparisonCount, number>> & {
  readonly cycleYear: number;
  readonly code: string;
  readonly label: string;
  readonly unitId: string | null;
  readonly code2: string | null;
  readonly label2: string | null;
  readonly unitId2?: string | null;
};

/** The label a user reads for a dimension value: vocabulary codes are translated, units keep their name. */
export const valueLabel = dimensionValueName;

export interface Bar {
  /** Stable key of the bar: the row's code. */
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly row: FigureRow;
}

/** Bars of one metric, highest first; rows without data (nothing to divide) go last, in label order. */
export function sortedBars(
  rows: readonly FigureRow[],
  dimension: AnalyticsDimension,
  metric: ComparisonMetric,
  locale: Locale,
): Bar[] {
  const bars = rows.map((row) => ({
    key: row.code,
    label: valueLabel(dimension, row.code, row.label, locale),
    value: metricValue(metric, row),
    row,
  }));
  return bars.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return alphabetical(locale)(a.label, b.label);
      return a.value === null ? 1 : -1;
    }
    return b.value - a.value || alphabetical(locale)(a.label, b.label);
  });
}

export interface Heatmap {
  readonly rows: ReadonlyArray<{ readonly code: string; readonly label: string }>;
  readonly columns: ReadonlyArray<{ readonly code: string; readonly label: string }>;
  /** `${row}\u0000${column}` → the cell's figures. */
  readonly cells: ReadonlyMap<string, FigureRow>;
}

export const cellKey = (row: string, column: string) => `${row}\u0000${column}`;

/** A matrix (row dimension × column dimension) laid out for a heatmap; labels sorted, empty cells absent. */
export function heatmapOf(
  rows: readonly FigureRow[],
  dimension: AnalyticsDimension,
  by: AnalyticsDimension,
  locale: Locale,
): Heatmap {
  const rowLabels = new Map<string, string>();
  const columnLabels = new Map<string, string>();
  const cells = new Map<string, FigureRow>();
  for (const row of rows) {
    const column = row.code2 ?? '';
    rowLabels.set(row.code, valueLabel(dimension, row.code, row.label, locale));
    columnLabels.set(column, valueLabel(by, column, row.label2 ?? '', locale));
    cells.set(cellKey(row.code, column), row);
  }
  const ordered = (labels: Map<string, string>) =>
    [...labels.entries()]
      .map(([code, label]) => ({ code, label }))
      .sort((a, b) => alphabetical(locale)(a.label, b.label));
  return { rows: ordered(rowLabels), columns: ordered(columnLabels), cells };
}

export interface TrendPoint {
  readonly year: number;
  readonly [series: string]: number | null;
}

/** One point per year, one series per dimension value (e.g. per sector), for a multi-year trend. */
export function trendOf(
  rows: readonly FigureRow[],
  metric: ComparisonMetric,
): { points: TrendPoint[]; series: string[] } {
  const years = [...new Set(rows.map((row) => row.cycleYear))].sort((a, b) => a - b);
  const series = [...new Set(rows.map((row) => row.code))];
  const points = years.map((year) => {
    const point: Record<string, number | null> = { year };
    for (const code of series) {
      const row = rows.find((candidate) => candidate.cycleYear === year && candidate.code === code);
      point[code] = row ? metricValue(metric, row) : null;
    }
    return point as TrendPoint;
  });
  return { points, series };
}

export const OUTCOME_ORDER = [
  'EXCEEDED',
  'COMPLETED_ON_TIME',
  'COMPLETED_LATE',
  'PARTIALLY_COMPLETED',
  'NOT_COMPLETED',
  'EXEMPT_OBJECTIVE',
] as const;

/** The concluded outcomes of a row in their order, exempt tasks included (they are shown, not rated). */
export function outcomeSegments(row: FigureRow) {
  return [
    { outcome: 'EXCEEDED', count: row.exceeded },
    { outcome: 'COMPLETED_ON_TIME', count: row.onTime - row.exceeded },
    { outcome: 'COMPLETED_LATE', count: row.late },
    { outcome: 'PARTIALLY_COMPLETED', count: row.partial },
    { outcome: 'NOT_COMPLETED', count: row.notCompleted },
    { outcome: 'EXEMPT_OBJECTIVE', count: row.exempt },
  ] as const;
}

/** Sums rows field by field (headline figures of a selection). */
export function totalOf(rows: readonly FigureRow[]): Record<ComparisonCount, number> {
  const keys: ComparisonCount[] = [
    'cadres',
    'tasks',
    'registered',
    'registeredOnTime',
    'assigned',
    'assessable',
    'completed',
    'onTime',
    'late',
    'exceeded',
    'partial',
    'notCompleted',
    'exempt',
    'selfAboveConcluded',
    'appraisedAboveConcluded',
    'milestonesDue',
    'milestonesOnTime',
  ];
  return Object.fromEntries(keys.map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)])) as Record<
    ComparisonCount,
    number
  >;
}

/** Formats a share as a Vietnamese or English percentage; "—" when there is nothing to divide. */
export function percent(value: number | null, locale: Locale): string {
  if (value === null) return '—';
  return numberFormat(locale, 'share').format(value);
}

export function count(value: number, locale: Locale): string {
  return numberFormat(locale, 'count').format(value);
}

export interface BacklogRow {
  readonly state: KeyTaskState;
  readonly action: KeyTaskAction;
  readonly actor: StageActor;
  readonly deadline: string | null;
  readonly waiting: number;
  readonly overdue: number;
  readonly agency: { readonly id: string; readonly name: string } | null;
}

export interface BacklogGroup<Row extends BacklogRow> {
  readonly key: string;
  /** The state the tasks wait in: two steps may share an action and an actor (a conclusion, say). */
  readonly state: KeyTaskState;
  readonly action: KeyTaskAction;
  readonly actor: StageActor;
  readonly deadline: string | null;
  readonly waiting: number;
  readonly overdue: number;
  /** The agencies (or cadres' units) waited for, the most overdue first. */
  readonly rows: Row[];
}

/** Backlog rows folded into one line per awaited step and actor, in the order of the main path. */
export function backlogGroups<Row extends BacklogRow>(rows: readonly Row[]): BacklogGroup<Row>[] {
  const groups = new Map<
    string,
    { state: KeyTaskState; action: KeyTaskAction; actor: StageActor; deadline: string | null; rows: Row[] }
  >();
  for (const row of rows) {
    const key = `${row.state}:${row.actor}`;
    const group = groups.get(key) ?? {
      state: row.state,
      action: row.action,
      actor: row.actor,
      deadline: row.deadline,
      rows: [],
    };
    group.rows.push(row);
    groups.set(key, group);
  }
  const order = codesOf(KEY_TASK_STATES);
  return [...groups.entries()]
    .map(([key, group]) => ({
      key,
      ...group,
      rows: [...group.rows].sort((a, b) => b.overdue - a.overdue || b.waiting - a.waiting),
      waiting: group.rows.reduce((sum, row) => sum + row.waiting, 0),
      overdue: group.rows.reduce((sum, row) => sum + row.overdue, 0),
    }))
    .sort(
      (a, b) =>
        order.indexOf(a.state) - order.indexOf(b.state) ||
        // Actors are upper-case codes: compared as they are written, without building a collator
        // (the first localeCompare of a page loads collation data, ~80 ms on a phone).
        (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0),
    );
}
