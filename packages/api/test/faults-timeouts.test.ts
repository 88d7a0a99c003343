import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Actor } from '../src/auth/actor.js';
import { createDataSource } from '../src/db/data-source.js';
import { AUDIT_CHAIN_LOCK } from '../src/db/migrations/1764720000000-audit-hash-chain.js';
import { idOfType } from '../src/graphql/relay.js';
import { VALID_DRAFT, lifecycleWorld } from './support/fixtures.js';
import {
  actorHeader,
  databaseFingerprint,
  postOperation,
  startHardenedApp,
  type HardenedApp,
} from './support/hardened-app.js';
import { createTestDatabase } from './support/test-app.js';

/**
 * Slow and stuck database work: statement and lock timeouts, an exhausted pool, the request
 * deadline, a write whose connection dies half-way, and a shutdown that drains. Each answers
 * fast with a masked 503 and Retry-After, changes nothing, and leaves the API healthy.
 */

const BTC: Actor = { userId: 'btc', label: 'Ban Tổ chức (kiểm thử)', cadreId: null, memberships: [] };
const CYCLES = '{ cycles { year } }';
const CREATE = `mutation($input: KeyTaskDraftInput!) { keyTaskCreate(cycleYear: 2030, input: $input) { keyTask { id } userErrors { code } } }`;
const UPDATE = `mutation($id: ID!, $input: KeyTaskDraftInput!) { keyTaskUpdate(id: $id, input: $input) { keyTask { title } userErrors { code } } }`;

let database: { url: string; drop(): Promise<void> };
let admin: DataSource;
let cadre: Actor;
let taskId: string;
const apps: HardenedApp[] = [];
const held: QueryRunner[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  admin = createDataSource(database.url);
  await admin.initialize();
  ({
    actors: { a: cadre },
  } = await lifecycleWorld(admin));
  const app = await start({});
  const created = await postOperation(app.url, CREATE, { input: VALID_DRAFT }, actorHeader(cadre));
  taskId = (created.json?.data as { keyTaskCreate: { keyTask: { id: string } } }).keyTaskCreate.keyTask.id;
});
afterEach(async () => {
  for (const runner of held.splice(0)) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
  for (const app of apps.splice(0)) await app.http.close();
});
afterAll(async () => {
  await admin.destroy();
  await database.drop();
});

async function start(options: Parameters<typeof startHardenedApp>[0]): Promise<HardenedApp> {
  const app = await startHardenedApp({ ...options, databaseUrl: database.url });
  apps.push(app);
  return app;
}

/** Opens a transaction on its own connection and takes a lock there until the test ends. */
async function hold(sql: string, parameters: unknown[] = []): Promise<QueryRunner> {
  const runner = admin.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query(sql, parameters);
  held.push(runner);
  return runner;
}

const asBtc = (app: HardenedApp) => postOperation(app.url, CYCLES, {}, actorHeader(BTC));

describe('database timeouts and an exhausted pool', () => {
  it('cancels a statement over its timeout with a masked 503, and the connection serves the next request', async () => {
    const app = await start({
      production: true,
      database: { statementTimeoutMs: 300, lockTimeoutMs: 10_000, poolSize: 1 },
    });
    await hold('LOCK TABLE cycle IN ACCESS EXCLUSIVE MODE');
    const started = Date.now();
    const slow = await asBtc(app);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(slow.status).toBe(503);
    expect(slow.headers.get('retry-after')).toBe('1');
    expect(slow.json?.errors?.[0]?.extensions?.code).toBe('DATABASE_TIMEOUT');
    expect(slow.text).not.toMatch(/canceling statement|SELECT|stacktrace/);
    await held.pop()!.rollbackTransaction();
    // poolSize 1: the very connection that timed out answers now.
    expect((await asBtc(app)).status).toBe(200);
  });

  it('gives up waiting for a row lock, rolls the write back and says so', async () => {
    const app = await start({ database: { lockTimeoutMs: 300 } });
    await hold('SELECT id FROM key_task WHERE id = $1 FOR UPDATE', [idOfType(taskId, 'KeyTask')]);
    const before = await databaseFingerprint(admin);
    const blocked = await postOperation(
      app.url,
      UPDATE,
      { id: taskId, input: { ...VALID_DRAFT, title: 'Bị chặn' } },
      actorHeader(cadre),
    );
    expect(blocked.status).toBe(503);
    expect(blocked.json?.errors?.[0]?.extensions?.code).toBe('DATABASE_TIMEOUT');
    await held.pop()!.rollbackTransaction();
    expect(await databaseFingerprint(admin)).toEqual(before);
    const after = await postOperation(
      app.url,
      UPDATE,
      { id: taskId, input: { ...VALID_DRAFT, title: 'Được ghi' } },
      actorHeader(cadre),
    );
    expect(after.json?.data).toEqual({ keyTaskUpdate: { keyTask: { title: 'Được ghi' }, userErrors: [] } });
  });

  it('answers 503 after a bounded wait when every pooled connection is busy', async () => {
    const app = await start({
      database: { poolSize: 2, poolWaitMs: 300, statementTimeoutMs: 8_000, lockTimeoutMs: 8_000 },
    });
    const lock = await hold('LOCK TABLE cycle IN ACCESS EXCLUSIVE MODE');
    const busy = [asBtc(app), asBtc(app)];
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const third = await asBtc(app);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect({ status: third.status, code: third.json?.errors?.[0]?.extensions?.code }).toEqual({
      status: 503,
      code: 'DATABASE_BUSY',
    });
    await lock.rollbackTransaction();
    expect((await Promise.all(busy)).map((response) => response.status)).toEqual([200, 200]);
  });
});

describe('the request deadline', () => {
  it('answers a request still running at its deadline with 503 and Retry-After; the late work is cancelled', async () => {
    const app = await start({ limits: { requestTimeoutMs: 400 }, database: { lockTimeoutMs: 1_500 } });
    await hold('SELECT id FROM key_task WHERE id = $1 FOR UPDATE', [idOfType(taskId, 'KeyTask')]);
    const before = await databaseFingerprint(admin);
    const started = Date.now();
    const late = await postOperation(
      app.url,
      UPDATE,
      { id: taskId, input: { ...VALID_DRAFT, title: 'Quá hạn' } },
      actorHeader(cadre),
    );
    expect(Date.now() - started).toBeLessThan(1_400);
    expect({ status: late.status, code: late.json?.errors?.[0]?.extensions?.code }).toEqual({
      status: 503,
      code: 'REQUEST_TIMEOUT',
    });
    expect(late.headers.get('retry-after')).toBe('1');
    // The statement behind it gives up at its lock timeout and rolls back.
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    expect(await databaseFingerprint(admin)).toEqual(before);
    expect((await asBtc(app)).status).toBe(200);
  });
});

describe('a write whose connection dies half-way (as when the API process is killed)', () => {
  it('leaves neither the change nor its audit row', async () => {
    const app = await start({ database: { lockTimeoutMs: 10_000 } });
    // Holding the audit chain's lock stops the use case after it changed the task, before its audit row.
    await hold('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const before = await databaseFingerprint(admin);
    const write = postOperation(
      app.url,
      UPDATE,
      { id: taskId, input: { ...VALID_DRAFT, title: 'Nửa chừng' } },
      actorHeader(cadre),
    );
    let victims: Array<{ pid: number }> = [];
    for (let i = 0; i < 50 && victims.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      victims = await admin.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory' AND pid <> pg_backend_pid()`,
      );
    }
    expect(victims).toHaveLength(1);
    const [{ changed }] = await admin.query(
      `SELECT count(*)::int AS changed FROM pg_locks WHERE pid = $1 AND locktype = 'transactionid' AND granted`,
      [victims[0]!.pid],
    );
    expect(changed).toBe(1); // it holds a transaction id: the task row is already written
    await admin.query('SELECT pg_terminate_backend($1)', [victims[0]!.pid]);
    const answer = await write;
    expect(answer.status).toBe(503);
    await held.pop()!.rollbackTransaction();
    expect(await databaseFingerprint(admin)).toEqual(before);
  });
});

describe('shutdown', () => {
  it('drains: readiness turns false at once, running requests finish, then the server closes', async () => {
    const app = await start({ database: { lockTimeoutMs: 10_000 } });
    const lock = await hold('LOCK TABLE cycle IN ACCESS EXCLUSIVE MODE');
    const running = asBtc(app);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = app.http.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(`${app.url}/health/ready`)).rejects.toThrow(); // no new connections
    await lock.rollbackTransaction();
    expect((await running).status).toBe(200);
    await closing;
    apps.splice(apps.indexOf(app), 1);
  });
});
