import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Actor } from '../src/auth/actor.js';
import { createDataSource, ensureDatabase } from '../src/db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { runSeeds } from '../src/db/seed/index.js';
import { idOfType } from '../src/graphql/relay.js';
import { VALID_DRAFT, lifecycleWorld } from './support/fixtures.js';
import { actorHeader, postOperation, startHardenedApp, type HardenedApp } from './support/hardened-app.js';
import { expectEveryCommittedWriteKept, writeUntil, type WriteOutcome } from './support/write-load.js';

/**
 * The database goes away under write load: its connections are killed, then the whole server
 * restarts. The API answers 503 with Retry-After fast meanwhile, its readiness turns false, the
 * process keeps running, it recovers within seconds, and every write it acknowledged is there
 * with its audit row. A PostgreSQL of its own, so other test files are not disturbed.
 * (CI runs this short version; docs/hardening.md describes the longer one.)
 */

const LOAD_MS = Number(process.env.NVTT_FAULT_LOAD_MS ?? 1_500);

let dataDir: string;
let server: EmbeddedDatabase;
let port: number;
let url: string;
let admin: DataSource;
let app: HardenedApp;
let cadre: Actor;
const tasks = new Map<string, number>();

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'nvtt-faults-'));
  server = await startEmbeddedPostgres({ dataDir, port: null, persistent: true });
  port = server.port;
  url = await ensureDatabase(server.url, 'nvtt_faults');
  admin = createDataSource(url);
  await admin.initialize();
  await admin.runMigrations({ transaction: 'each' });
  await runSeeds(admin, { demo: false });
  ({
    actors: { a: cadre },
  } = await lifecycleWorld(admin));
  app = await startHardenedApp({ databaseUrl: url, database: { poolWaitMs: 1_000 } });
  const CREATE = `mutation($input: KeyTaskDraftInput!) { keyTaskCreate(cycleYear: 2030, input: $input) { keyTask { id } userErrors { code } } }`;
  for (let i = 0; i < 3; i++) {
    const created = await postOperation(app.url, CREATE, { input: VALID_DRAFT }, actorHeader(cadre));
    const id = (created.json?.data as { keyTaskCreate: { keyTask: { id: string } } }).keyTaskCreate.keyTask.id;
    tasks.set(id, idOfType(id, 'KeyTask')!);
  }
}, 120_000);

afterAll(async () => {
  await app?.http.close();
  if (app?.dataSource.isInitialized) await app.dataSource.destroy();
  if (admin?.isInitialized) await admin.destroy();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longer, documented run (NVTT_FAULT_LOAD_MS set) prints what happened under each fault. */
function report(
  fault: string,
  outcomes: ReadonlyArray<Pick<WriteOutcome, 'status' | 'code' | 'message' | 'acknowledged'>>,
  extra: object,
): void {
  if (!process.env.NVTT_FAULT_LOAD_MS) return;
  const byStatus: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = `${outcome.status}${outcome.code ? ` ${outcome.code}` : ''}`;
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  const acknowledged = outcomes.filter((outcome) => outcome.acknowledged).length;
  const internal = outcomes.filter((outcome) => outcome.code === 'INTERNAL_SERVER_ERROR').map((o) => o.message);
  if (internal.length > 0) process.stdout.write(`internal: ${JSON.stringify(internal)}\n`);
  process.stdout.write(
    `${JSON.stringify({ fault, loadMs: LOAD_MS, requests: outcomes.length, acknowledged, byStatus, ...extra })}\n`,
  );
}

/** Polls until the API answers a read again; returns how long that took. */
async function timeToRecover(limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const response = await postOperation(app.url, '{ cycles { year } }', {}, actorHeader(cadre)).catch(() => null);
    if (response?.status === 200) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`no recovery within ${limitMs} ms`);
}

describe('the database under faults, with writes running', () => {
  it('survives its connections being killed (pg_terminate_backend) twice mid-load', async () => {
    let stop = false;
    const load = writeUntil(app.url, cadre, [...tasks.keys()], VALID_DRAFT, {
      concurrency: 4,
      stop: () => stop,
      prefix: 'kill',
    });
    for (let round = 0; round < 2; round++) {
      await sleep(LOAD_MS / 3);
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'nvtt-api' AND pid <> pg_backend_pid()`,
      );
    }
    await sleep(LOAD_MS / 3);
    stop = true;
    const outcomes = await load;
    expect(await timeToRecover(5_000)).toBeLessThan(5_000);
    const statuses = new Set(outcomes.map((outcome) => outcome.status));
    expect([...statuses].every((status) => status === 200 || status === 503)).toBe(true);
    expect(outcomes.filter((outcome) => outcome.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    const kept = await expectEveryCommittedWriteKept(admin, outcomes, 'kill', tasks);
    expect(kept.acknowledged).toBeGreaterThan(5);
    report('pg_terminate_backend ×2', outcomes, { audited: kept.audited });
  });

  it('answers 503 fast while PostgreSQL is down, is not ready, keeps running, and recovers once it is back', async () => {
    let stop = false;
    const load = writeUntil(app.url, cadre, [...tasks.keys()], VALID_DRAFT, {
      concurrency: 3,
      stop: () => stop,
      prefix: 'restart',
      pauseMs: 20,
    });
    await sleep(LOAD_MS / 2);
    await admin.destroy();
    await server.stop();

    // Down: every answer is a quick 503 with Retry-After; liveness stays, readiness goes.
    await sleep(300);
    const started = Date.now();
    const down = await postOperation(app.url, '{ cycles { year } }', {}, actorHeader(cadre));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(down.status).toBe(503);
    expect(down.json?.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(503);

    server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    const recovery = await timeToRecover(10_000);
    expect(recovery).toBeLessThan(10_000);
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
    await sleep(LOAD_MS / 2);
    stop = true;
    const outcomes = await load;

    admin = createDataSource(url);
    await admin.initialize();
    const kept = await expectEveryCommittedWriteKept(admin, outcomes, 'restart', tasks);
    expect(kept.acknowledged).toBeGreaterThan(5);
    report('PostgreSQL stopped and restarted', outcomes, { audited: kept.audited, recoveryMs: recovery });
    expect(outcomes.some((outcome) => outcome.status === 503)).toBe(true);
    expect(outcomes.filter((outcome) => outcome.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
  });
});
