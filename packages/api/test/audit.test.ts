import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
