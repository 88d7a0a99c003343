import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../src/auth/actor.js';
import { createDataSource } from '../../src/db/data-source.js';
import { createServices } from '../../src/graphql/context.js';
import { createSchema } from '../../src/graphql/schema.js';
import { createHttpApp, type HttpApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';

export interface GraphQLResponse<TData> {
  readonly status: number;
  readonly data?: TData | null;
  readonly errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  readonly url: string;
  readonly dataSource: DataSource;
  /** The HTTP app itself (its change feed, for subscription tests). */
  readonly http: HttpApp;
  /** Counts SQL statements sent while `fn` runs (for N+1 checks). */
  readonly databaseUrl: string;
  /** The evidence folder of this app (a fresh temporary folder, removed on close). */
  readonly evidenceDir: string;
  countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }>;
  /** Sends an operation as `actor`; by default as a Ban Tổ chức reader who sees everything, `null` for anonymous. */
  graphql<TData>(
    query: string,
    variables?: Record<string, unknown>,
    actor?: Actor | null,
  ): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

/** Ban Tổ chức sees every task (its unit id is resolved by code at request time in the header). */
const BTC_READER: Actor = {
  userId: 'btc-reader',
  label: 'Chuyên viên Ban Tổ chức Tỉnh ủy (kiểm thử)',
  cadreId: null,
  memberships: [{ unitId: -1, role: 'CONSOLIDATOR' }],
};

/** A database of its own for one test file, cloned from the migrated and seeded template. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('databaseServerUrl');
  const name = `nvtt_test_${randomBytes(6).toString('hex')}`;
  const admin = createDataSource(serverUrl);
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

export interface TestAppOptions {
  /** Resolve actors as production does (session cookie, Bearer token) instead of the test header. */
  readonly realAuth?: boolean;
  /** Reuse a database instead of cloning a fresh one (a second API process on the same data). */
  readonly databaseUrl?: string;
  /** The evidence files' size limit (default 1 MiB, so oversize tests stay small). */
  readonly evidenceMaxBytes?: number;
}

/** The real HTTP app (GraphQL, health) on a free port, over a fresh database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  let statements = 0;
  const dataSource = createDataSource(database.url, {
    logQuery: () => void statements++,
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  });
  await dataSource.initialize();
  const evidenceDir = await mkdtemp(path.join(tmpdir(), 'nvtt-test-evidence-'));

  const http: HttpApp = await createHttpApp({
    schema: await createSchema(),
    services: createServices(dataSource),
    dataSource,
    logger: createLogger('warn'),
    webDistDir: null,
    production: false,
    evidence: { dir: evidenceDir, maxBytes: options.evidenceMaxBytes ?? 1024 * 1024 },
    // Tests act as any actor by sending it in a header; the product never wires this resolver.
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
    http,
    databaseUrl: database.url,
    evidenceDir,
    dataSource,
    async countStatements(fn) {
      const before = statements;
      const result = await fn();
      return { result, statements: statements - before };
    },
    async graphql(query, variables, actor = BTC_READER) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          // Headers carry Latin-1 only; Vietnamese names travel base64url-encoded.
          ...(actor ? { 'x-test-actor': Buffer.from(JSON.stringify(actor)).toString('base64url') } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<never>, 'status'>;
      return { status: response.status, ...body };
    },
    async close() {
      await http.close();
      await dataSource.destroy();
      await database.drop();
      await rm(evidenceDir, { recursive: true, force: true });
    },
  };
}
