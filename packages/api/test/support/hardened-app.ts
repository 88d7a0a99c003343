import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../src/auth/actor.js';
import { createDataSource, DEFAULT_DATABASE_OPTIONS, type DatabaseOptions } from '../../src/db/data-source.js';
import { DatabaseHealth } from '../../src/db/health.js';
import { createServices } from '../../src/graphql/context.js';
import { createSchema } from '../../src/graphql/schema.js';
import { createHttpApp, type HttpApp } from '../../src/http/app.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from '../../src/http/limits.js';
import { createLogger } from '../../src/logger.js';
import { createTestDatabase } from './test-app.js';

export interface HardenedAppOptions {
  readonly production?: boolean;
  readonly limits?: Partial<HttpLimits>;
  readonly database?: Partial<DatabaseOptions>;
  /** Use this database (e.g. on a server the test controls) instead of a fresh clone. */
  readonly databaseUrl?: string;
  /** Resolve actors as production does (session cookie, Bearer token) instead of the test header. */
  readonly realAuth?: boolean;
  /** Read replicas (DATABASE_REPLICA_URLS). */
  readonly replicaUrls?: readonly string[];
}

export interface HardenedApp {
  readonly url: string;
  readonly dataSource: DataSource;
  readonly http: HttpApp;
  close(): Promise<void>;
}

/** The real HTTP app with chosen limits, production mode and pool settings, on a free port. */
export async function startHardenedApp(options: HardenedAppOptions = {}): Promise<HardenedApp> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  const dataSource = createDataSource(
    database.url,
    undefined,
    { ...DEFAULT_DATABASE_OPTIONS, ...options.database },
    { replicaUrls: options.replicaUrls ?? [] },
  );
  await dataSource.initialize();
  const logger = createLogger('silent');
  const http = await createHttpApp({
    schema: await createSchema(),
    services: createServices(dataSource),
    dataSource,
    logger,
    webDistDir: null,
    production: options.production ?? false,
    limits: { ...DEFAULT_HTTP_LIMITS, ...options.limits },
    health: new DatabaseHealth(dataSource, logger, { probeIntervalMs: 200 }),
    shutdownGraceMs: 5_000,
    resolveActor: options.realAuth
      ? undefined
      : async (req) => {
          const header = req.header('x-test-actor');
          return header ? (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Actor) : null;
        },
  });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
  return {
    url,
    dataSource,
    http,
    async close() {
      await http.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}

export interface RawResponse {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body when it is JSON. */
  readonly json: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;
}

export function actorHeader(actor: Actor): Record<string, string> {
  return { 'x-test-actor': Buffer.from(JSON.stringify(actor)).toString('base64url') };
}

/** Sends exactly these bytes (or this text) to /graphql, as a client or an attacker would. */
export async function rawRequest(
  url: string,
  init: { method?: string; body?: string | Buffer; headers?: Record<string, string>; search?: string } = {},
): Promise<RawResponse> {
  const response = await fetch(`${url}/graphql${init.search ?? ''}`, {
    method: init.method ?? 'POST',
    headers: init.headers ?? { 'content-type': 'application/json' },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body) } : {}),
  });
  const text = await response.text();
  let json: RawResponse['json'];
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    json = null;
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    headers: response.headers,
    text,
    json,
  };
}

/** Posts an operation as JSON. */
export function postOperation(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return rawRequest(url, {
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
  });
}

const FINGERPRINT_TABLES_SQL = `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;

/**
 * A fingerprint of the whole database: per table, the row count and the sum of the rows' xmin.
 * Any committed insert, update or delete changes it; a refused or rolled-back request does not.
 */
export async function databaseFingerprint(db: DataSource): Promise<Record<string, string>> {
  const tables: Array<{ tablename: string }> = await db.query(FINGERPRINT_TABLES_SQL);
  const parts = tables.map(
    ({ tablename }) =>
      `(SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM "${tablename.replace(/"/g, '')}") AS "${tablename.replace(/"/g, '')}"`,
  );
  const sql = `SELECT ${parts.join(', ')}`;
  const [row] = (await db.query(sql)) as Array<Record<string, string>>;
  return row!;
}
