import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { createCadre, createCycle, unitId } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let cadreA: number;

interface Fixture {
  readonly state: string;
  readonly outcome: string | null;
  readonly submitted: 'on-time' | 'late' | null;
  readonly milestones?: ReadonlyArray<readonly [due: string, done: string | null]>;
  readonly areas?: readonly string[];
  readonly self?: string;
  readonly appraised?: string;
}

/** Writes tasks straight into a closed cycle, so the expected figures can be counted by hand. */
async function tasksFor(cadreId: number, cycleId: number, focal: string, fixtures: readonly Fixture[]): Promise<void> {
  const db = app.dataSource;
  const [{ id: positionId }] = await db.query('SELECT id FROM position WHERE cadre_id = $1', [cadreId]);
  for (const [index, fixture] of fixtures.entries()) {
    const [{ id }] = await db.query(
      `INSERT INTO key_task (cycle_id, cadre_id, position_id, focal_unit_id, ordinal, title, state, submitted_at, submitted_late,
                             concluded_outcome, self_outcome, appraised_outcome)
       VALUES ($1, $2, $3, $4, $5, 'Nhiệm vụ kiểm thử', $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        cycleId,
        cadreId,
        positionId,
        await unitId(db, focal),
        index + 1,
        fixture.state,
        fixture.submitted ? '2020-10-20T03:00:00Z' : null,
        fixture.submitted === 'late',
        fixture.outcome,
        fixture.self ?? null,
        fixture.appraised ?? null,
      ],
    );
    for (const area of fixture.areas ?? []) {
      await db.query(`INSERT INTO alignment (key_task_id, source, area) VALUES ($1, 'NQ09_TW_2022', $2)`, [id, area]);
    }
    for (const [due, done] of fixture.milestones ?? []) {
      await db.query(
        `INSERT INTO milestone (key_task_id, period_kind, period_label, due_on, expected_output, done_on) VALUES ($1, 'QUARTER', 'Quý', $2, 'Kết quả', $3)`,
        [id, due, done],
      );
    }
  }
}

beforeAll(async () => {
  app = await startTestApp();
  const cycleId = await createCycle(app.dataSource, 2021);
  const a = await createCadre(app.dataSource, 'FX-A', 'Cán bộ A', {
    unit: 'P_NHA_TRANG',
    title: 'Bí thư',
    subjectGroup: 'PARTY_SECRETARY',
    startsOn: '2020-01-01',
  });
  const b = await createCadre(app.dataSource, 'FX-B', 'Cán bộ B', {
    unit: 'P_BAC_NHA_TRANG',
    title: 'Chủ tịch',
    subjectGroup: 'PEOPLES_COMMITTEE_CHAIR',
    startsOn: '2020-01-01',
  });
  const c = await createCadre(app.dataSource, 'FX-C', 'Cán bộ C', {
    unit: 'SNV',
    title: 'Giám đốc',
    subjectGroup: 'DEPARTMENT_DIRECTOR',
    startsOn: '2020-01-01',
  });
  cadreA = a.id;
  await tasksFor(a.id, cycleId, 'BTCTU', [
    {
      state: 'CONCLUDED',
      outcome: 'EXCEEDED',
      submitted: 'on-time',
      areas: ['INFRASTRUCTURE'],
      milestones: [
        ['2021-03-31', '2021-03-30'],
        ['2021-06-30', '2021-07-10'],
      ],
    },
    {
      state: 'CONCLUDED',
      outcome: 'COMPLETED_LATE',
      submitted: 'late',
      self: 'COMPLETED_ON_TIME',
      appraised: 'COMPLETED_LATE',
      areas: ['INFRASTRUCTURE'],
      milestones: [['2021-03-31', null]],
    },
    {
      state: 'CONCLUDED',
      outcome: 'EXEMPT_OBJECTIVE',
      submitted: 'on-time',
      self: 'EXCEEDED',
      milestones: [['2021-03-31', '2021-03-01']],
    },
  ]);
  await tasksFor(b.id, cycleId, 'DU_UBND', [
    {
      state: 'CONCLUDED',
      outcome: 'NOT_COMPLETED',
      submitted: 'on-time',
      areas: ['TOURISM_SERVICES'],
      self: 'COMPLETED_LATE',
      appraised: 'PARTIALLY_COMPLETED',
    },

    { state: 'REJECTED', outcome: null, submitted: 'on-time' },
    { state: 'DRAFT', outcome: null, submitted: null, areas: ['PLANNING'] },
  ]);
  await tasksFor(c.id, cycleId, 'DU_UBND', [
    {
      state: 'CONCLUDED',
      outcome: 'COMPLETED_ON_TIME',
      submitted: 'on-time',
      milestones: [['2021-12-31', '2021-12-20']],
    },
  ]);
});
afterAll(() => app.close());

const COMPARE = `query($dimension: AnalyticsDimension!) {
  comparison(cycleYears: [2021], dimension: $dimension) {
    code label cadres tasks registered registeredOnTime assigned assessable completed onTime late exceeded partial notCompleted exempt
    selfAboveConcluded appraisedAboveConcluded
    milestonesDue milestonesOnTime completionRate lateShare exceededShare milestoneOnTimeRate registeredOnTimeRate
    tasksCounted(first: 50) { totalCount }
  }
}`;

type Row = Record<string, number | string | null | { totalCount: number }>;

async function compare(dimension: string, actor?: Actor): Promise<Record<string, Row>> {
  const response = await app.graphql<{ comparison: Row[] }>(COMPARE, { dimension }, actor);
  expect(response.errors).toBeUndefined();
  return Object.fromEntries(response.data!.comparison.map((row) => [row.code as string, row]));
}

describe('comparisons, counted by hand on a small fixture', () => {
  it('by locality: registration, assignment, outcomes and milestones, exempt tasks left out', async () => {
    const rows = await compare('LOCALITY');
    expect(rows.P_NHA_TRANG).toEqual({
      code: 'P_NHA_TRANG',
      label: 'Phường Nha Trang',
      cadres: 1,
      tasks: 3,
      registered: 3,
      registeredOnTime: 2,
      assigned: 3,
      assessable: 2,
      completed: 2,
      onTime: 1,
      late: 1,
      exceeded: 1,
      partial: 0,
      notCompleted: 0,
      exempt: 1,
      selfAboveConcluded: 1,
      appraisedAboveConcluded: 0,
      milestonesDue: 3,
      milestonesOnTime: 1,
      completionRate: 1,
      lateShare: 0.5,
      exceededShare: 0.5,
      milestoneOnTimeRate: 1 / 3,
      registeredOnTimeRate: 2 / 3,
      tasksCounted: { totalCount: 3 },
    });
    expect(rows.P_BAC_NHA_TRANG).toMatchObject({
      tasks: 3,
      registered: 2,
      assigned: 1,
      assessable: 1,
      completed: 0,
      notCompleted: 1,
      selfAboveConcluded: 1,
      appraisedAboveConcluded: 1,
      completionRate: 0,
      milestoneOnTimeRate: null,
    });
    expect(rows.SNV).toMatchObject({ cadres: 1, completed: 1, onTime: 1, milestonesDue: 1, milestonesOnTime: 1 });
  });

  it('by former district, so 2023–2025 compare with the new communes', async () => {
    const rows = await compare('LEGACY_DISTRICT');
    expect(rows.D_NHATRANG).toMatchObject({
      label: 'Thành phố Nha Trang',
      cadres: 2,
      tasks: 6,
      registered: 5,
      registeredOnTime: 4,
      assigned: 4,
      assessable: 3,
      completed: 2,
      tasksCounted: { totalCount: 6 },
    });
    expect(rows['']).toMatchObject({ cadres: 1, tasks: 1, tasksCounted: { totalCount: 1 } });
  });

  it('by sector, subject group and focal agency', async () => {
    expect((await compare('SECTOR')).GOVERNMENT).toMatchObject({ cadres: 1, completionRate: 1 });
    expect((await compare('SECTOR')).LOCALITY).toMatchObject({ cadres: 2, completionRate: 2 / 3 });
    expect((await compare('SUBJECT_GROUP')).PEOPLES_COMMITTEE_CHAIR).toMatchObject({ tasks: 3, completionRate: 0 });
    const focal = await compare('FOCAL_AGENCY');
    expect(focal.DU_UBND).toMatchObject({
      cadres: 2,
      tasks: 4,
      assessable: 2,
      completed: 1,
      tasksCounted: { totalCount: 4 },
    });
    expect(focal.BTCTU).toMatchObject({ cadres: 1, tasks: 3 });
  });

  it('for the whole province: one row holding every task and cadre once', async () => {
    const rows = await compare('PROVINCE');
    expect(Object.keys(rows)).toEqual(['ALL']);
    expect(rows.ALL).toMatchObject({
      label: 'Toàn tỉnh',
      cadres: 3,
      tasks: 7,
      registered: 6,
      assessable: 4,
      completed: 3,
      tasksCounted: { totalCount: 7 },
    });
  });

  it('crosses two dimensions into a matrix, each cell with its own tasks', async () => {
    const response = await app.graphql<{
      comparison: Array<{ code: string; code2: string; tasks: number; tasksCounted: { totalCount: number } }>;
    }>(
      `{ comparison(cycleYears: [2021], dimension: FOCAL_AGENCY, by: SUBJECT_GROUP) { code code2 tasks tasksCounted(first: 10) { totalCount } } }`,
    );
    expect(response.errors).toBeUndefined();
    const cells = response.data!.comparison.map((cell) => [
      cell.code,
      cell.code2,
      cell.tasks,
      cell.tasksCounted.totalCount,
    ]);
    expect(cells).toEqual([
      ['BTCTU', 'PARTY_SECRETARY', 3, 3],
      ['DU_UBND', 'DEPARTMENT_DIRECTOR', 1, 1],
      ['DU_UBND', 'PEOPLES_COMMITTEE_CHAIR', 3, 3],
    ]);
    const same = await app.graphql(`{ comparison(cycleYears: [2021], dimension: SECTOR, by: SECTOR) { code } }`);
    expect(same.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps to the viewer’s scope: a cadre sees their own figures, a viewer all figures but no tasks', async () => {
    const own = await compare('LOCALITY', { userId: 'a', label: 'A', cadreId: cadreA, memberships: [] });
    expect(Object.keys(own)).toEqual(['P_NHA_TRANG']);
    const viewer = await compare('LOCALITY', {
      userId: 'v',
      label: 'Xem',
      cadreId: null,
      memberships: [],
      globalRoles: ['VIEWER'],
    });
    expect(Object.keys(viewer).sort()).toEqual(['P_BAC_NHA_TRANG', 'P_NHA_TRANG', 'SNV']);
    expect(viewer.P_NHA_TRANG!.tasksCounted).toEqual({ totalCount: 0 });
  });

  it('answers in one SQL statement', async () => {
    const { statements } = await app.countStatements(() =>
      app.graphql(`{ comparison(cycleYears: [2021, 2025, 2026], dimension: LOCALITY) { code completionRate } }`),
    );
    expect(statements).toBe(1);
  });

  it('shows every goal area, the empty ones too, and counts drafts for none', async () => {
    const response = await app.graphql<{
      alignmentCoverage: Array<{ area: string; tasks: number; cadres: number; localities: number }>;
    }>('{ alignmentCoverage(cycleYear: 2021) { area tasks cadres localities } }');
    const byArea = Object.fromEntries(response.data!.alignmentCoverage.map((row) => [row.area, row]));
    const drilled = await app.graphql<{
      alignmentCoverage: Array<{ tasks: number; tasksCounted: { totalCount: number } }>;
    }>('{ alignmentCoverage(cycleYear: 2021) { tasks tasksCounted { totalCount } } }');
    for (const row of drilled.data!.alignmentCoverage) expect(row.tasksCounted.totalCount).toBe(row.tasks);
    // The drill-down page's list behind a coverage row: its cadres, drafts left out as the row leaves them.
    const cadresOf = async (area: string, servingOnly: boolean) => {
      const page = await app.graphql<{ drillDown: { totalCount: number } }>(
        `query($area: String!, $serving: Boolean) { drillDown(cycleYear: 2021, dimension: ALIGNMENT_AREA, code: $area, servingOnly: $serving) { totalCount } }`,
        { area, serving: servingOnly },
      );
      expect(page.errors).toBeUndefined();
      return page.data!.drillDown.totalCount;
    };
    expect(await cadresOf('INFRASTRUCTURE', true)).toBe(1);
    expect(await cadresOf('PLANNING', false)).toBe(1);
    expect(await cadresOf('PLANNING', true)).toBe(0);
    expect(response.data!.alignmentCoverage).toHaveLength(15);
    expect(byArea.INFRASTRUCTURE).toEqual({ area: 'INFRASTRUCTURE', tasks: 2, cadres: 1, localities: 1 });
    expect(byArea.TOURISM_SERVICES).toEqual({ area: 'TOURISM_SERVICES', tasks: 1, cadres: 1, localities: 1 });
    expect(byArea.PLANNING).toEqual({ area: 'PLANNING', tasks: 0, cadres: 0, localities: 0 });
  });

  it('lists the localities that carry none of an area, so they add up with those that do', async () => {
    const response = await app.graphql<{
      coverage: Array<{ area: string; localities: number }>;
      missing: Array<{ kind: string }>;
    }>(
      '{ coverage: alignmentCoverage(cycleYear: 2026) { area localities } missing: localitiesWithoutArea(cycleYear: 2026, area: INFRASTRUCTURE) { kind } }',
    );
    const carrying = response.data!.coverage.find((row) => row.area === 'INFRASTRUCTURE')!.localities;
    expect(carrying).toBeGreaterThan(0);
    expect(response.data!.missing.every((unit) => ['COMMUNE', 'WARD', 'SPECIAL_ZONE'].includes(unit.kind))).toBe(true);
    expect(response.data!.missing.length + carrying).toBe(65);
  });
});
