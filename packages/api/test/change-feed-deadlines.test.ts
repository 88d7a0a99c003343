import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { loadChangeEvents } from '../src/modules/change-feed/change-event.js';
import { recordPassedDeadlines } from '../src/modules/change-feed/deadline-passed.job.js';
import { createTestDatabase } from './support/test-app.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let dataSource: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = createDataSource(database.url);
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

async function draftOf(username: string): Promise<{ id: number; cadreId: number; cycleId: number }> {
  const [task] = await dataSource.query(
    `SELECT t.id, t.cadre_id AS "cadreId", t.cycle_id AS "cycleId" FROM key_task t
       JOIN app_user u ON u.cadre_id = t.cadre_id JOIN cycle y ON y.id = t.cycle_id
      WHERE u.username = $1 AND t.state = 'DRAFT' AND y.year = 2027 ORDER BY t.id LIMIT 1`,
    [username],
  );
  return task;
}

describe('passed deadlines', () => {
  it('records each passed stage deadline and milestone once, as an event on the task, extensions respected', async () => {
    const own = await draftOf('canbo');
    const extended = await draftOf('canbo2');
    // A registration deadline far from the demo data's dates, so only this one falls in the window.
    await dataSource.query(
      `UPDATE cycle_deadline SET due_on = '2031-03-10' WHERE cycle_id = $1 AND stage = 'REGISTER'`,
      [own.cycleId],
    );
    await dataSource.query(
      `INSERT INTO deadline_extension (cycle_id, stage, cadre_id, until, reason, granted_by_label, created_at)
       VALUES ($1, 'REGISTER', $2, '2031-03-20', 'Đi công tác', 'Ban Tổ chức', now())`,
      [extended.cycleId, extended.cadreId],
    );
    const [{ id: milestoneId }] = await dataSource.query(
      `INSERT INTO milestone (key_task_id, period_kind, period_label, due_on, expected_output)
       VALUES ($1, 'MONTH', 'T3/2031', '2031-03-09', 'Báo cáo') RETURNING id`,
      [own.id],
    );

    // The deadline day is over at the province's midnight: on the day itself nothing has passed yet.
    expect(await recordPassedDeadlines(dataSource, 'test-1', new Date('2031-03-10T16:59:00Z'))).not.toContainEqual(
      expect.objectContaining({ taskId: own.id, stage: 'REGISTER' }),
    );
    const passed = await recordPassedDeadlines(dataSource, 'test-2', new Date('2031-03-10T17:01:00Z'));
    expect(passed).toContainEqual({ taskId: own.id, stage: 'REGISTER', milestoneId: null, dueOn: '2031-03-10' });
    expect(passed.filter((entry) => entry.taskId === own.id)).toHaveLength(1);
    expect(passed.map((entry) => entry.taskId)).not.toContain(extended.id);
    const states: Array<{ state: string }> = await dataSource.query(
      `SELECT DISTINCT state FROM key_task WHERE id = ANY($1)`,
      [passed.map((entry) => entry.taskId)],
    );
    expect(states.every((row) => ['DRAFT', 'RETURNED'].includes(row.state))).toBe(true);

    const audit: Array<{ id: string; data: Record<string, unknown> }> = await dataSource.query(
      `SELECT id::text AS id, data FROM audit_event WHERE entity_type = 'KeyTask' AND entity_id = $1 AND action = 'DEADLINE_PASSED' ORDER BY id`,
      [own.id],
    );
    expect(audit.map((row) => row.data)).toEqual([
      { milestoneId, dueOn: '2031-03-09' },
      { stage: 'REGISTER', dueOn: '2031-03-10' },
    ]);
    const events = await loadChangeEvents(
      dataSource,
      audit.map((row) => row.id),
    );
    expect(events.map((event) => [event.type, event.deadline])).toEqual([
      ['DEADLINE_PASSED', { stage: null, milestoneId, dueOn: '2031-03-09' }],
      ['DEADLINE_PASSED', { stage: 'REGISTER', milestoneId: null, dueOn: '2031-03-10' }],
    ]);

    // Once only: the next hour's run finds nothing new.
    expect(await recordPassedDeadlines(dataSource, 'test-3', new Date('2031-03-10T18:05:00Z'))).toEqual([]);
    // The extension passes too, later: that is a new deadline, recorded then.
    const later = await recordPassedDeadlines(dataSource, 'test-4', new Date('2031-03-21T01:00:00Z'));
    expect(later).toContainEqual({ taskId: extended.id, stage: 'REGISTER', milestoneId: null, dueOn: '2031-03-20' });
  });
});
