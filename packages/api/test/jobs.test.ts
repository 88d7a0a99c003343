import { runOnce } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDED_SESSION_RETENTION_DAYS, purgeEndedSessions } from '../src/auth/session-purge.job.js';
import { createDataSource } from '../src/db/data-source.js';
import { enqueueJob, removeJob } from '../src/jobs/job-queue.js';
import { createJobTasks, JOB_SCHEDULE } from '../src/jobs/tasks.js';
import { createLogger } from '../src/logger.js';
import { pendingJobs } from './support/jobs.js';
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

const DAY = 24 * 60 * 60 * 1000;

async function pendingKeys(name: string): Promise<Array<{ key: string | null; payload: unknown }>> {
  return (await pendingJobs(dataSource, name)).map(({ key, payload }) => ({ key, payload }));
}

async function auditCount(action: string): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE action = $1`, [
    action,
  ]);
  return count;
}

describe('the job queue', () => {
  it('adds a job with the transaction that adds it, and not when that transaction rolls back', async () => {
    await dataSource
      .transaction(async (db) => {
        await enqueueJob(db, 'sessions.purge-ended', {}, { jobKey: 'rolled-back' });
        throw new Error('refused');
      })
      .catch(() => undefined);
    expect(await pendingKeys('sessions.purge-ended')).toEqual([]);

    await dataSource.transaction((db) => enqueueJob(db, 'sessions.purge-ended', {}, { jobKey: 'kept' }));
    expect(await pendingKeys('sessions.purge-ended')).toEqual([{ key: 'kept', payload: {} }]);
  });

  it('keeps one pending job per key, and removes it by key', async () => {
    await enqueueJob(dataSource, 'sessions.purge-ended', {}, { jobKey: 'kept', runAt: new Date(Date.now() + DAY) });
    expect(await pendingKeys('sessions.purge-ended')).toHaveLength(1);
    await removeJob(dataSource, 'kept');
    expect(await pendingKeys('sessions.purge-ended')).toEqual([]);
  });

  it('schedules every recurring task it can run', () => {
    const tasks = createJobTasks({ dataSource, logger: createLogger('silent') });
    for (const item of JOB_SCHEDULE) expect(tasks).toHaveProperty(item.task);
  });
});

describe('the nightly purge of ended sessions', () => {
  it('deletes sessions ended before the retention and spent sign-in failures, once, with an audit record', async () => {
    const now = new Date();
    const long = new Date(now.getTime() - (ENDED_SESSION_RETENTION_DAYS + 1) * DAY);
    const recent = new Date(now.getTime() - DAY);
    const [{ id: userId }] = await dataSource.query(`SELECT id FROM app_user ORDER BY id LIMIT 1`);
    await dataSource.query(
      `INSERT INTO user_session (id_hash, user_id, created_at, last_seen_at, expires_at, revoked_at)
       VALUES ('old-expired', $1, $2, $2, $2, NULL), ('old-revoked', $1, $2, $3, $4, $2),
              ('recently-ended', $1, $3, $3, $3, NULL), ('live', $1, $5, $5, $4, NULL)`,
      [userId, long, recent, new Date(now.getTime() + DAY), now],
    );
    await dataSource.query(
      `INSERT INTO login_failure (username, address, failed_at) VALUES ('ai-do', '10.0.0.1', $1), ('ai-do', '10.0.0.1', $2)`,
      [recent, now],
    );
    const before = await auditCount('PURGE_ENDED_SESSIONS');

    await enqueueJob(dataSource, 'sessions.purge-ended', {});
    await runOnce({
      connectionString: database.url,
      taskList: createJobTasks({ dataSource, logger: createLogger('silent') }),
    });

    const sessions: Array<{ id_hash: string }> = await dataSource.query(
      `SELECT id_hash FROM user_session WHERE id_hash IN ('old-expired', 'old-revoked', 'recently-ended', 'live') ORDER BY id_hash`,
    );
    expect(sessions.map((row) => row.id_hash)).toEqual(['live', 'recently-ended']);
    const [{ failures }] = await dataSource.query(
      `SELECT count(*)::int AS failures FROM login_failure WHERE username = 'ai-do'`,
    );
    expect(failures).toBe(1);
    expect(await auditCount('PURGE_ENDED_SESSIONS')).toBe(before + 1);
    expect(await pendingKeys('sessions.purge-ended')).toEqual([]);

    // Nothing left to purge: no change and no audit noise.
    expect(await purgeEndedSessions(dataSource, 'again', new Date())).toEqual({ sessions: 0, failures: 0 });
    expect(await auditCount('PURGE_ENDED_SESSIONS')).toBe(before + 1);
  });
});
