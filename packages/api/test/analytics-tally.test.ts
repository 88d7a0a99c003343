import { provinceDateOf } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadreActor } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The per-task milestone tally follows every milestone write, and comparisons read it correctly. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Tasks whose tally differs from a recount of their milestones (a task without milestones may have none). */
const WRONG_TALLIES = `
  SELECT t.id FROM key_task t
    LEFT JOIN milestone_tally mt ON mt.key_task_id = t.id
    CROSS JOIN LATERAL (SELECT count(*)::int AS total, (count(*) FILTER (WHERE m.done_on <= m.due_on))::int AS on_time,
                               max(m.due_on) AS last_due_on
                          FROM milestone m WHERE m.key_task_id = t.id) live
   WHERE (coalesce(mt.total, 0), coalesce(mt.on_time, 0), mt.last_due_on)
         IS DISTINCT FROM (live.total, live.on_time, live.last_due_on)`;

const TALLY =
  'SELECT total, on_time AS "onTime", last_due_on::text AS "lastDueOn" FROM milestone_tally WHERE key_task_id = $1';

async function wrongTallies(): Promise<number[]> {
  return (await app.dataSource.query(WRONG_TALLIES)).map((row: { id: number }) => row.id);
}

describe('milestone tally', () => {
  it('is backfilled for every task of the seeded data, tasks of closed cycles included', async () => {
    expect(await wrongTallies()).toEqual([]);
    const [{ tallies }] = await app.dataSource.query('SELECT count(*)::int AS tallies FROM milestone_tally');
    expect(tallies).toBeGreaterThan(100);
  });

  it('follows a milestone reported done through the API', async () => {
    const [target] = await app.dataSource.query(
      `SELECT t.id AS "taskId", t.cadre_id AS "cadreId", m.id AS "milestoneId",
              (SELECT count(*) FROM milestone m2 WHERE m2.key_task_id = t.id AND m2.id < m.id)::int + 1 AS number
         FROM key_task t JOIN milestone m ON m.key_task_id = t.id
        WHERE t.state IN ('PLANNED', 'IN_PROGRESS') AND m.done_on IS NULL AND m.due_on >= $1
        ORDER BY t.id, m.due_on LIMIT 1`,
      [provinceDateOf(new Date())],
    );
    expect(target).toBeDefined();
    const [ordered] = await app.dataSource.query(
      `SELECT array_agg(id ORDER BY due_on, id) AS ids FROM milestone WHERE key_task_id = $1`,
      [target.taskId],
    );
    const [before] = await app.dataSource.query(TALLY, [target.taskId]);
    const response = await app.graphql<{ milestoneReport: { userErrors: unknown[] } }>(
      `mutation($task: ID!, $input: ProgressInput!) { milestoneReport(keyTask: $task, input: $input) { userErrors { code } } }`,
      {
        task: Buffer.from(`KeyTask:${target.taskId}`).toString('base64url'),
        input: { milestoneNumber: ordered.ids.indexOf(target.milestoneId) + 1, status: 'DONE', note: 'Xong sớm.' },
      },
      cadreActor(target.cadreId, 'Cán bộ'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.milestoneReport.userErrors).toEqual([]);
    const [after] = await app.dataSource.query(TALLY, [target.taskId]);
    expect(after).toEqual({ ...before, onTime: before.onTime + 1 });
    expect(await wrongTallies()).toEqual([]);
  });

  it('follows milestones inserted, moved, undone and deleted', async () => {
    const [{ id: taskId }] = await app.dataSource.query(
      `SELECT t.id FROM key_task t WHERE EXISTS (SELECT 1 FROM milestone m WHERE m.key_task_id = t.id)
          AND NOT EXISTS (SELECT 1 FROM progress_report r WHERE r.key_task_id = t.id) ORDER BY t.id DESC LIMIT 1`,
    );
    await app.dataSource.query(
      `INSERT INTO milestone (key_task_id, period_kind, period_label, due_on, expected_output, done_on)
       VALUES ($1, 'YEAR', 'Năm 2040', '2040-12-31', 'Kiểm tra', '2040-06-30'), ($1, 'YEAR', 'Năm 2041', '2041-12-31', 'Kiểm tra', NULL)`,
      [taskId],
    );
    const [added] = await app.dataSource.query(TALLY, [taskId]);
    expect(added.lastDueOn).toBe('2041-12-31');
    expect(await wrongTallies()).toEqual([]);

    await app.dataSource.query(
      `UPDATE milestone SET due_on = '2040-01-31' WHERE key_task_id = $1 AND due_on = '2040-12-31'`,
      [taskId],
    );
    const [moved] = await app.dataSource.query(TALLY, [taskId]);
    expect(moved.onTime).toBe(added.onTime - 1); // done 30-6-2040, after its new due date
    await app.dataSource.query(`UPDATE milestone SET done_on = NULL WHERE key_task_id = $1`, [taskId]);
    const [undone] = await app.dataSource.query(TALLY, [taskId]);
    expect(undone.onTime).toBe(0);
    await app.dataSource.query(`DELETE FROM milestone WHERE key_task_id = $1 AND due_on > '2030-01-01'`, [taskId]);
    expect(await wrongTallies()).toEqual([]);
    await app.dataSource.query(`DELETE FROM milestone WHERE key_task_id = $1`, [taskId]);
    expect(await app.dataSource.query(TALLY, [taskId])).toEqual([{ total: 0, onTime: 0, lastDueOn: null }]);

    expect(await wrongTallies()).toEqual([]);
  });

  it('stays right when two transactions write milestones of one task at once', async () => {
    const [{ id: taskId }] = await app.dataSource.query(
      `SELECT key_task_id AS id FROM milestone WHERE done_on IS NULL GROUP BY key_task_id HAVING count(*) >= 2 ORDER BY 1 LIMIT 1`,
    );
    const [first, second] = (
      await app.dataSource.query(`SELECT id FROM milestone WHERE key_task_id = $1 AND done_on IS NULL ORDER BY id`, [
        taskId,
      ])
    ).map((row: { id: number }) => row.id);
    const [before] = await app.dataSource.query(TALLY, [taskId]);
    const a = app.dataSource.createQueryRunner();
    const b = app.dataSource.createQueryRunner();
    try {
      await a.startTransaction();
      await b.startTransaction();
      await a.query('UPDATE milestone SET done_on = due_on WHERE id = $1', [first]);
      // B's tally waits for A's lock, then recounts with A's milestone.
      const bWrite = b.query('UPDATE milestone SET done_on = due_on WHERE id = $1', [second]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.commitTransaction();
      await bWrite;
      await b.commitTransaction();
    } finally {
      await a.release();
      await b.release();
    }
    const [after] = await app.dataSource.query(TALLY, [taskId]);
    expect(after.onTime).toBe(before.onTime + 2);
    expect(await wrongTallies()).toEqual([]);
  });

  it('gives comparisons the same milestone figures as counting every milestone', async () => {
    const asOf = provinceDateOf(new Date());
    const live: Array<{ year: number; due: number; onTime: number }> = await app.dataSource.query(
      `SELECT c.year, count(m.id)::int AS due, (count(m.id) FILTER (WHERE m.done_on <= m.due_on))::int AS "onTime"
         FROM key_task t JOIN cycle c ON c.id = t.cycle_id
         JOIN milestone m ON m.key_task_id = t.id AND m.due_on <= $1
        WHERE t.concluded_outcome IS DISTINCT FROM 'EXEMPT_OBJECTIVE'
        GROUP BY c.year ORDER BY c.year`,
      [asOf],
    );
    expect(live.length).toBeGreaterThan(1);
    const years = live.map((row) => row.year);
    const { data, errors } = await app.graphql<{
      comparison: Array<{ cycleYear: number; milestonesDue: number; milestonesOnTime: number }>;
    }>(
      `query($years: [Int!]!) { comparison(cycleYears: $years, dimension: PROVINCE) { cycleYear milestonesDue milestonesOnTime } }`,
      {
        years,
      },
    );
    expect(errors).toBeUndefined();
    expect(
      data!.comparison.map((row) => ({ year: row.cycleYear, due: row.milestonesDue, onTime: row.milestonesOnTime })),
    ).toEqual(live);
  });
});
