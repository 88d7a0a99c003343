import { startEmbeddedPostgres, type EmbeddedDatabase } from '@nvtt/api/dist/db/embedded-postgres.js';
import pg from 'pg';
import { say } from './log.js';
import { BENCH_DIR } from './paths.js';

/** The bench's own PostgreSQL (never the one `pnpm start` uses), in .bench/ on its own port. */
export const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55433);

/** One login role per measured server, so pg_stat_statements tells their statements apart. */
export const SERVER_ROLES = { api: 'bench_api', floor: 'bench_floor', peer: 'bench_peer' } as const;
export type ServerName = keyof typeof SERVER_ROLES;
const ROLE_PASSWORD = 'bench-local-only';
export const PEER_STATEMENT_TIMEOUT_S = 120;

/**
 * Server settings the bench needs: pg_stat_statements loaded (to count statements per request), a
 * buffer cache sized for tier M's working set and sort memory for a comparison's 60,000 rows
 * rather than PostgreSQL's 128 MB and 4 MB defaults. Same for every server measured; `setting` is
 * the value as pg_settings shows it (8 kB pages, kB).
 */
const SETTINGS: Readonly<Record<string, { value: string; setting: string }>> = {
  shared_preload_libraries: { value: 'pg_stat_statements', setting: 'pg_stat_statements' },
  shared_buffers: { value: '1GB', setting: '131072' },
  work_mem: { value: '32MB', setting: '32768' },
  'pg_stat_statements.track': { value: 'top', setting: 'top' },
  max_connections: { value: '100', setting: '100' },
};

export interface BenchCluster {
  readonly serverUrl: string;
  urlFor(database: string, role?: ServerName): string;
  stop(): Promise<void>;
}

async function adminQuery<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string, role?: { user: string; password: string }): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (role) {
    parsed.username = role.user;
    parsed.password = role.password;
  }
  return parsed.toString();
}

/** Starts the cluster (creating it on first use) with the settings above, restarting once to apply them. */
export async function startCluster(): Promise<BenchCluster> {
  let db: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: BENCH_DIR, port: BENCH_PG_PORT, persistent: true });
  const current = await adminQuery<{ name: string; setting: string; unit: string | null }>(
    db.url,
    `SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)`,
    [Object.keys(SETTINGS)],
  );
  const stale = Object.entries(SETTINGS).filter(
    ([name, wanted]) => current.find((entry) => entry.name === name)?.setting !== wanted.setting,
  );
  if (stale.length > 0) {
    say(`configuring the bench PostgreSQL (${stale.map(([name]) => name).join(', ')}) and restarting it`);
    for (const [name, wanted] of stale) {
      // ALTER SYSTEM takes no parameters; names and values are the fixed constants above.
      await adminQuery(db.url, `ALTER SYSTEM SET ${name} = '${wanted.value}'`);
    }
    await db.stop();
    db = await startEmbeddedPostgres({ dataDir: BENCH_DIR, port: BENCH_PG_PORT, persistent: true });
  }
  const running = db;
  return {
    serverUrl: running.url,
    urlFor: (database, role) =>
      withDatabase(running.url, database, role ? { user: SERVER_ROLES[role], password: ROLE_PASSWORD } : undefined),
    stop: () => running.stop(),
  };
}

export async function databaseExists(cluster: BenchCluster, name: string): Promise<boolean> {
  const rows = await adminQuery(cluster.serverUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return rows.length > 0;
}

const SAFE_NAME = /^bench_[a-z]$/;

export async function createDatabase(cluster: BenchCluster, name: string): Promise<void> {
  if (!SAFE_NAME.test(name)) throw new Error(`bench: unexpected database name ${name}`);
  await adminQuery(cluster.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(cluster.serverUrl, `CREATE DATABASE ${name}`);
}

/** The measured servers' roles: members of the owner role, so they read and write as the API does. */
export async function ensureRoles(cluster: BenchCluster): Promise<void> {
  const owner = new URL(cluster.serverUrl).username;
  for (const role of Object.values(SERVER_ROLES)) {
    const exists = await adminQuery(cluster.serverUrl, 'SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    // Role names and the owner come from constants and the cluster's own credentials file.
    if (exists.length === 0)
      await adminQuery(cluster.serverUrl, `CREATE ROLE ${role} LOGIN PASSWORD '${ROLE_PASSWORD}'`);
    await adminQuery(cluster.serverUrl, `GRANT "${owner}" TO ${role}`);
  }
  // Our API and the floor stop a statement after 15 s (the API's data source); the peer gets 120 s,
  // and a query it gives up on is cancelled rather than left running under the next measurement.
  await adminQuery(
    cluster.serverUrl,
    `ALTER ROLE ${SERVER_ROLES.peer} SET statement_timeout = '${PEER_STATEMENT_TIMEOUT_S}s'`,
  );
}
