import { KEY_TASK_OUTCOMES, KEY_TASK_STATES, codesOf } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function one<T>(sql: string): Promise<T> {
  const [row] = await app.dataSource.query(sql);
  return row as T;
}

describe('demo data set', () => {
  it('has every state and every outcome of a key task', async () => {
    const states: Array<{ state: string }> = await app.dataSource.query('SELECT DISTINCT state FROM key_task');
    expect(states.map((row) => row.state).sort()).toEqual([...codesOf(KEY_TASK_STATES)].sort());
    const outcomes: Array<{ outcome: string }> = await app.dataSource.query(
      'SELECT DISTINCT concluded_outcome AS outcome FROM key_task WHERE concluded_outcome IS NOT NULL',
    );
    expect(outcomes.map((row) => row.outcome).sort()).toEqual([...codesOf(KEY_TASK_OUTCOMES)].sort());
  });

  it('has the cases the product must show: late, returned, rejected, amended, multi-year, rotated', async () => {
    const facts = await one<Record<string, number>>(`
      SELECT (SELECT count(*) FROM key_task WHERE submitted_late)::int AS late,
             (SELECT count(*) FROM audit_event WHERE action = 'RETURN')::int AS returns,
             (SELECT count(*) FROM key_task WHERE state = 'REJECTED')::int AS rejected,
             (SELECT count(*) FROM change_request WHERE status = 'APPROVED')::int AS amended,
             (SELECT count(*) FROM change_request WHERE status = 'PENDING')::int AS pending,
             (SELECT count(*) FROM key_task WHERE parent_task_id IS NOT NULL)::int AS multi_year,
             (SELECT count(*) FROM position WHERE rotated)::int AS rotated,
             (SELECT count(DISTINCT cadre_id) FROM key_task)::int AS cadres,
             (SELECT count(*) FROM quality_rating)::int AS ratings,
             (SELECT count(*) FROM conclusion)::int AS conclusions`);
    for (const key of ['late', 'returns', 'rejected', 'amended', 'pending', 'multi_year', 'rotated']) {
      expect(facts[key], key).toBeGreaterThan(0);
    }
    expect(facts.cadres).toBeGreaterThanOrEqual(140);
    expect(facts.conclusions).toBe(facts.ratings);
  });

  it('puts 2023–2025 tasks in the pre-reform units and 2026 tasks in the new communes', async () => {
    const rows: Array<{ year: number; kind: string; tasks: number }> = await app.dataSource.query(`
      SELECT c.year, u.kind, count(*)::int AS tasks
        FROM key_task t JOIN cycle c ON c.id = t.cycle_id JOIN position p ON p.id = t.position_id JOIN org_unit u ON u.id = p.unit_id
       WHERE u.kind IN ('DISTRICT', 'COMMUNE', 'WARD', 'SPECIAL_ZONE') GROUP BY 1, 2`);
    const kinds = (year: number) =>
      rows
        .filter((row) => row.year === year)
        .map((row) => row.kind)
        .sort();
    expect(kinds(2024)).toEqual(['DISTRICT']);
    expect(kinds(2026)).toEqual(['COMMUNE', 'SPECIAL_ZONE', 'WARD']);
  });

  it('records opinions by the real advisory agencies in force at the time', async () => {
    const rows: Array<{ year: number; code: string }> = await app.dataSource.query(`
      SELECT DISTINCT c.year, u.code FROM opinion o JOIN key_task t ON t.id = o.key_task_id JOIN cycle c ON c.id = t.cycle_id
        JOIN org_unit u ON u.id = o.agency_unit_id WHERE o.stage = 'REGISTRATION'`);
    expect(rows.filter((row) => row.year === 2024).map((row) => row.code)).toContain('BTGTU');
    expect(rows.filter((row) => row.year === 2027).map((row) => row.code)).toContain('BTGDVTU');
    expect(rows.filter((row) => row.year === 2027).map((row) => row.code)).not.toContain('BTGTU');
  });

  it('keeps every concluded task’s trail consistent: it starts with CREATE and ends in its state', async () => {
    const broken = await one<{ count: number }>(`
      SELECT count(*)::int AS count FROM key_task t
       WHERE (SELECT e.to_state FROM audit_event e WHERE e.entity_type = 'KeyTask' AND e.entity_id = t.id ORDER BY e.id DESC LIMIT 1) <> t.state
          OR (SELECT e.action FROM audit_event e WHERE e.entity_type = 'KeyTask' AND e.entity_id = t.id ORDER BY e.id LIMIT 1) <> 'CREATE'`);
    expect(broken.count).toBe(0);
  });

  it('gives a demo cadre’s dossier through the API', async () => {
    const [{ id }] = await app.dataSource.query(
      `SELECT t.cadre_id AS id FROM key_task t JOIN cycle c ON c.id = t.cycle_id WHERE c.year = 2025 AND t.state = 'CONCLUDED' ORDER BY t.id LIMIT 1`,
    );
    const gid = Buffer.from(`Cadre:${id}`).toString('base64url');
    const response = await app.graphql<{
      cadreDossier: { tasks: Array<{ opinions: unknown[] }>; rating: { level: string } | null };
    }>(
      `query($id: ID!) { cadreDossier(cadre: $id, cycleYear: 2025) { tasks { state opinions { text } } rating { level } } }`,
      { id: gid },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cadreDossier.tasks.length).toBeGreaterThan(0);
    expect(response.data!.cadreDossier.rating).not.toBeNull();
  });
});
