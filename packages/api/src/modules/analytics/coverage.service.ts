import {
  ALIGNMENT_AREAS,
  COMMUNE_LEVEL_KINDS,
  GOAL_SERVING_STATES,
  codesOf,
  localDate,
  type AlignmentArea,
} from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { taskScopeSql, type TaskScope } from '../../auth/scope.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';

export interface AreaCoverage {
  readonly area: AlignmentArea;
  readonly tasks: number;
  readonly cadres: number;
  /** Commune-level units in force in the cycle with at least one task serving the area. */
  readonly localities: number;
}

const AREA_SQL_PREFIX = `
  SELECT a.area, count(*)::int AS tasks, count(DISTINCT t.cadre_id)::int AS cadres,
         count(DISTINCT u.id) FILTER (WHERE u.kind = ANY($2))::int AS localities
    FROM key_task t
    JOIN cycle c ON c.id = t.cycle_id
    JOIN position p ON p.id = t.position_id
    JOIN org_unit u ON u.id = p.unit_id
    -- Each task's areas once, from the (task, area) index: the year's tasks drive the read, never
    -- a scan of every year's alignments.
    JOIN LATERAL (SELECT DISTINCT al.area FROM alignment al WHERE al.key_task_id = t.id AND al.area IS NOT NULL) a ON true
   WHERE c.year = $1 AND t.state = ANY($3) AND `;

const MISSING_SQL_PREFIX = `
  SELECT u.id FROM org_unit u
   WHERE u.kind = ANY($2) AND (u.valid_from IS NULL OR u.valid_from <= $3) AND (u.valid_to IS NULL OR u.valid_to >= $3)
     AND NOT EXISTS (
       SELECT 1 FROM key_task t JOIN cycle c ON c.id = t.cycle_id JOIN position p ON p.id = t.position_id
         JOIN alignment a ON a.key_task_id = t.id
        WHERE c.year = $1 AND p.unit_id = u.id AND a.area = $4 AND t.state = ANY($5) AND `;

/**
 * Which goal areas the year's tasks serve, and which localities carry none of an area — counted
 * over the tasks that serve their areas (shared GOAL_SERVING_STATES: not drafts, withdrawn or rejected).
 */
export class CoverageService {
  constructor(private readonly db: DataSource) {}

  async areas(cycleYear: number, scope: TaskScope): Promise<AreaCoverage[]> {
    const visible = taskScopeSql(scope, 't', 4);
    const sql = `${AREA_SQL_PREFIX}${visible.sql} GROUP BY a.area`;
    const rows: AreaCoverage[] = await this.db.query(sql, [
      cycleYear,
      [...COMMUNE_LEVEL_KINDS],
      [...GOAL_SERVING_STATES],
      ...visible.params,
    ]);
    const found = new Map(rows.map((row) => [row.area, row]));
    // Every area, the empty ones too: an area no leader works on is the finding.
    return codesOf(ALIGNMENT_AREAS).map((area) => found.get(area) ?? { area, tasks: 0, cadres: 0, localities: 0 });
  }

  /** Commune-level units in force at the start of the year with no task serving `area`. */
  async localitiesWithout(cycleYear: number, area: AlignmentArea, scope: TaskScope): Promise<OrgUnitEntity[]> {
    const visible = taskScopeSql(scope, 't', 6);
    const sql = `${MISSING_SQL_PREFIX}${visible.sql}) ORDER BY u.name`;
    const ids: Array<{ id: number }> = await this.db.query(sql, [
      cycleYear,
      [...COMMUNE_LEVEL_KINDS],
      localDate(cycleYear, 1, 1),
      area,
      [...GOAL_SERVING_STATES],
      ...visible.params,
    ]);
    if (ids.length === 0) return [];
    const units = await this.db
      .getRepository(OrgUnitEntity)
      .createQueryBuilder('u')
      .where('u.id IN (:...ids)', { ids: ids.map((row) => row.id) })
      .orderBy('u.name')
      .getMany();
    return units;
  }
}
