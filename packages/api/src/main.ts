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
  // A stray rejected promise (say, from a connection the database dropped) is logged; the API
  // keeps serving rather than exiting while the database is away.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
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
  // embedded-postgres registers async-exit-hook, which stops PostgreSQL on SIGINT/SIGTERM at once,
  // while running requests still need it. From here on, shutdown drains first and stops it last
  // (during start-up the hook's behaviour — stop PostgreSQL, exit — is the right one).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGHUP', () => shutdown('SIGHUP'));
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError || error instanceof EmbeddedDatabaseError || error instanceof PortInUseError;
  process.stderr.write(
    `\nNVTT could not start: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`,
  );
  process.exit(1);
});
