/**
 * Generator SQL, part 2: tasks, their outputs, alignments and milestones. A task's id is
 * ((cadre - 1) × 5 + year index) × 3 + ordinal, so its previous year's counterpart is id − 3.
 */

/**
 * How far each task got (its "fate", as the demo names it), its true outcome, and the assessments
 * around it. Closed years: 86 % concluded, some rejected, withdrawn or cut short (30 % of the former
 * districts' 2025 tasks, ended by the reform); 2026: most under way. $1: first year.
 */
export const TASK_INFO_SQL = `
  CREATE TABLE bench_gen.task AS
  WITH t AS (
    SELECT ((c.n - 1) * 5 + (y.year - $1::int)) * 3 + o AS id, c.n, y.year, y.id AS cycle_id, o AS ordinal,
           CASE WHEN y.year >= 2026 AND c.is_local THEN 2 * c.n ELSE 2 * c.n - 1 END AS position_id,
           CASE WHEN y.year >= 2026 THEN c.group_new ELSE c.group_old END AS subject_group,
           CASE WHEN y.year >= 2026 THEN c.name_new ELSE c.name_old END AS unit_name,
           CASE WHEN y.year >= 2026 THEN c.folded_new ELSE c.folded_old END AS unit_folded,
           c.family, c.skill, c.is_local
      FROM bench_gen.cadre c CROSS JOIN cycle y CROSS JOIN generate_series(1, 3) AS o
     WHERE y.year BETWEEN $1::int AND $1::int + 4
  ), f AS (
    SELECT t.*,
           CASE WHEN t.year < 2026 THEN
             CASE WHEN r.roll * (93 + CASE WHEN t.year = 2025 AND t.is_local THEN 30 ELSE 6 END) < 86 THEN 'CONCLUDED'
                  WHEN r.roll * (93 + CASE WHEN t.year = 2025 AND t.is_local THEN 30 ELSE 6 END) < 90 THEN 'REJECTED'
                  WHEN r.roll * (93 + CASE WHEN t.year = 2025 AND t.is_local THEN 30 ELSE 6 END) < 93 THEN 'WITHDRAWN'
                  ELSE 'CONCLUDED_PARTIAL' END
           ELSE
             CASE WHEN r.roll < 0.66 THEN 'IN_PROGRESS' WHEN r.roll < 0.70 THEN 'PLANNED' WHEN r.roll < 0.73 THEN 'ASSIGNED'
                  WHEN r.roll < 0.77 THEN 'REJECTED' WHEN r.roll < 0.79 THEN 'WITHDRAWN' WHEN r.roll < 0.82 THEN 'SUSPENDED'
                  WHEN r.roll < 0.88 THEN 'SELF_ASSESSED' WHEN r.roll < 0.94 THEN 'RESULT_APPRAISED'
                  ELSE 'RESULT_CONSULTED' END
           END AS fate,
           CASE WHEN bench_gen.u(t.id, 22) < 0.04 THEN 'EXEMPT_OBJECTIVE'
                WHEN bench_gen.u(t.id, 23) + t.skill > 0.84 THEN 'EXCEEDED'
                WHEN bench_gen.u(t.id, 23) + t.skill > 0.3 THEN 'COMPLETED_ON_TIME'
                WHEN bench_gen.u(t.id, 23) + t.skill > 0.17 THEN 'COMPLETED_LATE'
                WHEN bench_gen.u(t.id, 23) + t.skill > 0.06 THEN 'PARTIALLY_COMPLETED'
                ELSE 'NOT_COMPLETED' END AS outcome,
           bench_gen.u(t.id, 24) < 0.12 AS submitted_late
      FROM t CROSS JOIN LATERAL (SELECT bench_gen.u(t.id, 21) AS roll) r
  ), g AS (
    SELECT f.*,
           CASE f.fate WHEN 'CONCLUDED' THEN 11 WHEN 'RESULT_CONSULTED' THEN 10 WHEN 'RESULT_APPRAISED' THEN 9
                WHEN 'SELF_ASSESSED' THEN 8 WHEN 'IN_PROGRESS' THEN 7 WHEN 'SUSPENDED' THEN 7
                WHEN 'CONCLUDED_PARTIAL' THEN 7 WHEN 'PLANNED' THEN 6 WHEN 'ASSIGNED' THEN 5 WHEN 'REJECTED' THEN 4
                ELSE 1 END AS reach,
           CASE WHEN bench_gen.u(f.id, 25) < 0.25 THEN
             CASE f.outcome WHEN 'COMPLETED_ON_TIME' THEN 'EXCEEDED' WHEN 'COMPLETED_LATE' THEN 'COMPLETED_ON_TIME'
                  WHEN 'PARTIALLY_COMPLETED' THEN 'COMPLETED_LATE' WHEN 'NOT_COMPLETED' THEN 'PARTIALLY_COMPLETED'
                  ELSE f.outcome END
           ELSE f.outcome END AS generous,
           CASE WHEN f.submitted_late THEN make_date(f.year - 1, 10, 31) + floor(bench_gen.u(f.id, 26) * 12)::int
                ELSE make_date(f.year - 1, 10, 5) + floor(bench_gen.u(f.id, 26) * 26)::int END AS submit_day,
           CASE WHEN f.year >= 2026 AND f.fate IN ('SELF_ASSESSED', 'RESULT_APPRAISED', 'RESULT_CONSULTED')
                THEN CASE WHEN bench_gen.u(f.id, 27) < 0.5 THEN make_date(f.year, 6, 30) ELSE make_date(f.year, 9, 30) END
                ELSE make_date(f.year, 12, 31) END AS ends_on
      FROM f
  )
  SELECT g.id, g.n, g.year, g.cycle_id, g.ordinal, g.position_id, g.subject_group, g.unit_name, g.unit_folded,
         g.family, g.fate, g.reach, g.outcome, g.submitted_late, g.ends_on,
         CASE WHEN g.fate = 'CONCLUDED_PARTIAL' THEN 'CONCLUDED' ELSE g.fate END AS state,
         CASE WHEN g.reach >= 8 AND g.fate <> 'CONCLUDED_PARTIAL' THEN g.generous END AS self_outcome,
         CASE WHEN g.reach >= 9 THEN CASE WHEN bench_gen.u(g.id, 28) < 0.85 THEN g.outcome ELSE g.generous END END
           AS appraised_outcome,
         CASE g.fate WHEN 'CONCLUDED' THEN g.outcome WHEN 'CONCLUDED_PARTIAL' THEN 'EXEMPT_OBJECTIVE' END AS concluded_outcome,
         (g.submit_day + time '07:00' + floor(bench_gen.u(g.id, 29) * 600)::int * interval '1 minute')
           AT TIME ZONE 'Asia/Ho_Chi_Minh' AS submitted_at,
         (floor(bench_gen.u(g.n * 8 + g.year, 20) * tp.count)::int + g.ordinal - 1) % tp.count AS template_idx,
         NULL::int AS parent_task_id
    FROM g JOIN bench_gen.template tp ON tp.family = g.family AND tp.idx = 0`;

/**
 * 6 % of tasks continue last year's task of the same ordinal when that one was concluded (a
 * multi-year task, same template). Run once per year, oldest first, so chains keep one template.
 * $1: the year.
 */
export const CONTINUES_SQL = `
  UPDATE bench_gen.task t SET parent_task_id = p.id, template_idx = p.template_idx
    FROM bench_gen.task p
   WHERE t.year = $1::int AND bench_gen.u(t.id, 30) < 0.06 AND p.id = t.id - 3 AND p.state = 'CONCLUDED'`;

export const TASK_INDEX_SQL = `CREATE UNIQUE INDEX ON bench_gen.task (id)`;

/**
 * Outputs from the template: a number between its bounds, or a document due by a month; actuals
 * once a task is measured, as far as its true outcome reaches.
 */
export const OUTPUT_INFO_SQL = `
  CREATE TABLE bench_gen.output AS
  SELECT t.id AS task_id, o.ordinal::int AS ordinal, o.value->>'name' AS name, o.value->>'unit' AS unit,
         CASE WHEN o.value->>'unit' IS NULL THEN NULL
              WHEN o.value->>'unit' = '%' OR x.raw < 50 THEN round(x.raw) ELSE round(x.raw / 5) * 5 END AS target,
         CASE WHEN o.value->>'month' IS NULL THEN NULL
              ELSE least((make_date(t.year, (o.value->>'month')::int, 1) + interval '1 month - 1 day')::date, t.ends_on)
         END AS due_on,
         CASE t.outcome WHEN 'EXCEEDED' THEN 1.08 + 0.27 * x.a WHEN 'COMPLETED_ON_TIME' THEN 1.0 + 0.06 * x.a
              WHEN 'COMPLETED_LATE' THEN 1.0 + 0.03 * x.a WHEN 'PARTIALLY_COMPLETED' THEN 0.5 + 0.4 * x.a
              WHEN 'NOT_COMPLETED' THEN 0.05 + 0.4 * x.a ELSE 0.2 + 0.4 * x.a END AS ratio,
         (t.self_outcome IS NOT NULL OR t.concluded_outcome IS NOT NULL) AS measured
    FROM bench_gen.task t
    JOIN bench_gen.template tp ON tp.family = t.family AND tp.idx = t.template_idx
    CROSS JOIN LATERAL jsonb_array_elements(tp.outputs) WITH ORDINALITY AS o(value, ordinal)
    CROSS JOIN LATERAL (
      SELECT (o.value->>'min')::float8 + bench_gen.u(t.id * 4 + o.ordinal, 40) * ((o.value->>'max')::float8 - (o.value->>'min')::float8) AS raw,
             bench_gen.u(t.id * 4 + o.ordinal, 41) AS a
    ) x`;

export const OUTPUT_SQL = `
  INSERT INTO output_product (key_task_id, ordinal, name, unit, target, actual, due_on)
  SELECT task_id, ordinal, name, unit, target,
         CASE WHEN measured AND target IS NOT NULL THEN round((target * ratio)::numeric, 2) END, due_on
    FROM bench_gen.output ORDER BY task_id, ordinal`;

/**
 * The key tasks. Titles name the unit; the registered and assigned versions are snapshots of the
 * task as the workflow would take them. $1: description suffix, $2: its folded form.
 */
export const KEY_TASK_SQL = `
  INSERT INTO key_task (id, cycle_id, cadre_id, position_id, focal_unit_id, ordinal, title, description, starts_on,
                        ends_on, parent_task_id, multi_year, state, version, registered_snapshot, assigned_snapshot,
                        submitted_at, submitted_late, self_outcome, appraised_outcome, concluded_outcome,
                        state_reason, search_text, created_at, updated_at) OVERRIDING SYSTEM VALUE
  SELECT t.id, t.cycle_id, t.n, t.position_id, fr.focal_unit_id, t.ordinal, x.title, x.title || $1::text,
         make_date(t.year, 1, 1), t.ends_on, t.parent_task_id, t.parent_task_id IS NOT NULL, t.state, 1,
         s.snapshot, CASE WHEN t.reach >= 5 THEN s.snapshot END,
         t.submitted_at, t.submitted_late, t.self_outcome, t.appraised_outcome, t.concluded_outcome,
         CASE t.state WHEN 'REJECTED' THEN 'Không giao: trùng với nhiệm vụ chung của cấp ủy.'
              WHEN 'WITHDRAWN' THEN 'Cán bộ đề nghị rút để thay bằng nhiệm vụ phù hợp hơn.'
              WHEN 'SUSPENDED' THEN 'Tạm dừng do sắp xếp tổ chức bộ máy, điều động cán bộ.' END,
         x.folded || ' ' || x.folded || $2::text,
         t.submitted_at - interval '3 days',
         CASE WHEN t.year < 2026 THEN make_date(t.year + 1, 2, 20)::timestamptz ELSE t.submitted_at + interval '200 days' END
    FROM bench_gen.task t
    JOIN focal_agency_rule fr ON fr.cycle_id = t.cycle_id AND fr.subject_group = t.subject_group
    JOIN bench_gen.template tp ON tp.family = t.family AND tp.idx = t.template_idx
    CROSS JOIN LATERAL (
      SELECT replace(tp.title, '{unit}', t.unit_name) AS title, replace(tp.title_folded, '{unit}', t.unit_folded) AS folded
    ) x
    CROSS JOIN LATERAL (
      SELECT jsonb_build_object('version', 1, 'title', x.title, 'description', x.title || $1::text,
               'startsOn', make_date(t.year, 1, 1), 'endsOn', t.ends_on,
               'outputs', (SELECT jsonb_agg(jsonb_build_object('name', o.name, 'unit', o.unit, 'target', o.target,
                                                               'dueOn', o.due_on) ORDER BY o.ordinal)
                             FROM bench_gen.output o WHERE o.task_id = t.id)) AS snapshot
    ) s
   ORDER BY t.id`;

export const OUTPUT_INDEX_SQL = `CREATE INDEX ON bench_gen.output (task_id)`;

/** The goal area of the template; 40 % also cite the 2025–2030 congress resolution. */
export const ALIGNMENT_SQL = `
  INSERT INTO alignment (key_task_id, source, area, reference_text)
  SELECT t.id, a.source, tp.area, a.reference
    FROM bench_gen.task t
    JOIN bench_gen.template tp ON tp.family = t.family AND tp.idx = t.template_idx
    CROSS JOIN LATERAL (
      SELECT tp.source, '' AS reference
      UNION ALL
      SELECT 'NQDH_2025_2030', 'Mục tiêu, nhiệm vụ nhiệm kỳ 2025–2030'
       WHERE tp.source <> 'NQDH_2025_2030' AND bench_gen.u(t.id, 42) < 0.4
    ) a
   ORDER BY t.id`;

/**
 * Twelve monthly milestones for every planned task (fewer when it ends mid-year), half of them with
 * a year-end milestone too. Done on time or late as the true outcome suggests, as of $1; a task
 * suspended or cut short stops after June.
 */
export const MILESTONE_SQL = `
  INSERT INTO milestone (key_task_id, period_kind, period_label, due_on, expected_output, done_on)
  SELECT m.task_id, m.kind, m.label, m.due, m.expected,
         CASE WHEN m.due <= $1::date AND m.progressing AND NOT (m.stopped AND m.due > make_date(m.year, 6, 30))
                   AND NOT (m.late_done AND bench_gen.u(m.seed, 52) < 0.3)
                   AND m.candidate <= $1::date
              THEN m.candidate END
    FROM (
      SELECT t.id AS task_id, t.year, k.kind, k.label, k.due, k.seed,
             (o.name || ': hoàn thành ' || round(k.step * 100.0 / k.steps) || '% kế hoạch') AS expected,
             t.reach >= 7 AS progressing, t.fate IN ('SUSPENDED', 'CONCLUDED_PARTIAL') AS stopped,
             l.late_done,
             CASE WHEN l.late_done THEN k.due + 3 + floor(bench_gen.u(k.seed, 53) * 38)::int
                  ELSE k.due - floor(bench_gen.u(k.seed, 53) * 11)::int END AS candidate
        FROM bench_gen.task t
        JOIN bench_gen.output o ON o.task_id = t.id AND o.ordinal = 1
        CROSS JOIN LATERAL (
          SELECT 'MONTH' AS kind, 'Tháng ' || mo || '/' || t.year AS label,
                 (make_date(t.year, mo, 1) + interval '1 month - 1 day')::date AS due, mo AS step,
                 extract(month FROM t.ends_on)::int AS steps, t.id * 16 + mo AS seed
            FROM generate_series(1, extract(month FROM t.ends_on)::int) AS mo
          UNION ALL
          SELECT 'YEAR', 'Năm ' || t.year, t.ends_on, 12, 12, t.id * 16 + 13
           WHERE t.ends_on = make_date(t.year, 12, 31) AND bench_gen.u(t.id, 50) < 0.5
        ) k
        CROSS JOIN LATERAL (
          SELECT bench_gen.u(k.seed, 51) >= CASE WHEN t.outcome IN ('EXCEEDED', 'COMPLETED_ON_TIME') THEN 0.92
                                                 WHEN t.outcome = 'COMPLETED_LATE' THEN 0.55 ELSE 0.4 END AS late_done
        ) l
       WHERE t.reach >= 6
    ) m
   ORDER BY m.task_id, m.due, m.kind`;
