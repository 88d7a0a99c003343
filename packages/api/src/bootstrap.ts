import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config.js';
import { createDataSource, ensureDatabase } from './db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres.js';
import { runSeeds } from './db/seed/index.js';
import { createServices } from './graphql/context.js';
import { createSchema } from './graphql/schema.js';
import { createHttpApp, type HttpApp } from './http/app.js';
import { migrateJobQueue, startJobWorker, type JobWorker } from './jobs/job-queue.js';
import type { Logger } from './logger.js';

export const APP_DATABASE = 'nvtt';

export interface RunningDatabase {
  readonly dataSource: DataSource;
  readonly embedded: EmbeddedDatabase | null;
  /** The connection string of the application database (for the job worker's own pool). */
  readonly url: string;
  readonly migrations: string[];
  readonly seeds: string[];
}

/** Connects (starting the embedded server when no DATABASE_URL is given), migrates and seeds. */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<RunningDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (url === null) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      persistent: true,
    });
    logger.info(
      { port: embedded.port, dataDir: embedded.dataDir, created: embedded.created },
      'embedded PostgreSQL started',
    );
    url = await ensureDatabase(embedded.url, APP_DATABASE);
  }
  const dataSource = createDataSource(url, undefined, config.database, {
    // The message and code only: pg's error carries its whole client object.
    onPoolError: (error) =>
      logger.warn(
        { code: (error as { code?: unknown }).code, reason: error.message },
        'idle database connection lost; the pool replaces it',
      ),
    replicaUrls: config.replicaUrls,
  });
  try {
    await dataSource.initialize();
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    await migrateJobQueue(url, logger);
    const seeds = await runSeeds(dataSource, { demo: config.seedDemo });
    return { dataSource, embedded, url, migrations: migrations.map((m) => m.name), seeds };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
}

export interface RunningApp extends RunningDatabase {
  readonly http: HttpApp;
  readonly port: number;
  stop(): Promise<void>;
}

/** Starts everything and listens; `stop` drains requests, then closes the pool and the database. */
export async function startApp(config: AppConfig, logger: Logger): Promise<RunningApp> {
  const database = await openDatabase(config, logger);
  const { dataSource, embedded } = database;
  try {
    const http = await createHttpApp({
      schema: await createSchema(),
      services: createServices(dataSource),
      dataSource,
      logger,
      webDistDir: config.webDistDir,
      explorerDistDir: config.explorerDistDir,
      production: config.production,
      limits: config.http,
      shutdownGraceMs: config.shutdownGraceMs,
      evidence: config.evidence,
      subscriptions: config.subscriptions,
    });
    const port = await listen(http, config.port, config.host);
    let jobs: JobWorker | null = null;
    try {
      if (config.jobs.enabled) {
        // The tasks (mail, webhooks, reminders) load only in a process that runs the worker.
        const { createJobTasks, JOB_SCHEDULE } = await import('./jobs/tasks.js');
        jobs = await startJobWorker({
          connectionString: database.url,
          tasks: createJobTasks({ dataSource, logger, webhooks: config.webhooks, notifications: config.notifications }),
          schedule: JOB_SCHEDULE,
          concurrency: config.jobs.concurrency,
          logger,
        });
      }
    } catch (error) {
      await http.close();
      throw error;
    }
    let stopping: Promise<void> | null = null;
    return {
      ...database,
      http,
      port,
      stop: () =>
        (stopping ??= (async () => {
          // Drain first: readiness turns false, running requests finish (their transactions
          // commit or roll back), and only then go the pool and the database.
          await http.close();
          await jobs?.stop();
          await dataSource.destroy();
          await embedded?.stop();
        })()),
    };
  } catch (error) {
    await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
}

export class PortInUseError extends Error {}

function listen(http: HttpApp, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${port} is already in use. Stop the program using it or start with PORT=<another port>.`,
            )
          : error,
      );
    });
    http.server.listen(port, host, () => {
      const address = http.server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
