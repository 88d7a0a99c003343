import pg from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

// A DATE is a calendar day, not an instant: keep PostgreSQL's 'YYYY-MM-DD' text instead of a
// JavaScript Date at the server's local midnight, which shifts days across time zones.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value: string) => value);

/** The TypeORM data source. Schema changes only through migrations, never `synchronize`. */
export function createDataSource(url: string, queryLogger?: TypeOrmLogger): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    synchronize: false,
    ...(queryLogger ? { logger: queryLogger, logging: ['query'] as const } : { logging: false }),
    extra: {
      max: 10,
      application_name: 'nvtt-api',
      connectionTimeoutMillis: 5_000,
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 30_000,
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
