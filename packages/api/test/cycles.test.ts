import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface CycleData {
  id: string;
  year: number;
  phase: string;
  rules: { tasksPerCadre: number; maxDurationMonths: number; progressReportDay: number };
  deadlines: Array<{ stage: string; dueOn: string | null; basis: string | null; actors: string[] }>;
}

const CYCLE_FIELDS =
  'id year phase rules { tasksPerCadre maxDurationMonths progressReportDay } deadlines { stage dueOn basis actors }';

describe('cycles', () => {
  it('lists the demo cycles newest first', async () => {
    const response = await app.graphql<{ cycles: CycleData[] }>(`{ cycles { ${CYCLE_FIELDS} } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.cycles.map((cycle) => [cycle.year, cycle.phase])).toEqual([
      [2027, 'ASSIGNMENT'],
      [2026, 'IMPLEMENTATION'],
      [2025, 'CLOSED'],
      [2024, 'CLOSED'],
      [2023, 'CLOSED'],
    ]);
  });

  it('gives a year’s deadlines and rules as data, with the regulation’s dates', async () => {
    const response = await app.graphql<{ cycle: CycleData }>(`{ cycle(year: 2026) { ${CYCLE_FIELDS} } }`);
    const cycle = response.data!.cycle;
    expect(cycle.rules).toEqual({ tasksPerCadre: 3, maxDurationMonths: 12, progressReportDay: 25 });
    const byStage = Object.fromEntries(cycle.deadlines.map((deadline) => [deadline.stage, deadline]));
    expect(byStage.REGISTER).toEqual({ stage: 'REGISTER', dueOn: '2025-10-30', basis: 'RULE', actors: ['CADRE'] });
    expect(byStage.DECIDE?.dueOn).toBe('2025-12-30');
    expect(byStage.SELF_ASSESS?.dueOn).toBe('2026-12-31');
    expect(byStage.APPRAISE_REGISTRATION?.basis).toBe('DEFAULT');
    expect(byStage.CONCLUDE).toEqual({ stage: 'CONCLUDE', dueOn: null, basis: null, actors: ['DECIDER'] });
    expect(cycle.deadlines).toHaveLength(12);
  });

  it('reads a changed deadline from the database, not from defaults', async () => {
    await app.dataSource.query(
      `UPDATE cycle_deadline SET due_on = '2025-11-05' WHERE stage = 'REGISTER' AND cycle_id = (SELECT id FROM cycle WHERE year = 2026)`,
    );
    const response = await app.graphql<{ cycle: CycleData }>(`{ cycle(year: 2026) { deadlines { stage dueOn } } }`);
    expect(response.data!.cycle.deadlines.find((deadline) => deadline.stage === 'REGISTER')?.dueOn).toBe('2025-11-05');
  });

  it('answers null for a year without a cycle and resolves cycles through node(id)', async () => {
    const missing = await app.graphql<{ cycle: null }>('{ cycle(year: 1999) { id } }');
    expect(missing.data!.cycle).toBeNull();
    const list = await app.graphql<{ cycles: Array<{ id: string; year: number }> }>('{ cycles { id year } }');
    const first = list.data!.cycles[0]!;
    const node = await app.graphql<{ node: { __typename: string; year: number } }>(
      'query($id: ID!) { node(id: $id) { __typename ... on Cycle { year } } }',
      { id: first.id },
    );
    expect(node.data!.node).toEqual({ __typename: 'Cycle', year: first.year });
  });

  it('loads the deadlines of every cycle in one batch', async () => {
    const { result, statements } = await app.countStatements(() =>
      app.graphql<{ cycles: CycleData[] }>(`{ cycles { year deadlines { stage dueOn } } }`),
    );
    expect(result.data!.cycles).toHaveLength(5);
    expect(statements).toBe(2);
  });
});
