import { milestoneFallenDue, type AnalyticsDimension } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskScope } from '../src/auth/scope.js';
import type { ComparisonRow } from '../src/modules/analytics/analytics.service.js';
import { cadreActor, createCadre, createCycle, unitId } from './support/fixtures.js';
import { comparisonProbe } from './support/comparisons.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The comparison's edges, counted by hand: milestones on and around their due day (the shared
 * whole-day rule), a multi-year task, a post that moved when the districts were dissolved in 2025,
 * unit kinds and goal areas (tasks without one too), and several cycles in one trend.
 */
let app: TestApp;

type Milestones = ReadonlyArray<readonly [due: string, done: string | null]>;

interface TaskFixture {
  readonly cycleId: number;
  readonly cadreId: number;
  readonly positionId: number;
  readonly ordinal: number;
  readonly outcome?: string;
  readonly multiYear?: boolean;
  readonly areas?: ReadonlyArray<string | null>;
  readonly milestones?: Milestones;
}

async function insertTask(fixture: TaskFixture): Promise<number> {
  const db = app.dataSource;
  const [{ id }] = await db.query(
    `INSERT INTO key_task (cycle_id, cadre_id, position_id, focal_unit_id, ordinal, title, state, submitted_at, submitted_late,
                           concluded_outcome, multi_year)
     VALUES ($1, $2, $3, $4, $5, 'Nhiệm vụ kiểm thử', 'CONCLUDED', '2018-10-20T03:00:00Z', false, $6, $7) RETURNING id`,
    [
      fixture.cycleId,
      fixture.cadreId,
      fixture.positionId,
      await unitId(db, 'BTCTU'),
      fixture.ordinal,
      fixture.outcome ?? 'COMPLETED_ON_TIME',
      fixture.multiYear ?? false,
    ],
  );
  for (const area of fixture.areas ?? []) {
    await db.query(`INSERT INTO alignment (key_task_id, source, area) VALUES ($1, 'NQ09_TW_2022', $2)`, [id, area]);
  }
  for (const [due, done] of fixture.milestones ?? []) {
    await db.query(
      `INSERT INTO milestone (key_task_id, period_kind, period_label, due_on, expected_output, done_on)
       VALUES ($1, 'MONTH', 'Tháng', $2, 'Kết quả', $3)`,
      [id, due, done],
    );
  }
  return id;
}

async function postOf(cadreId: number): Promise<number> {
  const [{ id }] = await app.dataSource.query('SELECT id FROM position WHERE cadre_id = $1 ORDER BY id LIMIT 1', [
    cadreId,
  ]);
  return id;
}

/** Around the due days of 30/06/2019: on the day, the day before and after, done early and late. */
const EDGE_MILESTONES: Milestones = [
  ['2019-03-31', '2019-03-31'], // done on its due day: on time
  ['2019-03-31', '2019-04-01'], // a day late
  ['2019-05-31', null], // overdue
  ['2019-06-30', null], // due on the day asked, not done yet: still within its day
  ['2019-06-30', '2019-06-30'], // due and done on the day asked
  ['2019-07-01', '2019-06-15'], // done early, falls due tomorrow
];

let cycle2019: number;
let cycle2020: number;
let mover: number;
let wardCadre: number;

beforeAll(async () => {
  app = await startTestApp();
  cycle2019 = await createCycle(app.dataSource, 2019);
  cycle2020 = await createCycle(app.dataSource, 2020);

  const ward = await createCadre(app.dataSource, 'ED-A', 'Cán bộ phường', {
    unit: 'P_NHA_TRANG',
    title: 'Bí thư',
    subjectGroup: 'PARTY_SECRETARY',
    startsOn: '2018-01-01',
  });
  const department = await createCadre(app.dataSource, 'ED-B', 'Cán bộ sở', {
    unit: 'SNV',
    title: 'Giám đốc',
    subjectGroup: 'DEPARTMENT_DIRECTOR',
    startsOn: '2018-01-01',
  });
  wardCadre = ward.id;
  const wardPost = await postOf(ward.id);
  const departmentPost = await postOf(department.id);
  await insertTask({
    cycleId: cycle2019,
    cadreId: ward.id,
    positionId: wardPost,
    ordinal: 1,
    areas: ['INFRASTRUCTURE'],
    milestones: EDGE_MILESTONES,
  });
  await insertTask({
    cycleId: cycle2019,
    cadreId: ward.id,
    positionId: wardPost,
    ordinal: 2,
    outcome: 'NOT_COMPLETED',
    areas: ['INFRASTRUCTURE', 'PLANNING'],
  });
  await insertTask({ cycleId: cycle2019, cadreId: ward.id, positionId: wardPost, ordinal: 3, areas: [null] });
  // A two-year task: its second milestone falls due in the next cycle's year.
  await insertTask({
    cycleId: cycle2019,
    cadreId: department.id,
    positionId: departmentPost,
    ordinal: 1,
    outcome: 'EXCEEDED',
    multiYear: true,
    milestones: [
      ['2019-12-31', '2019-12-20'],
      ['2020-06-30', null],
    ],
  });
  await insertTask({
    cycleId: cycle2020,
    cadreId: department.id,
    positionId: departmentPost,
    ordinal: 1,
    outcome: 'COMPLETED_LATE',
  });

  // A chairman of the former district who, after the 2025 reorganisation, chairs a ward of it.
  const moved = await createCadre(app.dataSource, 'ED-C', 'Cán bộ chuyển công tác', {
    unit: 'D_NHATRANG',
    title: 'Chủ tịch UBND huyện',
    subjectGroup: 'PEOPLES_COMMITTEE_CHAIR',
    startsOn: '2018-01-01',
  });
  mover = moved.id;
  const districtPost = await postOf(moved.id);
  await app.dataSource.query(`UPDATE position SET ends_on = '2019-12-31' WHERE id = $1`, [districtPost]);
  const [{ id: wardPostOfMover }] = await app.dataSource.query(
    `INSERT INTO position (cadre_id, unit_id, title, subject_group, starts_on) VALUES ($1, $2, 'Chủ tịch UBND phường', 'PEOPLES_COMMITTEE_CHAIR', '2020-01-01') RETURNING id`,
    [moved.id, await unitId(app.dataSource, 'P_BAC_NHA_TRANG')],
  );
  await insertTask({ cycleId: cycle2019, cadreId: moved.id, positionId: districtPost, ordinal: 1 });
  await insertTask({ cycleId: cycle2020, cadreId: moved.id, positionId: wardPostOfMover, ordinal: 1 });
});
afterAll(() => app.close());

/** The summarised and the live computation, which must agree; rows keyed by year and code. */
async function figures(
  years: readonly number[],
  dimension: AnalyticsDimension,
  asOf: string,
  scope?: TaskScope,
): Promise<Record<string, ComparisonRow>> {
  const rows = await comparisonProbe(app).sameAsLive([years, dimension, null], asOf, scope);
  return Object.fromEntries(rows.map((row) => [`${row.cycleYear}:${row.code}`, row]));
}

describe('milestones around their due day, as the shared whole-day rule reads them', () => {
  it.each([
    ['2019-03-30', 0, 0],
    ['2019-03-31', 2, 1], // both due that day are done (one a day late), so both count
    ['2019-06-30', 4, 2], // the one due that day and not done yet does not count
    ['2019-07-01', 6, 3],
    ['2019-07-02', 6, 3], // every milestone past due: the task's tally is read instead
  ])('as of %s: %i due, %i on time', async (asOf, due, onTime) => {
    const rows = await figures([2019], 'LOCALITY', asOf);
    expect(rows['2019:P_NHA_TRANG']).toMatchObject({ milestonesDue: due, milestonesOnTime: onTime });
    // The same count from the rule every screen uses for a milestone's status.
    const counted = EDGE_MILESTONES.filter(([dueOn, doneOn]) => milestoneFallenDue(dueOn, doneOn, asOf));
    expect(counted).toHaveLength(due);
  });

  it('keeps counting a multi-year task’s milestones as they fall due in the next year', async () => {
    expect((await figures([2019], 'LOCALITY', '2020-01-15'))['2019:SNV']).toMatchObject({
      milestonesDue: 1,
      milestonesOnTime: 1,
      exceeded: 1,
    });
    await app.dataSource.query(`UPDATE cycle SET phase = 'CLOSED' WHERE id = $1`, [cycle2019]);
    // Closed, but a milestone is still to fall due: computed, never stored as settled.
    expect((await figures([2019], 'LOCALITY', '2020-03-01'))['2019:SNV']).toMatchObject({ milestonesDue: 1 });
    expect((await figures([2019], 'LOCALITY', '2020-07-01'))['2019:SNV']).toMatchObject({
      milestonesDue: 2,
      milestonesOnTime: 1,
    });
    await app.dataSource.query(`UPDATE cycle SET phase = 'REGISTRATION' WHERE id = $1`, [cycle2019]);
  });
});

describe('comparisons across units, areas and years, counted by hand', () => {
  it('puts a former district’s post and its ward’s post after 2025 in the same row, year by year', async () => {
    const rows = await figures([2019, 2020], 'LEGACY_DISTRICT', '2021-01-31', {
      kind: 'some',
      cadreId: mover,
      focalUnitIds: [],
      advisory: false,
    });
    expect(Object.keys(rows).sort()).toEqual(['2019:D_NHATRANG', '2020:D_NHATRANG']);
    expect(rows['2019:D_NHATRANG']).toMatchObject({ cadres: 1, tasks: 1, completed: 1 });
    expect(rows['2020:D_NHATRANG']).toMatchObject({ cadres: 1, tasks: 1, completed: 1 });
    const byLocality = await figures([2019, 2020], 'LOCALITY', '2021-01-31', {
      kind: 'some',
      cadreId: mover,
      focalUnitIds: [],
      advisory: false,
    });
    expect(Object.keys(byLocality).sort()).toEqual(['2019:D_NHATRANG', '2020:P_BAC_NHA_TRANG']);
  });

  it('by unit kind', async () => {
    const rows = await figures([2019], 'UNIT_KIND', '2020-01-15');
    expect(rows['2019:WARD']).toMatchObject({ cadres: 1, tasks: 3, assessable: 3, completed: 2, notCompleted: 1 });
    expect(rows['2019:DEPARTMENT']).toMatchObject({ cadres: 1, tasks: 1, completed: 1, exceeded: 1 });
    expect(rows['2019:DISTRICT']).toMatchObject({ cadres: 1, tasks: 1 });
  });

  it('by goal area: a task in each of its areas, and the tasks without one in their own row, drillable', async () => {
    const rows = await figures([2019], 'ALIGNMENT_AREA', '2020-01-15');
    expect(rows['2019:INFRASTRUCTURE']).toMatchObject({ tasks: 2, completed: 1, notCompleted: 1 });
    expect(rows['2019:PLANNING']).toMatchObject({ tasks: 1, notCompleted: 1 });
    // The null-area link, the multi-year task and the district chairman's task have no area.
    expect(rows['2019:']).toMatchObject({ cadres: 3, tasks: 3 });
    const response = await app.graphql<{
      comparison: Array<{ code: string; tasks: number; tasksCounted: { totalCount: number } }>;
      drillDown: { totalCount: number };
    }>(
      `{ comparison(cycleYears: [2019], dimension: ALIGNMENT_AREA) { code tasks tasksCounted(first: 10) { totalCount } }
         drillDown(cycleYear: 2019, dimension: ALIGNMENT_AREA, code: "") { totalCount } }`,
    );
    expect(response.errors).toBeUndefined();
    for (const row of response.data!.comparison) expect(row.tasksCounted.totalCount).toBe(row.tasks);
    expect(response.data!.drillDown.totalCount).toBe(3);
  });

  it('over several cycles: one row per year', async () => {
    const rows = await figures([2019, 2020], 'PROVINCE', '2021-01-31');
    expect(rows['2019:ALL']).toMatchObject({
      cadres: 3,
      tasks: 5,
      assessable: 5,
      completed: 4,
      onTime: 4,
      exceeded: 1,
    });
    expect(rows['2020:ALL']).toMatchObject({ cadres: 2, tasks: 2, assessable: 2, completed: 2, late: 1 });
  });

  it('answers the cadre of the moved post only with their own tasks', async () => {
    const response = await app.graphql<{ comparison: Array<{ code: string }> }>(
      `{ comparison(cycleYears: [2019, 2020], dimension: PROVINCE) { code tasks } }`,
      {},
      cadreActor(mover, 'Cán bộ chuyển công tác'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.comparison).toHaveLength(2);
  });

  it('lists the tasks behind the new drill-downs only to those who may read them by name', async () => {
    const query = `{
      alignmentCoverage(cycleYear: 2019) { area tasks tasksCounted { totalCount } }
      ratingDistribution(cycleYears: [2019], dimension: PROVINCE) { unrated tasksCounted(unrated: true) { totalCount } }
      drillDown(cycleYear: 2019, dimension: ALIGNMENT_AREA, code: "") { totalCount }
    }`;
    type Answer = {
      alignmentCoverage: Array<{ area: string; tasks: number; tasksCounted: { totalCount: number } }>;
      ratingDistribution: Array<{ unrated: number; tasksCounted: { totalCount: number } }>;
      drillDown: { totalCount: number };
    };
    const infrastructure = (answer: Answer) => answer.alignmentCoverage.find((row) => row.area === 'INFRASTRUCTURE')!;

    // Ban Tổ chức: every task, each list as long as its figure.
    const btc = (await app.graphql<Answer>(query)).data!;
    expect(infrastructure(btc)).toMatchObject({ tasks: 2, tasksCounted: { totalCount: 2 } });
    expect(btc.ratingDistribution[0]).toMatchObject({ unrated: 3, tasksCounted: { totalCount: 5 } });
    expect(btc.drillDown.totalCount).toBe(3);

    // A viewer reads the figures but no task or cadre by name.
    const viewer = await app.graphql<Answer>(
      query,
      {},
      {
        userId: 'v',
        label: 'Xem',
        cadreId: null,
        memberships: [],
        globalRoles: ['VIEWER'],
      },
    );
    expect(viewer.errors).toBeUndefined();
    expect(infrastructure(viewer.data!)).toMatchObject({ tasks: 2, tasksCounted: { totalCount: 0 } });
    expect(viewer.data!.ratingDistribution[0]!.tasksCounted.totalCount).toBe(0);
    expect(viewer.data!.drillDown.totalCount).toBe(0);

    // A cadre: their own figures and tasks only.
    const own = (await app.graphql<Answer>(query, {}, cadreActor(wardCadre, 'Cán bộ phường'))).data!;
    expect(infrastructure(own)).toMatchObject({ tasks: 2, tasksCounted: { totalCount: 2 } });
    expect(own.ratingDistribution[0]).toMatchObject({ unrated: 1, tasksCounted: { totalCount: 3 } });
    expect(own.drillDown.totalCount).toBe(1);

    // Signed out: refused.
    const anonymous = await app.graphql<Answer>(query, {}, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
