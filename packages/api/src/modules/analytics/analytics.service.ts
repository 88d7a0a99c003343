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

/** How each dimension reads a task: the unit (if any), a code, a label. Fixed text, no user input. */
export const DIMENSION_SQL: Readonly<
  Record<AnalyticsDimension, { unit: string; code: string; label: string; join: string }>
> = {
  PROVINCE: { unit: 'NULL::int', code: `'ALL'`, label: `'Toàn tỉnh'`, join: '' },
  LOCALITY: { unit: 'u.id', code: 'u.code', label: 'u.name', join: '' },
  LEGACY_DISTRICT: {
    unit: 'd.id',
    code: `coalesce(d.code, '')`,
    label: `coalesce(d.name, '')`,
    join: `LEFT JOIN org_unit d ON d.id = coalesce(u.legacy_district_id, CASE WHEN u.kind = 'DISTRICT' THEN u.id END)`,
  },
  SECTOR: { unit: 'NULL::int', code: 'u.sector', label: 'u.sector', join: '' },
  SUBJECT_GROUP: { unit: 'NULL::int', code: 'p.subject_group', label: 'p.subject_group', join: '' },
  FOCAL_AGENCY: { unit: 'f.id', code: 'f.code', label: 'f.name', join: 'JOIN org_unit f ON f.id = t.focal_unit_id' },
  UNIT_KIND: { unit: 'NULL::int', code: 'u.kind', label: 'u.kind', join: '' },
  ALIGNMENT_AREA: {
    unit: 'NULL::int',
    code: `coalesce(al.area, '')`,
    label: `coalesce(al.area, '')`,
    // Per task, from the (task, area) index: never the whole alignment table.
    join: 'JOIN LATERAL (SELECT DISTINCT a.area FROM alignment a WHERE a.key_task_id = t.id) al ON true',
  },
};

function comparisonSql(dimension: AnalyticsDimension, second: AnalyticsDimension | null, scopeSql: string): string {
  const d = DIMENSION_SQL[dimension];
  // The second dimension of a matrix; 'NULL' columns when the comparison has one dimension.
  const e = second ? DIMENSION_SQL[second] : { unit: 'NULL::int', code: 'NULL::text', label: 'NULL::text', join: '' };
  // Two passes: per cadre within each row (distinct cadres without a DISTINCT aggregate carrying
  // every task's columns), then per row. A task whose milestones are all due by $2 (every task of a
  // closed cycle) takes its counts from its tally (milestone_tally, kept by triggers on milestone);
  // the others count their milestones due by $2 by an index-only range scan on (task, due date)
  // carrying the done date: never a scan of the milestone table. Exempt tasks count no milestones.
  return `
    SELECT r.year AS "cycleYear", r.unit_id AS "unitId", r.code, min(r.label) AS label,
           r.unit_id2 AS "unitId2", r.code2 AS "code2", min(r.label2) AS "label2",
           count(*)::int AS cadres,
           sum(r.tasks)::int AS tasks,
           sum(r.registered)::int AS registered,
           sum(r.registered_on_time)::int AS "registeredOnTime",
           sum(r.assigned)::int AS assigned,
           sum(r.assessable)::int AS assessable,
           sum(r.completed)::int AS completed,
           sum(r.on_time)::int AS "onTime",
           sum(r.late)::int AS late,
           sum(r.exceeded)::int AS exceeded,
           sum(r.partial)::int AS partial,
           sum(r.not_completed)::int AS "notCompleted",
           sum(r.exempt)::int AS exempt,
           sum(r.self_above)::int AS "selfAboveConcluded",
           sum(r.appraised_above)::int AS "appraisedAboveConcluded",
           sum(r.milestones_due)::int AS "milestonesDue",
           sum(r.milestones_on_time)::int AS "milestonesOnTime"
      FROM (
        SELECT k.year, k.unit_id, k.code, min(k.label) AS label, k.unit_id2, k.code2, min(k.label2) AS label2,
               count(*) AS tasks,
               count(*) FILTER (WHERE k.submitted_at IS NOT NULL) AS registered,
               count(*) FILTER (WHERE k.submitted_at IS NOT NULL AND NOT k.submitted_late) AS registered_on_time,
               count(*) FILTER (WHERE k.state = ANY($3)) AS assigned,
               count(*) FILTER (WHERE k.concluded_outcome IS NOT NULL AND k.concluded_outcome <> ALL($4)) AS assessable,
               count(*) FILTER (WHERE k.concluded_outcome = ANY($5)) AS completed,
               count(*) FILTER (WHERE k.concluded_outcome = ANY($6)) AS on_time,
               count(*) FILTER (WHERE k.concluded_outcome = ANY($7)) AS late,
               count(*) FILTER (WHERE k.concluded_outcome = 'EXCEEDED') AS exceeded,
               count(*) FILTER (WHERE k.concluded_outcome = 'PARTIALLY_COMPLETED') AS partial,
               count(*) FILTER (WHERE k.concluded_outcome = 'NOT_COMPLETED') AS not_completed,
               count(*) FILTER (WHERE k.concluded_outcome = ANY($4)) AS exempt,
               count(*) FILTER (WHERE array_position($8::text[], k.self_outcome) < array_position($8::text[], k.concluded_outcome)) AS self_above,
               count(*) FILTER (WHERE array_position($8::text[], k.appraised_outcome) < array_position($8::text[], k.concluded_outcome)) AS appraised_above,
               sum(coalesce(k.tally_due, m.due)) AS milestones_due,
               sum(coalesce(k.tally_on_time, m.on_time)) AS milestones_on_time
          FROM (
            SELECT t.id, t.cadre_id, c.year, t.state, t.submitted_at, t.submitted_late, t.concluded_outcome,
                   t.self_outcome, t.appraised_outcome,
                   ${d.unit} AS unit_id, ${d.code} AS code, ${d.label} AS label,
                   ${e.unit} AS unit_id2, ${e.code} AS code2, ${e.label} AS label2,
                   CASE WHEN t.concluded_outcome = ANY($4) THEN 0 WHEN mt.last_due_on <= $2 THEN mt.total END AS tally_due,
                   CASE WHEN t.concluded_outcome = ANY($4) THEN 0 WHEN mt.last_due_on <= $2 THEN mt.on_time END AS tally_on_time
              FROM key_task t
              LEFT JOIN milestone_tally mt ON mt.key_task_id = t.id
              JOIN cycle c ON c.id = t.cycle_id
              JOIN position p ON p.id = t.position_id
              JOIN org_unit u ON u.id = p.unit_id
              ${d.join}
              ${e.join}
             WHERE c.year = ANY($1) AND ${scopeSql}
          ) k
          CROSS JOIN LATERAL (
            SELECT count(*) AS due, count(*) FILTER (WHERE m.done_on <= m.due_on) AS on_time
              FROM milestone m
             WHERE k.tally_due IS NULL AND m.key_task_id = k.id AND m.due_on <= $2
          ) m
         GROUP BY k.year, k.unit_id, k.code, k.unit_id2, k.code2, k.cadre_id
      ) r
     GROUP BY r.year, r.unit_id, r.code, r.unit_id2, r.code2
     ORDER BY r.year, min(r.label), r.code, min(r.label2), r.code2`;
}

/** Comparisons computed in SQL, one statement per request, within the viewer's scope. */
export class AnalyticsService {
  constructor(private readonly db: DataSource) {}

  async compare(
    cycleYears: readonly number[],
    dimension: AnalyticsDimension,
    second: AnalyticsDimension | null,
    scope: TaskScope,
    asOf: string,
  ): Promise<ComparisonRow[]> {
    const visible = taskScopeSql(scope, 't', 9);
    return this.db.query(comparisonSql(dimension, second, visible.sql), [
      [...cycleYears],
      asOf,
      [...ASSIGNED_STATES],
      [...EXEMPT_OUTCOMES],
      [...COMPLETED_OUTCOMES],
      [...ON_TIME_OUTCOMES],
      [...LATE_OUTCOMES],
      [...OUTCOME_RANKING],
      ...visible.params,
    ]);
  }
}
