import type { MigrationInterface, QueryRunner } from 'typeorm';

type TriggerEvent = 'INSERT' | 'UPDATE' | 'DELETE';

/** Cycles of the tasks whose milestones a statement wrote, from its transition tables. */
const MILESTONE_CYCLES: ReadonlyArray<{ event: TriggerEvent; cycles: string }> = [
  {
    event: 'INSERT',
    cycles: 'SELECT t.cycle_id FROM key_task t WHERE t.id IN (SELECT n.key_task_id FROM new_rows n)',
  },
  {
    event: 'UPDATE',
    // Only what a comparison reads of a milestone: its task, due date and done date.
    cycles: `SELECT t.cycle_id FROM key_task t
              WHERE t.id IN (SELECT x.key_task_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                               CROSS JOIN LATERAL (VALUES (o.key_task_id), (n.key_task_id)) x(key_task_id)
                              WHERE (o.key_task_id, o.due_on, o.done_on) IS DISTINCT FROM (n.key_task_id, n.due_on, n.done_on))`,
  },
  {
    event: 'DELETE',
    cycles: 'SELECT t.cycle_id FROM key_task t WHERE t.id IN (SELECT o.key_task_id FROM old_rows o)',
  },
];

/** The triggers on milestone_tally of migration 1765520000000, replaced by the ones on milestone. */
const TALLY_CYCLES: ReadonlyArray<{ event: TriggerEvent; cycles: string }> = [
  {
    event: 'INSERT',
    cycles: 'SELECT t.cycle_id FROM key_task t WHERE t.id IN (SELECT n.key_task_id FROM new_rows n)',
  },
  {
    event: 'UPDATE',
    cycles: `SELECT t.cycle_id FROM key_task t
              WHERE t.id IN (SELECT n.key_task_id FROM new_rows n UNION SELECT o.key_task_id FROM old_rows o)`,
  },
  {
    event: 'DELETE',
    cycles: 'SELECT t.cycle_id FROM key_task t WHERE t.id IN (SELECT o.key_task_id FROM old_rows o)',
  },
];

function transitions(event: TriggerEvent): string {
  switch (event) {
    case 'INSERT':
      return 'REFERENCING NEW TABLE AS new_rows';
    case 'UPDATE':
      return 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows';
    case 'DELETE':
      return 'REFERENCING OLD TABLE AS old_rows';
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Statement-level trigger (function and trigger, same name) calling comparison_touch on `table`. */
async function createTouchTrigger(db: QueryRunner, table: string, event: TriggerEvent, cycles: string): Promise<void> {
  const name = `comparison_touch_${table}_${event.toLowerCase()}`;
  await db.query(`
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM comparison_touch(ARRAY(SELECT DISTINCT c.cycle_id FROM (${cycles}) c WHERE c.cycle_id IS NOT NULL));
      RETURN NULL;
    END $$`);
  await db.query(`
    CREATE TRIGGER ${name} AFTER ${event} ON ${table} ${transitions(event)}
    FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
}

async function dropTouchTrigger(db: QueryRunner, table: string, event: TriggerEvent): Promise<void> {
  const name = `comparison_touch_${table}_${event.toLowerCase()}`;
  await db.query(`DROP TRIGGER ${name} ON ${table}`);
  await db.query(`DROP FUNCTION ${name}`);
}

/** comparison_touch as migration 1765520000000 left it (bumps closed cycles only). */
const CLOSED_ONLY_TOUCH = `
  CREATE OR REPLACE FUNCTION comparison_touch(cycle_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    closed_ids integer[] := '{}';
    touched record;
  BEGIN
    IF cycle_ids IS NULL OR cardinality(cycle_ids) = 0 THEN
      RETURN;
    END IF;
    FOR touched IN SELECT cycle_id, closed FROM comparison_cycle_version
                    WHERE cycle_id = ANY (cycle_ids) ORDER BY cycle_id FOR KEY SHARE LOOP
      IF touched.closed THEN
        closed_ids := closed_ids || touched.cycle_id;
      END IF;
    END LOOP;
    IF cardinality(closed_ids) > 0 THEN
      PERFORM 1 FROM comparison_cycle_version WHERE cycle_id = ANY (closed_ids) ORDER BY cycle_id FOR NO KEY UPDATE;
      UPDATE comparison_cycle_version SET version = version + 1 WHERE cycle_id = ANY (closed_ids);
    END IF;
  END $$`;

/**
 * Comparison summaries of the open cycle too (docs/performance.md, "Seventh pass").
 *
 * Every write a comparison can see now bumps the version of each cycle it touches, open or closed,
 * in the writing transaction, and a summary records the day it was computed for (`computed_on`):
 * it is served for that day while the version is unchanged (and, for a closed cycle, for every
 * later day once its milestones are all due, as before).
 *
 * When the bump happens: a writing statement takes KEY SHARE on the touched cycles' version rows
 * (in cycle-id order, as before: a closing's FOR UPDATE waits for every writer that saw the cycle
 * open) and records the cycles in `comparison_touch_pending`; a deferred constraint trigger bumps
 * them all at commit, in cycle-id order, with NO KEY UPDATE (which also conflicts with a closing's
 * FOR UPDATE). So writers of a cycle take turns only for the moment of their commits, not for
 * their whole transactions, and two transactions writing two cycles in opposite orders cannot
 * deadlock on these rows (KEY SHARE locks never conflict with each other; the bumps of a commit
 * are taken in one ordered pass). A version is still bumped in the very transaction that wrote,
 * so a snapshot sees a write exactly when it sees its bump.
 *
 * Milestones are now watched on `milestone` itself (task, due and done dates): a due date moved
 * across the day asked changes an open cycle's figures without changing the task's tally.
 */
export class ComparisonOpenCycle1765530000000 implements MigrationInterface {
  name = 'ComparisonOpenCycle1765530000000';

  async up(db: QueryRunner): Promise<void> {
    // Summaries are a cache; the statement's text (and so every formula fingerprint) changes here.
    await db.query(`DELETE FROM comparison_summary`);
    await db.query(`ALTER TABLE comparison_summary ADD COLUMN computed_on date NOT NULL`);
    // One row per (writing transaction, cycle) until its commit; never worth a WAL record.
    await db.query(`
      CREATE UNLOGGED TABLE comparison_touch_pending (
        txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        cycle_id integer NOT NULL,
        PRIMARY KEY (txid, cycle_id)
      )`);
    await db.query(`
      CREATE OR REPLACE FUNCTION comparison_touch(cycle_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cycle_ids IS NULL OR cardinality(cycle_ids) = 0 THEN
          RETURN;
        END IF;
        -- Waits for a closing in progress; a closing waits for this transaction from here on.
        PERFORM 1 FROM comparison_cycle_version WHERE cycle_id = ANY (cycle_ids) ORDER BY cycle_id FOR KEY SHARE;
        INSERT INTO comparison_touch_pending (cycle_id)
        SELECT DISTINCT x.id FROM unnest(cycle_ids) x(id) ORDER BY x.id
        ON CONFLICT DO NOTHING;
      END $$`);
    // At commit: every cycle this transaction touched, bumped once, in cycle-id order. A touch made
    // after this ran (by a later deferred trigger) inserts a new pending row and so runs it again.
    await db.query(`
      CREATE FUNCTION comparison_bump_pending() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids integer[];
      BEGIN
        WITH done AS (DELETE FROM comparison_touch_pending WHERE txid = pg_current_xact_id() RETURNING cycle_id)
        SELECT array_agg(DISTINCT d.cycle_id ORDER BY d.cycle_id) INTO ids FROM done d;
        IF ids IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM 1 FROM comparison_cycle_version WHERE cycle_id = ANY (ids) ORDER BY cycle_id FOR NO KEY UPDATE;
        UPDATE comparison_cycle_version SET version = version + 1 WHERE cycle_id = ANY (ids);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER comparison_bump_pending AFTER INSERT ON comparison_touch_pending
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION comparison_bump_pending()`);
    for (const { event } of TALLY_CYCLES) {
      await dropTouchTrigger(db, 'milestone_tally', event);
    }
    for (const { event, cycles } of MILESTONE_CYCLES) {
      await createTouchTrigger(db, 'milestone', event, cycles);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { event } of MILESTONE_CYCLES) {
      await dropTouchTrigger(db, 'milestone', event);
    }
    for (const { event, cycles } of TALLY_CYCLES) {
      await createTouchTrigger(db, 'milestone_tally', event, cycles);
    }
    await db.query(CLOSED_ONLY_TOUCH);
    await db.query(`DROP TRIGGER comparison_bump_pending ON comparison_touch_pending`);
    await db.query(`DROP FUNCTION comparison_bump_pending`);
    await db.query(`DROP TABLE comparison_touch_pending`);
    await db.query(`DELETE FROM comparison_summary`);
    await db.query(`ALTER TABLE comparison_summary DROP COLUMN computed_on`);
  }
}
