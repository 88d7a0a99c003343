import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDateScalar } from '../src/graphql/scalars.js';
import { MilestoneEntity } from '../src/modules/milestone/milestone.entity.js';
import { OpinionEntity } from '../src/modules/opinion/opinion.entity.js';
import { OrgUnitEntity } from '../src/modules/org-unit/org-unit.entity.js';
import { groupByTask, milestonesByTaskLoader, opinionsByTaskLoader } from '../src/modules/key-task/row-loaders.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The plain-SQL loaders of milestones and opinions give exactly what TypeORM's hydration gave. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Tasks with milestones and opinions, and one id that has no task at all. */
async function someTaskIds(): Promise<number[]> {
  const rows: Array<{ id: number }> = await app.dataSource.query(
    `SELECT t.id FROM key_task t
      WHERE EXISTS (SELECT 1 FROM opinion o WHERE o.key_task_id = t.id)
        AND EXISTS (SELECT 1 FROM milestone m WHERE m.key_task_id = t.id AND m.done_on IS NOT NULL)
      ORDER BY t.id DESC LIMIT 25`,
  );
  expect(rows.length).toBeGreaterThan(5);
  return [...rows.map((row) => row.id), -1];
}

const plain = (value: object): Record<string, unknown> => ({ ...value });

describe('milestones and opinions by task', () => {
  it('load the same milestones, in the same order, as the entity repository', async () => {
    const ids = await someTaskIds();
    const loaded = await milestonesByTaskLoader(app.dataSource).loadMany(ids);
    for (const [index, id] of ids.entries()) {
      const expected = await app.dataSource
        .getRepository(MilestoneEntity)
        .find({ where: { keyTaskId: id }, order: { dueOn: 'ASC', id: 'ASC' } });
      const got = loaded[index] as MilestoneEntity[];
      expect(got.map(plain)).toEqual(expected.map(plain));
      for (const milestone of got) expect(milestone.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(loaded.at(-1)).toEqual([]);
  });

  it('load the same opinions, in the same order, and prime each agency as the unit repository reads it', async () => {
    const ids = await someTaskIds();
    const primed = new Map<number, OrgUnitEntity>();
    const loaded = await opinionsByTaskLoader(app.dataSource, (unit) => primed.set(unit.id, unit)).loadMany(ids);
    const agencies = new Set<number>();
    for (const [index, id] of ids.entries()) {
      const expected = await app.dataSource
        .getRepository(OpinionEntity)
        .find({ where: { keyTaskId: id }, order: { submittedAt: 'ASC', id: 'ASC' } });
      const got = loaded[index] as OpinionEntity[];
      expect(got.map(plain)).toEqual(expected.map(plain));
      for (const opinion of got) {
        expect(opinion.submittedAt).toBeInstanceOf(Date);
        agencies.add(opinion.agencyUnitId);
      }
    }
    expect([...primed.keys()].sort()).toEqual([...agencies].sort());
    for (const [id, unit] of primed) {
      const expected = await app.dataSource.getRepository(OrgUnitEntity).findOneByOrFail({ id });
      expect(plain(unit)).toEqual(plain(expected));
    }
  });

  it('group rows by task in the order read, with an empty list for a task without rows', () => {
    const rows = [
      { keyTaskId: 2, n: 1 },
      { keyTaskId: 1, n: 2 },
      { keyTaskId: 2, n: 3 },
      { keyTaskId: 9, n: 4 },
    ];
    expect(groupByTask([1, 2, 3], rows)).toEqual([[rows[1]], [rows[0], rows[2]], []]);
  });
});

describe('LocalDate output', () => {
  it('answers a valid date again from memory and still refuses an invalid one', () => {
    expect(LocalDateScalar.serialize('2026-02-28')).toBe('2026-02-28');
    expect(LocalDateScalar.serialize('2026-02-28')).toBe('2026-02-28');
    expect(() => LocalDateScalar.serialize('2026-02-30')).toThrow(/calendar date/);
    expect(() => LocalDateScalar.serialize('2026-02-30')).toThrow(/calendar date/);
    expect(() => LocalDateScalar.serialize(20260228)).toThrow(/calendar date/);
  });
});
