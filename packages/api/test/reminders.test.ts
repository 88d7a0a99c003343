import { DEFAULT_REMINDER_POLICY } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { toGlobalId } from '../src/graphql/relay.js';
import { IN_APP_ONLY, type NotificationConfig } from '../src/modules/notification/notification-config.js';
import { scanReminders, sendWeeklyDigest } from '../src/modules/notification/notification.jobs.js';
import { pendingJobs } from './support/jobs.js';
import { keysOf, notificationsOf, reminderWorld } from './support/reminders-world.js';
import { createTestDatabase } from './support/test-app.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource(database.url);
  await db.initialize();
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

/** Noon in the province on a given date. */
const on = (date: string) => new Date(`${date}T12:00:00+07:00`);
const scan = (date: string, config: NotificationConfig = IN_APP_ONLY) => scanReminders(db, config, 'test', on(date));

describe('reminders before and after stage deadlines', () => {
  it('reminds whoever must act at each stage, on the steps before the deadline and once overdue', async () => {
    const world = await reminderWorld(db, 2030);
    const { users } = world;
    await world.task('A', 1, 'DRAFT'); // the cadre registers by 30/10/2029
    await world.task('B', 1, 'SUBMITTED'); // DU_UBND appraises by 15/11/2029
    await world.task('A', 2, 'IN_CONSULTATION'); // advisory opinions by 10/12; BTC proposes by 20/12
    await world.task('B', 2, 'PROPOSED'); // the BTV decides by 30/12

    expect(await scan('2029-10-22')).toEqual({});
    expect(await scan('2029-10-23')).toEqual({ DEADLINE_SOON: 1 });
    expect(await notificationsOf(db, users.a)).toEqual([
      expect.objectContaining({
        kind: 'DEADLINE_SOON',
        key: 'deadline:2030:REGISTER:CADRE:2029-10-30:7',
        link: '/my-tasks',
        titleVi: 'Sắp đến hạn: Đăng ký nhiệm vụ trọng tâm — 30/10/2029',
        bodyVi: expect.stringContaining('1 nhiệm vụ (kỳ 2030) đang chờ đồng chí thực hiện bước'),
      }),
    ]);
    await scan('2029-10-29');
    expect(await keysOf(db, users.a)).toEqual([
      'deadline:2030:REGISTER:CADRE:2029-10-30:7',
      'deadline:2030:REGISTER:CADRE:2029-10-30:1',
    ]);

    await scan('2029-12-29');
    expect(await keysOf(db, users.a)).toContain('overdue:2030:REGISTER:CADRE:2029-10-30');
    expect(await keysOf(db, users.b)).toEqual([]);
    // Stages are skipped while the system did not run: only the latest step reached is sent.
    expect(await keysOf(db, users.ubnd)).toEqual(['overdue:2030:APPRAISE_REGISTRATION:FOCAL:2029-11-15']);
    expect(await keysOf(db, users.cqd)).toEqual([]);
    expect(await keysOf(db, users.ubkt)).toEqual(['overdue:2030:CONSOLIDATE:ADVISORY:2029-12-10']);
    expect(await keysOf(db, users.btc)).toEqual(['overdue:2030:SUBMIT_TO_DECIDER:CONSOLIDATOR:2029-12-20']);
    expect(await notificationsOf(db, users.btv)).toEqual([
      expect.objectContaining({ key: 'deadline:2030:DECIDE:DECIDER:2029-12-30:1', link: '/decisions' }),
    ]);
    expect((await notificationsOf(db, users.ubnd))[0]).toMatchObject({ kind: 'OVERDUE', link: '/inbox' });
  });

  it('escalates an overdue wait to the head of the agency answerable once the delay has passed', async () => {
    const world = await reminderWorld(db, 2031);
    await world.task('A', 1, 'DRAFT');
    await scan('2030-11-01'); // two days late
    expect(await keysOf(db, world.users.a)).toEqual(['overdue:2031:REGISTER:CADRE:2030-10-30']);
    expect(await keysOf(db, world.users.cqdHead)).toEqual([]);

    expect(DEFAULT_REMINDER_POLICY.escalateAfterDays).toBe(3);
    await scan('2030-11-02');
    expect(await keysOf(db, world.users.cqdHead)).toEqual([
      `escalation:2031:REGISTER:CADRE:2030-10-30:${world.units.cqd}`,
    ]);
    const [escalation] = await notificationsOf(db, world.users.cqdHead);
    expect(escalation).toMatchObject({
      kind: 'ESCALATION',
      titleVi: expect.stringMatching(/^Quá hạn 3 ngày: Đăng ký nhiệm vụ trọng tâm — /),
      link: '/inbox',
    });
    // The reviewer of the agency is not its head; the other agency's reviewer is not concerned.
    expect(await keysOf(db, world.users.cqd)).toEqual([]);
    expect(await keysOf(db, world.users.ubnd)).toEqual([]);
  });

  it('creates nothing twice when the scan runs again, and nothing without a reason', async () => {
    const world = await reminderWorld(db, 2032);
    await world.task('A', 1, 'DRAFT');
    await world.task('B', 1, 'SUBMITTED');
    const first = await scan('2031-11-10');
    expect(first).toEqual({ OVERDUE: 1, ESCALATION: 1, DEADLINE_SOON: 1 });
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM notification`);
    expect(await scan('2031-11-10')).toEqual({});
    // Later the same day, in another process, after a restart: the same reminders, already there.
    expect(await scanReminders(db, IN_APP_ONLY, 'other', new Date('2031-11-10T23:30:00+07:00'))).toEqual({});
    const [{ count: again }] = await db.query(`SELECT count(*)::int AS count FROM notification`);
    expect(again).toBe(count);
    // Without SMTP nothing is queued for e-mail.
    expect(await pendingJobs(db, 'notifications.email')).toEqual([]);
  });

  it('follows a deadline extension: the reminder moves to the new date', async () => {
    const world = await reminderWorld(db, 2033);
    await world.task('A', 1, 'DRAFT');
    await world.task('B', 1, 'DRAFT');
    await db.query(
      `INSERT INTO deadline_extension (cycle_id, stage, cadre_id, until, reason, granted_by_label, created_at)
       VALUES ($1, 'REGISTER', $2, '2032-11-20', 'Ốm đau', 'BTC', now())`,
      [world.cycleId, world.cadreA.id],
    );
    await scan('2032-10-23');
    expect(await keysOf(db, world.users.a)).toEqual([]);
    expect(await keysOf(db, world.users.b)).toEqual(['deadline:2033:REGISTER:CADRE:2032-10-30:7']);
    await scan('2032-11-02');
    expect(await keysOf(db, world.users.a)).toEqual([]);
    await scan('2032-11-13');
    expect(await keysOf(db, world.users.a)).toEqual(['deadline:2033:REGISTER:CADRE:2032-11-20:7']);
    // Once the cadre has submitted, nothing more is due for that stage.
    await db.query(`UPDATE key_task SET state = 'SUBMITTED' WHERE cadre_id = $1`, [world.cadreA.id]);
    await scan('2032-11-19');
    expect(await keysOf(db, world.users.a)).toEqual(['deadline:2033:REGISTER:CADRE:2032-11-20:7']);
  });
});

describe('overdue milestones', () => {
  it('tells the cadre the day after, and the focal agency’s head after the delay, once per due date', async () => {
    const world = await reminderWorld(db, 2034);
    const taskId = await world.task('A', 1, 'IN_PROGRESS');
    const otherTask = await world.task('A', 2, 'PLANNED');
    const [{ id: milestoneId }] = await db.query(
      `INSERT INTO milestone (key_task_id, period_kind, period_label, due_on, expected_output, done_on)
       VALUES ($1, 'QUARTER', 'Quý I/2034', '2034-03-31', 'Phê duyệt quy hoạch', NULL),
              ($1, 'MONTH', 'Tháng 3/2034', '2034-03-15', 'Đã xong', '2034-03-10'),
              ($2, 'QUARTER', 'Quý I/2034', '2034-03-31', 'Khởi công', NULL) RETURNING id`,
      [taskId, otherTask],
    );
    await scan('2034-03-31');
    expect(await keysOf(db, world.users.a)).toEqual([]);
    await scan('2034-04-01');
    const cadreSees = await notificationsOf(db, world.users.a);
    expect(cadreSees).toHaveLength(2);
    expect(cadreSees[0]).toEqual(
      expect.objectContaining({
        kind: 'MILESTONE_OVERDUE',
        key: `milestone:${milestoneId}:2034-03-31`,
        link: `/tasks/${toGlobalId('KeyTask', taskId)}`,
        titleVi: 'Mốc Quý I/2034 quá hạn: Nhiệm vụ A1',
      }),
    );
    expect(await keysOf(db, world.users.cqdHead)).toEqual([]);
    await scan('2034-04-03');
    expect(await notificationsOf(db, world.users.cqdHead)).toEqual([
      expect.objectContaining({
        kind: 'MILESTONE_ESCALATION',
        key: `milestone-escalation:${world.units.cqd}:2034-03-31`,
        titleVi: expect.stringMatching(/^2 mốc tiến độ đến hạn 31\/03\/2034 chưa hoàn thành — /),
        bodyVi: expect.stringContaining('của 1 cán bộ do'),
        link: '/inbox',
      }),
    ]);
    expect((await notificationsOf(db, world.users.cqdHead))[0]!.bodyVi).toContain('(Nguyễn Văn An)');
    await scan('2034-04-04');
    expect(await keysOf(db, world.users.a)).toHaveLength(2);
    expect(await keysOf(db, world.users.cqdHead)).toHaveLength(1);
  });
});

describe('the weekly digest for the decision body', () => {
  it('summarises the funnel and the overdue waits, once a week, for the BTV only', async () => {
    const world = await reminderWorld(db, 2035);
    await world.task('A', 1, 'DRAFT');
    await world.task('A', 2, 'SUBMITTED');
    await world.task('B', 1, 'PROPOSED');
    await world.task('B', 2, 'ASSIGNED');
    const monday = '2034-11-20';
    expect(await sendWeeklyDigest(db, IN_APP_ONLY, 'test', on(monday))).toEqual({ WEEKLY_DIGEST: 1 });
    expect(await sendWeeklyDigest(db, IN_APP_ONLY, 'test', on('2034-11-22'))).toEqual({});
    const [digest, ...more] = await notificationsOf(db, world.users.btv);
    expect(more).toEqual([]);
    expect(digest).toMatchObject({ kind: 'WEEKLY_DIGEST', key: 'digest:2034-W47', link: '/dashboard' });
    expect(digest!.titleVi).toBe('Tổng hợp tuần 47 (20/11/2034): 2 việc quá hạn');
    expect(digest!.bodyVi.split('\n')).toEqual([
      'Kỳ 2035',
      '- Đã đăng ký: 3',
      '- Đã thẩm định: 2',
      '- Đã trình BTV: 2',
      '- Được giao: 1',
      '- Có kế hoạch: 0',
      '- Đã tự đánh giá: 0',
      '- Đã thẩm định kết quả: 0',
      '- Đã kết luận: 0',
      '- Chờ Cán bộ: 2 (quá hạn 1)',
      '- Chờ Cơ quan đầu mối: 1 (quá hạn 1)',
      '- Chờ Thường trực, Ban Thường vụ Tỉnh ủy: 1 (quá hạn 0)',
    ]);
    expect(digest!.bodyEn).toContain('- Waiting for Focal agency: 1 (1 overdue)');
    for (const user of [world.users.a, world.users.btc, world.users.cqdHead]) {
      expect(await keysOf(db, user)).not.toContain('digest:2034-W47');
    }
    await sendWeeklyDigest(db, IN_APP_ONLY, 'test', on('2034-11-27'));
    expect(await keysOf(db, world.users.btv)).toEqual(['digest:2034-W47', 'digest:2034-W48']);
  });
});
