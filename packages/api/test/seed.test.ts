import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source.js';
import { runSeeds } from '../src/db/seed/index.js';
import { loadReferenceUnits, parseUnitList } from '../src/db/seed/reference-units.js';
import { createTestDatabase } from './support/test-app.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let dataSource: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = createDataSource(database.url);
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

async function snapshot(): Promise<unknown[]> {
  return dataSource.query(
    `SELECT u.id, u.code, u.name, u.parent_id, u.legacy_district_id, u.valid_from, u.valid_to,
            (SELECT count(*) FROM org_unit_successor s WHERE s.predecessor_id = u.id) AS successors
       FROM org_unit u ORDER BY u.id`,
  );
}

describe('reference and demo data', () => {
  it('loads all 123 units of the province list, with parents and successors', async () => {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM org_unit`);
    expect(count).toBe(parseUnitList().length);
    expect(count).toBe(123);
  });

  it('re-running the seeds or reloading the list changes nothing', async () => {
    const before = await snapshot();
    expect(await runSeeds(dataSource, { demo: true })).toEqual([]);
    await dataSource.transaction((db) => loadReferenceUnits(db, parseUnitList()));
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a list with an unknown kind, sector, role or date, naming the unit', () => {
    const unit = { code: 'X', name: 'X', kind: 'COMMUNE', sector: 'LOCALITY', roles: [], parent: null };
    expect(() => parseUnitList({ units: [{ ...unit, kind: 'CASTLE' }] })).toThrow('Unit list: X: unknown kind CASTLE');
    expect(() => parseUnitList({ units: [{ ...unit, sector: 'MOON' }] })).toThrow('unknown sector MOON');
    expect(() => parseUnitList({ units: [{ ...unit, roles: ['KING'] }] })).toThrow('unknown role KING');
    expect(() => parseUnitList({ units: [{ ...unit, validTo: '2025-02-30' }] })).toThrow('bad date 2025-02-30');
  });
});
