import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Cycles whose tasks a written row touches, per table, from a statement's transition tables. */
const TOUCHED_CYCLES: ReadonlyArray<{ table: string; event: 'INSERT' | 'UPDATE' | 'DELETE'; cycles: string }> = [
  { table: 'key_task', event: 'INSERT', cycles: 'SELECT n.cycle_id FROM new_rows n' },
  { table: 'key_task', event: 'DELETE', cycles: 'SELECT o.cycle_id FROM old_rows o' },
  {
    table: 'key_task',
    event: 'UPDATE',
    // Only the columns a comparison reads (its figures and the viewer's scope); texts and snapshots never bump.
    cycles: `SELECT x.cycle_id FROM old_rows o JOIN new_rows n ON n.id = o.id
               CROSS JOIN LATERAL (VALUES (o.cycle_id), (n.cycle_id)) x(cycle_id)
              WHERE (o.cycle_id, o.cadre_id, o.position_id, o.focal_unit_id, o.state, o.submitted_at, o.submitted_late,
                     o.self_outcome, o.appraised_outcome, o.concluded_outcome)
                    IS DISTINCT FROM
                    (n.cycle_id, n.cadre_id, n.position_id, n.focal_unit_id, n.state, n.submitted_at, n.submitted_late,
                     n.self_outcome, n.appraised_outcome, n.concluded_outcome)`,
  },
  // The tally is rewritten only when a task's milestone counts or last due date change (milestone triggers).
  {
    table: 'milestone_tally',
    event: 'INSERT',
    cycles: 'SELECT t.cycle_id FROM key_task t WHERE t.id IN (SELECT n.key_task_id FROM new_rows n)',
  },
  {
    table: 'milestone_tally',
    event: 'UPDATE',
    cycles: `SELECT t.cycle_id FROM key_task t
              WHERE t.id IN (SELECT n.key_task_id FROM new_rows n UNION SELECT o.key_task_id FROM old_rows o)`,
  },
  {
    table: 'milestone_tally',
    event: 'DELETE',
    cycles: 'SELECT t.cycle_id FROM key_task t WHERE t.id IN (SELECT o.key_task_id FROM old_rows o)',
  },
  {
    table: 'alignment',
    event: 'INSERT',
    cycles: 'SELECT t.cycle_id FROM key_task t WHERE t.id IN (SELECT n.key_task_id FROM new_rows n)',
  },
  {
    table: 'alignment',
    event: 'UPDATE',
    cycles: `SELECT t.cycle_id FROM key_task t
              WHERE t.id IN (SELECT n.key_task_id FROM new_rows n UNION SELECT o.key_task_id FROM old_rows o)`,
  },
  {
    table: 'alignment',
    event: 'DELETE',
    cycles: 'SELECT t.cycle_id FROM key_task t WHERE t.id IN (SELECT o.key_task_id FROM old_rows o)',
  },
  // A post or a unit is read through every task on it, in any cycle: a change of what a comparison
  // reads of it touches every cycle. Inserting one changes no figure (no task is on it yet) and one
  // a task is on cannot be deleted (foreign keys without cascade), so only updates are watched.
  {
    table: 'position',
    event: 'UPDATE',
    cycles: `SELECT v.cycle_id FROM comparison_cycle_version v
              WHERE EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                             WHERE (o.unit_id, o.subject_group) IS DISTINCT FROM (n.unit_id, n.subject_group))`,
  },
  {
    table: 'org_unit',
    event: 'UPDATE',
    cycles: `SELECT v.cycle_id FROM comparison_cycle_version v
              WHERE EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                             WHERE (o.code, o.name, o.sector, o.kind, o.legacy_district_id)
                                   IS DISTINCT FROM (n.code, n.name, n.sector, n.kind, n.legacy_district_id))`,
  },
];

function triggerName(table: string, event: string): string {
  return `comparison_touch_${table}_${event.toLowerCase()}`;
}

function transitions(event: 'INSERT' | 'UPDATE' | 'DELETE'): string {
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

/**
 * Comparison summaries of closed cycles (docs/performance.md, "Comparison summaries").
 *
 * `comparison_summary` keeps the result rows of one cycle for one (dimension, second dimension,
 * viewer scope), computed by the comparison statement itself and tagged with the cycle's data
 * version read in the same snapshot. `comparison_cycle_version` holds that version per cycle and
 * whether the cycle is closed. Statement-level triggers, in the writing transaction, bump the
 * version of every closed cycle whose figures a statement may change (tasks, milestone tallies,
 * goal areas; posts and units for every cycle); a summary is served only while its version is the
 * current one. For a cycle that is not closed nothing is bumped (its figures are never stored),
 * but the writer takes a KEY SHARE lock on the cycle's version row: closing a cycle locks that row
 * FOR UPDATE, so it waits for every writer that saw the cycle open, and a writer that comes after
 * the closing sees it closed and bumps. KEY SHARE locks do not conflict with each other nor with
 * the bump's NO KEY UPDATE, so writers of the open cycle never wait for each other here.
 */
export class ComparisonSummary1765520000000 implements MigrationInterface {
  name = 'ComparisonSummary1765520000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE comparison_cycle_version (
        cycle_id integer PRIMARY KEY REFERENCES cycle(id) ON DELETE CASCADE,
        closed boolean NOT NULL,
        version bigint NOT NULL DEFAULT 1 CHECK (version >= 1)
      )`);
    await db.query(`
      CREATE TABLE comparison_summary (
        cycle_id integer NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
        dimension text NOT NULL,
        second_dimension text NOT NULL,
        scope_key text NOT NULL CHECK (length(scope_key) <= 10000),
        formula text NOT NULL,
        data_version bigint NOT NULL,
        settled_on date,
        rows jsonb NOT NULL CHECK (jsonb_typeof(rows) = 'array'),
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cycle_id, dimension, second_dimension, scope_key, formula)
      )`);
    await db.query(`
      CREATE FUNCTION comparison_touch(cycle_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        closed_ids integer[] := '{}';
        touched record;
      BEGIN
        IF cycle_ids IS NULL OR cardinality(cycle_ids) = 0 THEN
          RETURN;
        END IF;
        -- Every touched row is locked, open or closed (a filter next to the locking read could be
        -- pushed into it and leave open cycles unlocked); each row is returned as last committed,
        -- after waiting for a closing in progress.
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
      END $$`);
    for (const { table, event, cycles } of TOUCHED_CYCLES) {
      const name = triggerName(table, event);
      await db.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM comparison_touch(ARRAY(SELECT DISTINCT c.cycle_id FROM (${cycles}) c WHERE c.cycle_id IS NOT NULL));
          RETURN NULL;
        END $$`);
    }
    await db.query(`
      CREATE FUNCTION comparison_cycle_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO comparison_cycle_version (cycle_id, closed) SELECT n.id, n.phase = 'CLOSED' FROM new_rows n;
        RETURN NULL;
      END $$`);
    // Closing or reopening (or renumbering) a cycle: FOR UPDATE waits for every writer holding KEY SHARE.
    await db.query(`
      CREATE FUNCTION comparison_cycle_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids integer[];
      BEGIN
        ids := ARRAY(SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
                      WHERE (o.year, o.phase) IS DISTINCT FROM (n.year, n.phase) ORDER BY n.id);
        IF cardinality(ids) = 0 THEN
          RETURN NULL;
        END IF;
        PERFORM 1 FROM comparison_cycle_version WHERE cycle_id = ANY (ids) ORDER BY cycle_id FOR UPDATE;
        UPDATE comparison_cycle_version v SET closed = n.phase = 'CLOSED', version = v.version + 1
          FROM new_rows n WHERE n.id = v.cycle_id;
        RETURN NULL;
      END $$`);
    // No cycle may change while the versions are first written (another API process may be running).
    await db.query(`LOCK TABLE cycle IN SHARE MODE`);
    await db.query(`
      CREATE TRIGGER comparison_cycle_insert AFTER INSERT ON cycle REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION comparison_cycle_after_insert()`);
    await db.query(`
      CREATE TRIGGER comparison_cycle_update AFTER UPDATE ON cycle
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION comparison_cycle_after_update()`);
    await db.query(
      `INSERT INTO comparison_cycle_version (cycle_id, closed) SELECT id, phase = 'CLOSED' FROM cycle ORDER BY id`,
    );
    for (const { table, event } of TOUCHED_CYCLES) {
      const name = triggerName(table, event);
      await db.query(`
        CREATE TRIGGER ${name} AFTER ${event} ON ${table} ${transitions(event)}
        FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    // Table and trigger names come from the constant list above: identifiers, never input.
    for (const { table, event } of TOUCHED_CYCLES) {
      const name = triggerName(table, event);
      await db.query(`DROP TRIGGER ${name} ON ${table}`);
      await db.query(`DROP FUNCTION ${name}`);
    }
    await db.query(`DROP TRIGGER comparison_cycle_insert ON cycle`);
    await db.query(`DROP TRIGGER comparison_cycle_update ON cycle`);
    await db.query(`DROP FUNCTION comparison_cycle_after_insert, comparison_cycle_after_update, comparison_touch`);
    await db.query(`DROP TABLE comparison_summary`);
    await db.query(`DROP TABLE comparison_cycle_version`);
  }
}
