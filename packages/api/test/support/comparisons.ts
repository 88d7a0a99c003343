import type { AnalyticsDimension } from '@nvtt/shared';
import { expect } from 'vitest';
import type { TaskScope } from '../../src/auth/scope.js';
import { AnalyticsService, type ComparisonRow } from '../../src/modules/analytics/analytics.service.js';
import type { TestApp } from './test-app.js';

export type ComparisonQuery = readonly [
  years: readonly number[],
  dimension: AnalyticsDimension,
  second: AnalyticsDimension | null,
];

const ALL: TaskScope = { kind: 'all' };

/** Comparisons of a test app read both ways, and the data version of a cycle. */
export function comparisonProbe(app: TestApp) {
  const analytics = new AnalyticsService(app.dataSource);
  return {
    /** Summarised, then computed from the tasks alone: the two must agree; returns the summarised rows. */
    async sameAsLive(
      [years, dimension, second]: ComparisonQuery,
      day: string,
      scope: TaskScope = ALL,
    ): Promise<ComparisonRow[]> {
      const summarised = await analytics.compare(years, dimension, second, scope, day);
      expect(summarised).toEqual(await analytics.compareLive(years, dimension, second, scope, day));
      return summarised;
    },
    async versionOf(year: number): Promise<number> {
      const [row] = await app.dataSource.query(
        'SELECT v.version::int AS version FROM comparison_cycle_version v JOIN cycle c ON c.id = v.cycle_id WHERE c.year = $1',
        [year],
      );
      return row.version;
    },
  };
}
