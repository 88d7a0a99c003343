import type { CronItem, TaskList } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { SESSION_PURGE_SCHEDULE, sessionPurgeTasks } from '../auth/session-purge.job.js';
import type { Logger } from '../logger.js';

/** What every job handler may use. */
export interface JobDependencies {
  readonly dataSource: DataSource;
  readonly logger: Logger;
}

/** Every background task the worker runs, by name; each feature contributes its own. */
export function createJobTasks(deps: JobDependencies): TaskList {
  return { ...sessionPurgeTasks(deps.dataSource) };
}

/** The recurring jobs (times are UTC; graphile-worker's cron runs in the server's clock). */
export const JOB_SCHEDULE: readonly CronItem[] = [SESSION_PURGE_SCHEDULE];
