import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDataSource, ensureDatabase } from '../../src/db/data-source.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { runSeeds } from '../../src/db/seed/index.js';
import { migrateJobQueue } from '../../src/jobs/job-queue.js';
import { createLogger } from '../../src/logger.js';

export const TEMPLATE_DATABASE = 'nvtt_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the PostgreSQL server the tests use (any database; tests create their own). */
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

/**
 * Starts a real PostgreSQL for the suite (embedded, in a temporary folder; or the server of
 * DATABASE_URL), and prepares a migrated, seeded template that each test file clones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let serverUrl = process.env.DATABASE_URL ?? null;
  let stopServer = async () => {};
  if (serverUrl === null) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nvtt-test-'));
    const embedded = await startEmbeddedPostgres({ dataDir, port: null, persistent: false });
    serverUrl = embedded.url;
    stopServer = async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }

  const admin = createDataSource(serverUrl);
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.destroy();

  const templateUrl = await ensureDatabase(serverUrl, TEMPLATE_DATABASE);
  const template = createDataSource(templateUrl);
  await template.initialize();
  await template.runMigrations({ transaction: 'each' });
  await migrateJobQueue(templateUrl, createLogger('warn'));
  await runSeeds(template, { demo: true });
  await template.destroy();

  project.provide('databaseServerUrl', serverUrl);
  project.provide('templateDatabase', TEMPLATE_DATABASE);
  return stopServer;
}
