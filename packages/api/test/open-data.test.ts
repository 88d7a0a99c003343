import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { agencyActor, cadreActor } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Open data: off by default, opened per cycle by Ban Tổ chức, public, aggregate, no names, no small cells. */
let app: TestApp;
let btc: Actor;
let others: Array<[string, Actor]>;
let year: number;

beforeAll(async () => {
  app = await startTestApp();
  btc = await agencyActor(app.dataSource, 'Hoàng Văn Hải — Ban Tổ chức Tỉnh ủy', 'BTCTU', 'CONSOLIDATOR');
  const [{ id: cadreId }] = await app.dataSource.query('SELECT id FROM cadre ORDER BY id LIMIT 1');
  others = [
    ['cadre', cadreActor(cadreId, 'Cán bộ')],
    ['Standing Committee', await agencyActor(app.dataSource, 'Thường trực Tỉnh ủy', 'BTV', 'DECIDER')],
    ['focal agency', await agencyActor(app.dataSource, 'Đầu mối UBND', 'DU_UBND', 'FOCAL')],
    ['viewer', { userId: 'viewer', label: 'Xem', cadreId: null, memberships: [], globalRoles: ['VIEWER'] }],
  ];
  // The demo year with the most tasks, so cells both above and under the threshold exist.
  [{ year }] = await app.dataSource.query(
    `SELECT c.year FROM key_task t JOIN cycle c ON c.id = t.cycle_id GROUP BY c.year ORDER BY count(*) DESC LIMIT 1`,
  );
});
afterAll(() => app.close());

const SET = `mutation($year: Int!, $open: Boolean!) { cycleOpenDataSet(cycleYear: $year, open: $open) { cycle { year openData } userErrors { code } } }`;

interface SetResult {
  cycleOpenDataSet: { cycle: { year: number; openData: boolean } | null; userErrors: Array<{ code: string }> };
}

/** A public request: no cookie, no token, no test actor. */
async function publicGet(path: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(`${app.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

interface Cell {
  code: string;
  label: string;
  suppressed: boolean;
  cadres: number | null;
  tasks: number | null;
  assessable: number | null;
  completed: number | null;
  completionRate: number | null;
}

describe('open data', () => {
  it('is off by default: 404 for every cycle, JSON and CSV alike', async () => {
    const cycles: Array<{ year: number }> = await app.dataSource.query('SELECT year FROM cycle');
    for (const { year: y } of cycles) {
      expect((await publicGet(`/open-data/${y}/completion.json`)).status).toBe(404);
      expect((await publicGet(`/open-data/${y}/completion.csv`)).status).toBe(404);
    }
    expect((await publicGet('/open-data/1999/completion.json')).status).toBe(404);
    expect((await publicGet('/open-data/abc/completion.json')).status).toBe(404);
    const { data } = await app.graphql<{ cycle: { openData: boolean } }>(
      'query($year: Int!) { cycle(year: $year) { openData } }',
      { year },
      btc,
    );
    expect(data!.cycle.openData).toBe(false);
  });

  it('is switched on by Ban Tổ chức only; others are refused and nothing changes', async () => {
    for (const [who, actor] of others) {
      const refused = await app.graphql<SetResult>(SET, { year, open: true }, actor);
      const code = refused.data?.cycleOpenDataSet.userErrors[0]?.code ?? refused.errors?.[0]?.extensions?.code;
      expect(code, who).toMatch(/ACTOR_NOT_ALLOWED|FORBIDDEN/);
      expect((await publicGet(`/open-data/${year}/completion.json`)).status, who).toBe(404);
    }
    const [{ audits }] = await app.dataSource.query(
      `SELECT count(*)::int AS audits FROM audit_event WHERE action LIKE 'OPEN_DATA%'`,
    );
    expect(audits).toBe(0);
    const opened = await app.graphql<SetResult>(SET, { year, open: true }, btc);
    expect(opened.data!.cycleOpenDataSet).toEqual({ cycle: { year, openData: true }, userErrors: [] });
  });

  it('serves completion by locality and sector to anyone, without a name or a cell under 5 cadres', async () => {
    const json = await publicGet(`/open-data/${year}/completion.json`);
    expect(json.status).toBe(200);
    expect(json.type).toContain('application/json');
    const csv = await publicGet(`/open-data/${year}/completion.csv`);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');

    // No cadre's name or code anywhere, in either format.
    const cadres: Array<{ full_name: string; code: string }> = await app.dataSource.query(
      'SELECT full_name, code FROM cadre',
    );
    expect(cadres.length).toBeGreaterThan(100);
    for (const cadre of cadres) {
      for (const body of [json.body, csv.body]) {
        expect(body.includes(cadre.full_name), cadre.full_name).toBe(false);
        expect(new RegExp(`\\b${cadre.code}\\b`).test(body), cadre.code).toBe(false);
      }
    }

    const data = JSON.parse(json.body) as {
      cycleYear: number;
      minimumCadres: number;
      byLocality: Cell[];
      bySector: Cell[];
    };
    expect(data.cycleYear).toBe(year);
    expect(data.minimumCadres).toBe(5);
    const cells = [...data.byLocality, ...data.bySector];
    expect(data.byLocality.length).toBeGreaterThan(5);
    expect(data.bySector.length).toBeGreaterThan(1);
    for (const cell of cells) {
      expect(Object.keys(cell).sort()).toEqual(
        ['assessable', 'cadres', 'code', 'completed', 'completionRate', 'label', 'suppressed', 'tasks'].sort(),
      );
      if (cell.suppressed) {
        expect(cell).toMatchObject({
          cadres: null,
          tasks: null,
          assessable: null,
          completed: null,
          completionRate: null,
        });
      } else {
        expect(cell.cadres!).toBeGreaterThanOrEqual(5);
      }
    }
    // Both kinds of cell occur in the demo year, so both rules above were exercised.
    expect(cells.some((cell) => cell.suppressed)).toBe(true);
    expect(cells.some((cell) => !cell.suppressed)).toBe(true);

    // The published figures are the comparison's, and the suppressed ones are exactly those under 5.
    const { data: compared } = await app.graphql<{
      comparison: Array<{ code: string; cadres: number; completed: number }>;
    }>(
      'query($year: Int!) { comparison(cycleYears: [$year], dimension: LOCALITY) { code cadres completed } }',
      { year },
      btc,
    );
    const byCode = new Map(compared!.comparison.map((row) => [row.code, row]));
    for (const cell of data.byLocality) {
      const row = byCode.get(cell.code)!;
      expect(cell.suppressed).toBe(row.cadres < 5);
      if (!cell.suppressed) expect(cell.completed).toBe(row.completed);
    }

    // CSV: a header, one line per cell; a suppressed cell has empty figures and says why.
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('dimension,code,label,cadres,tasks,assessable,completed,completion_rate,note');
    expect(lines).toHaveLength(cells.length + 1);
    const suppressedLine = lines.find((line) => line.includes('fewer than 5 cadres'))!;
    expect(suppressedLine).toMatch(/,,,,,/);
  });

  it('records who opened and closed it, and answers 404 again once closed', async () => {
    const closed = await app.graphql<SetResult>(SET, { year, open: false }, btc);
    expect(closed.data!.cycleOpenDataSet).toEqual({ cycle: { year, openData: false }, userErrors: [] });
    expect((await publicGet(`/open-data/${year}/completion.json`)).status).toBe(404);
    expect((await publicGet(`/open-data/${year}/completion.csv`)).status).toBe(404);
    const audits: Array<{ action: string; actor_label: string }> = await app.dataSource.query(
      `SELECT action, actor_label FROM audit_event WHERE action LIKE 'OPEN_DATA%' ORDER BY id`,
    );
    expect(audits).toEqual([
      { action: 'OPEN_DATA_ON', actor_label: btc.label },
      { action: 'OPEN_DATA_OFF', actor_label: btc.label },
    ]);
    // Closing a closed cycle changes nothing and records nothing.
    await app.graphql<SetResult>(SET, { year, open: false }, btc);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action LIKE 'OPEN_DATA%'`,
    );
    expect(count).toBe(2);
  });
});
