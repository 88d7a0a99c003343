import {
  Logger as WorkerLogger,
  parseCronItems,
  run,
  runMigrations,
  type CronItem,
  type Runner,
  type TaskList,
} from 'graphile-worker';
import { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';

/**
 * The PostgreSQL-backed job queue (graphile-worker). Jobs live in the `graphile_worker` schema of
 * the application database, so a job added inside a use case's transaction exists exactly when
 * that transaction commits, and cron runs are recorded there, so a restart never repeats one.
 */

export type JobName = keyof GraphileWorker.Tasks;

export interface EnqueueOptions {
  /** When to run; now by default. */
  readonly runAt?: Date;
  /**
   * At most one pending job per key: adding again replaces the pending one (its payload and
   * time), which is how a reminder moved by a deadline extension stays single.
   */
  readonly jobKey?: string;
  readonly maxAttempts?: number;
  /** Jobs of one queue run one at a time, in order. */
  readonly queueName?: string;
}

const ADD_JOB = `SELECT graphile_worker.add_job(
  identifier => $1, payload => $2::json, queue_name => $3, run_at => $4, max_attempts => $5, job_key => $6)`;

/** Adds a job through `db`: inside a transaction's manager, the job commits (or not) with it. */
export async function enqueueJob<Name extends JobName>(
  db: EntityManager | DataSource,
  name: Name,
  payload: GraphileWorker.Tasks[Name],
  options: EnqueueOptions = {},
): Promise<void> {
  await db.query(ADD_JOB, [
    name,
    JSON.stringify(payload),
    options.queueName ?? null,
    options.runAt ?? null,
    options.maxAttempts ?? null,
    options.jobKey ?? null,
  ]);
}

const REMOVE_JOB = `SELECT graphile_worker.remove_job(job_key => $1)`;

/** Drops the pending job of a key, if any (a reminder whose reason is gone). */
export async function removeJob(db: EntityManager | DataSource, jobKey: string): Promise<void> {
  await db.query(REMOVE_JOB, [jobKey]);
}

/** graphile-worker's levels (a const enum we cannot import) as pino's methods. */
const PINO_LEVEL_OF: Readonly<Record<string, 'error' | 'warn' | 'info' | 'debug'>> = {
  error: 'error',
  warning: 'warn',
  // Its start-up and per-job chatter; our own job code logs what matters.
  info: 'debug',
  debug: 'debug',
};

function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    logger[PINO_LEVEL_OF[String(level)] ?? 'info']({ jobs: scope, ...meta }, message);
  });
}

/** Creates or updates the queue's own schema; idempotent, run at every start after our migrations. */
export async function migrateJobQueue(connectionString: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger(logger) });
}

export interface JobWorkerOptions {
  readonly connectionString: string;
  readonly tasks: TaskList;
  readonly schedule: readonly CronItem[];
  readonly concurrency: number;
  readonly logger: Logger;
  /** How often to look for due jobs besides the LISTEN wake-ups (ms). */
  readonly pollIntervalMs?: number;
}

export interface JobWorker {
  /** Finishes running jobs, then stops; unfinished work stays queued for the next start. */
  stop(): Promise<void>;
}

export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  // Its own small pool: the LISTEN connection and running jobs never starve GraphQL requests.
  const pool = new Pool({ connectionString: options.connectionString, max: options.concurrency + 2 });
  // A connection lost while idle (the database restarting, or stopping before us on Ctrl-C) is
  // replaced by the pool; without a listener, pg would throw it and end the process mid-shutdown.
  const connectionLost = (error: Error): void =>
    options.logger.warn(
      { code: (error as { code?: unknown }).code, reason: error.message },
      'job queue connection lost',
    );
  pool.on('error', connectionLost);
  // A checked-out client (the worker's LISTEN connection) reports its loss on itself, not the pool.
  pool.on('connect', (client) => client.on('error', connectionLost));
  const runner: Runner = await run({
    pgPool: pool,
    concurrency: options.concurrency,
    taskList: options.tasks,
    parsedCronItems: parseCronItems([...options.schedule]),
    pollInterval: options.pollIntervalMs ?? 2000,
    noHandleSignals: true,
    logger: workerLogger(options.logger),
  });
  return {
    stop: async () => {
      try {
        await runner.stop();
      } catch (error) {
        // The database may already be going (Ctrl-C reaches the embedded server too): finish stopping.
        options.logger.warn({ reason: (error as Error).message }, 'job worker stopped with an error');
      } finally {
        await pool.end().catch(() => undefined);
      }
    },
  };
}
