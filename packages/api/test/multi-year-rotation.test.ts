import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { VALID_DRAFT, cadreActor, createCadre, createCycle, routeFocal, unitId } from './support/fixtures.js';
import { createTask, operations, type TaskPayload } from './support/key-task-ops.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let actor: Actor;
let other: Actor;
const { mutate, expectRefused } = operations(() => app);

beforeAll(async () => {
  app = await startTestApp();
  for (const year of [2030, 2031]) {
    const cycleId = await createCycle(app.dataSource, year);
    await routeFocal(app.dataSource, cycleId, 'PARTY_SECRETARY', 'BTCTU');
    await routeFocal(app.dataSource, cycleId, 'ROTATED_CADRE', 'BTCTU');
  }
  // Secretary in Nha Trang until 2029, then rotated to lead a commune of Cam Ranh.
  const cadre = await createCadre(app.dataSource, 'TEST-R', 'Ngô Quốc Sơn', {
    unit: 'P_NHA_TRANG',
    title: 'Bí thư Đảng ủy phường Nha Trang',
    subjectGroup: 'PARTY_SECRETARY',
    startsOn: '2025-07-01',
  });
  await app.dataSource.query(`UPDATE position SET ends_on = '2026-06-30' WHERE cadre_id = $1`, [cadre.id]);
  await app.dataSource.query(
    `INSERT INTO position (cadre_id, unit_id, title, subject_group, starts_on, rotated) VALUES ($1, $2, 'Bí thư Đảng ủy phường Bắc Cam Ranh', 'ROTATED_CADRE', '2026-07-01', true)`,
    [cadre.id, await unitId(app.dataSource, 'P_BAC_CAM_RANH')],
  );
  actor = cadreActor(cadre.id, 'Ngô Quốc Sơn — Bí thư Đảng ủy phường Bắc Cam Ranh');
  const someoneElse = await createCadre(app.dataSource, 'TEST-O', 'Lý Thị Oanh', {
    unit: 'P_TAY_NHA_TRANG',
    title: 'Bí thư Đảng ủy phường',
    subjectGroup: 'PARTY_SECRETARY',
    startsOn: '2025-07-01',
  });
  other = cadreActor(someoneElse.id, 'Lý Thị Oanh');
});
afterAll(() => app.close());

const TASK = `query($id: ID!) { keyTask(id: $id) { multiYear continues { id title } position { title rotated unit { code } } focalAgency { code }
  ruleViolations { rule message } cadre { positions { title rotated endsOn } } } }`;

describe('a rotated cadre', () => {
  it('registers under the post held now, routed by the rotated group, and keeps the history of posts', async () => {
    const created = await mutate<TaskPayload>(
      createTask(2030),
      { input: { ...VALID_DRAFT, startsOn: '2030-01-01', endsOn: '2030-12-31' } },
      actor,
    );
    expect(created.userErrors).toEqual([]);
    const response = await app.graphql<{
      keyTask: {
        position: { rotated: boolean; unit: { code: string } };
        focalAgency: { code: string };
        cadre: { positions: Array<{ title: string; rotated: boolean; endsOn: string | null }> };
      };
    }>(TASK, { id: created.keyTask!.id });
    const task = response.data!.keyTask;
    expect(task.position).toMatchObject({ rotated: true, unit: { code: 'P_BAC_CAM_RANH' } });
    expect(task.focalAgency.code).toBe('BTCTU');
    expect(task.cadre.positions.map((post) => [post.rotated, post.endsOn])).toEqual([
      [true, null],
      [false, '2026-06-30'],
    ]);
  });
});

describe('a multi-year task', () => {
  it('continues the cadre’s own task of the year before, and needs an output for this year', async () => {
    const [first] = await app.dataSource.query(`SELECT id FROM key_task WHERE cadre_id = $1`, [actor.cadreId]);
    const parent = Buffer.from(`KeyTask:${first.id}`).toString('base64url');
    const noOutputThisYear = {
      ...VALID_DRAFT,
      startsOn: '2031-01-01',
      endsOn: '2031-12-31',
      continues: parent,
      outputs: [{ name: 'Bàn giao giai đoạn 2', dueOn: '2032-03-31' }],
    };
    const created = await mutate<TaskPayload>(createTask(2031), { input: noOutputThisYear }, actor);
    expect(created.userErrors).toEqual([]);
    const response = await app.graphql<{
      keyTask: {
        multiYear: boolean;
        continues: { id: string };
        ruleViolations: Array<{ rule: string; message: string }>;
      };
    }>(TASK, { id: created.keyTask!.id });
    const task = response.data!.keyTask;
    expect(task.multiYear).toBe(true);
    expect(task.continues.id).toBe(parent);
    expect(task.ruleViolations.map((violation) => violation.rule)).toContain('MULTI_YEAR_OUTPUT_MISSING');
    expect(task.ruleViolations.find((violation) => violation.rule === 'MULTI_YEAR_OUTPUT_MISSING')!.message).toContain(
      '2031',
    );
  });

  it('cannot continue another cadre’s task', async () => {
    const [first] = await app.dataSource.query(`SELECT id FROM key_task WHERE cadre_id = $1`, [actor.cadreId]);
    const refused = await expectRefused(
      createTask(2031),
      { input: { ...VALID_DRAFT, continues: Buffer.from(`KeyTask:${first.id}`).toString('base64url') } },
      other,
      'INVALID_INPUT',
    );
    expect(refused.userErrors[0]!.field).toEqual(['continues']);
  });
});
