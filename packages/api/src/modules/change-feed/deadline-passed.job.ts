import { AWAITED_STAGES, DEADLINE_PASSED_ACTION, TERMINAL_STATES, provinceDateOf } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { jobContext } from '../../jobs/system-context.js';
import { recordAudit, runUseCase } from '../../workflow/use-case.js';

/** Deadlines that passed longer ago than this are history, not news: the first run does not flood. */
export const DEADLINE_LOOKBACK_DAYS = 7;

/**
 * Stage deadlines (with the cadre's or focal agency's extensions) and plan milestones that have
 * passed while the task still waits for them, in the lookback window. `$1` the stages, `$2` the
 * province's today, `$3` the window's first day, `$4` states in which nothing more is awaited.
 */
const PASSED_SQL = `
  WITH stages AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS a(stage text, states text[], "byCadre" boolean)
  ), stage_deadlines AS (
    SELECT t.id AS task_id, s.stage AS subject, s.stage, NULL::int AS milestone_id,
           greatest(d.due_on, (SELECT max(e.until) FROM deadline_extension e
                                WHERE e.cycle_id = t.cycle_id AND e.stage = s.stage
                                  AND CASE WHEN s."byCadre" THEN e.cadre_id = t.cadre_id ELSE e.unit_id = t.focal_unit_id END)) AS due_on
      FROM stages s
      JOIN cycle_deadline d ON d.stage = s.stage AND d.due_on IS NOT NULL
      JOIN key_task t ON t.cycle_id = d.cycle_id AND t.state = ANY(s.states)
  ), milestones AS (
    SELECT t.id AS task_id, 'MILESTONE:' || m.id AS subject, NULL::text AS stage, m.id AS milestone_id, m.due_on
      FROM milestone m JOIN key_task t ON t.id = m.key_task_id
     WHERE m.done_on IS NULL AND NOT (t.state = ANY($4::text[])) AND t.state <> 'SUSPENDED'
  ), passed AS (
    SELECT * FROM stage_deadlines UNION ALL SELECT * FROM milestones
  ), recorded AS (
    INSERT INTO deadline_passed (key_task_id, subject, due_on, recorded_at)
    SELECT task_id, subject, due_on, $5 FROM passed WHERE due_on < $2::date AND due_on >= $3::date
    ON CONFLICT DO NOTHING
    RETURNING key_task_id, subject, due_on
  )
  SELECT r.key_task_id AS "taskId", p.stage, p.milestone_id AS "milestoneId", r.due_on::text AS "dueOn"
    FROM recorded r JOIN passed p ON p.task_id = r.key_task_id AND p.subject = r.subject AND p.due_on = r.due_on
   ORDER BY r.due_on, r.key_task_id, r.subject`;

export interface PassedDeadline {
  readonly taskId: number;
  readonly stage: string | null;
  readonly milestoneId: number | null;
  readonly dueOn: string;
}

/**
 * Records each deadline that has passed, once, as a system audit record on its task — which the
 * change feed then sends like any other event (DEADLINE_PASSED). A deadline day ends at the
 * province's midnight: a stage due on the 15th has passed from the 16th.
 */
export async function recordPassedDeadlines(
  dataSource: DataSource,
  jobId: string,
  now: Date,
): Promise<PassedDeadline[]> {
  const ctx = jobContext(jobId, now);
  const today = provinceDateOf(now);
  const from = provinceDateOf(new Date(now.getTime() - DEADLINE_LOOKBACK_DAYS * 86_400_000));
  const result = await runUseCase(dataSource, async (db) => {
    const passed: PassedDeadline[] = await db.query(PASSED_SQL, [
      JSON.stringify(AWAITED_STAGES),
      today,
      from,
      [...TERMINAL_STATES],
      now,
    ]);
    for (const deadline of passed) {
      await recordAudit(db, ctx, {
        entityType: 'KeyTask',
        entityId: deadline.taskId,
        action: DEADLINE_PASSED_ACTION,
        data: deadline.stage
          ? { stage: deadline.stage, dueOn: deadline.dueOn }
          : { milestoneId: deadline.milestoneId, dueOn: deadline.dueOn },
      });
    }
    return passed;
  });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.value;
}
