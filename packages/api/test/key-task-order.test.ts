import { WAITS } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { fromGlobalId, toGlobalId } from '../src/graphql/relay.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * `keyTasks(orderBy:)` orders the whole list, not a page: each order is read page by page (pages
 * smaller than the list) and compared with the order recomputed here — for DEADLINE from the
 * cycles' deadlines and extensions as the API reports them, by the enum's written definition.
 */
let app: TestApp;
let focal: Actor;
let focalGid: string;

interface Page {
  keyTasks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string }>;
  };
}

const LIST = `query($filter: KeyTaskFilter, $orderBy: KeyTaskOrder, $descending: Boolean, $first: Int, $after: String) {
  keyTasks(filter: $filter, orderBy: $orderBy, descending: $descending, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id }
  }
}`;

const DETAILS = `query($filter: KeyTaskFilter, $after: String) {
  keyTasks(filter: $filter, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id state
      cycle { year deadlines { stage dueOn } deadlineExtensions { stage until agency { id } } }
    }
  }
}`;

interface Detail {
  id: string;
  state: string;
  cycle: {
    year: number;
    deadlines: Array<{ stage: string; dueOn: string | null }>;
    deadlineExtensions: Array<{ stage: string; until: string; agency: { id: string } | null }>;
  };
}

interface DetailPage {
  keyTasks: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Detail[] };
}

/** Waiting for the focal agency (dated), and returned to the cadre (nothing for the agency to do). */
const STATES = ['SUBMITTED', 'SELF_ASSESSED', 'RETURNED'];

const idOf = (gid: string) => fromGlobalId(gid)!.id;

async function allPages(variables: Record<string, unknown>, first: number, actor: Actor) {
  const ids: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const response: GraphQLResponse<Page> = await app.graphql<Page>(LIST, { ...variables, first, after }, actor);
    expect(response.errors).toBeUndefined();
    const page: Page['keyTasks'] = response.data!.keyTasks;
    if (page.pageInfo.hasNextPage) expect(page.nodes).toHaveLength(first);
    ids.push(...page.nodes.map((node) => idOf(node.id)));
    pages += 1;
    if (!page.pageInfo.hasNextPage) {
      expect(ids).toHaveLength(page.totalCount);
      break;
    }
    after = page.pageInfo.endCursor;
  }
  expect(new Set(ids).size).toBe(ids.length);
  return { ids, pages };
}

/** Keys ascending (or descending), ties by id, null keys last either way. */
function expectedOrder<K extends string>(keys: Map<number, K | null>, descending: boolean): number[] {
  return [...keys.entries()]
    .sort(([idA, a], [idB, b]) => {
      if (a !== b) {
        if (a === null) return 1;
        if (b === null) return -1;
        return (a < b ? -1 : 1) * (descending ? -1 : 1);
      }
      return idA - idB;
    })
    .map(([id]) => id);
}

beforeAll(async () => {
  app = await startTestApp();
  // The inbox's case: the focal agency with the most tasks waiting for it, with tasks it does not act on.
  const [row] = await app.dataSource.query<Array<{ unit: number }>>(
    `SELECT focal_unit_id AS unit FROM key_task WHERE state IN ('SUBMITTED', 'SELF_ASSESSED')
      GROUP BY focal_unit_id ORDER BY count(DISTINCT state) DESC, count(*) DESC, focal_unit_id LIMIT 1`,
  );
  focal = { userId: 'order-focal', label: 'Cơ quan đầu mối (kiểm thử)', cadreId: null, memberships: [] };
  focal = { ...focal, memberships: [{ unitId: row!.unit, role: 'FOCAL' }] };
  focalGid = toGlobalId('OrgUnit', row!.unit);
  // An extension for this agency moves its registration deadline past its results deadline: the
  // order must follow the extension (registrations to appraise then come after results to appraise).
  await app.dataSource.query(
    `INSERT INTO deadline_extension (cycle_id, stage, unit_id, until, reason, granted_by_label, created_at)
     SELECT t.cycle_id, 'APPRAISE_REGISTRATION', $1,
            (SELECT max(d.due_on) + 17 FROM cycle_deadline d JOIN key_task r ON r.cycle_id = d.cycle_id
              WHERE d.stage = 'APPRAISE_RESULTS' AND r.focal_unit_id = $1 AND r.state = 'SELF_ASSESSED'),
            'Kiểm thử thứ tự', 'Ban Tổ chức', now()
       FROM key_task t WHERE t.focal_unit_id = $1 AND t.state = 'SUBMITTED' GROUP BY t.cycle_id`,
    [row!.unit],
  );
});
afterAll(() => app.close());

describe('keyTasks(orderBy:)', () => {
  it('orders by the viewer’s next deadline (extensions applied) across pages, ties by id, undated last', async () => {
    const filter = { focalAgency: focalGid, state: STATES };
    const tasks: Detail[] = [];
    for (let after: string | null = null; ;) {
      const details: GraphQLResponse<DetailPage> = await app.graphql<DetailPage>(DETAILS, { filter, after }, focal);
      expect(details.errors).toBeUndefined();
      tasks.push(...details.data!.keyTasks.nodes);
      after = details.data!.keyTasks.pageInfo.endCursor;
      if (!details.data!.keyTasks.pageInfo.hasNextPage) break;
    }
    expect(tasks.length).toBeGreaterThan(6);
    // About five pages, so that every page boundary of the order is crossed a few times.
    const first = Math.ceil(tasks.length / 5);
    // The focal agency's waits: the state, and the stage whose deadline (moved by its extensions) applies.
    const keys = new Map<number, string | null>();
    for (const task of tasks) {
      const dues = WAITS.filter((wait) => wait.actor === 'FOCAL' && wait.state === task.state && wait.stage !== null)
        .map((wait) => {
          const base = task.cycle.deadlines.find((deadline) => deadline.stage === wait.stage)?.dueOn ?? null;
          if (base === null) return null;
          return task.cycle.deadlineExtensions
            .filter((extension) => extension.stage === wait.stage && extension.agency?.id === focalGid)
            .reduce((latest, extension) => (extension.until > latest ? extension.until : latest), base);
        })
        .filter((due): due is string => due !== null)
        .sort();
      keys.set(idOf(task.id), dues[0] ?? null);
    }
    const dated = [...keys.values()].filter((key) => key !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.length).toBeLessThan(keys.size);
    expect(
      tasks.some((task) => task.cycle.deadlineExtensions.some((extension) => extension.agency?.id === focalGid)),
    ).toBe(true);
    // The extension reorders: a task to appraise the results of comes before a registration to appraise.
    const ascending = expectedOrder(keys, false);
    const stateOf = new Map(tasks.map((task) => [idOf(task.id), task.state]));
    expect(stateOf.get(ascending[0]!)).toBe('SELF_ASSESSED');
    expect(stateOf.get(ascending[ascending.length - 1]!)).toBe('RETURNED');
    for (const descending of [false, true]) {
      const { ids, pages } = await allPages({ filter, orderBy: 'DEADLINE', descending }, first, focal);
      expect(pages).toBeGreaterThan(2);
      expect(ids).toEqual(expectedOrder(keys, descending));
    }
  });

  it('orders by last change and by cadre name across pages, as the database sorts them', async () => {
    const rows = await app.dataSource.query<Array<{ id: number; updated: string; name: string }>>(
      `SELECT t.id, t.updated_at::text AS updated, c.full_name AS name FROM key_task t JOIN cadre c ON c.id = t.cadre_id
        WHERE t.focal_unit_id = $1 AND t.state = ANY($2)`,
      [focal.memberships[0]!.unitId, STATES],
    );
    const byUpdated = await app.dataSource.query<Array<{ id: number }>>(
      `SELECT t.id FROM key_task t WHERE t.focal_unit_id = $1 AND t.state = ANY($2)
        ORDER BY t.updated_at DESC, t.id`,
      [focal.memberships[0]!.unitId, STATES],
    );
    const byName = await app.dataSource.query<Array<{ id: number }>>(
      `SELECT t.id FROM key_task t JOIN cadre c ON c.id = t.cadre_id
        WHERE t.focal_unit_id = $1 AND t.state = ANY($2) ORDER BY c.full_name, t.id`,
      [focal.memberships[0]!.unitId, STATES],
    );
    expect(rows.length).toBeGreaterThan(6);
    const filter = { focalAgency: focalGid, state: STATES };
    const first = Math.ceil(rows.length / 4);
    expect((await allPages({ filter, orderBy: 'UPDATED_AT', descending: true }, first, focal)).ids).toEqual(
      byUpdated.map((row) => row.id),
    );
    expect((await allPages({ filter, orderBy: 'CADRE_NAME' }, first, focal)).ids).toEqual(byName.map((row) => row.id));
  });

  it('keeps the default order by id, refuses a cursor of another order, and reads a page in constant statements', async () => {
    const filter = { focalAgency: focalGid, state: STATES };
    const plain = await allPages({ filter }, 50, focal);
    expect(plain.ids).toEqual([...plain.ids].sort((a, b) => a - b));
    const first = await app.graphql<Page>(LIST, { filter, orderBy: 'DEADLINE', first: 2 }, focal);
    const cursor = first.data!.keyTasks.pageInfo.endCursor;
    for (const other of [{}, { orderBy: 'DEADLINE', descending: true }, { orderBy: 'CADRE_NAME' }]) {
      const wrong = await app.graphql<Page>(LIST, { filter, ...other, first: 2, after: cursor }, focal);
      expect(wrong.errors?.[0]?.message).toMatch(/another order/);
      expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const counts: number[] = [];
    let after: string | null = null;
    for (const size of [2, 5, 20]) {
      const { result, statements } = await app.countStatements(() =>
        app.graphql<Page>(LIST, { filter, orderBy: 'DEADLINE', first: size, after }, focal),
      );
      expect(result.errors).toBeUndefined();
      after = result.data!.keyTasks.pageInfo.endCursor;
      counts.push(statements);
    }
    expect(new Set(counts).size).toBe(1);
  });

  it('keeps scope: a cadre ordering every task by deadline still reads only their own', async () => {
    const [own] = await app.dataSource.query<Array<{ cadre: number; tasks: number }>>(
      `SELECT cadre_id AS cadre, count(*)::int AS tasks FROM key_task GROUP BY cadre_id ORDER BY count(*) DESC LIMIT 1`,
    );
    const cadre: Actor = { userId: 'order-cadre', label: 'Cán bộ (kiểm thử)', cadreId: own!.cadre, memberships: [] };
    const { ids } = await allPages({ orderBy: 'DEADLINE' }, 2, cadre);
    const expected = await app.dataSource.query<Array<{ id: number }>>(`SELECT id FROM key_task WHERE cadre_id = $1`, [
      own!.cadre,
    ]);
    expect([...ids].sort((a, b) => a - b)).toEqual(expected.map((row) => row.id).sort((a, b) => a - b));
  });
});
