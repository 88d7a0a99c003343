import { COMPLETED_OUTCOMES, EXEMPT_OUTCOMES, foldForSearch, provinceDateOf } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * A drill-down's search and order apply across all pages: each order's keys are recomputed here from
 * the tasks the list returns (as the list page computes its columns) and the paged order checked
 * against them; the search is checked against names and codes read straight from the database.
 */
let app: TestApp;
let year: number;

beforeAll(async () => {
  app = await startTestApp();
  [{ year }] = await app.dataSource.query(
    `SELECT c.year FROM key_task t JOIN cycle c ON c.id = t.cycle_id GROUP BY c.year ORDER BY count(DISTINCT t.cadre_id) DESC LIMIT 1`,
  );
});
afterAll(() => app.close());

interface Task {
  state: string;
  selfOutcome: string | null;
  appraisedOutcome: string | null;
  concludedOutcome: string | null;
  milestones: Array<{ dueOn: string; doneOn: string | null }>;
  opinions: Array<{ verdict: string }>;
}
interface Node {
  cadre: {
    id: string;
    code: string;
    fullName: string;
    positions: Array<{ startsOn: string; endsOn: string | null; unit: { name: string } }>;
  };
  tasks: Task[];
}
interface Page {
  drillDown: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] };
}

const DRILL = `query($year: Int!, $step: FunnelStep, $search: String, $orderBy: DrillDownOrder, $descending: Boolean,
                    $first: Int, $after: String) {
  drillDown(cycleYear: $year, step: $step, search: $search, orderBy: $orderBy, descending: $descending,
            first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      cadre { id code fullName positions { startsOn endsOn unit { name } } }
      tasks { state selfOutcome appraisedOutcome concludedOutcome milestones { dueOn doneOn } opinions { verdict } }
    }
  }
}`;

async function allPages(variables: Record<string, unknown>, first: number) {
  const nodes: Node[] = [];
  let after: string | null = null;
  let total = -1;
  let pages = 0;
  for (;;) {
    const response: GraphQLResponse<Page> = await app.graphql<Page>(DRILL, { year, ...variables, first, after });
    expect(response.errors).toBeUndefined();
    const page: Page['drillDown'] = response.data!.drillDown;
    if (total === -1) total = page.totalCount;
    expect(page.totalCount).toBe(total);
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    if (page.pageInfo.hasNextPage) expect(page.nodes).toHaveLength(first);
    nodes.push(...page.nodes);
    pages += 1;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(nodes).toHaveLength(total);
  expect(pages).toBe(Math.max(1, Math.ceil(total / first)));
  return nodes;
}

const outcomeOf = (task: Task) => task.concludedOutcome ?? task.appraisedOutcome ?? task.selfOutcome;
const measured = (task: Task) => {
  const outcome = outcomeOf(task);
  return (
    !['WITHDRAWN', 'REJECTED'].includes(task.state) && !(outcome !== null && EXEMPT_OUTCOMES.some((o) => o === outcome))
  );
};

/** The column each order sorts by, computed the way the list page computes it for a row. */
function keyOf(order: string, node: Node, asOf: string): string | number | null {
  const tasks = node.tasks.filter(measured);
  switch (order) {
    case 'NAME':
      return node.cadre.fullName;
    case 'UNIT': {
      const held = node.cadre.positions.filter(
        (p) => p.startsOn <= `${year}-12-31` && (p.endsOn === null || p.endsOn >= `${year}-01-01`),
      );
      // Positions come newest first; the latest started during the year, else the newest.
      return (held[0] ?? node.cadre.positions[0])?.unit.name ?? null;
    }
    case 'TASKS':
      return node.tasks.length;
    case 'COMPLETION_RATE': {
      const assessable = tasks.filter((task) => outcomeOf(task) !== null);
      const completed = assessable.filter((task) => COMPLETED_OUTCOMES.some((o) => o === outcomeOf(task)));
      return assessable.length === 0 ? null : completed.length / assessable.length;
    }
    case 'ON_TIME_RATE': {
      const due = tasks.flatMap((task) => task.milestones.filter((m) => m.dueOn <= asOf));
      const onTime = due.filter((m) => m.doneOn !== null && m.doneOn <= m.dueOn);
      return due.length === 0 ? null : onTime.length / due.length;
    }
    case 'OPINIONS':
      return node.tasks.reduce((sum, task) => sum + task.opinions.length, 0);
    default:
      throw new Error(order);
  }
}

/** Names and unit names are stored with the Vietnamese collation. */
const compareText = new Intl.Collator('vi').compare;

describe('drill-down search and order across pages', () => {
  it('orders by every column, both ways, across pages of 7 and 50: nulls last, ties by name', async () => {
    const asOf = provinceDateOf(new Date());
    const byName = await allPages({}, 100);
    const nameRank = new Map(byName.map((node, index) => [node.cadre.id, index]));
    for (const order of ['NAME', 'UNIT', 'TASKS', 'COMPLETION_RATE', 'ON_TIME_RATE', 'OPINIONS']) {
      for (const descending of [false, true]) {
        const nodes = await allPages({ orderBy: order, descending }, order === 'COMPLETION_RATE' ? 7 : 50);
        expect(new Set(nodes.map((node) => node.cadre.id))).toEqual(new Set(nameRank.keys()));
        const expected = [...byName].sort((a, b) => {
          const [left, right] = [keyOf(order, a, asOf), keyOf(order, b, asOf)];
          if (left === null || right === null) {
            if (left !== right) return left === null ? 1 : -1;
          } else {
            const diff =
              typeof left === 'number' && typeof right === 'number'
                ? left - right
                : compareText(String(left), String(right));
            if (diff !== 0) return descending ? -diff : diff;
          }
          return nameRank.get(a.cadre.id)! - nameRank.get(b.cadre.id)!;
        });
        expect(
          nodes.map((node) => node.cadre.id),
          `${order} ${descending ? 'desc' : 'asc'}`,
        ).toEqual(expected.map((node) => node.cadre.id));
      }
    }
    // The orders really differ from the name order on the demo data (so the checks above can fail).
    const rates = byName.map((node) => keyOf('COMPLETION_RATE', node, asOf));
    expect(rates.some((rate) => rate === null)).toBe(true);
    expect(new Set(rates.filter((rate) => rate !== null)).size).toBeGreaterThan(2);
  });

  it('finds cadres by name words with or without diacritics, and by code, across pages', async () => {
    const cadres: Array<{ id: number; code: string; full_name: string }> = await app.dataSource.query(
      `SELECT DISTINCT c.id, c.code, c.full_name FROM cadre c JOIN key_task t ON t.cadre_id = c.id
         JOIN cycle y ON y.id = t.cycle_id WHERE y.year = $1`,
      [year],
    );
    // A family name and a middle name of the demo's first cadre, typed without diacritics.
    const first = [...cadres].sort((a, b) => compareText(a.full_name, b.full_name))[0]!;
    const words = foldForSearch(first.full_name).split(' ');
    const query = `${words[0]} ${words[words.length - 1]}`;
    const matching = cadres.filter((cadre) => {
      const name = foldForSearch(cadre.full_name);
      const code = cadre.code.toLowerCase();
      return query.split(' ').every((word) => name.includes(word) || code.includes(word));
    });
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(cadres.length);
    const found = await allPages({ search: query.toUpperCase() }, 2);
    expect(found.map((node) => node.cadre.code).sort()).toEqual(matching.map((cadre) => cadre.code).sort());
    // The same words with their diacritics find the same cadres.
    const accented = first.full_name.split(' ');
    const again = await allPages({ search: `${accented[0]} ${accented[accented.length - 1]}` }, 20);
    expect(again.map((node) => node.cadre.id)).toEqual(found.map((node) => node.cadre.id));

    // A code finds its cadre alone; part of a code finds every code containing it.
    const byCode = await allPages({ search: first.code.toLowerCase() }, 5);
    expect(byCode.map((node) => node.cadre.code)).toEqual([first.code]);
    const prefix = first.code.slice(0, -1);
    const withPrefix = cadres.filter((cadre) => cadre.code.includes(prefix));
    const prefixed = await allPages({ search: prefix, orderBy: 'TASKS', descending: true }, 3);
    expect(prefixed.map((node) => node.cadre.code).sort()).toEqual(withPrefix.map((cadre) => cadre.code).sort());

    // Wildcards match literally, and a word no one has finds no one.
    expect(await allPages({ search: '%' }, 20)).toEqual([]);
    expect(await allPages({ search: 'zzzxq' }, 20)).toEqual([]);
  });

  it('searches within the figure: a funnel step searched is the step’s cadres that match, with the same tasks', async () => {
    const step = await allPages({ step: 'PLANNED' }, 100);
    const word = foldForSearch(step[0]!.cadre.fullName).split(' ')[0]!;
    const searched = await allPages({ step: 'PLANNED', search: word }, 10);
    const expected = step.filter((node) => foldForSearch(node.cadre.fullName).includes(word));
    expect(expected.length).toBeLessThan(step.length);
    expect(searched).toEqual(expected);
  });

  it('refuses a cursor of another order, and keeps a searched, sorted page to 3 statements at 10, 50 and 100', async () => {
    const page = await app.graphql<Page>(DRILL, { year, first: 5 });
    const refused = await app.graphql(DRILL, {
      year,
      orderBy: 'TASKS',
      first: 5,
      after: page.data!.drillDown.pageInfo.endCursor,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const PAGE = `query($year: Int!, $first: Int!) {
      drillDown(cycleYear: $year, search: "n", orderBy: ON_TIME_RATE, descending: true, first: $first) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { cadre { fullName } tasks { title milestones { dueOn doneOn status } opinions { text agency { name } } } }
      }
    }`;
    const counts: number[] = [];
    for (const first of [10, 50, 100]) {
      const { result, statements } = await app.countStatements(() =>
        app.graphql<{ drillDown: { totalCount: number; nodes: unknown[] } }>(PAGE, { year, first }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.drillDown.nodes).toHaveLength(Math.min(first, result.data!.drillDown.totalCount));
      counts.push(statements);
    }
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });
});
