import { COMPLETED_OUTCOMES, EXEMPT_OUTCOMES, type LocalDate } from '@nvtt/shared';
import { registerEnumType } from 'type-graphql';

/**
 * How a drill-down's cadres are ordered: the columns the list page sorts by. Each key is computed
 * in SQL over the tasks the figure counted, the same way the page computes it for a row, so the
 * order holds across every page rather than within the rows loaded.
 */
export const DrillDownOrderEnum = {
  NAME: 'NAME',
  UNIT: 'UNIT',
  TASKS: 'TASKS',
  COMPLETION_RATE: 'COMPLETION_RATE',
  ON_TIME_RATE: 'ON_TIME_RATE',
  OPINIONS: 'OPINIONS',
} as const;
export type DrillDownOrder = keyof typeof DrillDownOrderEnum;

registerEnumType(DrillDownOrderEnum, {
  name: 'DrillDownOrder',
  description: 'What a drill-down’s cadres are sorted by; ties and unknown values (no rate yet) come by name.',
  valuesConfig: {
    NAME: { description: 'Full name, in Vietnamese order (họ và tên).' },
    UNIT: { description: 'The unit of the post held in the cycle’s year (đơn vị).' },
    TASKS: { description: 'Number of tasks the figure counted.' },
    COMPLETION_RATE: {
      description:
        'Completed / assessable tasks, by the outcome that stands (withdrawn, rejected and exempt left out).',
    },
    ON_TIME_RATE: { description: 'Milestones done by their due date / milestones due as of today.' },
    OPINIONS: { description: 'Advisory opinions on the counted tasks.' },
  },
});

export const DRILL_DOWN_ORDERS: readonly DrillDownOrder[] = Object.values(DrillDownOrderEnum);

/** Where a page ended: the order it was read in, the sort key, the name and the id of its last cadre. */
export type DrillDownCursor = readonly [
  order: DrillDownOrder,
  descending: boolean,
  key: string | number | null,
  name: string,
  id: number,
];

export function decodeDrillDownCursor(raw: unknown): DrillDownCursor | null {
  if (!Array.isArray(raw) || raw.length !== 5) return null;
  const [order, descending, key, name, id] = raw as unknown[];
  const isOrder = DRILL_DOWN_ORDERS.some((value) => value === order);
  const isKey = key === null || typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key));
  if (!isOrder || typeof descending !== 'boolean' || !isKey || typeof name !== 'string' || !Number.isInteger(id)) {
    return null;
  }
  return [order as DrillDownOrder, descending, key as string | number | null, name, id as number];
}

// The outcome that stands, as the dossier's measures read it; withdrawn and rejected tasks are not
// part of the year's results, and exempt ones count nowhere.
const OUTCOME = 'COALESCE(t.concluded_outcome, t.appraised_outcome, t.self_outcome)';
const MEASURED = `t.state NOT IN ('WITHDRAWN', 'REJECTED') AND (${OUTCOME} IS NULL OR ${OUTCOME} <> ALL(:drillExempt))`;
const ASSESSABLE = `${MEASURED} AND ${OUTCOME} IS NOT NULL`;
// Fallen due as the comparison counts them: due before the day, or due on it and done.
const FALLEN_DUE =
  'dm.key_task_id = t.id AND dm.due_on <= :drillAsOf AND (dm.done_on IS NOT NULL OR dm.due_on < :drillAsOf)';
const MILESTONES_DUE = `(SELECT count(*) FROM milestone dm WHERE ${FALLEN_DUE})`;
const MILESTONES_ON_TIME = `(SELECT count(*) FROM milestone dm WHERE ${FALLEN_DUE} AND dm.done_on <= dm.due_on)`;
// The post held during the year (the latest started), else the newest post: the unit the row shows.
const UNIT_NAME = `(SELECT du.name FROM position dp JOIN org_unit du ON du.id = dp.unit_id WHERE dp.cadre_id = dc.id
  ORDER BY (dp.starts_on <= :drillYearEnd AND (dp.ends_on IS NULL OR dp.ends_on >= :drillYearStart)) DESC,
           dp.starts_on DESC, dp.id ASC LIMIT 1)`;

/**
 * The SQL of an order's key over the counted tasks (alias `t`) grouped by cadre, with its
 * parameters. Rates are null while nothing is assessable or due; those rows sort last.
 */
export function drillDownOrderKey(
  order: DrillDownOrder,
  year: number | undefined,
  asOf: LocalDate,
): { sql: string; params: Record<string, unknown> } {
  switch (order) {
    case 'NAME':
      return { sql: 'min(dc.full_name)', params: {} };
    case 'UNIT':
      return {
        sql: UNIT_NAME,
        params: { drillYearStart: `${year ?? 1900}-01-01`, drillYearEnd: `${year ?? 9999}-12-31` },
      };
    case 'TASKS':
      return { sql: 'count(*)::float8', params: {} };
    case 'COMPLETION_RATE':
      return {
        sql: `(count(*) FILTER (WHERE ${ASSESSABLE} AND ${OUTCOME} = ANY(:drillCompleted)))::float8
              / NULLIF(count(*) FILTER (WHERE ${ASSESSABLE}), 0)`,
        params: { drillExempt: [...EXEMPT_OUTCOMES], drillCompleted: [...COMPLETED_OUTCOMES] },
      };
    case 'ON_TIME_RATE':
      return {
        sql: `(COALESCE(sum(${MILESTONES_ON_TIME}) FILTER (WHERE ${MEASURED}), 0))::float8
              / NULLIF(COALESCE(sum(${MILESTONES_DUE}) FILTER (WHERE ${MEASURED}), 0), 0)`,
        params: { drillExempt: [...EXEMPT_OUTCOMES], drillAsOf: asOf },
      };
    case 'OPINIONS':
      return { sql: 'sum((SELECT count(*) FROM opinion dop WHERE dop.key_task_id = t.id))::float8', params: {} };
    default: {
      const unreachable: never = order;
      throw new Error(`Unknown drill-down order: ${String(unreachable)}`);
    }
  }
}
