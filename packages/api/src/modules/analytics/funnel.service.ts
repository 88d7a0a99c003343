import { WAITS, type CycleStage, type KeyTaskState, type StageActor, type WaitingState } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { taskScopeSql, type TaskScope } from '../../auth/scope.js';

/** How many of a cycle's tasks are in each state: the funnel's steps are sums of these. */
export interface StateCount {
  readonly state: KeyTaskState;
  readonly tasks: number;
}

/** Tasks waiting for one agency (or cadres of one unit) at one step, and how many are past the deadline. */
export interface BacklogRow {
  readonly state: WaitingState;
  readonly actor: StageActor;
  readonly stage: CycleStage | null;
  /** The unit that must act: the cadre's unit, the focal, advisory or consolidating agency; null for the decision body. */
  readonly agencyId: number | null;
  /** The stage's deadline for the cycle, before any extension. */
  readonly deadline: string | null;
  readonly waiting: number;
  readonly overdue: number;
}

const STATE_COUNTS_SQL = (scope: string) => `
  SELECT t.state, count(*)::int AS tasks
    FROM key_task t JOIN cycle c ON c.id = t.cycle_id
   WHERE c.year = $1 AND ${scope}
   GROUP BY t.state`;

/**
 * Every wait of the funnel (shared WAITS) joined to the tasks in that state. Advisory agencies owe
 * an opinion each (the consolidating agency excepted, as it weighs the others' opinions); a wait is
 * overdue once the province's today is past the stage's deadline moved by any extension for the
 * cadre (cadre stages) or the agency (agency stages).
 */
const BACKLOG_SQL = (scope: string) => `
  WITH waits AS (
    SELECT * FROM unnest($3::text[], $4::text[], $5::text[]) AS w(state, actor, stage)
  ), cyc AS (
    SELECT id FROM cycle WHERE year = $1
  ), tasks AS (
    SELECT t.id, t.cadre_id, t.state, t.focal_unit_id, p.unit_id
      FROM key_task t JOIN position p ON p.id = t.position_id
     WHERE t.cycle_id = (SELECT id FROM cyc) AND ${scope}
  ), waiting AS (
    SELECT w.state, w.actor, w.stage, t.cadre_id,
           CASE w.actor
             WHEN 'CADRE' THEN t.unit_id
             WHEN 'FOCAL' THEN t.focal_unit_id
             WHEN 'CONSOLIDATOR' THEN (SELECT min(id) FROM org_unit WHERE 'CONSOLIDATOR' = ANY(roles))
           END AS agency_id
      FROM waits w JOIN tasks t ON t.state = w.state
     WHERE w.actor <> 'ADVISORY'
    UNION ALL
    SELECT w.state, w.actor, w.stage, t.cadre_id, a.id
      FROM waits w
      JOIN tasks t ON t.state = w.state
      LEFT JOIN cycle_deadline d ON d.cycle_id = (SELECT id FROM cyc) AND d.stage = w.stage
      JOIN org_unit a ON 'ADVISORY' = ANY(a.roles) AND NOT 'CONSOLIDATOR' = ANY(a.roles)
                     AND coalesce(a.valid_from, '-infinity') <= coalesce(d.due_on, $2::date)
                     AND coalesce(a.valid_to, 'infinity') >= coalesce(d.due_on, $2::date)
     WHERE w.actor = 'ADVISORY'
       AND NOT EXISTS (
             SELECT 1 FROM opinion o
              WHERE o.key_task_id = t.id AND o.agency_unit_id = a.id
                AND o.stage = CASE WHEN w.state = 'IN_CONSULTATION' THEN 'REGISTRATION' ELSE 'RESULT' END)
  )
  SELECT w.state, w.actor, w.stage, w.agency_id AS "agencyId", d.due_on AS deadline,
         count(*)::int AS waiting,
         count(*) FILTER (WHERE greatest(d.due_on, x.until) < $2::date)::int AS overdue
    FROM waiting w
    LEFT JOIN cycle_deadline d ON d.cycle_id = (SELECT id FROM cyc) AND d.stage = w.stage
    LEFT JOIN LATERAL (
      SELECT max(e.until) AS until FROM deadline_extension e
       WHERE e.cycle_id = (SELECT id FROM cyc) AND e.stage = w.stage
         AND CASE WHEN w.actor = 'CADRE' THEN e.cadre_id = w.cadre_id ELSE e.unit_id = w.agency_id END
    ) x ON TRUE
   GROUP BY w.state, w.actor, w.stage, w.agency_id, d.due_on
   ORDER BY overdue DESC, waiting DESC, w.state, w.agency_id`;

/** The stage funnel and who holds up each step, one SQL statement each, within the viewer's scope. */
export class FunnelService {
  constructor(private readonly db: DataSource) {}

  async stateCounts(cycleYear: number, scope: TaskScope): Promise<StateCount[]> {
    const visible = taskScopeSql(scope, 't', 2);
    return this.db.query(STATE_COUNTS_SQL(visible.sql), [cycleYear, ...visible.params]);
  }

  async backlog(cycleYear: number, scope: TaskScope, asOf: string): Promise<BacklogRow[]> {
    const visible = taskScopeSql(scope, 't', 6);
    return this.db.query(BACKLOG_SQL(visible.sql), [
      cycleYear,
      asOf,
      WAITS.map((wait) => wait.state),
      WAITS.map((wait) => wait.actor),
      WAITS.map((wait) => wait.stage),
      ...visible.params,
    ]);
  }
}
