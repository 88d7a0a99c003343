import { provinceDateOf, type NotificationKind } from '@nvtt/shared';
import type { CronItem, Task } from 'graphile-worker';
import type { DataSource, EntityManager } from 'typeorm';
import { jobContext, type CronPayload } from '../../jobs/system-context.js';
import type { Logger } from '../../logger.js';
import { recordAudit, runUseCase } from '../../workflow/use-case.js';
import { createMailer } from './mailer.js';
import type { NotificationConfig } from './notification-config.js';
import { createNotifications, type NewNotification } from './notification-store.js';
import { dueReminders } from './reminder-scan.js';
import { cycleDigests, digestNotifications, type CycleDigest } from './weekly-digest.js';

/** A scan may be run for a given instant (tests, a manual catch-up); by default the cron's or now. */
interface AsOfPayload extends CronPayload {
  readonly asOf?: string;
}

declare global {
  namespace GraphileWorker {
    interface Tasks {
      'reminders.scan': AsOfPayload;
      'reminders.weekly-digest': AsOfPayload;
      'notifications.email': { readonly notificationId: number };
    }
  }
}

function instantOf(payload: AsOfPayload): Date {
  const raw = payload.asOf ?? payload._cron?.ts;
  const at = raw === undefined ? new Date() : new Date(raw);
  if (Number.isNaN(at.getTime())) throw new Error(`Not an instant: ${String(raw)}`);
  return at;
}

export type CreatedCounts = Partial<Record<NotificationKind, number>>;

/** Creates what is due, with one audit record of how many of each kind were created. */
async function store(
  dataSource: DataSource,
  jobId: string,
  now: Date,
  email: boolean,
  build: (db: EntityManager) => Promise<NewNotification[]>,
): Promise<CreatedCounts> {
  const ctx = jobContext(jobId, now);
  const result = await runUseCase(dataSource, async (db) => {
    const created = await createNotifications(db, await build(db), now, email);
    const counts: CreatedCounts = {};
    for (const row of created) counts[row.kind] = (counts[row.kind] ?? 0) + 1;
    if (created.length > 0) {
      await recordAudit(db, ctx, { entityType: 'System', entityId: 0, action: 'NOTIFICATIONS_CREATED', data: counts });
    }
    return counts;
  });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.value;
}

/** Creates the reminders due at `now` that do not exist yet (deadlines, overdue, escalations, milestones). */
export function scanReminders(
  dataSource: DataSource,
  config: NotificationConfig,
  jobId: string,
  now: Date,
): Promise<CreatedCounts> {
  return store(dataSource, jobId, now, config.mail !== null, (db) =>
    dueReminders(db, provinceDateOf(now), config.policy),
  );
}

/** Creates this week's digest for the decision body, once per week. */
export async function sendWeeklyDigest(
  dataSource: DataSource,
  config: NotificationConfig,
  jobId: string,
  now: Date,
): Promise<CreatedCounts> {
  const today = provinceDateOf(now);
  const digests: CycleDigest[] = await cycleDigests(dataSource, today);
  return store(dataSource, jobId, now, config.mail !== null, (db) => digestNotifications(db, digests, today));
}

type NotificationTasks = {
  'reminders.scan': Task<'reminders.scan'>;
  'reminders.weekly-digest': Task<'reminders.weekly-digest'>;
  'notifications.email': Task<'notifications.email'>;
};

export function notificationTasks(
  dataSource: DataSource,
  config: NotificationConfig,
  logger: Logger,
): NotificationTasks {
  const mailer = config.mail === null ? null : createMailer(dataSource, config.mail, config.publicUrl);
  return {
    'reminders.scan': async (payload, helpers) => {
      const counts = await scanReminders(dataSource, config, helpers.job.id, instantOf(payload));
      if (Object.keys(counts).length > 0) logger.info({ job: helpers.job.id, counts }, 'reminders created');
    },
    'reminders.weekly-digest': async (payload, helpers) => {
      await sendWeeklyDigest(dataSource, config, helpers.job.id, instantOf(payload));
    },
    'notifications.email': async (payload, helpers) => {
      // Queued while SMTP was configured; if it no longer is, the notification stays in the app.
      if (mailer === null) return;
      const outcome = await mailer.send(payload.notificationId, helpers.job.id);
      logger.debug({ job: helpers.job.id, notification: payload.notificationId, outcome }, 'notification e-mail');
    },
  };
}

const HOUR_MS = 60 * 60 * 1000;

/** Hourly, at five past: reminders follow deadlines and states within the hour. */
export const REMINDER_SCAN_SCHEDULE: CronItem = {
  task: 'reminders.scan',
  match: '5 * * * *',
  identifier: 'reminders.scan',
  // A scan looks at the present, so only the latest missed hour is worth running.
  options: { backfillPeriod: HOUR_MS },
};

/** Mondays at 08:00 Asia/Ho_Chi_Minh (01:00 UTC); a Monday missed while stopped is caught up that day. */
export const WEEKLY_DIGEST_SCHEDULE: CronItem = {
  task: 'reminders.weekly-digest',
  match: '0 1 * * 1',
  identifier: 'reminders.weekly-digest',
  options: { backfillPeriod: 24 * HOUR_MS },
};
