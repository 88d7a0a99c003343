import {
  ASSIGNED_STATES,
  COMPLETED_OUTCOMES,
  EXEMPT_OUTCOMES,
  LATE_OUTCOMES,
  ON_TIME_OUTCOMES,
  OUTCOME_RANKING,
  type AnalyticsDimension,
} from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { taskScopeSql, type TaskScope } from '../../auth/scope.js';
import { liveComparisonSql, summarisedComparisonSql } from './comparison-sql.js';
import { formulaOf, scopeKeyOf } from './comparison-summary.js';

/** One cell of a comparison: a dimension value in one cycle, with the counts behind every rate. */
export interface ComparisonRow {
  readonly cycleYear: number;
  /** The dimension value: a unit's id for unit dimensions, else a vocabulary code. */
  readonly unitId: number | null;
  readonly code: string;
  readonly label: string;
  /** The second dimension's value, in a matrix (e.g. locality × sector); null otherwise. */
  readonly unitId2: number | null;
  readonly code2: string | null;
  readonly label2: string | null;
  readonly cadres: number;
  readonly tasks: number;
  readonly registered: number;
  readonly registeredOnTime: number;
  readonly assigned: number;
  readonly assessable: number;
  readonly completed: number;
  readonly onTime: number;
  readonly late: number;
  readonly exceeded: number;
  readonly partial: number;
  readonly notCompleted: number;
  readonly exempt: number;
  /** Tasks whose self-assessment, or the focal agency's appraisal, was better than the conclusion. */
  readonly selfAboveConcluded: number;
  readonly appraisedAboveConcluded: number;
  readonly milestonesDue: number;
  readonly milestonesOnTime: number;
}

export { DIMENSION_SQL } from './comparison-sql.js';

/**
 * Comparisons computed in SQL within the viewer's scope. The rows of each cycle are kept in
 * `comparison_summary` (migrations 1765520000000 and 1765530000000) and served while the cycle's
 * data version is unchanged, for the day they were computed for (and, for a closed cycle whose
 * milestones are all due, for every later day): one statement per request, which also stores the
 * summaries it computed.
 */
export class AnalyticsService {
  constructor(private readonly db: DataSource) {}

  async compare(
    cycleYears: readonly number[],
    dimension: AnalyticsDimension,
    second: AnalyticsDimension | null,
    scope: TaskScope,
    asOf: string,
  ): Promise<ComparisonRow[]> {
    const visible = taskScopeSql(scope, 't', 13);
    const sql = summarisedComparisonSql(dimension, second, visible.sql);
    const vocabulary = this.vocabulary(cycleYears, asOf);
    return this.db.query(sql, [
      ...vocabulary,
      dimension,
      second ?? '',
      scopeKeyOf(scope),
      formulaOf(sql, [...vocabulary.slice(2), ...visible.params]),
      ...visible.params,
    ]);
  }

  /** The same figures computed from the tasks alone, never from a summary (the reference in tests). */
  async compareLive(
    cycleYears: readonly number[],
    dimension: AnalyticsDimension,
    second: AnalyticsDimension | null,
    scope: TaskScope,
    asOf: string,
  ): Promise<ComparisonRow[]> {
    const visible = taskScopeSql(scope, 't', 9);
    return this.db.query(liveComparisonSql(dimension, second, visible.sql), [
      ...this.vocabulary(cycleYears, asOf),
      ...visible.params,
    ]);
  }

  private vocabulary(cycleYears: readonly number[], asOf: string): unknown[] {
    return [
      [...cycleYears],
      asOf,
      [...ASSIGNED_STATES],
      [...EXEMPT_OUTCOMES],
      [...COMPLETED_OUTCOMES],
      [...ON_TIME_OUTCOMES],
      [...LATE_OUTCOMES],
      [...OUTCOME_RANKING],
    ];
  }
}
