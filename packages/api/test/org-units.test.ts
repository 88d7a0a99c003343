import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

interface UnitNode {
  id: string;
  code: string;
  name: string;
}
interface Page {
  orgUnits: { totalCount: number; nodes: UnitNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const COUNT = `query Count($filter: OrgUnitFilter) { orgUnits(first: 100, filter: $filter) { totalCount } }`;
const LIST = `query List($filter: OrgUnitFilter, $first: Int, $after: String) {
  orgUnits(filter: $filter, first: $first, after: $after) {
    totalCount nodes { id code name } pageInfo { hasNextPage endCursor }
  }
}`;

async function count(filter: Record<string, unknown>): Promise<number> {
  const response = await app.graphql<{ orgUnits: { totalCount: number } }>(COUNT, { filter });
  expect(response.errors).toBeUndefined();
  return response.data!.orgUnits.totalCount;
}

async function codes(filter: Record<string, unknown>): Promise<string[]> {
  const response = await app.graphql<Page>(LIST, { filter, first: 100 });
  expect(response.errors).toBeUndefined();
  return response.data!.orgUnits.nodes.map((unit) => unit.code);
}

describe('orgUnits: the province’s real units', () => {
  it('has the 2026 organisation: 48 communes, 16 wards, 1 special zone, 13 departments', async () => {
    const literal = await app.graphql<{ orgUnits: { totalCount: number } }>(
      '{ orgUnits(first: 100, filter: {kind: COMMUNE}) { totalCount } }',
    );
    expect(literal.data?.orgUnits.totalCount).toBe(48);
    expect(await count({ kind: ['WARD'] })).toBe(16);
    expect(await count({ kind: ['SPECIAL_ZONE'] })).toBe(1);
    expect(await count({ kind: ['DEPARTMENT'] })).toBe(13);
    expect(await count({ kind: ['COMMUNE', 'WARD', 'SPECIAL_ZONE'] })).toBe(65);
  });

  it('keeps history: districts exist before the reform and not after', async () => {
    expect(await count({ kind: ['DISTRICT'], validAt: '2024-06-01' })).toBe(16);
    expect(await count({ kind: ['DISTRICT'], validAt: '2026-01-01' })).toBe(0);
    expect(await count({ kind: ['COMMUNE'], validAt: '2024-06-01' })).toBe(0);
    expect(await count({ kind: ['COMMUNE'], validAt: '2025-07-01' })).toBe(48);
    expect(await count({ kind: ['DISTRICT'], validAt: '2025-06-30' })).toBe(16);
  });

  it('filters by sector and by role', async () => {
    expect(await codes({ role: 'CONSOLIDATOR' })).toEqual(['BTCTU']);
    const deciders = await codes({ role: 'DECIDER' });
    expect(deciders.sort()).toEqual(['BTV', 'TTTU']);
    const advisory2026 = await codes({ role: 'ADVISORY', validAt: '2026-01-01' });
    expect(advisory2026.sort()).toEqual(['BNCTU', 'BTCTU', 'BTGDVTU', 'UBKTTU', 'VPTU']);
    expect(await count({ sector: ['FRONT_MASS_ORG'] })).toBe(6);
  });

  it('finds units with or without diacritics, in any Unicode form', async () => {
    const withMarks = await codes({ search: 'Trường Sa' });
    expect(withMarks.sort()).toEqual(['DK_TRUONG_SA', 'D_TRUONGSA']);
    expect((await codes({ search: 'truong sa' })).sort()).toEqual(withMarks.sort());
    expect((await codes({ search: 'Trường Sa'.normalize('NFD') })).sort()).toEqual(withMarks.sort());
    expect(await codes({ search: 'ban to chuc' })).toEqual(['BTCTU']);
    expect(await codes({ search: 'HĐND' })).toContain('HDND');
  });

  it('treats LIKE wildcards and SQL as plain text', async () => {
    expect(await count({ search: '%' })).toBe(0);
    // "_" matches only a literal underscore (in codes such as P_NHA_TRANG), not any character.
    const [{ withUnderscore }] = await app.dataSource.query(
      `SELECT count(*)::int AS "withUnderscore" FROM org_unit WHERE search_text LIKE '%\\_%' ESCAPE '\\'`,
    );
    expect(withUnderscore).toBeLessThan(await count({}));
    expect(await count({ search: '_' })).toBe(withUnderscore);
    expect(await count({ search: "'; DROP TABLE org_unit; --" })).toBe(0);
    expect(await count({})).toBeGreaterThan(100);
  });

  it('orders names the Vietnamese way and pages through with cursors', async () => {
    const seen: UnitNode[] = [];
    let after: string | null = null;
    for (let pageNo = 0; pageNo < 10; pageNo++) {
      const response: Awaited<ReturnType<typeof app.graphql<Page>>> = await app.graphql<Page>(LIST, {
        filter: { kind: ['COMMUNE'] },
        first: 10,
        after,
      });
      expect(response.errors).toBeUndefined();
      const page = response.data!.orgUnits;
      expect(page.totalCount).toBe(48);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(48);
    expect(new Set(seen.map((unit) => unit.id)).size).toBe(48);
    const names = seen.map((unit) => unit.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('refuses pages over 100 and cursors it never gave out', async () => {
    const tooMany = await app.graphql(LIST, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.data ?? null).toBeNull();
    const forged = await app.graphql(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('one unit and its links', () => {
  it('answers orgUnit(id) and node(id) with the same unit, and null for unknown ids', async () => {
    const byCode = await app.graphql<{ orgUnitByCode: { id: string; name: string } }>(
      '{ orgUnitByCode(code: "BTCTU") { id name } }',
    );
    const unit = byCode.data!.orgUnitByCode;
    expect(unit.name).toBe('Ban Tổ chức Tỉnh ủy');
    const viaNode = await app.graphql<{ node: { __typename: string; code: string } }>(
      'query($id: ID!) { node(id: $id) { __typename ... on OrgUnit { code } } }',
      { id: unit.id },
    );
    expect(viaNode.data!.node).toEqual({ __typename: 'OrgUnit', code: 'BTCTU' });
    const viaOrgUnit = await app.graphql<{ orgUnit: { code: string } }>(
      'query($id: ID!) { orgUnit(id: $id) { code } }',
      {
        id: unit.id,
      },
    );
    expect(viaOrgUnit.data!.orgUnit.code).toBe('BTCTU');
    for (const bogus of ['nope', 'T3JnVW5pdDo5OTk5OTk', Buffer.from('Cycle:1').toString('base64url')]) {
      const missing = await app.graphql<{ orgUnit: null }>('query($id: ID!) { orgUnit(id: $id) { code } }', {
        id: bogus,
      });
      expect(missing.errors).toBeUndefined();
      expect(missing.data!.orgUnit).toBeNull();
    }
  });

  it('links communes to their former district and districts to their successors', async () => {
    const response = await app.graphql<{
      commune: { legacyDistrict: { code: string }; predecessors: Array<{ code: string }> };
      district: { successors: Array<{ code: string }>; isValidAt: boolean };
      oldBoard: { successors: Array<{ code: string }> };
    }>(`{
      commune: orgUnitByCode(code: "P_NHA_TRANG") { legacyDistrict { code } predecessors { code } }
      district: orgUnitByCode(code: "D_NHATRANG") { successors { code } isValidAt(date: "2026-01-01") }
      oldBoard: orgUnitByCode(code: "BCSD_UBND") { successors { code } }
    }`);
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    expect(data.commune.legacyDistrict.code).toBe('D_NHATRANG');
    expect(data.commune.predecessors.map((unit) => unit.code)).toEqual(['D_NHATRANG']);
    expect(data.district.successors.map((unit) => unit.code)).toContain('P_NHA_TRANG');
    expect(data.district.isValidAt).toBe(false);
    expect(data.oldBoard.successors.map((unit) => unit.code)).toEqual(['DU_UBND']);
  });

  it('loads a tree of parents and children in a constant number of statements', async () => {
    const tree = `query($validAt: LocalDate) {
      orgUnits(first: 100, filter: { isRoot: true, validAt: $validAt }) {
        nodes { code children(validAt: $validAt) { code parent { code } children { code } successors { code } } }
      }
    }`;
    const { result, statements } = await app.countStatements(() =>
      app.graphql<{
        orgUnits: { nodes: Array<{ code: string; children: Array<{ code: string; parent: { code: string } }> }> };
      }>(tree, { validAt: '2026-01-01' }),
    );
    expect(result.errors).toBeUndefined();
    const roots = result.data!.orgUnits.nodes;
    const tu = roots.find((unit) => unit.code === 'TU')!;
    expect(tu.children.map((child) => child.code)).toContain('BTCTU');
    expect(tu.children.every((child) => child.parent.code === 'TU')).toBe(true);
    expect(tu.children.map((child) => child.code)).not.toContain('BTGTU');
    // page + children + parents + grandchildren + successor links and their units
    expect(statements).toBeLessThanOrEqual(7);
  });
});
