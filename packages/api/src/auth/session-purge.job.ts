import { SESSION_POLICY } from '@nvtt/shared';
import type { CronItem, Task } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { jobContext, type CronPayload } from '../jobs/system-context.js';
import { recordAudit, runUseCase } from '../workflow/use-case.js';

declare global {
  namespace GraphileWorker {
    interface Tasks {
      'sessions.purge-ended': CronPayload;
    }
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Ended sessions stay a month for security reviews (who was signed in, from where), then go. */
export const ENDED_SESSION_RETENTION_DAYS = 30;

const PURGE = `WITH sessions AS (
    DELETE FROM user_session
     WHERE expires_at < $1 OR revoked_at < $1 OR last_seen_at < $1
    RETURNING 1),
  failures AS (
    DELETE FROM login_failure WHERE failed_at < $2 RETURNING 1)
  SELECT (SELECT count(*) FROM sessions)::int AS sessions, (SELECT count(*) FROM failures)::int AS failures`;

export interface PurgeCounts {
  readonly sessions: number;
  readonly failures: number;
}

/**
 * Deletes sessions ended more than the retention ago and sign-in failures older than the throttle
 * window (they no longer count), with one audit record of how many went.
 */
export async function purgeEndedSessions(dataSource: DataSource, jobId: string, now: Date): Promise<PurgeCounts> {
  const ctx = jobContext(jobId, now);
  const sessionsBefore = new Date(now.getTime() - ENDED_SESSION_RETENTION_DAYS * DAY_MS);
  const failuresBefore = new Date(now.getTime() - SESSION_POLICY.failureWindowMinutes * 60 * 1000);
  const result = await runUseCase(dataSource, async (db) => {
    const rows: PurgeCounts[] = await db.query(PURGE, [sessionsBefore, failuresBefore]);
    const counts = rows[0] ?? { sessions: 0, failures: 0 };
    if (counts.sessions + counts.failures > 0) {
      await recordAudit(db, ctx, {
        entityType: 'System',
        entityId: 0,
        action: 'PURGE_ENDED_SESSIONS',
        data: { ...counts },
      });
    }
    return counts;
  });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.value;
}

export function sessionPurgeTasks(dataSource: DataSource): { 'sessions.purge-ended': Task<'sessions.purge-ended'> } {
  return {
    'sessions.purge-ended': async (_payload, helpers) => {
      await purgeEndedSessions(dataSource, helpers.job.id, new Date());
    },
  };
}

/** Nightly at 02:15 Asia/Ho_Chi_Minh (19:15 UTC); a night missed while stopped is caught up once. */
export const SESSION_PURGE_SCHEDULE: CronItem = {
  task: 'sessions.purge-ended',
  match: '15 19 * * *',
  identifier: 'sessions.purge-ended',
  options: { backfillPeriod: DAY_MS },
};
