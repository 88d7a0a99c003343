import { provinceDateOf } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { cycleByYear, requireRole } from '../../workflow/guards.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import type { AnalyticsService, ComparisonRow } from '../analytics/analytics.service.js';

/** A cell with fewer cadres than this is published without figures (statistical disclosure control). */
export const OPEN_DATA_MIN_CADRES = 5;

/** One published cell: a locality or a sector, never a person; figures null when suppressed. */
export interface OpenDataCell {
  readonly code: string;
  readonly label: string;
  /** True when the cell counts fewer than 5 cadres: its figures are withheld (null). */
  readonly suppressed: boolean;
  readonly cadres: number | null;
  readonly tasks: number | null;
  readonly assessable: number | null;
  readonly completed: number | null;
  readonly completionRate: number | null;
}

export interface OpenDataCompletion {
  readonly cycleYear: number;
  readonly asOf: string;
  readonly minimumCadres: number;
  readonly byLocality: OpenDataCell[];
  readonly bySector: OpenDataCell[];
}

const IS_OPEN_SQL = `SELECT EXISTS (SELECT 1 FROM open_data_release r JOIN cycle c ON c.id = r.cycle_id WHERE c.year = $1) AS open`;
const OPEN_SQL = `INSERT INTO open_data_release (cycle_id, opened_at, opened_by) VALUES ($1, $2, $3)
  ON CONFLICT (cycle_id) DO NOTHING RETURNING cycle_id`;
// Wrapped in a SELECT so the driver answers rows (a bare DELETE answers [rows, count]).
const CLOSE_SQL = `WITH closed AS (DELETE FROM open_data_release WHERE cycle_id = $1 RETURNING cycle_id) SELECT cycle_id FROM closed`;

/** Only counts and unit or sector names leave: no cadre, no task, no cell under the threshold. */
function publish(row: ComparisonRow): OpenDataCell {
  const suppressed = row.cadres < OPEN_DATA_MIN_CADRES;
  return {
    code: row.code,
    label: row.label,
    suppressed,
    cadres: suppressed ? null : row.cadres,
    tasks: suppressed ? null : row.tasks,
    assessable: suppressed ? null : row.assessable,
    completed: suppressed ? null : row.completed,
    completionRate: suppressed || row.assessable === 0 ? null : row.completed / row.assessable,
  };
}

/** Open data: Ban Tổ chức opens a cycle's completion figures to the public, per cycle, off by default. */
export class OpenDataService {
  constructor(
    private readonly db: DataSource,
    private readonly analytics: AnalyticsService,
  ) {}

  async isOpen(cycleYear: number): Promise<boolean> {
    const [row] = await this.db.query(IS_OPEN_SQL, [cycleYear]);
    return row?.open === true;
  }

  /** Opens or closes a cycle's open data; Ban Tổ chức only, audited (only an actual change is recorded). */
  setOpen(ctx: UseCaseContext, cycleYear: number, open: boolean): Promise<UseCaseResult<boolean>> {
    return runUseCase(this.db, async (db) => {
      requireRole(ctx.actor, 'CONSOLIDATOR');
      const cycle = await cycleByYear(db, cycleYear);
      const changed: unknown[] = open
        ? await db.query(OPEN_SQL, [cycle.id, ctx.now, ctx.actor.label])
        : await db.query(CLOSE_SQL, [cycle.id]);
      if (changed.length > 0) {
        await recordAudit(db, ctx, {
          entityType: 'Cycle',
          entityId: cycle.id,
          action: open ? 'OPEN_DATA_ON' : 'OPEN_DATA_OFF',
          data: { cycleYear },
        });
      }
      return open;
    });
  }

  /** The public figures of an opened cycle, or null when the cycle is not open (or does not exist). */
  async completion(cycleYear: number, now: Date): Promise<OpenDataCompletion | null> {
    if (!(await this.isOpen(cycleYear))) return null;
    const asOf = provinceDateOf(now);
    const everything = { kind: 'all' } as const;
    const [byLocality, bySector] = await Promise.all([
      this.analytics.compare([cycleYear], 'LOCALITY', null, everything, asOf),
      this.analytics.compare([cycleYear], 'SECTOR', null, everything, asOf),
    ]);
    return {
      cycleYear,
      asOf,
      minimumCadres: OPEN_DATA_MIN_CADRES,
      byLocality: byLocality.map(publish),
      bySector: bySector.map(publish),
    };
  }
}
