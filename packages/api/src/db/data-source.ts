import pg from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

// A DATE is a calendar day, not an instant: keep PostgreSQL's 'YYYY-MM-DD' text instead of a
// JavaScript Date at the server's local midnight, which shifts days across time zones.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value: string) => value);

/** Pool size and the database-side timeouts every connection gets (docs/hardening.md). */
export interface DatabaseOptions {
  readonly poolSize: number;
  /** How long a request waits for a free connection before it is answered 503. */
  readonly poolWaitMs: number;
  /** A statement running longer is cancelled (and its transaction rolled back). */
  readonly statementTimeoutMs: number;
  /** Waiting longer for a row or table lock cancels the statement. */
  readonly lockTimeoutMs: number;
  /** A transaction left idle longer (a stuck client) is ended, releasing its locks. */
  readonly idleInTransactionTimeoutMs: number;
}

export const DEFAULT_DATABASE_OPTIONS: DatabaseOptions = {
  poolSize: 10,
  poolWaitMs: 5_000,
  statementTimeoutMs: 15_000,
  lockTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 30_000,
};

/** The TypeORM data source. Schema changes only through migrations, never `synchronize`. */
export function createDataSource(
  url: string,
  queryLogger?: TypeOrmLogger,
  options: DatabaseOptions = DEFAULT_DATABASE_OPTIONS,
  onPoolError?: (error: Error) => void,
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    synchronize: false,
    ...(queryLogger ? { logger: queryLogger, logging: ['query'] as const } : { logging: false }),
    // An idle connection the server dropped (restart, pg_terminate_backend) is reported here and
    // removed from the pool; without a handler the error would crash the process.
    poolErrorHandler: (error: unknown) => onPoolError?.(error instanceof Error ? error : new Error(String(error))),
    extra: {
      max: options.poolSize,
      application_name: 'nvtt-api',
      // TCP keep-alive notices a vanished server on idle connections.
      keepAlive: true,
      connectionTimeoutMillis: options.poolWaitMs,
      statement_timeout: options.statementTimeoutMs,
      lock_timeout: options.lockTimeoutMs,
      idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs,
    },
  });
}

/** Creates the application database on a server when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new DataSource({ type: 'postgres', url: serverUrl });
  await admin.initialize();
  try {
    const rows: unknown[] = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) {
      await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
    }
  } finally {
    await admin.destroy();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return `"${name}"`;
}
