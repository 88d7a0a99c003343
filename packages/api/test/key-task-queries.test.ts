import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const COUNT = `query($filter: KeyTaskFilter) { keyTasks(filter: $filter, first: 1) { totalCount } }`;

async function count(filter: Record<string, unknown>): Promise<number> {
  const response = await app.graphql<{ keyTasks: { totalCount: number } }>(COUNT, { filter });
  expect(response.errors).toBeUndefined();
  return response.data!.keyTasks.totalCount;
}

async function sqlCount(where: string): Promise<number> {
  const [{ count: total }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM key_task t WHERE ${where}`);
  return total;
}

describe('keyTasks filters, on the demo data', () => {
  it('filters by cycle, state, outcome and lateness as SQL counts them', async () => {
    const year2026 = `t.cycle_id = (SELECT id FROM cycle WHERE year = 2026)`;
    expect(await count({ cycleYear: 2026 })).toBe(await sqlCount(year2026));
    expect(await count({ cycleYear: 2026, state: ['IN_PROGRESS', 'PLANNED'] })).toBe(
      await sqlCount(`${year2026} AND t.state IN ('IN_PROGRESS', 'PLANNED')`),
    );
    expect(await count({ outcome: ['EXCEEDED'] })).toBe(await sqlCount(`t.concluded_outcome = 'EXCEEDED'`));
    expect(await count({ submittedLate: true })).toBe(await sqlCount('t.submitted_late'));
    expect(await count({ cycleYear: 1999 })).toBe(0);
  });

  it('filters by sector and subject group of the post, by focal agency and goal area', async () => {
    const localities = await count({ cycleYear: 2026, sector: ['LOCALITY'] });
    const government = await count({ cycleYear: 2026, sector: ['GOVERNMENT'] });
    expect(localities).toBeGreaterThan(government);
    expect(await count({ cycleYear: 2026, subjectGroup: ['DEPARTMENT_DIRECTOR'] })).toBe(
      await sqlCount(
        `t.cycle_id = (SELECT id FROM cycle WHERE year = 2026) AND t.position_id IN (SELECT id FROM position WHERE subject_group = 'DEPARTMENT_DIRECTOR')`,
      ),
    );
    const [{ id }] = await app.dataSource.query(`SELECT id FROM org_unit WHERE code = 'DU_UBND'`);
    const gid = Buffer.from(`OrgUnit:${id}`).toString('base64url');
    expect(await count({ focalAgency: gid })).toBe(
      await sqlCount(`t.focal_unit_id = (SELECT id FROM org_unit WHERE code = 'DU_UBND')`),
    );
    expect(await count({ alignmentArea: 'INFRASTRUCTURE' })).toBe(
      await sqlCount(`EXISTS (SELECT 1 FROM alignment a WHERE a.key_task_id = t.id AND a.area = 'INFRASTRUCTURE')`),
    );
  });

  it('finds tasks with or without diacritics, and overdue ones', async () => {
    const plain = await count({ search: 'giai phong mat bang' });
    expect(plain).toBeGreaterThan(0);
    expect(await count({ search: 'giải phóng mặt bằng' })).toBe(plain);
    const overdue = await count({ overdue: true });
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBe(
      await sqlCount(
        `t.state IN ('PLANNED', 'IN_PROGRESS') AND EXISTS (SELECT 1 FROM milestone m WHERE m.key_task_id = t.id AND m.due_on < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AND m.done_on IS NULL)`,
      ),
    );
  });

  it('answers a page of tasks with their cadre, outputs, milestones and opinions in a constant number of statements', async () => {
    const PAGE = `query($first: Int!) {
      keyTasks(filter: { cycleYear: 2025 }, first: $first) {
        pageInfo { hasNextPage endCursor }
        nodes { title state cadre { fullName } focalAgency { name } outputs { name target actual } milestones { dueOn status }
                opinions { text agency { name } } appraisals { verdict } availableActions }
      }
    }`;
    const counts: number[] = [];
    for (const first of [10, 50, 100]) {
      const { result, statements } = await app.countStatements(() =>
        app.graphql<{ keyTasks: { nodes: unknown[] } }>(PAGE, { first }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.keyTasks.nodes.length).toBeGreaterThan(0);
      counts.push(statements);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(8);
  });
});
