import { performance } from 'node:perf_hooks';
import { startApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { EmbeddedDatabaseError } from './db/embedded-postgres.js';
import { PortInUseError } from './bootstrap.js';
import { createLogger } from './logger.js';
import { printBanner } from './banner.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seed/demo-accounts.js';

/** `pnpm start`: database, migrations, demo data, API and dashboard on one port. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  printBanner({
    port: app.port,
    embedded: app.embedded,
    migrations: app.migrations,
    seeds: app.seeds,
    dashboardBuilt: config.webDistDir !== null,
    // Since the process started, module loading included.
    readyInMs: performance.now(),
    demoAccounts: config.seedDemo ? DEMO_ACCOUNTS : [],
    demoPassword: DEMO_PASSWORD,
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError || error instanceof EmbeddedDatabaseError || error instanceof PortInUseError;
  process.stderr.write(
    `\nNVTT could not start: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`,
  );
  process.exit(1);
});
