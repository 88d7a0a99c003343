import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/relay.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('audit trail and opinions', () => {
  it('cannot be rewritten: the database refuses to change or delete them', async () => {
    await expect(app.dataSource.query(`UPDATE audit_event SET actor_label = 'x'`)).rejects.toThrow(/cannot be changed/);
    await expect(app.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/cannot be changed/);
    await expect(app.dataSource.query(`UPDATE opinion SET text = 'x'`)).rejects.toThrow(/cannot be changed/);
  });

  it('still accepts new audit events', async () => {
    await app.dataSource.query(
      `INSERT INTO audit_event (occurred_at, actor_label, entity_type, entity_id, action) VALUES (now(), 'test', 'Cycle', 1, 'NOTE')`,
    );
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'NOTE'`,
    );
    expect(count).toBe(1);
  });

  it("lists a task's history by when things happened, even when recorded later", async () => {
    const [{ id }] = await app.dataSource.query(`SELECT id FROM key_task ORDER BY id LIMIT 1`);
    const task = { id: toGlobalId('KeyTask', id) };
    await app.dataSource.query(
      `INSERT INTO audit_event (occurred_at, actor_label, entity_type, entity_id, action)
       VALUES ('2099-01-02T00:00:00Z', 'test', 'KeyTask', $1, 'LATER'), ('2099-01-01T00:00:00Z', 'test', 'KeyTask', $1, 'EARLIER')`,
      [id],
    );
    const response = await app.graphql<{ keyTask: { auditTrail: Array<{ action: string; occurredAt: string }> } }>(
      `query($id: ID!) { keyTask(id: $id) { auditTrail { action occurredAt } } }`,
      { id: task.id },
    );
    const trail = response.data!.keyTask.auditTrail;
    const times = trail.map((event) => event.occurredAt);
    expect(times).toEqual([...times].sort());
    expect(trail.slice(-2).map((event) => event.action)).toEqual(['EARLIER', 'LATER']);
  });

  it("lists a cycle's history by when things happened, even when recorded later", async () => {
    const [{ id, year }] = await app.dataSource.query(`SELECT id, year FROM cycle ORDER BY year LIMIT 1`);
    await app.dataSource.query(
      `INSERT INTO audit_event (occurred_at, actor_label, entity_type, entity_id, action)
       VALUES ('2099-01-02T00:00:00Z', 'test', 'Cycle', $1, 'LATER'), ('2099-01-01T00:00:00Z', 'test', 'Cycle', $1, 'EARLIER'),
              ('2000-01-01T00:00:00Z', 'test', 'Cycle', $1, 'LONG_AGO')`,
      [id],
    );
    const response = await app.graphql<{ cycle: { auditTrail: Array<{ action: string; occurredAt: string }> } }>(
      `query($year: Int!) { cycle(year: $year) { auditTrail { action occurredAt } } }`,
      { year },
    );
    const trail = response.data!.cycle.auditTrail;
    const times = trail.map((event) => event.occurredAt);
    expect(times).toEqual([...times].sort());
    expect(trail[0]!.action).toBe('LONG_AGO');
    expect(trail.slice(-2).map((event) => event.action)).toEqual(['EARLIER', 'LATER']);
  });
});
