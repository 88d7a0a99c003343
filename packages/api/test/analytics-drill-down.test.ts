import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadreActor } from './support/fixtures.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/** Drill-downs over the demo data: the cadres behind a figure are exactly the ones it counted. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface CadrePage {
  drillDown: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ cadre: { id: string; fullName: string }; tasks: Array<{ id: string; state: string }> }>;
  };
}

const DRILL = `query($year: Int!, $dimension: AnalyticsDimension, $unit: ID, $code: String, $by: AnalyticsDimension,
                    $code2: String, $step: FunnelStep, $first: Int, $after: String) {
  drillDown(cycleYear: $year, dimension: $dimension, unit: $unit, code: $code, by: $by, code2: $code2, step: $step,
            first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { cadre { id fullName } tasks { id state } }
  }
}`;

/** Every page of a drill-down, followed by cursor. */
async function allPages(variables: Record<string, unknown>, actor?: Parameters<TestApp['graphql']>[2]) {
  const nodes: CadrePage['drillDown']['nodes'] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const response: GraphQLResponse<CadrePage> = await app.graphql<CadrePage>(
      DRILL,
      { ...variables, first: 7, after },
      actor,
    );
    expect(response.errors).toBeUndefined();
    const page: CadrePage['drillDown'] = response.data!.drillDown;
    if (total === -1) total = page.totalCount;
    expect(page.totalCount).toBe(total);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { total, nodes };
}

interface Row {
  code: string;
  code2: string | null;
  unitId: string | null;
  cadres: number;
  tasks: number;
}

describe('drill-down from a figure to its cadres and tasks', () => {
  it('lists, page after page, exactly the cadres and tasks a locality row counted', async () => {
    const { data } = await app.graphql<{ comparison: Row[] }>(
      `{ comparison(cycleYears: [2025], dimension: LEGACY_DISTRICT) { code unitId cadres tasks } }`,
    );
    const rows = data!.comparison.filter((row) => row.cadres > 7);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows.slice(0, 2)) {
      const { total, nodes } = await allPages({ year: 2025, dimension: 'LEGACY_DISTRICT', unit: row.unitId });
      expect(total).toBe(row.cadres);
      expect(nodes).toHaveLength(row.cadres);
      expect(new Set(nodes.map((node) => node.cadre.id)).size).toBe(row.cadres);
      expect(nodes.reduce((sum, node) => sum + node.tasks.length, 0)).toBe(row.tasks);
      const names = nodes.map((node) => node.cadre.fullName);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    }
  });

  it('drills into a matrix cell by codes, and into a funnel step', async () => {
    const { data } = await app.graphql<{ comparison: Row[] }>(
      `{ comparison(cycleYears: [2025], dimension: SECTOR, by: SUBJECT_GROUP) { code code2 cadres tasks } }`,
    );
    const cell = data!.comparison.sort((a, b) => b.tasks - a.tasks)[0]!;
    const { total, nodes } = await allPages({
      year: 2025,
      dimension: 'SECTOR',
      code: cell.code,
      by: 'SUBJECT_GROUP',
      code2: cell.code2,
    });
    expect(total).toBe(cell.cadres);
    expect(nodes.reduce((sum, node) => sum + node.tasks.length, 0)).toBe(cell.tasks);

    const funnel = await app.graphql<{ stageFunnel: { steps: Array<{ step: string; tasks: number }> } }>(
      `{ stageFunnel(cycleYear: 2025) { steps { step tasks } } }`,
    );
    const concluded = funnel.data!.stageFunnel.steps.find((step) => step.step === 'CONCLUDED')!;
    const step = await allPages({ year: 2025, step: 'CONCLUDED' });
    expect(step.nodes.flatMap((node) => node.tasks).every((task) => task.state === 'CONCLUDED')).toBe(true);
    expect(step.nodes.reduce((sum, node) => sum + node.tasks.length, 0)).toBe(concluded.tasks);
  });

  it('answers a page with tasks, milestones and opinions in 3 statements (4 with a credential), at 10, 50 and 100', async () => {
    // The demo year with the most cadres, so the largest page is full.
    const [{ year, cadres }] = await app.dataSource.query(
      `SELECT c.year, count(DISTINCT t.cadre_id)::int AS cadres FROM key_task t JOIN cycle c ON c.id = t.cycle_id
        GROUP BY c.year ORDER BY 2 DESC LIMIT 1`,
    );
    expect(cadres).toBeGreaterThan(100);
    const PAGE = `query($year: Int!, $first: Int!) {
      drillDown(cycleYear: $year, first: $first) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes {
          cadre { fullName birthYear }
          tasks { title state milestones { dueOn doneOn status } opinions { text verdict agency { name } } }
        }
      }
    }`;
    const counts: number[] = [];
    for (const first of [10, 50, 100]) {
      const { result, statements } = await app.countStatements(() =>
        app.graphql<{ drillDown: { nodes: Array<{ tasks: unknown[] }> } }>(PAGE, { year, first }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.drillDown.nodes).toHaveLength(first);
      counts.push(statements);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('shows a cadre their own tasks only, and refuses half a matrix', async () => {
    const [{ id }] = await app.dataSource.query(
      `SELECT t.cadre_id AS id FROM key_task t JOIN cycle c ON c.id = t.cycle_id WHERE c.year = 2025 LIMIT 1`,
    );
    const own = await allPages({ year: 2025 }, cadreActor(id, 'Cán bộ'));
    expect(own.nodes).toHaveLength(1);
    const refused = await app.graphql(DRILL, { year: 2025, dimension: 'SECTOR', by: 'SECTOR', code: 'PARTY' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noCode = await app.graphql(DRILL, { year: 2025, dimension: 'SECTOR' });
    expect(noCode.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
