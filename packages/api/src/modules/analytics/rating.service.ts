import type { AnalyticsDimension } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { taskScopeSql, type TaskScope } from '../../auth/scope.js';
import { DIMENSION_SQL } from './analytics.service.js';

/** Cadres of one dimension value in one cycle, by their official year-end rating. */
export interface RatingRow {
  readonly cycleYear: number;
  readonly unitId: number | null;
  readonly code: string;
  readonly label: string;
  readonly cadres: number;
  readonly excellent: number;
  readonly good: number;
  readonly completed: number;
  readonly notCompleted: number;
  /** The cycle's HTXS quota as a share of those rated HTT (null: the scheme sets none). */
  readonly excellentQuotaOfGood: number | null;
}

/**
 * A cadre counts in every group where they have a task of the cycle (a cadre moved mid-year counts
 * in both units), which is exactly what the drill-down by the same filters lists.
 */
const RATINGS_SQL = (dimension: AnalyticsDimension, scope: string) => {
  const d = DIMENSION_SQL[dimension];
  return `
    SELECT c.year AS "cycleYear", ${d.unit} AS "unitId", ${d.code} AS code, min(${d.label}) AS label,
           count(DISTINCT t.cadre_id)::int AS cadres,
           count(DISTINCT t.cadre_id) FILTER (WHERE q.level = 'EXCELLENT')::int AS excellent,
           count(DISTINCT t.cadre_id) FILTER (WHERE q.level = 'GOOD')::int AS good,
           count(DISTINCT t.cadre_id) FILTER (WHERE q.level = 'COMPLETED')::int AS completed,
           count(DISTINCT t.cadre_id) FILTER (WHERE q.level = 'NOT_COMPLETED')::int AS "notCompleted",
           min(c.quota) AS "excellentQuotaOfGood"
      FROM key_task t
      -- The quota only, not the cycle's whole rating scheme (OFFSET 0 keeps the planner from pulling
      -- the jsonb back up): each of the year's tasks carried it through the sort, which spilled
      -- 32 MB to disk at tier M.
      JOIN (SELECT id, year, (rating_scheme->>'excellentQuotaOfGood')::float8 AS quota FROM cycle OFFSET 0) c
        ON c.id = t.cycle_id
      JOIN position p ON p.id = t.position_id
      JOIN org_unit u ON u.id = p.unit_id
      ${d.join}
      LEFT JOIN quality_rating q ON q.cycle_id = t.cycle_id AND q.cadre_id = t.cadre_id
     WHERE c.year = ANY($1) AND ${scope}
     GROUP BY c.year, 2, 3
     ORDER BY c.year, min(${d.label}), 3`;
};

/** Rating distributions and the HTXS quota check, one SQL statement per request. */
export class RatingDistributionService {
  constructor(private readonly db: DataSource) {}

  async distribution(
    cycleYears: readonly number[],
    dimension: AnalyticsDimension,
    scope: TaskScope,
  ): Promise<RatingRow[]> {
    const visible = taskScopeSql(scope, 't', 2);
    return this.db.query(RATINGS_SQL(dimension, visible.sql), [[...cycleYears], ...visible.params]);
  }
}
