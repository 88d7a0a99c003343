import { ANALYTICS_DIMENSIONS, type AnalyticsDimension } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateScopeOf, type TaskScope } from '../src/auth/scope.js';
import { AnalyticsService, type ComparisonRow } from '../src/modules/analytics/analytics.service.js';
import { scopeKeyOf } from '../src/modules/analytics/comparison-summary.js';
import { agencyActor } from './support/fixtures.js';
import { comparisonProbe, type ComparisonQuery } from './support/comparisons.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Comparison summaries: served only while the cycle's data is unchanged, always equal to computing
 * the figures from the tasks, never shared between scopes (the open cycle: analytics-summary-open).
 */
let app: TestApp;
let analytics: AnalyticsService;
let probe: ReturnType<typeof comparisonProbe>;
const ALL: TaskScope = { kind: 'all' };
/** The day the demo data describes: every milestone of 2023–2025 is due by then. */
const AS_OF = '2026-11-27';
const YEARS = [2023, 2024, 2025, 2026] as const;

beforeAll(async () => {
  app = await startTestApp();
  analytics = new AnalyticsService(app.dataSource);
  probe = comparisonProbe(app);
});
afterAll(() => app.close());

type Query = ComparisonQuery;
const sameAsLive = (query: Query, scope: TaskScope = ALL): Promise<ComparisonRow[]> =>
  probe.sameAsLive(query, AS_OF, scope);
const versionOf = (year: number): Promise<number> => probe.versionOf(year);

/** How many summaries of the year's cycle are valid now (current version), for a dimension. */
async function validSummaries(year: number, dimension: AnalyticsDimension): Promise<number> {
  const [row] = await app.dataSource.query(
    `SELECT count(*)::int AS n FROM comparison_summary s
       JOIN comparison_cycle_version v ON v.cycle_id = s.cycle_id AND v.version = s.data_version
       JOIN cycle c ON c.id = s.cycle_id
      WHERE c.year = $1 AND s.dimension = $2`,
    [year, dimension],
  );
  return row.n;
}

/** Reads twice (the first stores, the second serves the summary) around a write, each time equal to live. */
async function invalidatedBy(query: Query, write: () => Promise<void>): Promise<void> {
  const before = await sameAsLive(query);
  expect(await sameAsLive(query)).toEqual(before);
  const version = await versionOf(2025);
  await write();
  expect(await versionOf(2025)).toBeGreaterThan(version);
  const after = await sameAsLive(query);
  expect(after).not.toEqual(before);
  expect(await sameAsLive(query)).toEqual(after);
}

/** A concluded 2025 task (on time), with its post and unit. */
async function task2025(): Promise<{ id: number; positionId: number; unitId: number }> {
  const [row] = await app.dataSource.query(
    `SELECT t.id, t.position_id AS "positionId", p.unit_id AS "unitId"
       FROM key_task t JOIN cycle c ON c.id = t.cycle_id JOIN position p ON p.id = t.position_id
      WHERE c.year = 2025 AND t.concluded_outcome = 'COMPLETED_ON_TIME'
        AND EXISTS (SELECT 1 FROM milestone m WHERE m.key_task_id = t.id AND m.done_on <= m.due_on)
      ORDER BY t.id LIMIT 1`,
  );
  expect(row).toBeDefined();
  return row;
}

describe('comparison summaries', () => {
  it('equal the live figures for every dimension and for matrices, and are stored for every cycle read', async () => {
    const dimensions = Object.keys(ANALYTICS_DIMENSIONS) as AnalyticsDimension[];
    for (const dimension of dimensions) {
      const first = await sameAsLive([YEARS, dimension, null]);
      expect(first.length).toBeGreaterThan(0);
      // The second read serves 2023–2025 from their summaries.
      expect(await sameAsLive([YEARS, dimension, null])).toEqual(first);
    }
    for (const [dimension, second] of [
      ['LOCALITY', 'ALIGNMENT_AREA'],
      ['LEGACY_DISTRICT', 'SECTOR'],
      ['FOCAL_AGENCY', 'SUBJECT_GROUP'],
    ] as const) {
      const first = await sameAsLive([YEARS, dimension, second]);
      expect(await sameAsLive([YEARS, dimension, second])).toEqual(first);
    }
    const stored: Array<{ year: number; phase: string }> = await app.dataSource.query(
      `SELECT DISTINCT c.year, c.phase FROM comparison_summary s JOIN cycle c ON c.id = s.cycle_id ORDER BY c.year`,
    );
    expect(stored).toEqual([
      { year: 2023, phase: 'CLOSED' },
      { year: 2024, phase: 'CLOSED' },
      { year: 2025, phase: 'CLOSED' },
      { year: 2026, phase: 'IMPLEMENTATION' },
    ]);
  });

  it('serves the stored rows (one statement) while the cycle is unchanged, and live rows for another day', async () => {
    const query: Query = [[2024, 2025], 'SECTOR', null];
    await sameAsLive(query);
    const { statements } = await app.countStatements(() => analytics.compare(...query, ALL, AS_OF));
    expect(statements).toBe(1);
    // Mark the stored 2025 rows: a read that serves the summary returns the mark.
    await app.dataSource.query(
      `UPDATE comparison_summary s SET rows = (SELECT jsonb_agg(r || '{"tasks": -1}') FROM jsonb_array_elements(s.rows) r)
        WHERE s.cycle_id = (SELECT id FROM cycle WHERE year = 2025) AND s.dimension = 'SECTOR' AND s.second_dimension = ''
          AND s.scope_key = 'all'`,
    );
    const served = await analytics.compare(...query, ALL, AS_OF);
    expect(served.filter((row) => row.cycleYear === 2025).every((row) => row.tasks === -1)).toBe(true);
    expect(served.filter((row) => row.cycleYear === 2024).every((row) => row.tasks > 0)).toBe(true);
    // A day before some 2025 milestone fell due: the figures depend on the day, so they are computed.
    const early = '2025-03-01';
    expect(await analytics.compare(...query, ALL, early)).toEqual(await analytics.compareLive(...query, ALL, early));
    await app.dataSource.query(`DELETE FROM comparison_summary WHERE dimension = 'SECTOR'`);
    await sameAsLive(query);
  });

  it('is invalidated by a task outcome change in a closed cycle', async () => {
    const task = await task2025();
    await invalidatedBy([[2025], 'LOCALITY', null], async () => {
      await app.dataSource.query(`UPDATE key_task SET concluded_outcome = 'NOT_COMPLETED' WHERE id = $1`, [task.id]);
    });
  });

  it('is invalidated by a milestone done date in a closed cycle', async () => {
    const task = await task2025();
    await invalidatedBy([[2025], 'LOCALITY', null], async () => {
      await app.dataSource.query(
        `UPDATE milestone SET done_on = due_on + 20 WHERE id = (
           SELECT id FROM milestone WHERE key_task_id = $1 AND done_on <= due_on ORDER BY id LIMIT 1)`,
        [task.id],
      );
    });
  });

  it('is invalidated by a goal area added to a task of a closed cycle', async () => {
    const task = await task2025();
    const [{ area }] = await app.dataSource.query(
      `SELECT area FROM (VALUES ('TOURISM_SERVICES'), ('MARINE_ECONOMY'), ('PLANNING')) v(area)
        WHERE area NOT IN (SELECT a.area FROM alignment a WHERE a.key_task_id = $1 AND a.area IS NOT NULL) LIMIT 1`,
      [task.id],
    );
    await invalidatedBy([[2025], 'ALIGNMENT_AREA', null], async () => {
      await app.dataSource.query(`INSERT INTO alignment (key_task_id, source, area) VALUES ($1, 'NQ09_TW_2022', $2)`, [
        task.id,
        area,
      ]);
    });
  });

  it('is invalidated by a post moved to another unit and by a unit renamed', async () => {
    const task = await task2025();
    const [{ id: otherUnit }] = await app.dataSource.query(
      `SELECT id FROM org_unit WHERE kind = 'COMMUNE' AND id <> $1 ORDER BY id LIMIT 1`,
      [task.unitId],
    );
    await invalidatedBy([[2025], 'LOCALITY', null], async () => {
      await app.dataSource.query(`UPDATE position SET unit_id = $2 WHERE id = $1`, [task.positionId, otherUnit]);
    });
    await invalidatedBy([[2025], 'LOCALITY', null], async () => {
      await app.dataSource.query(`UPDATE org_unit SET name = name || ' (đổi tên)' WHERE id = $1`, [otherUnit]);
    });
  });

  it('is not invalidated by writes of another cycle nor by edits of what no comparison reads', async () => {
    await sameAsLive([[2025, 2026], 'LOCALITY', null]);
    const version = await versionOf(2025);
    const open = await versionOf(2026);
    await app.dataSource.query(
      `UPDATE key_task SET state = state, concluded_outcome = 'EXCEEDED'
        WHERE id = (SELECT t.id FROM key_task t JOIN cycle c ON c.id = t.cycle_id WHERE c.year = 2026 ORDER BY t.id LIMIT 1)`,
    );
    await app.dataSource.query(
      `UPDATE key_task SET description = description || ' ' WHERE id = (
         SELECT t.id FROM key_task t JOIN cycle c ON c.id = t.cycle_id WHERE c.year = 2025 ORDER BY t.id LIMIT 1)`,
    );
    expect(await versionOf(2025)).toBe(version);
    // A write of the open cycle bumps it (migration 1765530000000): its summary is no longer valid.
    expect(await versionOf(2026)).toBe(open + 1);
    expect(await validSummaries(2025, 'LOCALITY')).toBe(1);
    expect(await validSummaries(2026, 'LOCALITY')).toBe(0);
    await sameAsLive([[2025, 2026], 'LOCALITY', null]);
  });

  it('never stores figures older than a write committed after the read began', async () => {
    const query: Query = [[2024, 2025], 'SUBJECT_GROUP', null];
    const task = await task2025();
    const before = await sameAsLive(query);
    await app.dataSource.query(`DELETE FROM comparison_summary WHERE dimension = 'SUBJECT_GROUP'`);
    const writer = app.dataSource.createQueryRunner();
    try {
      await writer.startTransaction();
      await writer.query(
        `UPDATE key_task SET concluded_outcome = 'NOT_COMPLETED', self_outcome = 'EXCEEDED' WHERE id = $1`,
        [task.id],
      );
      // The write is not committed: the read computes the old figures and stores them under the old version.
      expect(await analytics.compare(...query, ALL, AS_OF)).toEqual(before);
      expect(await validSummaries(2025, 'SUBJECT_GROUP')).toBe(1);
      await writer.commitTransaction();
    } finally {
      await writer.release();
    }
    expect(await validSummaries(2025, 'SUBJECT_GROUP')).toBe(0);
    const after = await sameAsLive(query);
    expect(after).not.toEqual(before);
    expect(await validSummaries(2025, 'SUBJECT_GROUP')).toBe(1);
  });

  it('keeps each viewer’s scope: the Standing Committee and a focal agency never share a summary', async () => {
    const [{ code: focalCode }] = await app.dataSource.query(
      `SELECT u.code FROM key_task t JOIN cycle c ON c.id = t.cycle_id JOIN org_unit u ON u.id = t.focal_unit_id
        WHERE c.year = 2025 GROUP BY u.code ORDER BY count(*) DESC, u.code LIMIT 1`,
    );
    const btv = aggregateScopeOf(await agencyActor(app.dataSource, 'Ban Thường vụ', 'BTV', 'DECIDER'));
    const focal = aggregateScopeOf(await agencyActor(app.dataSource, 'Đầu mối', focalCode, 'FOCAL'));
    expect(btv.kind).toBe('all');
    expect(focal.kind).toBe('some');
    const query: Query = [[2024, 2025], 'UNIT_KIND', null];
    const wide = await sameAsLive(query, btv);
    const narrow = await sameAsLive(query, focal);
    expect(narrow).not.toEqual(wide);
    // Both are stored now; each reads its own.
    expect(await sameAsLive(query, btv)).toEqual(wide);
    expect(await sameAsLive(query, focal)).toEqual(narrow);
    expect(await sameAsLive(query, btv)).toEqual(wide);
    const keys: Array<{ scope: string }> = await app.dataSource.query(
      `SELECT DISTINCT scope_key AS scope FROM comparison_summary WHERE dimension = 'UNIT_KIND' ORDER BY 1`,
    );
    expect(keys.map((key) => key.scope)).toEqual([scopeKeyOf(btv), scopeKeyOf(focal)].sort());
  });

  it('gives one key to equal scopes and different keys to different ones', () => {
    const some = (cadreId: number | null, focalUnitIds: number[], advisory: boolean): TaskScope => ({
      kind: 'some',
      cadreId,
      focalUnitIds,
      advisory,
    });
    expect(scopeKeyOf(some(null, [3, 1, 3], false))).toBe(scopeKeyOf(some(null, [1, 3], false)));
    const keys = [
      scopeKeyOf({ kind: 'all' }),
      scopeKeyOf({ kind: 'none' }),
      scopeKeyOf(some(null, [1, 3], false)),
      scopeKeyOf(some(null, [1, 3], true)),
      scopeKeyOf(some(7, [1, 3], false)),
      scopeKeyOf(some(null, [13], false)),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('makes a closing wait for writers of the open cycle, then serves the closed cycle right', async () => {
    const query: Query = [[2026], 'SECTOR', null];
    const [{ id: taskId }] = await app.dataSource.query(
      `SELECT t.id FROM key_task t JOIN cycle c ON c.id = t.cycle_id WHERE c.year = 2026 ORDER BY t.id LIMIT 1`,
    );
    const writer = app.dataSource.createQueryRunner();
    const closer = app.dataSource.createQueryRunner();
    let closed = false;
    try {
      await writer.startTransaction();
      await closer.startTransaction();
      await writer.query(`UPDATE key_task SET submitted_late = NOT submitted_late WHERE id = $1`, [taskId]);
      const closing = closer.query(`UPDATE cycle SET phase = 'CLOSED' WHERE year = 2026`).then(() => (closed = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The writer saw 2026 open and did not bump: the closing must wait for it.
      expect(closed).toBe(false);
      await writer.commitTransaction();
      await closing;
      await closer.commitTransaction();
    } finally {
      await writer.release();
      await closer.release();
    }
    // Every 2026 milestone due by a late enough day: the closed cycle is stored, then served.
    const later = '2099-12-31';
    const live = await analytics.compareLive(...query, ALL, later);
    expect(live.length).toBeGreaterThan(0);
    expect(await analytics.compare(...query, ALL, later)).toEqual(live);
    expect(await validSummaries(2026, 'SECTOR')).toBe(1);
    expect(await analytics.compare(...query, ALL, later)).toEqual(live);
    // A write now bumps the closed cycle; reopening it stops summaries from being served.
    await app.dataSource.query(`UPDATE key_task SET submitted_late = NOT submitted_late WHERE id = $1`, [taskId]);
    expect(await validSummaries(2026, 'SECTOR')).toBe(0);
    expect(await analytics.compare(...query, ALL, later)).toEqual(await analytics.compareLive(...query, ALL, later));
    await app.dataSource.query(`UPDATE cycle SET phase = 'IMPLEMENTATION' WHERE year = 2026`);
    expect(await validSummaries(2026, 'SECTOR')).toBe(0);
    expect(await analytics.compare(...query, ALL, later)).toEqual(await analytics.compareLive(...query, ALL, later));
    // Open again: stored for that day only; another day is computed again.
    expect(await validSummaries(2026, 'SECTOR')).toBe(1);
    expect(await analytics.compare(...query, ALL, AS_OF)).toEqual(await analytics.compareLive(...query, ALL, AS_OF));
  });
});
