import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-task milestone tally: how many milestones a task has, how many were done by their due date,
 * and the last due date. A comparison reads it for every task whose milestones are all due by the
 * day asked (every task of a closed cycle) instead of counting the milestones again, so a multi-year
 * trend no longer costs a milestone range scan per task of every year.
 *
 * Kept right by statement-level triggers on `milestone` (insert, update, delete), in the writing
 * transaction: a tally is recomputed from the task's milestones, never adjusted by increments, and
 * only after its row is locked, so two transactions writing milestones of one task take turns and
 * the second recounts with the first one's rows (each statement of the function takes a fresh
 * snapshot under READ COMMITTED; under a stricter isolation the lock raises a serialization error).
 */
export class MilestoneTally1765411200000 implements MigrationInterface {
  name = 'MilestoneTally1765411200000';

  async up(db: QueryRunner): Promise<void> {
    // The backfill reads every milestone once (millions at national scale): longer than a request may take.
    await db.query(`SET LOCAL statement_timeout = 0`);
    await db.query(`
      CREATE TABLE milestone_tally (
        key_task_id integer PRIMARY KEY REFERENCES key_task(id) ON DELETE CASCADE,
        total integer NOT NULL CHECK (total >= 0),
        on_time integer NOT NULL CHECK (on_time BETWEEN 0 AND total),
        last_due_on date,
        CHECK ((total = 0) = (last_due_on IS NULL))
      )`);
    await db.query(`
      CREATE FUNCTION milestone_tally_refresh(task_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(task_ids) = 0 THEN
          RETURN;
        END IF;
        -- A row to lock for every task still there (a task being deleted takes its tally with it).
        INSERT INTO milestone_tally (key_task_id, total, on_time, last_due_on)
          SELECT t.id, 0, 0, NULL FROM key_task t WHERE t.id = ANY (task_ids)
          ON CONFLICT (key_task_id) DO NOTHING;
        PERFORM 1 FROM milestone_tally WHERE key_task_id = ANY (task_ids) ORDER BY key_task_id FOR UPDATE;
        UPDATE milestone_tally mt
           SET total = s.total, on_time = s.on_time, last_due_on = s.last_due_on
          FROM (SELECT x.id, count(m.id)::int AS total,
                       (count(m.id) FILTER (WHERE m.done_on <= m.due_on))::int AS on_time,
                       max(m.due_on) AS last_due_on
                  FROM unnest(task_ids) AS x(id) LEFT JOIN milestone m ON m.key_task_id = x.id
                 GROUP BY x.id) s
         WHERE mt.key_task_id = s.id
           AND (mt.total, mt.on_time, mt.last_due_on) IS DISTINCT FROM (s.total, s.on_time, s.last_due_on);
      END $$`);
    await db.query(`
      CREATE FUNCTION milestone_tally_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM milestone_tally_refresh(ARRAY(SELECT DISTINCT key_task_id FROM new_rows));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION milestone_tally_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM milestone_tally_refresh(ARRAY(SELECT DISTINCT key_task_id FROM old_rows));
        RETURN NULL;
      END $$`);
    // Only rows whose task, due date or done date changed: other edits (a label, the expected output) keep the tally.
    await db.query(`
      CREATE FUNCTION milestone_tally_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM milestone_tally_refresh(ARRAY(
          SELECT o.key_task_id FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.key_task_id, o.due_on, o.done_on) IS DISTINCT FROM (n.key_task_id, n.due_on, n.done_on)
          UNION
          SELECT n.key_task_id FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.key_task_id, o.due_on, o.done_on) IS DISTINCT FROM (n.key_task_id, n.due_on, n.done_on)));
        RETURN NULL;
      END $$`);
    // No milestone may change while the tallies are first counted (another API process may be running).
    await db.query(`LOCK TABLE milestone IN SHARE MODE`);
    await db.query(`
      CREATE TRIGGER milestone_tally_insert AFTER INSERT ON milestone REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION milestone_tally_after_insert()`);
    await db.query(`
      CREATE TRIGGER milestone_tally_update AFTER UPDATE ON milestone
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION milestone_tally_after_update()`);
    await db.query(`
      CREATE TRIGGER milestone_tally_delete AFTER DELETE ON milestone REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION milestone_tally_after_delete()`);
    await db.query(`
      INSERT INTO milestone_tally (key_task_id, total, on_time, last_due_on)
      SELECT key_task_id, count(*), count(*) FILTER (WHERE done_on <= due_on), max(due_on)
        FROM milestone GROUP BY key_task_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER milestone_tally_insert ON milestone`);
    await db.query(`DROP TRIGGER milestone_tally_update ON milestone`);
    await db.query(`DROP TRIGGER milestone_tally_delete ON milestone`);
    await db.query(
      `DROP FUNCTION milestone_tally_after_insert, milestone_tally_after_update, milestone_tally_after_delete`,
    );
    await db.query(`DROP FUNCTION milestone_tally_refresh`);
    await db.query(`DROP TABLE milestone_tally`);
  }
}
