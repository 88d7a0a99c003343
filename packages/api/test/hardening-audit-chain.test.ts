import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { verifyAuditChain } from '../src/modules/audit/audit-chain.js';
import { VALID_DRAFT, lifecycleWorld } from './support/fixtures.js';
import { createTask, operations, UPDATE, type TaskPayload } from './support/key-task-ops.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The audit trail is hash-chained in the database (migration 1764720000000) and verified in Node.
 * Tampering needs a superuser who switches the append-only trigger off; the chain still tells.
 */

let app: TestApp;
let actors: Awaited<ReturnType<typeof lifecycleWorld>>['actors'];
const { mutate } = operations(() => app);

beforeAll(async () => {
  app = await startTestApp();
  ({ actors } = await lifecycleWorld(app.dataSource));
});
afterAll(() => app.close());

/** What an attacker with the database superuser's rights would run, the append-only trigger off. */
async function tamper(db: DataSource, sql: string, parameters: unknown[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update');
    await tx.query(sql, parameters);
    await tx.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update');
  });
}

const LAST_ROWS_SQL = 'SELECT id::text AS id, chain_seq::text AS seq FROM audit_event ORDER BY chain_seq DESC LIMIT $1';

describe('audit hash chain', () => {
  it('chains every row of the demo data and of new writes, in the writing transaction', async () => {
    const created = await mutate<TaskPayload>(createTask(2030), { input: VALID_DRAFT }, actors.a);
    await mutate<TaskPayload>(
      UPDATE,
      { id: created.keyTask!.id, input: { ...VALID_DRAFT, title: 'Đổi tên' } },
      actors.a,
    );
    const report = await verifyAuditChain(app.dataSource, { pageSize: 997 });
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM audit_event');
    expect(report).toMatchObject({ ok: true, rows: count, problems: [] });
    expect(count).toBeGreaterThan(1000);
  });

  it('stays one unbroken chain under concurrent writers (appends are serialised)', async () => {
    const task = (await mutate<TaskPayload>(createTask(2030), { input: VALID_DRAFT }, actors.a)).keyTask!;
    const other = (await mutate<TaskPayload>(createTask(2030), { input: VALID_DRAFT }, actors.a)).keyTask!;
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        mutate<TaskPayload>(
          UPDATE,
          { id: i % 2 === 0 ? task.id : other.id, input: { ...VALID_DRAFT, title: `Lần sửa ${i}` } },
          actors.a,
        ),
      ),
    );
    const report = await verifyAuditChain(app.dataSource);
    expect(report.problems).toEqual([]);
    const [{ max, count }] = await app.dataSource.query(
      'SELECT max(chain_seq)::int AS max, count(*)::int AS count FROM audit_event',
    );
    expect(max).toBe(count);
  });

  it('refuses changes and deletions while the append-only trigger is on', async () => {
    await expect(app.dataSource.query(`UPDATE audit_event SET comment = 'x' WHERE chain_seq = 1`)).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(app.dataSource.query('DELETE FROM audit_event WHERE chain_seq = 1')).rejects.toThrow(
      /cannot be changed or deleted/,
    );
  });

  it('names a row whose content a superuser changed with the trigger off', async () => {
    const [victim] = await app.dataSource
      .query(LAST_ROWS_SQL, [40])
      .then((rows: Array<{ id: string; seq: string }>) => rows.slice(-1));
    await tamper(app.dataSource, `UPDATE audit_event SET actor_label = 'Người khác' WHERE id = $1`, [victim!.id]);
    const report = await verifyAuditChain(app.dataSource);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ seq: victim!.seq, id: victim!.id, reason: 'CONTENT_CHANGED' });
  });

  it('finds a recomputed hash at the next link, and a deleted row by the gap it leaves', async () => {
    // A careful attacker recomputes the altered row's hash with the database's own function…
    const [altered, next] = (await app.dataSource.query(LAST_ROWS_SQL, [30])).slice(-2).reverse() as Array<{
      id: string;
      seq: string;
    }>;
    await tamper(
      app.dataSource,
      `UPDATE audit_event SET comment = 'viết lại',
         hash = sha256(convert_to(audit_event_message(chain_seq, id, occurred_at, request_id, actor_label, actor_user_id,
           entity_type, entity_id, action, from_state, to_state, 'viết lại', document_number, data, prev_hash), 'UTF8'))
       WHERE id = $1`,
      [altered!.id],
    );
    // …and removes another row entirely.
    const [removed] = (await app.dataSource.query(LAST_ROWS_SQL, [10])).slice(-1) as Array<{ id: string; seq: string }>;
    await tamper(app.dataSource, 'DELETE FROM audit_event WHERE id = $1', [removed!.id]);
    const report = await verifyAuditChain(app.dataSource);
    const named = report.problems.map((problem) => [problem.seq, problem.reason]);
    expect(named).toContainEqual([next!.seq, 'LINK_BROKEN']);
    expect(named).toContainEqual([String(Number(removed!.seq) + 1), 'GAP']);
  });

  it('detects the newest rows cut away, given the head recorded earlier as an anchor', async () => {
    const { head } = await verifyAuditChain(app.dataSource);
    const intact = await verifyAuditChain(app.dataSource, { anchor: head! });
    expect(intact.problems.filter((problem) => problem.detail.includes('anchor'))).toEqual([]);
    await tamper(app.dataSource, 'DELETE FROM audit_event WHERE chain_seq = $1', [head!.seq]);
    const cut = await verifyAuditChain(app.dataSource, { anchor: head! });
    expect(cut.problems).toContainEqual(
      expect.objectContaining({ seq: head!.seq, detail: expect.stringContaining('cut back') }),
    );
  });
});
