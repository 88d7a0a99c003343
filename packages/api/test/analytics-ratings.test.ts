import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCadre, createCycle, unitId } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;

/** One cadre with one concluded task and, unless null, an official rating. */
async function ratedCadre(cycleId: number, code: string, subjectGroup: string, level: string | null): Promise<void> {
  const db = app.dataSource;
  const cadre = await createCadre(db, code, `Cán bộ ${code}`, {
    unit: subjectGroup === 'DEPARTMENT_DIRECTOR' ? 'SNV' : 'P_NHA_TRANG',
    title: 'Lãnh đạo',
    subjectGroup,
    startsOn: '2020-01-01',
  });
  const [{ id: positionId }] = await db.query('SELECT id FROM position WHERE cadre_id = $1', [cadre.id]);
  await db.query(
    `INSERT INTO key_task (cycle_id, cadre_id, position_id, focal_unit_id, ordinal, title, state, concluded_outcome)
     VALUES ($1, $2, $3, $4, 1, 'Nhiệm vụ kiểm thử', 'CONCLUDED', 'COMPLETED_ON_TIME')`,
    [cycleId, cadre.id, positionId, await unitId(db, 'BTCTU')],
  );
  if (level === null) return;
  await db.query(
    `INSERT INTO quality_rating (cycle_id, cadre_id, level, scale_version, decided_on, decider_label, created_at)
     VALUES ($1, $2, $3, 'test', '2033-01-20', 'BTV', now())`,
    [cycleId, cadre.id, level],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  const cycleId = await createCycle(app.dataSource, 2032);
  // Party secretaries: 2 HTXS against 6 HTT — the 20% quota allows floor(6 × 0.2) = 1.
  const secretaries = ['EXCELLENT', 'EXCELLENT', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'COMPLETED', null];
  for (const [index, level] of secretaries.entries()) {
    await ratedCadre(cycleId, `RS-${index}`, 'PARTY_SECRETARY', level);
  }
  // Directors: 1 HTXS against 5 HTT — allowed exactly 1.
  const directors = ['EXCELLENT', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'NOT_COMPLETED'];
  for (const [index, level] of directors.entries()) {
    await ratedCadre(cycleId, `RD-${index}`, 'DEPARTMENT_DIRECTOR', level);
  }
});
afterAll(() => app.close());

const RATINGS = `query($levels: [QualityRatingLevel!]) {
  ratingDistribution(cycleYears: [2032], dimension: SUBJECT_GROUP) {
    code cadres excellent good completed notCompleted unrated
    excellentQuotaOfGood excellentAllowed excellentQuotaExceeded
    tasksCounted(levels: $levels, first: 50) { totalCount edges { node { cadre { code } } } }
  }
}`;

type Row = Record<string, unknown> & {
  code: string;
  tasksCounted: { totalCount: number; edges: Array<{ node: { cadre: { code: string } } }> };
};

describe('rating distribution and the HTXS quota, counted by hand', () => {
  it('counts cadres by rating level per comparable group and flags an exceeded quota', async () => {
    const response = await app.graphql<{ ratingDistribution: Row[] }>(RATINGS, { levels: null });
    expect(response.errors).toBeUndefined();
    const rows = Object.fromEntries(response.data!.ratingDistribution.map((row) => [row.code, row]));
    expect(rows.PARTY_SECRETARY).toMatchObject({
      cadres: 10,
      excellent: 2,
      good: 6,
      completed: 1,
      notCompleted: 0,
      unrated: 1,
      excellentQuotaOfGood: 0.2,
      excellentAllowed: 1,
      excellentQuotaExceeded: true,
      tasksCounted: { totalCount: 10 },
    });
    expect(rows.DEPARTMENT_DIRECTOR).toMatchObject({
      cadres: 7,
      excellent: 1,
      good: 5,
      notCompleted: 1,
      unrated: 0,
      excellentAllowed: 1,
      excellentQuotaExceeded: false,
    });
  });

  it('drills down to the tasks of the cadres rated at the chosen levels', async () => {
    const response = await app.graphql<{ ratingDistribution: Row[] }>(RATINGS, { levels: ['EXCELLENT'] });
    const secretaries = response.data!.ratingDistribution.find((row) => row.code === 'PARTY_SECRETARY')!;
    expect(secretaries.tasksCounted.edges.map((edge) => edge.node.cadre.code).sort()).toEqual(['RS-0', 'RS-1']);
  });

  it('drills down from the unrated figure to the tasks of exactly the cadres not rated yet', async () => {
    const response = await app.graphql<{
      ratingDistribution: Array<{
        code: string;
        unrated: number;
        tasksCounted: { edges: Array<{ node: { cadre: { code: string } } }> };
      }>;
    }>(
      `{ ratingDistribution(cycleYears: [2032], dimension: SUBJECT_GROUP) {
           code unrated tasksCounted(unrated: true, first: 100) { edges { node { cadre { code } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    for (const row of response.data!.ratingDistribution) {
      const cadres = new Set(row.tasksCounted.edges.map((edge) => edge.node.cadre.code));
      expect(cadres.size).toBe(row.unrated);
    }
    const both = await app.graphql(
      `{ ratingDistribution(cycleYears: [2032], dimension: SUBJECT_GROUP) { tasksCounted(unrated: true, levels: [GOOD]) { totalCount } } }`,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an empty or oversized list of years', async () => {
    const response = await app.graphql(`{ ratingDistribution(cycleYears: [], dimension: LOCALITY) { code } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
