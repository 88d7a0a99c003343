import type { AnalyticsDimension } from '@nvtt/shared';

/**
 * How each dimension reads a task: the unit (if any), a code, a label, and the label's collation
 * (unit names sort in Vietnamese order, codes bytewise). Fixed text, no user input.
 */
export const DIMENSION_SQL: Readonly<
  Record<
    AnalyticsDimension,
    { unit: string; code: string; label: string; join: string; collation: 'vietnamese' | 'default' }
  >
> = {
  PROVINCE: { unit: 'NULL::int', code: `'ALL'`, label: `'Toàn tỉnh'`, join: '', collation: 'default' },
  LOCALITY: { unit: 'u.id', code: 'u.code', label: 'u.name', join: '', collation: 'vietnamese' },
  LEGACY_DISTRICT: {
    unit: 'd.id',
    code: `coalesce(d.code, '')`,
    label: `coalesce(d.name, '')`,
    join: `LEFT JOIN org_unit d ON d.id = coalesce(u.legacy_district_id, CASE WHEN u.kind = 'DISTRICT' THEN u.id END)`,
    collation: 'vietnamese',
  },
  SECTOR: { unit: 'NULL::int', code: 'u.sector', label: 'u.sector', join: '', collation: 'default' },
  SUBJECT_GROUP: {
    unit: 'NULL::int',
    code: 'p.subject_group',
    label: 'p.subject_group',
    join: '',
    collation: 'default',
  },
  FOCAL_AGENCY: {
    unit: 'f.id',
    code: 'f.code',
    label: 'f.name',
    join: 'JOIN org_unit f ON f.id = t.focal_unit_id',
    collation: 'vietnamese',
  },
  UNIT_KIND: { unit: 'NULL::int', code: 'u.kind', label: 'u.kind', join: '', collation: 'default' },
  ALIGNMENT_AREA: {
    unit: 'NULL::int',
    code: `coalesce(al.area, '')`,
    label: `coalesce(al.area, '')`,
    // Per task, from the (task, area) index: never the whole alignment table.
    // A task in each of its goal areas; one with none (no link, or links to a resolution only) in
    // the row '' ("no goal area"), so every task is counted and every row can be drilled into.
    join: 'LEFT JOIN LATERAL (SELECT DISTINCT a.area FROM alignment a WHERE a.key_task_id = t.id AND a.area IS NOT NULL) al ON true',
    collation: 'default',
  },
};

/** The figures of a row, as returned and as stored in a summary (jsonb_to_recordset column list). */
const FIGURE_COLUMNS = `"cycleYear" int, "unitId" int, code text, label text, "unitId2" int, code2 text, label2 text,
  cadres int, tasks int, registered int, "registeredOnTime" int, assigned int, assessable int, completed int,
  "onTime" int, late int, exceeded int, partial int, "notCompleted" int, exempt int,
  "selfAboveConcluded" int, "appraisedAboveConcluded" int, "milestonesDue" int, "milestonesOnTime" int`;

const FIGURE_NAMES = FIGURE_COLUMNS.split(',').map((column) => column.trim().split(' ')[0]);

/**
 * The comparison rows per cycle, with the cycle's id and the last milestone due date of the tasks
 * counted (after which the figures no longer depend on the day asked). `cycleFilter` restricts
 * the cycles and `tallyJoin` reads each task's tally as `mt` (fixed text). Parameters: $1 years, $2 the day asked, $3–$8 the vocabulary; the
 * scope's own after them.
 */
function rowsSql(
  dimension: AnalyticsDimension,
  second: AnalyticsDimension | null,
  scopeSql: string,
  cycleFilter: string,
  tallyJoin = 'LEFT JOIN milestone_tally mt ON mt.key_task_id = t.id',
): string {
  const d = DIMENSION_SQL[dimension];
  // The second dimension of a matrix; 'NULL' columns when the comparison has one dimension.
  const e = second ? DIMENSION_SQL[second] : { unit: 'NULL::int', code: 'NULL::text', label: 'NULL::text', join: '' };
  // Two passes: per cadre within each row (distinct cadres without a DISTINCT aggregate carrying
  // every task's columns), then per row. A milestone counts once it has fallen due by the day asked
  // ($2): due before it, or due on it and done (shared milestoneFallenDue: a milestone has the whole
  // of its due day). A task whose milestones are all due before $2 (every task of a
  // closed cycle) takes its counts from its tally (milestone_tally, kept by triggers on milestone);
  // the others count theirs by an index-only range scan on (task, due date) carrying the done date:
  // never a scan of the milestone table. Exempt tasks count no milestones.
  return `
    SELECT r.cycle_id, r.year AS "cycleYear", r.unit_id AS "unitId", r.code, min(r.label) AS label,
           r.unit_id2 AS "unitId2", r.code2 AS "code2", min(r.label2) AS "label2",
           count(*)::int AS cadres,
           sum(r.tasks)::int AS tasks,
           sum(r.registered)::int AS registered,
           sum(r.registered_on_time)::int AS "registeredOnTime",
           sum(r.assigned)::int AS assigned,
           sum(r.assessable)::int AS assessable,
           sum(r.completed)::int AS completed,
           sum(r.on_time)::int AS "onTime",
           sum(r.late)::int AS late,
           sum(r.exceeded)::int AS exceeded,
           sum(r.partial)::int AS partial,
           sum(r.not_completed)::int AS "notCompleted",
           sum(r.exempt)::int AS exempt,
           sum(r.self_above)::int AS "selfAboveConcluded",
           sum(r.appraised_above)::int AS "appraisedAboveConcluded",
           sum(r.milestones_due)::int AS "milestonesDue",
           sum(r.milestones_on_time)::int AS "milestonesOnTime",
           max(r.last_due) AS last_due
      FROM (
        SELECT k.cycle_id, k.year, k.unit_id, k.code, min(k.label) AS label, k.unit_id2, k.code2, min(k.label2) AS label2,
               count(*) AS tasks,
               count(*) FILTER (WHERE k.submitted_at IS NOT NULL) AS registered,
               count(*) FILTER (WHERE k.submitted_at IS NOT NULL AND NOT k.submitted_late) AS registered_on_time,
               count(*) FILTER (WHERE k.state = ANY($3)) AS assigned,
               count(*) FILTER (WHERE k.concluded_outcome IS NOT NULL AND k.concluded_outcome <> ALL($4)) AS assessable,
               count(*) FILTER (WHERE k.concluded_outcome = ANY($5)) AS completed,
               count(*) FILTER (WHERE k.concluded_outcome = ANY($6)) AS on_time,
               count(*) FILTER (WHERE k.concluded_outcome = ANY($7)) AS late,
               count(*) FILTER (WHERE k.concluded_outcome = 'EXCEEDED') AS exceeded,
               count(*) FILTER (WHERE k.concluded_outcome = 'PARTIALLY_COMPLETED') AS partial,
               count(*) FILTER (WHERE k.concluded_outcome = 'NOT_COMPLETED') AS not_completed,
               count(*) FILTER (WHERE k.concluded_outcome = ANY($4)) AS exempt,
               count(*) FILTER (WHERE array_position($8::text[], k.self_outcome) < array_position($8::text[], k.concluded_outcome)) AS self_above,
               count(*) FILTER (WHERE array_position($8::text[], k.appraised_outcome) < array_position($8::text[], k.concluded_outcome)) AS appraised_above,
               sum(coalesce(k.tally_due, m.due)) AS milestones_due,
               sum(coalesce(k.tally_on_time, m.on_time)) AS milestones_on_time,
               max(k.last_due_on) AS last_due
          FROM (
            SELECT t.id, t.cadre_id, c.id AS cycle_id, c.year, t.state, t.submitted_at, t.submitted_late, t.concluded_outcome,
                   t.self_outcome, t.appraised_outcome, mt.last_due_on,
                   ${d.unit} AS unit_id, ${d.code} AS code, ${d.label} AS label,
                   ${e.unit} AS unit_id2, ${e.code} AS code2, ${e.label} AS label2,
                   CASE WHEN t.concluded_outcome = ANY($4) THEN 0 WHEN mt.last_due_on < $2 THEN mt.total END AS tally_due,
                   CASE WHEN t.concluded_outcome = ANY($4) THEN 0 WHEN mt.last_due_on < $2 THEN mt.on_time END AS tally_on_time
              FROM key_task t
              ${tallyJoin}
              JOIN cycle c ON c.id = t.cycle_id
              JOIN position p ON p.id = t.position_id
              JOIN org_unit u ON u.id = p.unit_id
              ${d.join}
              ${e.join}
             WHERE c.year = ANY($1) AND ${cycleFilter} AND ${scopeSql}
          ) k
          CROSS JOIN LATERAL (
            SELECT count(*) AS due, count(*) FILTER (WHERE m.done_on <= m.due_on) AS on_time
              FROM milestone m
             WHERE k.tally_due IS NULL AND m.key_task_id = k.id AND m.due_on <= $2
               AND (m.done_on IS NOT NULL OR m.due_on < $2)
          ) m
         GROUP BY k.cycle_id, k.year, k.unit_id, k.code, k.unit_id2, k.code2, k.cadre_id
      ) r
     GROUP BY r.cycle_id, r.year, r.unit_id, r.code, r.unit_id2, r.code2`;
}

/** The order of the rows: by year, then label and code of each dimension (labels in their collation). */
function orderSql(dimension: AnalyticsDimension, second: AnalyticsDimension | null, alias: string): string {
  const labelCollation = DIMENSION_SQL[dimension].collation;
  const label2Collation = second ? DIMENSION_SQL[second].collation : 'default';
  return `${alias}."cycleYear", ${alias}.label COLLATE "${labelCollation}", ${alias}.code,
          ${alias}.label2 COLLATE "${label2Collation}", ${alias}.code2, ${alias}."unitId", ${alias}."unitId2"`;
}

/** Every row computed from the tasks, for the cycles of $1 (one statement; nothing cached). */
export function liveComparisonSql(
  dimension: AnalyticsDimension,
  second: AnalyticsDimension | null,
  scopeSql: string,
): string {
  const figures = FIGURE_NAMES.map((name) => `l.${name}`).join(', ');
  return `
    SELECT ${figures}
      FROM (${rowsSql(dimension, second, scopeSql, 'TRUE')}) l
     ORDER BY ${orderSql(dimension, second, 'l')}`;
}

/**
 * A stored summary still valid for a cycle aliased `c`: same key ($9 dimension, $10 second
 * dimension or '', $11 scope key, $12 the formula's fingerprint), the cycle's data version
 * unchanged since the summary was computed (every write a comparison can see bumps it), and
 * either computed for the day asked ($2), or the cycle closed and both the summary's day and the
 * day asked after the last day any milestone it counted was due: on every such day the figures
 * are the same ($2 is read only by the milestone counts of rowsSql).
 */
function validSummarySql(cycle: string): string {
  return `SELECT s.rows FROM comparison_summary s JOIN comparison_cycle_version v ON v.cycle_id = s.cycle_id
           WHERE s.cycle_id = ${cycle}.id AND s.dimension = $9 AND s.second_dimension = $10 AND s.scope_key = $11 AND s.formula = $12
             AND s.data_version = v.version
             AND (s.computed_on = $2
                  OR (v.closed AND (s.settled_on IS NULL OR (s.settled_on < s.computed_on AND s.settled_on < $2))))`;
}

/**
 * One statement (one snapshot): the rows of every cycle with a valid summary read from it, the
 * others computed from the tasks, all in the live order; and, in a data-modifying CTE, the
 * computed rows of each of those cycles, open or closed, stored as its summary for the day asked
 * under the data version read in that same snapshot (so figures can never be stored under a
 * version written after them). A cycle with no row in scope is stored empty. A summary computed
 * from an older snapshot (a lower version) never replaces one of a newer version; at the same
 * version, one computed for a later day replaces one for an earlier day.
 */
export function summarisedComparisonSql(
  dimension: AnalyticsDimension,
  second: AnalyticsDimension | null,
  scopeSql: string,
): string {
  const figures = (alias: string) => FIGURE_NAMES.map((name) => `${alias}.${name}`).join(', ');
  const stored = FIGURE_NAMES.map((name) => (name === '"cycleYear"' ? 'c.year' : `x.${name}`)).join(', ');
  return `
    WITH computed AS MATERIALIZED (
      ${rowsSql(
        dimension,
        second,
        scopeSql,
        // The cycles to compute as an array, so that only their tasks are read (an index range per
        // cycle); a join condition here let the planner read every cycle's tasks and filter after.
        `t.cycle_id = ANY (ARRAY(SELECT cy.id FROM cycle cy WHERE cy.year = ANY ($1) AND NOT EXISTS (${validSummarySql('cy')})))`,
        // Each task's tally by its key (OFFSET 0 keeps it a per-task lookup): hashing every
        // cycle's tallies would cost as much as the years summarised save.
        `LEFT JOIN LATERAL (SELECT x.total, x.on_time, x.last_due_on FROM milestone_tally x
                            WHERE x.key_task_id = t.id OFFSET 0) mt ON true`,
      )}
    ),
    missed AS (
      SELECT cy.id AS cycle_id, v.version, agg.settled_on, coalesce(agg.rows, '[]'::jsonb) AS rows
        FROM cycle cy
        JOIN comparison_cycle_version v ON v.cycle_id = cy.id
        LEFT JOIN (SELECT k.cycle_id, max(k.last_due) AS settled_on,
                          jsonb_agg(to_jsonb(k) - 'cycle_id' - 'last_due') AS rows
                     FROM computed k GROUP BY k.cycle_id) agg ON agg.cycle_id = cy.id
       WHERE cy.year = ANY($1) AND NOT EXISTS (${validSummarySql('cy')})
    ),
    stored AS (
      INSERT INTO comparison_summary AS s
             (cycle_id, dimension, second_dimension, scope_key, formula, data_version, settled_on, computed_on, rows)
      SELECT m.cycle_id, $9, $10, $11, $12, m.version, m.settled_on, $2::date, m.rows FROM missed m ORDER BY m.cycle_id
      ON CONFLICT (cycle_id, dimension, second_dimension, scope_key, formula) DO UPDATE
         SET data_version = excluded.data_version, settled_on = excluded.settled_on, computed_on = excluded.computed_on,
             rows = excluded.rows, computed_at = now()
       WHERE s.data_version < excluded.data_version
          OR (s.data_version = excluded.data_version AND s.computed_on < excluded.computed_on)
    )
    SELECT u.* FROM (
      SELECT ${figures('l')} FROM computed l
      UNION ALL
      SELECT ${stored}
        FROM cycle c
        CROSS JOIN LATERAL (${validSummarySql('c')}) hit
        CROSS JOIN LATERAL jsonb_to_recordset(hit.rows) AS x(${FIGURE_COLUMNS})
       WHERE c.year = ANY($1)
    ) u
    ORDER BY ${orderSql(dimension, second, 'u')}`;
}
