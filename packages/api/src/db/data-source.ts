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

export interface DataSourceExtras {
  /** Told about idle connections the server dropped (they are replaced). */
  readonly onPoolError?: (error: Error) => void;
  /** Read replicas (streaming standbys of the primary): only reads sent with `onReplica` go there. */
  readonly replicaUrls?: readonly string[];
}

/** Replica connections name themselves, so pg_stat_activity (and tests) can tell them apart. */
function replicaUrl(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('application_name')) parsed.searchParams.set('application_name', 'nvtt-api-replica');
  return parsed.toString();
}

/** The TypeORM data source. Schema changes only through migrations, never `synchronize`. */
export function createDataSource(
  url: string,
  queryLogger?: TypeOrmLogger,
  options: DatabaseOptions = DEFAULT_DATABASE_OPTIONS,
  extras: DataSourceExtras = {},
): DataSource {
  const replicas = extras.replicaUrls ?? [];
  return new DataSource({
    type: 'postgres',
    // With replicas, everything (writes, reads in transactions, ordinary reads) stays on the
    // primary by default; a use case opts a read into the replicas (analytics, lag-tolerant).
    ...(replicas.length > 0
      ? {
          replication: {
            master: { url },
            slaves: replicas.map((replica) => ({ url: replicaUrl(replica) })),
            defaultMode: 'master' as const,
          },
        }
      : { url }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    synchronize: false,
    ...(queryLogger ? { logger: queryLogger, logging: ['query'] as const } : { logging: false }),
    // An idle connection the server dropped (restart, pg_terminate_backend) is reported here and
    // removed from the pool; without a handler the error would crash the process.
    poolErrorHandler: (error: unknown) =>
      extras.onPoolError?.(error instanceof Error ? error : new Error(String(error))),
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

/**
 * Runs a read on a replica when the data source has replicas (DATABASE_REPLICA_URLS), else on
 * the primary. For reads that tolerate replication lag (dashboards, comparisons), never for a
 * read that must see the caller's own write.
 */
export async function onReplica<T>(db: DataSource, sql: string, parameters: readonly unknown[] = []): Promise<T> {
  const replicated = 'replication' in db.options && db.options.replication !== undefined;
  if (!replicated) return (await db.query(sql, [...parameters])) as T;
  const runner = db.createQueryRunner('slave');
  try {
    return (await runner.query(sql, [...parameters])) as T;
  } finally {
    await runner.release();
  }
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
