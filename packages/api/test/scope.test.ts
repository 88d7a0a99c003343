import { SENT_FOR_OPINION_STATES } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { toGlobalId } from '../src/graphql/relay.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let cadre: { id: number; other: number };
let focalUnit: number;
beforeAll(async () => {
  app = await startTestApp();
  const [a, b] = await app.dataSource.query('SELECT DISTINCT cadre_id FROM key_task ORDER BY cadre_id LIMIT 2');
  cadre = { id: a.cadre_id, other: b.cadre_id };
  focalUnit = (await app.dataSource.query(`SELECT id FROM org_unit WHERE code = 'DU_UBND'`))[0].id;
});
afterAll(() => app.close());

const LIST = `{ keyTasks(first: 100) { totalCount nodes { id cadre { id } } } cadres(first: 100) { totalCount nodes { id } } }`;
const cadreActor = (id: number): Actor => ({ userId: `c${id}`, label: 'Cán bộ', cadreId: id, memberships: [] });

async function sql(where: string, params: unknown[] = []): Promise<number> {
  const [{ count }] = await app.dataSource.query(
    `SELECT count(*)::int AS count FROM key_task t WHERE ${where}`,
    params,
  );
  return count;
}

describe('what each role may read', () => {
  it('a cadre sees only their own tasks, cadre record and dossier; others are not found', async () => {
    const response = await app.graphql<{
      keyTasks: { totalCount: number; nodes: Array<{ cadre: { id: string } }> };
      cadres: { totalCount: number; nodes: Array<{ id: string }> };
    }>(LIST, {}, cadreActor(cadre.id));
    expect(response.data!.keyTasks.totalCount).toBe(await sql('t.cadre_id = $1', [cadre.id]));
    expect(new Set(response.data!.keyTasks.nodes.map((task) => task.cadre.id))).toEqual(
      new Set([toGlobalId('Cadre', cadre.id)]),
    );
    expect(response.data!.cadres.nodes.map((node) => node.id)).toEqual([toGlobalId('Cadre', cadre.id)]);
    const [otherTask] = await app.dataSource.query('SELECT id FROM key_task WHERE cadre_id = $1 LIMIT 1', [
      cadre.other,
    ]);
    const others = await app.graphql<{ task: null; node: null; cadre: null; dossier: null }>(
      `query($task: ID!, $cadre: ID!) { task: keyTask(id: $task) { id } node(id: $task) { id } cadre(id: $cadre) { id } dossier: cadreDossier(cadre: $cadre, cycleYear: 2025) { asOf } }`,
      { task: toGlobalId('KeyTask', otherTask.id), cadre: toGlobalId('Cadre', cadre.other) },
      cadreActor(cadre.id),
    );
    expect(others.errors).toBeUndefined();
    expect(others.data).toEqual({ task: null, node: null, cadre: null, dossier: null });
  });

  it('a focal-agency reviewer sees the tasks routed to the agency, and no other', async () => {
    const focal: Actor = {
      userId: 'f',
      label: 'Đầu mối',
      cadreId: null,
      memberships: [{ unitId: focalUnit, role: 'FOCAL' }],
    };
    const response = await app.graphql<{ keyTasks: { totalCount: number } }>(LIST, {}, focal);
    expect(response.data!.keyTasks.totalCount).toBe(await sql('t.focal_unit_id = $1', [focalUnit]));
  });

  it('an advisory reviewer sees what has been sent for opinion, not drafts or registrations under appraisal', async () => {
    const advisory: Actor = {
      userId: 'a',
      label: 'Tham mưu',
      cadreId: null,
      memberships: [{ unitId: 5, role: 'ADVISORY' }],
    };
    const response = await app.graphql<{ keyTasks: { totalCount: number } }>(LIST, {}, advisory);
    expect(response.data!.keyTasks.totalCount).toBe(await sql('t.state = ANY($1)', [[...SENT_FOR_OPINION_STATES]]));
    const drafts = await app.graphql<{ keyTasks: { totalCount: number } }>(
      `{ keyTasks(filter: { state: [DRAFT, SUBMITTED, RETURNED] }) { totalCount } }`,
      {},
      advisory,
    );
    expect(drafts.data!.keyTasks.totalCount).toBe(0);
  });

  it('a viewer and an administrator see no names at all', async () => {
    for (const globalRoles of [['VIEWER'], ['ADMIN']] as const) {
      const actor: Actor = { userId: 'v', label: 'Xem', cadreId: null, memberships: [], globalRoles };
      const response = await app.graphql<{ keyTasks: { totalCount: number }; cadres: { totalCount: number } }>(
        LIST,
        {},
        actor,
      );
      expect(response.data).toMatchObject({ keyTasks: { totalCount: 0 }, cadres: { totalCount: 0 } });
    }
  });

  it('Ban Tổ chức and the Standing Committee see everything', async () => {
    const decider: Actor = { userId: 'd', label: 'BTV', cadreId: null, memberships: [{ unitId: 2, role: 'DECIDER' }] };
    const response = await app.graphql<{ keyTasks: { totalCount: number } }>(LIST, {}, decider);
    expect(response.data!.keyTasks.totalCount).toBe(await sql('TRUE'));
  });
});
