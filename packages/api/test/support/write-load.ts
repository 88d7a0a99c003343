import { expect } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../src/auth/actor.js';
import { verifyAuditChain } from '../../src/modules/audit/audit-chain.js';
import { actorHeader, postOperation } from './hardened-app.js';

const UPDATE_TITLE = `mutation($id: ID!, $input: KeyTaskDraftInput!) {
  keyTaskUpdate(id: $id, input: $input) { keyTask { id title } userErrors { code } } }`;

export interface WriteOutcome {
  readonly requestId: string;
  readonly taskId: string;
  readonly title: string;
  readonly status: number;
  readonly code: string | null;
  /** The first error's message, when there was one. */
  readonly message: string | null;
  /** The API said the change was saved. */
  readonly acknowledged: boolean;
}

/**
 * Writes (task title updates, each with its audit row) from `concurrency` clients until `stop()`
 * says so, recording what the API answered to each. Request ids tie answers to audit rows.
 */
export async function writeUntil(
  url: string,
  actor: Actor,
  taskIds: readonly string[],
  draft: Record<string, unknown>,
  options: { concurrency: number; stop: () => boolean; prefix: string; pauseMs?: number },
): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = [];
  let next = 0;
  async function client(): Promise<void> {
    while (!options.stop()) {
      const n = next++;
      const taskId = taskIds[n % taskIds.length]!;
      const requestId = `${options.prefix}-${n}`;
      const title = `Lần ghi ${options.prefix} ${n}`;
      let status: number;
      let code: string | null = null;
      let message: string | null = null;
      let acknowledged = false;
      try {
        const response = await postOperation(
          url,
          UPDATE_TITLE,
          { id: taskId, input: { ...draft, title } },
          { ...actorHeader(actor), 'x-request-id': requestId },
        );
        status = response.status;
        code = (response.json?.errors?.[0]?.extensions?.code as string | undefined) ?? null;
        message = response.json?.errors?.[0]?.message ?? null;
        const payload = (response.json?.data as { keyTaskUpdate?: { userErrors: unknown[] } } | undefined)
          ?.keyTaskUpdate;
        acknowledged = status === 200 && payload !== undefined && payload.userErrors.length === 0;
      } catch {
        status = -1; // connection refused or reset: the API process or server was gone
      }
      outcomes.push({ requestId, taskId, title, status, code, message, acknowledged });
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, client));
  return outcomes;
}

const AUDITED_SQL = `SELECT request_id AS "requestId", entity_id AS "taskId", chain_seq::text AS seq
  FROM audit_event WHERE action = 'UPDATE' AND request_id LIKE $1 ORDER BY chain_seq`;
const TITLES_SQL = `SELECT id, title FROM key_task WHERE id = ANY($1::int[])`;

/**
 * After a fault: every write the API acknowledged is there with its audit row, the audit chain
 * is intact, and each task holds the title of the last audited write to it — no change was
 * saved without its audit row, and no audit row stands for a change that is not there.
 */
export async function expectEveryCommittedWriteKept(
  db: DataSource,
  outcomes: readonly WriteOutcome[],
  prefix: string,
  taskNumericIds: ReadonlyMap<string, number>,
): Promise<{ acknowledged: number; audited: number }> {
  const audited: Array<{ requestId: string; taskId: number; seq: string }> = await db.query(AUDITED_SQL, [
    `${prefix}-%`,
  ]);
  const auditedIds = new Set(audited.map((row) => row.requestId));
  const acknowledged = outcomes.filter((outcome) => outcome.acknowledged);
  expect(acknowledged.filter((outcome) => !auditedIds.has(outcome.requestId))).toEqual([]);
  const byRequest = new Map(outcomes.map((outcome) => [outcome.requestId, outcome]));
  const lastTitle = new Map<number, string>();
  for (const row of audited) lastTitle.set(row.taskId, byRequest.get(row.requestId)!.title);
  const rows: Array<{ id: number; title: string }> = await db.query(TITLES_SQL, [[...taskNumericIds.values()]]);
  for (const row of rows) {
    if (lastTitle.has(row.id)) expect(row.title).toBe(lastTitle.get(row.id));
  }
  const chain = await verifyAuditChain(db);
  expect(chain.problems).toEqual([]);
  return { acknowledged: acknowledged.length, audited: audited.length };
}
