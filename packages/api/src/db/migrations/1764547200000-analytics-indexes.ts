import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the dashboard's reads (docs/performance.md shows the plans at tier M):
 * - the comparison reads a cycle's tasks from one covering index (the heap rows are wide: texts and
 *   snapshots), without visiting the table;
 * - milestones are counted per task by an index-only range scan on (task, due date) that carries the
 *   done date, never by a scan of the whole table; it replaces the (task, due date) index;
 * - goal areas per task come from (task, area), replacing the index on the task alone;
 * - tasks by post and cycle serve the drill-down from a locality (tasks of the unit's posts).
 */
export class AnalyticsIndexes1764547200000 implements MigrationInterface {
  name = 'AnalyticsIndexes1764547200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX key_task_cycle_counted_idx ON key_task (cycle_id)
        INCLUDE (id, cadre_id, position_id, focal_unit_id, state, submitted_at, submitted_late,
                 self_outcome, appraised_outcome, concluded_outcome)`);
    await db.query(`CREATE INDEX milestone_task_due_done_idx ON milestone (key_task_id, due_on) INCLUDE (done_on)`);
    await db.query(`DROP INDEX milestone_task_due_idx`);
    await db.query(`CREATE INDEX alignment_task_area_idx ON alignment (key_task_id, area)`);
    await db.query(`DROP INDEX alignment_task_idx`);
    await db.query(`CREATE INDEX key_task_position_cycle_idx ON key_task (position_id, cycle_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX key_task_position_cycle_idx`);
    await db.query(`CREATE INDEX alignment_task_idx ON alignment (key_task_id)`);
    await db.query(`DROP INDEX alignment_task_area_idx`);
    await db.query(`CREATE INDEX milestone_task_due_idx ON milestone (key_task_id, due_on)`);
    await db.query(`DROP INDEX milestone_task_due_done_idx`);
    await db.query(`DROP INDEX key_task_cycle_counted_idx`);
  }
}
