import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadreActor, createCadre, createCycle, unitId } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { toGlobalId } from '../src/graphql/relay.js';

let app: TestApp;
let ids: {
  cadreA: number;
  aDraft: number;
  bConsult: number;
  cProposed: number;
  [key: string]: number;
};
let advisoryAgencies: string[];

/** Writes one task straight into the cycle, so every figure can be counted by hand. */
async function task(cycleId: number, cadreId: number, ordinal: number, focal: string, state: string): Promise<number> {
  const db = app.dataSource;
  const [{ id: positionId }] = await db.query('SELECT id FROM position WHERE cadre_id = $1', [cadreId]);
  const [{ id }] = await db.query(
    `INSERT INTO key_task (cycle_id, cadre_id, position_id, focal_unit_id, ordinal, title, state, submitted_at)
     VALUES ($1, $2, $3, $4, $5, 'Nhiệm vụ kiểm thử', $6, CASE WHEN $6 = 'DRAFT' THEN NULL ELSE now() END) RETURNING id`,
    [cycleId, cadreId, positionId, await unitId(db, focal), ordinal, state],
  );
  return id;
}

beforeAll(async () => {
  app = await startTestApp();
  const db = app.dataSource;
  // Registration's deadline has passed, and so has the submission to the BTV; the rest lie ahead.
  const cycleId = await createCycle(db, 2031, {
    REGISTER: '2020-10-30',
    SUBMIT_TO_DECIDER: '2020-12-20',
    APPRAISE_REGISTRATION: '2099-01-01',
    CONSOLIDATE: '2099-01-01',
    DECIDE: '2099-01-01',
    SELF_ASSESS: '2099-01-01',
  });
  const post = (unit: string, subjectGroup: string) => ({
    unit,
    title: 'Bí thư',
    subjectGroup,
    startsOn: '2020-01-01',
  });
  const a = await createCadre(db, 'FN-A', 'Cán bộ A', post('P_NHA_TRANG', 'PARTY_SECRETARY'));
  const b = await createCadre(db, 'FN-B', 'Cán bộ B', post('P_BAC_NHA_TRANG', 'PARTY_SECRETARY'));
  const c = await createCadre(db, 'FN-C', 'Cán bộ C', post('SNV', 'DEPARTMENT_DIRECTOR'));
  ids = {
    cadreA: a.id,
    aDraft: await task(cycleId, a.id, 1, 'BTCTU', 'DRAFT'),
    aReturned: await task(cycleId, a.id, 2, 'BTCTU', 'RETURNED'),
    aSubmitted: await task(cycleId, a.id, 3, 'BTCTU', 'SUBMITTED'),
    bDraft: await task(cycleId, b.id, 1, 'DU_UBND', 'DRAFT'),
    bConsult: await task(cycleId, b.id, 2, 'DU_UBND', 'IN_CONSULTATION'),
    bWithdrawn: await task(cycleId, b.id, 3, 'DU_UBND', 'WITHDRAWN'),
    cProposed: await task(cycleId, c.id, 1, 'DU_UBND', 'PROPOSED'),
    cConcluded: await task(cycleId, c.id, 2, 'DU_UBND', 'CONCLUDED'),
    cInProgress: await task(cycleId, c.id, 3, 'DU_UBND', 'IN_PROGRESS'),
  };
  // Cadre B was given until 2099 to register: the draft waits but is not late.
  await db.query(
    `INSERT INTO deadline_extension (cycle_id, stage, cadre_id, until, reason, granted_by_label, created_at)
     VALUES ($1, 'REGISTER', $2, '2099-01-01', 'Ốm dài ngày', 'BTC', now())`,
    [cycleId, b.id],
  );
  // The advisory agencies that owe opinions: advisory, not the consolidating BTC, in force on 01/01/2099.
  const advisory: Array<{ code: string }> = await db.query(
    `SELECT code FROM org_unit WHERE 'ADVISORY' = ANY(roles) AND NOT 'CONSOLIDATOR' = ANY(roles)
        AND (valid_to IS NULL OR valid_to >= '2099-01-01') AND (valid_from IS NULL OR valid_from <= '2099-01-01')
      ORDER BY code`,
  );
  advisoryAgencies = advisory.map((row) => row.code);
  expect(advisoryAgencies.length).toBeGreaterThan(2);
  // One advisory agency has already given its opinion on B's task.
  await db.query(
    `INSERT INTO opinion (key_task_id, stage, agency_unit_id, author_label, verdict, text, submitted_at)
     VALUES ($1, 'REGISTRATION', $2, 'UBKT', 'AGREE', 'Đồng ý', now())`,
    [ids.bConsult, await unitId(db, advisoryAgencies[0]!)],
  );
});
afterAll(() => app.close());

const FUNNEL = `{
  stageFunnel(cycleYear: 2031) {
    total
    steps { step tasks tasksCounted(first: 20) { totalCount } }
    backlog {
      state action actor stage deadline waiting overdue agency { code }
      tasksCounted(first: 20) { totalCount edges { node { id } } }
    }
  }
}`;

interface BacklogOut {
  state: string;
  action: string;
  actor: string;
  stage: string | null;
  deadline: string | null;
  waiting: number;
  overdue: number;
  agency: { code: string } | null;
  tasksCounted: { totalCount: number; edges: Array<{ node: { id: string } }> };
}
interface FunnelOut {
  stageFunnel: {
    total: number;
    steps: Array<{ step: string; tasks: number; tasksCounted: { totalCount: number } }>;
    backlog: BacklogOut[];
  };
}

const taskGid = (id: number) => toGlobalId('KeyTask', id);

describe('stage funnel, counted by hand', () => {
  it('counts the tasks at or past each step; withdrawn tasks count nowhere', async () => {
    const response = await app.graphql<FunnelOut>(FUNNEL);
    expect(response.errors).toBeUndefined();
    const funnel = response.data!.stageFunnel;
    expect(funnel.total).toBe(9);
    const steps = Object.fromEntries(funnel.steps.map((step) => [step.step, step.tasks]));
    expect(steps).toEqual({
      REGISTERED: 6,
      APPRAISED: 4,
      PROPOSED: 3,
      ASSIGNED: 2,
      PLANNED: 2,
      SELF_ASSESSED: 1,
      RESULT_APPRAISED: 1,
      CONCLUDED: 1,
    });
    for (const step of funnel.steps) expect(step.tasksCounted.totalCount).toBe(step.tasks);
  });

  it('lists who is waiting at each step, by agency, and who is past the deadline (extensions applied)', async () => {
    const { data } = await app.graphql<FunnelOut>(FUNNEL);
    const backlog = data!.stageFunnel.backlog;
    const row = (state: string, actor: string, agency: string | null) =>
      backlog.find((r) => r.state === state && r.actor === actor && (r.agency?.code ?? null) === agency);
    expect(row('DRAFT', 'CADRE', 'P_NHA_TRANG')).toMatchObject({
      action: 'SUBMIT',
      stage: 'REGISTER',
      deadline: '2020-10-30',
      waiting: 1,
      overdue: 1,
    });
    expect(row('DRAFT', 'CADRE', 'P_BAC_NHA_TRANG')).toMatchObject({ waiting: 1, overdue: 0 });
    expect(row('RETURNED', 'CADRE', 'P_NHA_TRANG')).toMatchObject({ waiting: 1, overdue: 1 });
    expect(row('SUBMITTED', 'FOCAL', 'BTCTU')).toMatchObject({ action: 'APPRAISE', waiting: 1, overdue: 0 });
    expect(row('IN_CONSULTATION', 'CONSOLIDATOR', 'BTCTU')).toMatchObject({
      action: 'PROPOSE',
      stage: 'SUBMIT_TO_DECIDER',
      waiting: 1,
      overdue: 1,
    });
    expect(row('PROPOSED', 'DECIDER', null)).toMatchObject({ action: 'ASSIGN', stage: 'DECIDE', overdue: 0 });
    expect(row('IN_PROGRESS', 'CADRE', 'SNV')).toMatchObject({ action: 'SELF_ASSESS', waiting: 1, overdue: 0 });
    // Every advisory agency but the one that answered still owes an opinion.
    const owing = backlog.filter((r) => r.actor === 'ADVISORY').map((r) => r.agency?.code);
    expect(owing.sort()).toEqual(advisoryAgencies.slice(1));
    expect(backlog.find((r) => r.state === 'WITHDRAWN' || r.state === 'CONCLUDED')).toBeUndefined();
    expect(backlog.reduce((sum, r) => sum + (r.actor === 'ADVISORY' ? 0 : r.waiting), 0)).toBe(7);
  });

  it('drills down to exactly the tasks each backlog row counted', async () => {
    const { data } = await app.graphql<FunnelOut>(FUNNEL);
    for (const row of data!.stageFunnel.backlog) expect(row.tasksCounted.totalCount).toBe(row.waiting);
    const nodes = (state: string, actor: string, agency: string | null) =>
      data!.stageFunnel.backlog
        .find((r) => r.state === state && r.actor === actor && (r.agency?.code ?? null) === agency)!
        .tasksCounted.edges.map((edge) => edge.node.id);
    expect(nodes('DRAFT', 'CADRE', 'P_NHA_TRANG')).toEqual([taskGid(ids.aDraft)]);
    expect(nodes('IN_CONSULTATION', 'ADVISORY', advisoryAgencies[1]!)).toEqual([taskGid(ids.bConsult)]);
    expect(nodes('PROPOSED', 'DECIDER', null)).toEqual([taskGid(ids.cProposed)]);
  });

  it('drills down from the overdue figure to exactly the overdue tasks, extensions applied', async () => {
    const { data, errors } = await app.graphql<{
      stageFunnel: { backlog: Array<{ overdue: number; waiting: number; overdueTasks: { totalCount: number } }> };
    }>(
      `{ stageFunnel(cycleYear: 2031) { backlog { overdue waiting overdueTasks: tasksCounted(overdueOnly: true) { totalCount } } } }`,
    );
    expect(errors).toBeUndefined();
    const backlog = data!.stageFunnel.backlog;
    for (const row of backlog) expect(row.overdueTasks.totalCount).toBe(row.overdue);
    // Not a copy of the waiting count: some rows wait without being late.
    expect(backlog.some((row) => row.overdue > 0)).toBe(true);
    expect(backlog.some((row) => row.overdue < row.waiting)).toBe(true);
  });

  it('gives a cadre the funnel of their own tasks only', async () => {
    const { data, errors } = await app.graphql<FunnelOut>(FUNNEL, {}, cadreActor(ids.cadreA, 'Cán bộ A'));
    expect(errors).toBeUndefined();
    expect(data!.stageFunnel.total).toBe(3);
    expect(data!.stageFunnel.steps.find((s) => s.step === 'REGISTERED')?.tasks).toBe(2);
    expect(data!.stageFunnel.backlog.map((r) => r.state).sort()).toEqual(['DRAFT', 'RETURNED', 'SUBMITTED']);
  });
});
