import { createHash } from 'node:crypto';
import { createDataSource } from '@nvtt/api/dist/db/data-source.js';
import { runSeeds } from '@nvtt/api/dist/db/seed/index.js';
import { DUMMY_PASSWORD_HASH } from '@nvtt/api/dist/auth/secrets.js';
import pg from 'pg';
import { createDatabase, databaseExists, type BenchCluster } from '../cluster.js';
import { say, timed } from '../log.js';
import * as people from './sql-people.js';
import * as reviews from './sql-reviews.js';
import * as tasks from './sql-tasks.js';
import {
  BENCH_TODAY,
  CYCLE_RULES,
  DESCRIPTION_SUFFIX,
  DESCRIPTION_SUFFIX_FOLDED,
  FIRST_YEAR,
  GENERATOR_VERSION,
  NAMES,
  OPINION_TEXTS,
  YEARS,
  communes,
  cycles,
  provincialBodies,
  templates,
  unitList,
} from './source.js';

export const TIERS = { S: 2_000, M: 20_000, L: 100_000 } as const;
export type Tier = keyof typeof TIERS;
/** Cadre accounts with a write token: a disjoint set for each measured server. */
export const WRITERS_PER_SERVER = 100;

export interface PreparedDatabase {
  readonly name: string;
  readonly reused: boolean;
  readonly counts: Record<string, number>;
}

/** Migrations and the reference units, exactly as the API applies them; never the demo data. */
async function migrate(url: string): Promise<void> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) say(`migrations applied: ${applied.map((m) => m.name).join(', ')}`);
    await runSeeds(dataSource, { demo: false });
  } finally {
    await dataSource.destroy();
  }
}

/** Every table the generator and the bench write: a new table elsewhere keeps a stored tier usable. */
const GENERATED_TABLES = [
  'org_unit',
  'cycle',
  'cycle_deadline',
  'focal_agency_rule',
  'cadre',
  'position',
  'key_task',
  'output_product',
  'alignment',
  'milestone',
  'opinion',
  'appraisal',
  'self_assessment',
  'assignment_decision',
  'assignment_decision_task',
  'conclusion',
  'quality_rating',
  'app_user',
  'user_membership',
  'api_token',
];

/**
 * What the generated rows depend on: the generator's version and the tables' columns and checks.
 * Index-only migrations keep it, so a stored tier is reused (and gets the new indexes) rather than
 * generated again.
 */
async function fingerprint(client: pg.Client, tier: Tier): Promise<string> {
  const { rows } = await client.query<{ shape: string }>(
    `
    SELECT string_agg(line, E'\\n' ORDER BY line) AS shape FROM (
      SELECT c.table_name || '.' || c.column_name || ':' || c.data_type || ':' || c.is_nullable AS line
        FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name = ANY($1)
      UNION ALL
      SELECT conrelid::regclass::text || ':' || conname || ':' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text = ANY($1)
    ) lines`,
    [GENERATED_TABLES],
  );
  return createHash('sha256')
    .update(`${GENERATOR_VERSION}\n${tier}\n${rows[0]?.shape ?? ''}`)
    .digest('hex')
    .slice(0, 16);
}

async function storedFingerprint(client: pg.Client): Promise<string | null> {
  const { rows } = await client
    .query<{ fingerprint: string }>(
      `SELECT fingerprint FROM bench_meta.generated WHERE to_regclass('bench_meta.generated') IS NOT NULL`,
    )
    .catch(() => ({ rows: [] as Array<{ fingerprint: string }> }));
  return rows[0]?.fingerprint ?? null;
}

async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const tables = ['cadre', 'position', 'key_task', 'milestone', 'opinion', 'appraisal', 'output_product', 'alignment'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    // Table names are the constants above.
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

async function insertCycles(client: pg.Client): Promise<void> {
  for (const cycle of cycles(unitList())) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO cycle (year, phase, tasks_per_cadre, max_duration_months, progress_report_day, rating_scheme)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        cycle.year,
        cycle.phase,
        CYCLE_RULES.tasksPerCadre,
        CYCLE_RULES.maxDurationMonths,
        CYCLE_RULES.progressReportDay,
        CYCLE_RULES.ratingScheme,
      ],
    );
    const id = rows[0]!.id;
    await client.query(
      `INSERT INTO cycle_deadline (cycle_id, stage, due_on)
       SELECT $1, d.stage, d.due FROM jsonb_to_recordset($2::jsonb) AS d(stage text, due date)`,
      [id, JSON.stringify(cycle.deadlines.map((entry) => ({ stage: entry.stage, due: entry.dueOn })))],
    );
    await client.query(
      `INSERT INTO focal_agency_rule (cycle_id, subject_group, focal_unit_id)
       SELECT $1, f.grp, u.id FROM jsonb_to_recordset($2::jsonb) AS f(grp text, unit text) JOIN org_unit u ON u.code = f.unit`,
      [id, JSON.stringify(cycle.focal.map((entry) => ({ grp: entry.group, unit: entry.unit })))],
    );
  }
}

function snake<T extends object>(rows: readonly T[]): string {
  return JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]),
      ),
    ),
  );
}

/** Secondary indexes of the generated tables (not those backing a constraint), as created by the migrations. */
const BULK_TABLES = [
  'cadre',
  'position',
  'key_task',
  'output_product',
  'alignment',
  'milestone',
  'opinion',
  'appraisal',
];

async function secondaryIndexes(client: pg.Client): Promise<Array<{ name: string; definition: string }>> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [BULK_TABLES],
  );
  return rows;
}

/** Fills a freshly migrated database with the tier's rows, all in SQL. */
async function generate(client: pg.Client, cadres: number): Promise<void> {
  const units = unitList();
  const communeRows = communes(units);
  const provincialRows = provincialBodies(units);
  const advisory = cycles(units).flatMap((cycle) => [
    ...cycle.advisoryRegistration.map((code, idx) => ({ year: cycle.year, stage: 'REGISTRATION', idx, code })),
    ...cycle.advisoryResults.map((code, idx) => ({ year: cycle.year, stage: 'RESULT', idx, code })),
  ]);
  const step = (label: string, sql: string, params: unknown[] = []) =>
    timed(label, async () => void (await client.query(sql, params)));

  for (const sql of people.SETUP_SQL) await client.query(sql);
  // A bulk load builds each index once at the end, much faster than row by row (the trigram indexes
  // above all); the definitions are the migrations' own, read back from the catalogue.
  const indexes = await secondaryIndexes(client);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  await insertCycles(client);
  await client.query(people.COMMUNE_SQL, [snake(communeRows)]);
  await client.query(people.PROVINCIAL_SQL, [snake(provincialRows)]);
  await client.query(people.TEMPLATE_SQL, [snake(templates())]);
  await client.query(people.ADVISORY_SQL, [JSON.stringify(advisory)]);
  await step('cadres', people.CADRE_INFO_SQL, [cadres, communeRows.length, provincialRows.length]);
  await step('cadre names', people.CADRE_SQL, [
    NAMES.family.vi,
    NAMES.family.folded,
    NAMES.middleMale.vi,
    NAMES.middleMale.folded,
    NAMES.middleFemale.vi,
    NAMES.middleFemale.folded,
    NAMES.givenMale.vi,
    NAMES.givenMale.folded,
    NAMES.givenFemale.vi,
    NAMES.givenFemale.folded,
  ]);
  await step('positions', people.POSITION_SQL);
  await step('task plan', tasks.TASK_INFO_SQL, [FIRST_YEAR]);
  for (const year of YEARS.slice(1)) await client.query(tasks.CONTINUES_SQL, [year]);
  await client.query(tasks.TASK_INDEX_SQL);
  await step('output plan', tasks.OUTPUT_INFO_SQL);
  await client.query(tasks.OUTPUT_INDEX_SQL);
  await step('key tasks', tasks.KEY_TASK_SQL, [DESCRIPTION_SUFFIX, DESCRIPTION_SUFFIX_FOLDED]);
  await step('outputs', tasks.OUTPUT_SQL);
  await step('alignments', tasks.ALIGNMENT_SQL);
  await step('milestones', tasks.MILESTONE_SQL, [BENCH_TODAY]);
  await step('opinions', reviews.OPINION_SQL, [
    OPINION_TEXTS,
    OPINION_TEXTS.map((text) => (text.startsWith('Đề nghị') ? 'AGREE_WITH_COMMENTS' : 'AGREE')),
  ]);
  await step('appraisals', reviews.APPRAISAL_SQL);
  await step('self-assessments', reviews.SELF_ASSESSMENT_SQL);
  await client.query(reviews.DECISION_SQL, [FIRST_YEAR]);
  await step('assignment decisions', reviews.DECISION_TASK_SQL);
  await step('conclusions', reviews.CONCLUSION_SQL);
  await step('ratings', reviews.RATING_SQL, [CYCLE_RULES.scaleVersion]);
  const [btc, membership, cadreAccounts] = reviews.ACCOUNTS_SQL as [string, string, string];
  await client.query(btc, [DUMMY_PASSWORD_HASH]);
  await client.query(membership);
  await client.query(cadreAccounts, [DUMMY_PASSWORD_HASH, 3 * WRITERS_PER_SERVER]);
  for (const sql of people.SYNC_IDENTITY_SQL) await client.query(sql);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await timed(`${indexes.length} indexes rebuilt`, async () => {
    for (const index of indexes) await client.query(index.definition);
  });
  await client.query('DROP SCHEMA bench_gen CASCADE');
}

/**
 * The tier's database: reused when its fingerprint matches, else generated anew. Pending
 * migrations are applied first either way, as the API would on start.
 */
export async function prepareDatabase(
  cluster: BenchCluster,
  tier: Tier,
  regenerate: boolean,
): Promise<PreparedDatabase> {
  const name = `bench_${tier.toLowerCase()}`;
  const url = cluster.urlFor(name);
  if (await databaseExists(cluster, name)) await timed('migrations checked', () => migrate(url));
  let client = new pg.Client({ connectionString: url });
  if (!regenerate && (await databaseExists(cluster, name))) {
    await client.connect();
    const wanted = await fingerprint(client, tier);
    if ((await storedFingerprint(client)) === wanted) {
      const counts = await countRows(client);
      await client.end();
      say(`reusing tier ${tier} in database ${name} (fingerprint ${wanted})`);
      return { name, reused: true, counts };
    }
    await client.end();
    client = new pg.Client({ connectionString: url });
  }
  say(`generating tier ${tier} (${TIERS[tier].toLocaleString('en')} cadres) into database ${name}`);
  await createDatabase(cluster, name);
  await timed('schema migrated, reference units loaded', () => migrate(url));
  await client.connect();
  try {
    const started = Date.now();
    await client.query('BEGIN');
    await generate(client, TIERS[tier]);
    await client.query('COMMIT');
    await timed('VACUUM ANALYZE', () => client.query('VACUUM ANALYZE'));
    const counts = await countRows(client);
    await client.query(`CREATE SCHEMA bench_meta`);
    await client.query(`CREATE TABLE bench_meta.generated (tier text, fingerprint text, generated_at timestamptz,
                          seconds numeric, counts jsonb)`);
    await client.query(`INSERT INTO bench_meta.generated VALUES ($1, $2, now(), $3, $4)`, [
      tier,
      await fingerprint(client, tier),
      (Date.now() - started) / 1000,
      JSON.stringify(counts),
    ]);
    say(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);
    return { name, reused: false, counts };
  } finally {
    await client.end();
  }
}
