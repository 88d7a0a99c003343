import type { CronItem, TaskList } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { SESSION_PURGE_SCHEDULE, sessionPurgeTasks } from '../auth/session-purge.job.js';
import type { Logger } from '../logger.js';
import { changeFeedTasks, DEADLINE_PASSED_SCHEDULE } from '../modules/change-feed/change-feed.jobs.js';
import { DEFAULT_WEBHOOK_OPTIONS, type WebhookOptions } from '../modules/change-feed/webhook-delivery.js';
import { IN_APP_ONLY, type NotificationConfig } from '../modules/notification/notification-config.js';
import {
  REMINDER_SCAN_SCHEDULE,
  WEEKLY_DIGEST_SCHEDULE,
  notificationTasks,
} from '../modules/notification/notification.jobs.js';

/** What every job handler may use. */
export interface JobDependencies {
  readonly dataSource: DataSource;
  readonly logger: Logger;
  /** Webhook deliveries (docs/change-feed.md); secure defaults when not given. */
  readonly webhooks?: WebhookOptions;
  /** Reminder schedule and SMTP; in-app only with the default schedule when absent. */
  readonly notifications?: NotificationConfig;
}

/** Every background task the worker runs, by name; each feature contributes its own. */
export function createJobTasks(deps: JobDependencies): TaskList {
  return {
    ...sessionPurgeTasks(deps.dataSource),
    ...changeFeedTasks(deps.dataSource, deps.logger, deps.webhooks ?? DEFAULT_WEBHOOK_OPTIONS),
    ...notificationTasks(deps.dataSource, deps.notifications ?? IN_APP_ONLY, deps.logger),
  };
}

/** The recurring jobs (times are UTC; graphile-worker's cron runs in the server's clock). */
export const JOB_SCHEDULE: readonly CronItem[] = [
  SESSION_PURGE_SCHEDULE,
  DEADLINE_PASSED_SCHEDULE,
  REMINDER_SCAN_SCHEDULE,
  WEEKLY_DIGEST_SCHEDULE,
];
