import type { AnalyticsDimension } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateScopeOf, type TaskScope } from '../src/auth/scope.js';
import { AnalyticsService, type ComparisonRow } from '../src/modules/analytics/analytics.service.js';
import { agencyActor } from './support/fixtures.js';
import { comparisonProbe, type ComparisonQuery } from './support/comparisons.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Comparison summaries of the open cycle (migration 1765530000000): every write bumps the version of
 * the cycles it touches, at its commit; a summary is served for the day it was computed for.
 */
let app: TestApp;
let analytics: AnalyticsService;
let probe: ReturnType<typeof comparisonProbe>;
const ALL: TaskScope = { kind: 'all' };
const AS_OF = '2026-11-27';

beforeAll(async () => {
  app = await startTestApp();
  analytics = new AnalyticsService(app.dataSource);
  probe = comparisonProbe(app);
});
afterAll(() => app.close());

type Query = ComparisonQuery;
const sameAsLive = (query: Query, day = AS_OF, scope: TaskScope = ALL): Promise<ComparisonRow[]> =>
  probe.sameAsLive(query, day, scope);
const versionOf = (year: number): Promise<number> => probe.versionOf(year);

/** Marks the stored rows of the year for a dimension (scope 'all'): a read serving them returns tasks = -1. */
async function mark(year: number, dimension: AnalyticsDimension): Promise<void> {
  await app.dataSource.query(
    `UPDATE comparison_summary s SET rows = (SELECT coalesce(jsonb_agg(r || '{"tasks": -1}'), '[]') FROM jsonb_array_elements(s.rows) r)
      WHERE s.cycle_id = (SELECT id FROM cycle WHERE year = $1) AND s.dimension = $2 AND s.second_dimension = ''
        AND s.scope_key = 'all'`,
    [year, dimension],
  );
}

function served(rows: readonly ComparisonRow[], year: number): boolean {
  const ofYear = rows.filter((row) => row.cycleYear === year);
  return ofYear.length > 0 && ofYear.every((row) => row.tasks === -1);
}

/** Two tasks of the year (distinct rows, so that two transactions never wait on a task row). */
async function tasksOf(year: number): Promise<[number, number]> {
  const [first, second]: Array<{ id: number } | undefined> = await app.dataSource.query(
    `SELECT t.id FROM key_task t JOIN cycle c ON c.id = t.cycle_id WHERE c.year = $1 ORDER BY t.id LIMIT 2`,
    [year],
  );
  if (!first || !second) throw new Error(`two tasks of ${year} expected`);
  return [first.id, second.id];
}

const FLIP_LATE = `UPDATE key_task SET submitted_late = NOT submitted_late WHERE id = $1`;

describe('comparison summaries of the open cycle', () => {
  it('are stored and served for the day asked, bumped by a write, and equal live after it', async () => {
    const query: Query = [[2025, 2026], 'LOCALITY', null];
    const before = await sameAsLive(query);
    await mark(2026, 'LOCALITY');
    const { result, statements } = await app.countStatements(() => analytics.compare(...query, ALL, AS_OF));
    expect(statements).toBe(1);
    expect(served(result, 2026)).toBe(true);
    const [taskId] = await tasksOf(2026);
    const version = await versionOf(2026);
    const closed = await versionOf(2025);
    await app.dataSource.query(`UPDATE key_task SET concluded_outcome = 'EXCEEDED' WHERE id = $1`, [taskId]);
    expect(await versionOf(2026)).toBe(version + 1);
    expect(await versionOf(2025)).toBe(closed);
    const after = await sameAsLive(query);
    expect(after).not.toEqual(before);
    expect(await sameAsLive(query)).toEqual(after);
  });

  it('is bumped by a milestone due date moved past the day asked (the task’s tally unchanged)', async () => {
    // A milestone due before the day asked and not done, of a task with a later milestone.
    const [milestone] = await app.dataSource.query(
      `SELECT m.id, m.key_task_id AS "taskId" FROM milestone m JOIN key_task t ON t.id = m.key_task_id
         JOIN cycle c ON c.id = t.cycle_id JOIN milestone_tally mt ON mt.key_task_id = t.id
        WHERE c.year = 2026 AND m.done_on IS NULL AND m.due_on < $1 AND mt.last_due_on > $1::date + 1
          AND (t.concluded_outcome IS NULL OR t.concluded_outcome <> 'EXEMPT_OBJECTIVE')
        ORDER BY m.id LIMIT 1`,
      [AS_OF],
    );
    expect(milestone).toBeDefined();
    const query: Query = [[2026], 'SECTOR', null];
    const before = await sameAsLive(query);
    const tally = `SELECT total, on_time, last_due_on FROM milestone_tally WHERE key_task_id = $1`;
    const [tallyBefore] = await app.dataSource.query(tally, [milestone.taskId]);
    const version = await versionOf(2026);
    await app.dataSource.query(`UPDATE milestone SET due_on = $2::date + 1 WHERE id = $1`, [milestone.id, AS_OF]);
    expect(await app.dataSource.query(tally, [milestone.taskId])).toEqual([tallyBefore]);
    expect(await versionOf(2026)).toBe(version + 1);
    const after = await sameAsLive(query);
    expect(after).not.toEqual(before);
  });

  it('computes another day again, equal to live, and keeps the later day’s summary', async () => {
    const query: Query = [[2026], 'UNIT_KIND', null];
    const today = await sameAsLive(query);
    await mark(2026, 'UNIT_KIND');
    // An earlier day depends on fewer milestones: computed, never the marked rows of today.
    const earlier = await sameAsLive(query, '2026-06-30');
    expect(earlier).not.toEqual(today);
    expect(served(await analytics.compare(...query, ALL, AS_OF), 2026)).toBe(true);
    // The next day replaces today's summary (same version, later day), and is then served.
    const next = '2026-11-28';
    expect(served(await sameAsLive(query, next), 2026)).toBe(false);
    await mark(2026, 'UNIT_KIND');
    expect(served(await analytics.compare(...query, ALL, next), 2026)).toBe(true);
    expect(served(await analytics.compare(...query, ALL, AS_OF), 2026)).toBe(false);
  });

  it('never serves a summary stale after a write held open during the read commits', async () => {
    const query: Query = [[2026], 'SUBJECT_GROUP', null];
    const [taskId] = await tasksOf(2026);
    const before = await sameAsLive(query);
    await app.dataSource.query(`DELETE FROM comparison_summary WHERE dimension = 'SUBJECT_GROUP'`);
    const writer = app.dataSource.createQueryRunner();
    try {
      await writer.startTransaction();
      await writer.query(
        `UPDATE key_task SET concluded_outcome = 'NOT_COMPLETED', self_outcome = 'EXCEEDED' WHERE id = $1`,
        [taskId],
      );
      // Not committed: the read computes and stores the old figures under the old version.
      expect(await analytics.compare(...query, ALL, AS_OF)).toEqual(before);
      await writer.commitTransaction();
    } finally {
      await writer.release();
    }
    const after = await sameAsLive(query);
    expect(after).not.toEqual(before);
    expect(await sameAsLive(query)).toEqual(after);
  });

  it('never lets a result of an older snapshot replace a newer one', async () => {
    const query: Query = [[2026], 'LEGACY_DISTRICT', null];
    const before = await sameAsLive(query);
    const summary = `SELECT s.cycle_id AS "cycleId", s.scope_key AS scope, s.formula, s.data_version::int AS version,
                            s.rows FROM comparison_summary s JOIN cycle c ON c.id = s.cycle_id
                      WHERE c.year = 2026 AND s.dimension = 'LEGACY_DISTRICT'`;
    const [stored] = await app.dataSource.query(summary);
    await app.dataSource.query(`DELETE FROM comparison_summary WHERE dimension = 'LEGACY_DISTRICT'`);
    const [taskId] = await tasksOf(2026);
    const writer = app.dataSource.createQueryRunner();
    const newer = app.dataSource.createQueryRunner();
    try {
      await writer.startTransaction();
      await newer.startTransaction();
      await writer.query(FLIP_LATE, [taskId]);
      // A result under the version the write will commit, stored by a newer snapshot (marked rows).
      await newer.query(
        `INSERT INTO comparison_summary (cycle_id, dimension, second_dimension, scope_key, formula, data_version, computed_on, rows)
         VALUES ($1, 'LEGACY_DISTRICT', '', $2, $3, $4, $5, '[{"tasks": -1}]')`,
        [stored.cycleId, stored.scope, stored.formula, stored.version + 1, AS_OF],
      );
      // The read's snapshot predates both: it computes the old figures, then waits on the newer row.
      const reading = analytics.compare(...query, ALL, AS_OF);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await writer.commitTransaction();
      await newer.commitTransaction();
      expect(await reading).toEqual(before);
    } finally {
      await writer.release();
      await newer.release();
    }
    const [after] = await app.dataSource.query(summary);
    expect(after).toMatchObject({ version: stored.version + 1, rows: [{ tasks: -1 }] });
    expect(await versionOf(2026)).toBe(stored.version + 1);
  });

  it('lets writers of one cycle work side by side, and two writers of two cycles in opposite orders finish', async () => {
    const [a2025, b2025] = await tasksOf(2025);
    const [a2026, b2026] = await tasksOf(2026);
    const closed = await versionOf(2025);
    const open = await versionOf(2026);
    const first = app.dataSource.createQueryRunner();
    const second = app.dataSource.createQueryRunner();
    try {
      await first.startTransaction();
      await second.startTransaction();
      await first.query(FLIP_LATE, [a2025]);
      await second.query(FLIP_LATE, [b2026]);
      // Neither waits for the other: the versions are bumped only at commit, in cycle order.
      await first.query(FLIP_LATE, [a2026]);
      await second.query(FLIP_LATE, [b2025]);
      await Promise.all([first.commitTransaction(), second.commitTransaction()]);
    } finally {
      await first.release();
      await second.release();
    }
    expect([await versionOf(2025), await versionOf(2026)]).toEqual([closed + 2, open + 2]);
    // A writer of the open cycle does not wait for another one's transaction, only for its commit.
    const holder = app.dataSource.createQueryRunner();
    try {
      await holder.startTransaction();
      await holder.query(FLIP_LATE, [a2026]);
      await app.dataSource.query(FLIP_LATE, [b2026]);
      expect(await versionOf(2026)).toBe(open + 3);
      await holder.commitTransaction();
    } finally {
      await holder.release();
    }
    expect(await versionOf(2026)).toBe(open + 4);
    const [{ pending }] = await app.dataSource.query(`SELECT count(*)::int AS pending FROM comparison_touch_pending`);
    expect(pending).toBe(0);
    await sameAsLive([[2025, 2026], 'LOCALITY', null]);
  });

  it('keeps each viewer’s scope in the open cycle', async () => {
    const [{ code: focalCode }] = await app.dataSource.query(
      `SELECT u.code FROM key_task t JOIN cycle c ON c.id = t.cycle_id JOIN org_unit u ON u.id = t.focal_unit_id
        WHERE c.year = 2026 GROUP BY u.code ORDER BY count(*) DESC, u.code LIMIT 1`,
    );
    const btv = aggregateScopeOf(await agencyActor(app.dataSource, 'Ban Thường vụ', 'BTV', 'DECIDER'));
    const focal = aggregateScopeOf(await agencyActor(app.dataSource, 'Đầu mối', focalCode, 'FOCAL'));
    const query: Query = [[2026], 'FOCAL_AGENCY', null];
    const wide = await sameAsLive(query, AS_OF, btv);
    const narrow = await sameAsLive(query, AS_OF, focal);
    expect(narrow).not.toEqual(wide);
    expect(await sameAsLive(query, AS_OF, focal)).toEqual(narrow);
    expect(await sameAsLive(query, AS_OF, btv)).toEqual(wide);
    const [{ keys }] = await app.dataSource.query(
      `SELECT count(DISTINCT scope_key)::int AS keys FROM comparison_summary s JOIN cycle c ON c.id = s.cycle_id
        WHERE c.year = 2026 AND s.dimension = 'FOCAL_AGENCY'`,
    );
    expect(keys).toBe(2);
  });
});
