/**
 * Generator SQL, part 3: the reviews around each task (appraisals, the advisory agencies' opinions,
 * self-assessments), the assignment decisions, year-end conclusions and ratings, and the accounts
 * the bench signs in with.
 */

/** Local office hours (UTC+7) on `day`, `salt` picking the minute. */
const officeTime = (day: string, seed: string, salt: number) =>
  `((${day}) + time '07:30' + floor(bench_gen.u(${seed}, ${salt}) * 540)::int * interval '1 minute') AT TIME ZONE 'Asia/Ho_Chi_Minh'`;

/**
 * Two or three advisory agencies give an opinion on each registration that went to consultation,
 * one more on the results once appraised: 2–4 per task. Some are late.
 * $1: opinion texts, $2: their verdicts.
 */
export const OPINION_SQL = `
  INSERT INTO opinion (key_task_id, stage, agency_unit_id, author_label, verdict, proposed_outcome, text, submitted_at, late)
  SELECT o.task_id, o.stage, a.unit_id, a.author, o.verdict, o.proposed, o.text, o.at, o.late
    FROM (
      SELECT t.id AS task_id, 'REGISTRATION' AS stage, t.year, k AS slot, t.id * 8 + k AS seed,
             floor(bench_gen.u(t.id, 61) * 1000)::int AS offset_pick,
             ($2::text[])[1 + (t.id + k) % cardinality($1::text[])] AS verdict, NULL::text AS proposed,
             ($1::text[])[1 + (t.id + k) % cardinality($1::text[])] AS text,
             l.late,
             ${officeTime(
               `CASE WHEN l.late THEN make_date(t.year - 1, 12, 11) + floor(bench_gen.u(t.id * 8 + k, 63) * 8)::int
                     ELSE make_date(t.year - 1, 11, 16) + floor(bench_gen.u(t.id * 8 + k, 63) * 25)::int END`,
               't.id * 8 + k',
               64,
             )} AS at
        FROM bench_gen.task t
        CROSS JOIN LATERAL generate_series(0, 1 + (bench_gen.u(t.id, 60) < 0.5)::int) AS k
        CROSS JOIN LATERAL (SELECT bench_gen.u(t.id * 8 + k, 62) < 0.06 AS late) l
       WHERE t.reach >= 3
      UNION ALL
      SELECT t.id, 'RESULT', t.year, 0, t.id * 8 + 7, floor(bench_gen.u(t.id, 65) * 1000)::int,
             'AGREE', t.outcome, 'Thống nhất với kết quả thẩm định của cơ quan đầu mối.', l.late,
             ${officeTime(
               `CASE WHEN t.ends_on < make_date(t.year, 12, 31) THEN t.ends_on + 30 + floor(bench_gen.u(t.id, 66) * 15)::int
                     WHEN l.late THEN make_date(t.year + 1, 1, 26) + floor(bench_gen.u(t.id, 66) * 6)::int
                     ELSE make_date(t.year + 1, 1, 10) + floor(bench_gen.u(t.id, 66) * 16)::int END`,
               't.id',
               67,
             )}
        FROM bench_gen.task t
        CROSS JOIN LATERAL (SELECT t.ends_on = make_date(t.year, 12, 31) AND bench_gen.u(t.id, 68) < 0.05 AS late) l
       WHERE t.reach >= 9
    ) o
    JOIN bench_gen.advisory a
      ON a.year = o.year AND a.stage = o.stage AND a.idx = (o.offset_pick + o.slot) % a.count
   ORDER BY o.task_id, o.stage, o.slot`;

/** The focal agency's appraisal of the registration, and of the results once self-assessed. */
export const APPRAISAL_SQL = `
  INSERT INTO appraisal (key_task_id, stage, agency_unit_id, author_label, verdict, proposed_outcome, comment, created_at, late)
  SELECT t.id, s.stage, fr.focal_unit_id, 'Chuyên viên ' || u.name, 'ACCEPTED', s.proposed, s.comment, s.at, false
    FROM bench_gen.task t
    JOIN focal_agency_rule fr ON fr.cycle_id = t.cycle_id AND fr.subject_group = t.subject_group
    JOIN org_unit u ON u.id = fr.focal_unit_id
    CROSS JOIN LATERAL (
      SELECT 'REGISTRATION' AS stage, NULL::text AS proposed, 'Đạt yêu cầu về sản phẩm đầu ra và căn cứ.' AS comment,
             ${officeTime(`make_date(t.year - 1, 11, 1) + floor(bench_gen.u(t.id, 70) * 14)::int`, 't.id', 71)} AS at
       WHERE t.reach >= 2
      UNION ALL
      SELECT 'RESULT', t.appraised_outcome, 'Đối chiếu sản phẩm đầu ra và minh chứng.',
             ${officeTime(
               `CASE WHEN t.ends_on < make_date(t.year, 12, 31) THEN t.ends_on + 25 + floor(bench_gen.u(t.id, 72) * 5)::int
                     ELSE make_date(t.year + 1, 1, 3) + floor(bench_gen.u(t.id, 72) * 7)::int END`,
               't.id',
               73,
             )}
       WHERE t.reach >= 9
    ) s
   ORDER BY t.id, s.stage DESC`;

/** The cadre's self-assessment (8 % after the 31-12 deadline). */
export const SELF_ASSESSMENT_SQL = `
  INSERT INTO self_assessment (key_task_id, outcome, summary, submitted_at, late)
  SELECT t.id, t.self_outcome, 'Kết quả thực hiện nhiệm vụ theo báo cáo và minh chứng kèm theo.',
         ${officeTime(
           `CASE WHEN t.ends_on < make_date(t.year, 12, 31) THEN t.ends_on + 5 + floor(bench_gen.u(t.id, 80) * 15)::int
                 WHEN l.late THEN make_date(t.year + 1, 1, 1) + floor(bench_gen.u(t.id, 80) * 10)::int
                 ELSE make_date(t.year, 12, 10) + floor(bench_gen.u(t.id, 80) * 22)::int END`,
           't.id',
           81,
         )},
         l.late
    FROM bench_gen.task t
    CROSS JOIN LATERAL (SELECT t.ends_on = make_date(t.year, 12, 31) AND bench_gen.u(t.id, 82) < 0.08 AS late) l
   WHERE t.self_outcome IS NOT NULL
   ORDER BY t.id`;

/** One assignment notice per cycle, signed at the end of the year before. */
export const DECISION_SQL = `
  INSERT INTO assignment_decision (cycle_id, document_number, signed_on, signer_label, created_at)
  SELECT y.id, (90 + y.year % 90) || '-TB/TU', make_date(y.year - 1, 12, 28),
         'Phó Bí thư Thường trực Tỉnh ủy', make_date(y.year - 1, 12, 28) + time '15:00'
    FROM cycle y WHERE y.year BETWEEN $1::int AND $1::int + 4 ORDER BY y.year`;

export const DECISION_TASK_SQL = `
  INSERT INTO assignment_decision_task (decision_id, key_task_id, result)
  SELECT d.id, t.id, CASE WHEN t.fate = 'REJECTED' THEN 'REJECTED' ELSE 'ASSIGNED' END
    FROM bench_gen.task t JOIN assignment_decision d ON d.cycle_id = t.cycle_id
   WHERE t.reach >= 5 OR t.fate = 'REJECTED'
   ORDER BY t.id`;

/**
 * Closed years: the Standing Committee's conclusion and the official rating of every cadre with a
 * concluded task. The level is the highest the measures support, as a decision body would pick it.
 * $1: scale version.
 */
export const CONCLUSION_SQL = `
  INSERT INTO conclusion (cycle_id, cadre_id, document_number, concluded_on, summary, decider_label, created_at)
  SELECT t.cycle_id, t.n, (t.year - 2000 + 100) || '-KL/TU', make_date(t.year + 1, 2, 20),
         CASE WHEN bool_and(t.concluded_outcome IN ('EXCEEDED', 'COMPLETED_ON_TIME', 'COMPLETED_LATE'))
              THEN 'Hoàn thành các nhiệm vụ trọng tâm được giao.'
              ELSE 'Còn nhiệm vụ chưa hoàn thành hoặc không đánh giá do nguyên nhân khách quan.' END,
         'Phó Bí thư Thường trực Tỉnh ủy', make_date(t.year + 1, 2, 20) + time '16:00'
    FROM bench_gen.task t
   WHERE t.year < 2026 AND t.concluded_outcome IS NOT NULL
   GROUP BY t.cycle_id, t.n, t.year
   ORDER BY t.year, t.n`;

export const RATING_SQL = `
  INSERT INTO quality_rating (cycle_id, cadre_id, level, scale_version, score, decided_on, decider_label, note, created_at)
  SELECT r.cycle_id, r.n,
         CASE WHEN r.score >= 90 AND r.assessable > 0 AND r.on_time = r.assessable AND r.exceeded >= 0.3 * r.assessable
                THEN 'EXCELLENT'
              WHEN r.score >= 70 AND r.on_time = r.assessable THEN 'GOOD'
              WHEN r.score >= 50 AND r.completed + 0.0 >= 0.8 * r.assessable THEN 'COMPLETED'
              ELSE 'NOT_COMPLETED' END,
         $1::text, r.score, make_date(r.year + 1, 2, 20), 'Phó Bí thư Thường trực Tỉnh ủy', '',
         make_date(r.year + 1, 2, 20) + time '16:30'
    FROM (
      SELECT c.*, greatest(35, least(98, round(52 + 38 * coalesce(c.completed::numeric / nullif(c.assessable, 0), 0.5)
                     + 10 * coalesce(c.exceeded::numeric / nullif(c.assessable, 0), 0)
                     + floor(bench_gen.u(c.n * 8 + c.year, 90) * 13) - 6))) AS score
        FROM (
          SELECT t.cycle_id, t.n, t.year,
                 count(*) FILTER (WHERE t.concluded_outcome <> 'EXEMPT_OBJECTIVE') AS assessable,
                 count(*) FILTER (WHERE t.concluded_outcome IN ('EXCEEDED', 'COMPLETED_ON_TIME', 'COMPLETED_LATE')) AS completed,
                 count(*) FILTER (WHERE t.concluded_outcome IN ('EXCEEDED', 'COMPLETED_ON_TIME')) AS on_time,
                 count(*) FILTER (WHERE t.concluded_outcome = 'EXCEEDED') AS exceeded
            FROM bench_gen.task t
           WHERE t.year < 2026 AND t.concluded_outcome IS NOT NULL
           GROUP BY t.cycle_id, t.n, t.year
        ) c
    ) r
   ORDER BY r.year, r.n`;

/**
 * A Ban Tổ chức account that reads everything, and cadre accounts that report progress on their
 * 2026 tasks (the cadres whose first 2026 task is under way, lowest codes first). Passwords are a
 * hash nobody knows: the bench signs in with API tokens, made fresh on every run.
 * $1: password hash, $2: number of cadre accounts.
 */
export const ACCOUNTS_SQL = [
  `INSERT INTO app_user (username, display_name, password_hash, global_roles, password_changed_at, created_at)
   VALUES ('bench.btc', 'Chuyên viên Ban Tổ chức Tỉnh ủy (đo hiệu năng)', $1, '{}', now(), now())`,
  `INSERT INTO user_membership (user_id, unit_id, role)
   SELECT u.id, o.id, r.role FROM app_user u, org_unit o, unnest(ARRAY['CONSOLIDATOR', 'FOCAL']) AS r(role)
    WHERE u.username = 'bench.btc' AND o.code = 'BTCTU'`,
  `INSERT INTO app_user (username, display_name, password_hash, cadre_id, password_changed_at, created_at)
   SELECT 'bench.' || lower(c.code), c.full_name, $1, c.id, now(), now()
     FROM bench_gen.task t JOIN cadre c ON c.id = t.n
    WHERE t.year = 2026 AND t.ordinal = 1 AND t.state = 'IN_PROGRESS'
    ORDER BY c.id LIMIT $2::int`,
];
