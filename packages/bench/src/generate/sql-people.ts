/**
 * Generator SQL, part 1: helpers, reference tables and people. Everything is derived from a row
 * number through `bench_gen.u(x, salt)`, a uniform number in [0, 1) from PostgreSQL's seeded 64-bit
 * integer hash, so the same tier gives the same rows on every machine. Helper tables live in the
 * schema `bench_gen`, dropped at the end.
 */

export const SETUP_SQL = [
  `DROP SCHEMA IF EXISTS bench_gen CASCADE`,
  `CREATE SCHEMA bench_gen`,
  // One expression over one use of each argument: PostgreSQL inlines it into the calling query.
  `CREATE FUNCTION bench_gen.u(x bigint, salt bigint) RETURNS double precision
     LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT ((hashint8extended(x, salt) >> 11) & 9007199254740991)::double precision / 9007199254740992.0 $$`,
];

/** $1: communes as JSON (see CommuneRow). */
export const COMMUNE_SQL = `
  CREATE TABLE bench_gen.commune AS
  SELECT (row_number() OVER (ORDER BY c.code))::int - 1 AS idx, u.id AS unit_id, d.id AS district_id,
         c.name, c.name_folded, c.district_name, c.district_folded,
         c.secretary_old, c.chair_old, c.secretary_new, c.chair_new, c.bias
    FROM jsonb_to_recordset($1::jsonb) AS c(code text, district text, name text, name_folded text,
         district_name text, district_folded text, secretary_old text, chair_old text, secretary_new text,
         chair_new text, bias float8)
    JOIN org_unit u ON u.code = c.code
    JOIN org_unit d ON d.code = c.district`;

/** $1: provincial bodies as JSON (see ProvincialRow). */
export const PROVINCIAL_SQL = `
  CREATE TABLE bench_gen.provincial AS
  SELECT (row_number() OVER (ORDER BY p.code))::int - 1 AS idx, u.id AS unit_id, p.name, p.name_folded,
         p.title, p.family, p.groups, p.bias
    FROM jsonb_to_recordset($1::jsonb) AS p(code text, name text, name_folded text, title text, family text,
         groups text[], bias float8)
    JOIN org_unit u ON u.code = p.code`;

/** $1: task templates as JSON. */
export const TEMPLATE_SQL = `
  CREATE TABLE bench_gen.template AS
  SELECT t.family, t.idx, t.count, t.title, t.title_folded, t.area, t.source, t.outputs
    FROM jsonb_to_recordset($1::jsonb) AS t(family text, idx int, count int, title text, title_folded text,
         area text, source text, outputs jsonb)`;

/** $1: advisory agencies by cycle year and review stage, as JSON. */
export const ADVISORY_SQL = `
  CREATE TABLE bench_gen.advisory AS
  SELECT a.year, a.stage, a.idx, count(*) OVER (PARTITION BY a.year, a.stage)::int AS count, u.id AS unit_id,
         'Chuyên viên ' || u.name AS author
    FROM jsonb_to_recordset($1::jsonb) AS a(year int, stage text, idx int, code text)
    JOIN org_unit u ON u.code = a.code`;

/**
 * Who each cadre is: 70 % lead a locality (a former district until 30-6-2025, then a commune of it,
 * 5 % rotated to a commune elsewhere), 30 % a provincial body. `skill` carries the skew of
 * completion by locality and sector. $1: cadres, $2: communes, $3: provincial bodies.
 */
export const CADRE_INFO_SQL = `
  CREATE TABLE bench_gen.cadre AS
  WITH base AS (
    SELECT n, bench_gen.u(n, 1) < 0.7 AS is_local, bench_gen.u(n, 2) AS pick, bench_gen.u(n, 3) < 0.5 AS secretary,
           bench_gen.u(n, 4) < 0.05 AS rotated, (bench_gen.u(n, 5) - 0.5) * 0.3 AS personal, bench_gen.u(n, 6) AS g
      FROM generate_series(1, $1::int) AS n
  )
  SELECT b.n, b.is_local, b.is_local AND b.rotated AS rotated,
         CASE WHEN b.is_local THEN c.district_id ELSE p.unit_id END AS unit_old,
         CASE WHEN NOT b.is_local THEN p.unit_id WHEN b.rotated THEN r.unit_id ELSE c.unit_id END AS unit_new,
         CASE WHEN NOT b.is_local THEN p.title WHEN b.secretary THEN c.secretary_old ELSE c.chair_old END AS title_old,
         CASE WHEN NOT b.is_local THEN p.title
              WHEN b.rotated THEN CASE WHEN b.secretary THEN r.secretary_new ELSE r.chair_new END
              WHEN b.secretary THEN c.secretary_new ELSE c.chair_new END AS title_new,
         CASE WHEN b.is_local THEN c.district_name ELSE p.name END AS name_old,
         CASE WHEN b.is_local THEN c.district_folded ELSE p.name_folded END AS folded_old,
         CASE WHEN NOT b.is_local THEN p.name WHEN b.rotated THEN r.name ELSE c.name END AS name_new,
         CASE WHEN NOT b.is_local THEN p.name_folded WHEN b.rotated THEN r.name_folded ELSE c.name_folded END AS folded_new,
         CASE WHEN NOT b.is_local THEN p.family WHEN b.secretary THEN 'LOCAL_SECRETARY' ELSE 'LOCAL_CHAIR' END AS family,
         CASE WHEN NOT b.is_local THEN p.groups[1 + floor(b.g * cardinality(p.groups))::int]
              WHEN b.secretary THEN 'PARTY_SECRETARY' ELSE 'PEOPLES_COMMITTEE_CHAIR' END AS group_old,
         CASE WHEN NOT b.is_local THEN p.groups[1 + floor(b.g * cardinality(p.groups))::int]
              WHEN b.rotated THEN 'ROTATED_CADRE'
              WHEN b.secretary THEN 'PARTY_SECRETARY' ELSE 'PEOPLES_COMMITTEE_CHAIR' END AS group_new,
         b.personal + CASE WHEN b.is_local THEN c.bias ELSE p.bias END AS skill
    FROM base b
    LEFT JOIN bench_gen.commune c ON b.is_local AND c.idx = floor(b.pick * $2::int)::int
    LEFT JOIN bench_gen.commune r ON b.is_local AND b.rotated AND r.idx = (floor(b.pick * $2::int)::int + 17) % $2::int
    LEFT JOIN bench_gen.provincial p ON NOT b.is_local AND p.idx = floor(b.pick * $3::int)::int`;

/**
 * Cadres with Vietnamese names (common family names more frequent) and their folded search text.
 * $1..$10: family, male middle, female middle, male given, female given names, each as (vi, folded).
 */
export const CADRE_SQL = `
  INSERT INTO cadre (id, code, full_name, birth_year, search_text, created_at) OVERRIDING SYSTEM VALUE
  SELECT c.n, 'CB' || lpad(c.n::text, 6, '0'),
         ($1::text[])[i.f] || ' ' || CASE WHEN w.female THEN ($5::text[])[i.m] || ' ' || ($9::text[])[i.g]
                                        ELSE ($3::text[])[i.m] || ' ' || ($7::text[])[i.g] END,
         1962 + floor(bench_gen.u(c.n, 13) * 24)::int,
         ($2::text[])[i.f] || ' ' || CASE WHEN w.female THEN ($6::text[])[i.m] || ' ' || ($10::text[])[i.g]
                                        ELSE ($4::text[])[i.m] || ' ' || ($8::text[])[i.g] END,
         timestamptz '2021-06-01 09:00:00+07'
    FROM bench_gen.cadre c
    CROSS JOIN LATERAL (SELECT bench_gen.u(c.n, 10) < 0.3 AS female) w
    CROSS JOIN LATERAL (
      SELECT 1 + floor(power(bench_gen.u(c.n, 11), 2) * cardinality($1::text[]))::int AS f,
             1 + floor(bench_gen.u(c.n, 12) * CASE WHEN w.female THEN cardinality($5::text[]) ELSE cardinality($3::text[]) END)::int AS m,
             1 + floor(bench_gen.u(c.n, 14) * CASE WHEN w.female THEN cardinality($9::text[]) ELSE cardinality($7::text[]) END)::int AS g
    ) i
   ORDER BY c.n`;

/** Post 2n-1 is held until the reform (or throughout, in a provincial body); 2n after it. */
export const POSITION_SQL = `
  INSERT INTO position (id, cadre_id, unit_id, title, subject_group, starts_on, ends_on, rotated) OVERRIDING SYSTEM VALUE
  SELECT id, cadre_id, unit_id, title, subject_group, starts_on, ends_on, rotated FROM (
    SELECT 2 * n - 1 AS id, n AS cadre_id, unit_old AS unit_id, title_old AS title, group_old AS subject_group,
           CASE WHEN is_local THEN date '2020-10-01' ELSE date '2020-01-01' END AS starts_on,
           CASE WHEN is_local THEN date '2025-06-30' END AS ends_on, false AS rotated
      FROM bench_gen.cadre
    UNION ALL
    SELECT 2 * n, n, unit_new, title_new, group_new, date '2025-07-01', NULL, rotated
      FROM bench_gen.cadre WHERE is_local
  ) p ORDER BY id`;

/** Identity columns continue after the generated ids. */
export const SYNC_IDENTITY_SQL = ['cadre', 'position', 'key_task'].map(
  (table) => `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`,
);
