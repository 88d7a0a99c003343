import 'reflect-metadata';
import { AnalyticsService } from '@nvtt/api/dist/modules/analytics/analytics.service.js';
import pg from 'pg';
import { startCluster } from './cluster.js';
import { prepareDatabase } from './generate/index.js';
import { say } from './log.js';

/**
 * The comparison summaries' miss path at a tier (docs/performance.md, "Seventh pass"):
 * `node packages/bench/dist/probe-summary.js [S|M|L]` after `pnpm bench` has built and generated it.
 * Times the 2022–2026 trend by former district computed live, read right after a write of the
 * open cycle (the summarised statement recomputes 2026 and stores it), the same statement without
 * its data-modifying CTE (read-only, so parallel workers are allowed), and served from summaries.
 * One connection, sequential, no statement timeout; each write is undone by a second write.
 */
const YEARS = [2022, 2023, 2024, 2025, 2026];
const AS_OF = '2026-11-27';
const ROUNDS = 3;

/** The summarised statement without `stored` (and so without `missed`, which only it reads). */
function readOnly(sql: string): string {
  const start = sql.indexOf(',\n    stored AS (');
  const end = sql.indexOf('\n    SELECT u.* FROM (');
  if (start < 0 || end < start) throw new Error('probe: the summarised statement changed shape');
  return `${sql.slice(0, start)}${sql.slice(end)}`;
}

async function main(): Promise<void> {
  const tier = (process.argv[2] ?? 'M') as 'S' | 'M' | 'L';
  const cluster = await startCluster();
  const client = new pg.Client({
    connectionString: cluster.urlFor((await prepareDatabase(cluster, tier, false)).name),
  });
  try {
    await client.connect();
    await client.query('SET statement_timeout = 0');
    let last: { sql: string; params: unknown[] } = { sql: '', params: [] };
    const db = {
      query: async (sql: string, params: unknown[]) => {
        last = { sql, params };
        return (await client.query(sql, params)).rows;
      },
    } as unknown as ConstructorParameters<typeof AnalyticsService>[0];
    const analytics = new AnalyticsService(db);
    const scope = { kind: 'all' } as const;
    const [{ id: taskId }] = (
      await client.query<{ id: number }>(
        `SELECT t.id FROM key_task t JOIN cycle c ON c.id = t.cycle_id WHERE c.year = 2026 ORDER BY t.id LIMIT 1`,
      )
    ).rows as [{ id: number }];
    const write = async () => {
      for (let i = 0; i < 2; i++)
        await client.query(`UPDATE key_task SET submitted_late = NOT submitted_late WHERE id = $1`, [taskId]);
    };
    const timed = async (label: string, run: () => Promise<unknown>, before?: () => Promise<void>) => {
      const times: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        if (before) await before();
        const started = process.hrtime.bigint();
        await run();
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      say(`${label}: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    };
    const compare = () => analytics.compare(YEARS, 'LEGACY_DISTRICT', null, scope, AS_OF);
    const live = () => analytics.compareLive(YEARS, 'LEGACY_DISTRICT', null, scope, AS_OF);
    await compare(); // the closed cycles stored (and 2026 for today)
    const summarised = last;
    const plan = async (label: string, sql: string, params: unknown[]) => {
      const rows = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params)).rows;
      const gathers = rows.filter((row) => row['QUERY PLAN'].includes('Gather')).length;
      say(`${label}: ${gathers} Gather node(s) in the plan`);
    };
    await live();
    const liveSql = last;
    await plan('live', liveSql.sql, liveSql.params);
    await write();
    await plan('summarised, 2026 missed', summarised.sql, summarised.params);
    await plan('read-only, 2026 missed', readOnly(summarised.sql), summarised.params);
    await timed('live (every year computed)', live);
    await timed('live, 2026 only', () => analytics.compareLive([2026], 'LEGACY_DISTRICT', null, scope, AS_OF));
    const analyse = async (label: string, sql: string, params: unknown[]) => {
      await write();
      const rows = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, params)).rows;
      const lines = rows.map((row) => row['QUERY PLAN']);
      const shown = lines.filter((line) => /Gather|Workers|Execution Time|milestone_tally|milestone m/.test(line));
      say(`${label}, EXPLAIN ANALYZE after a write:\n${shown.join('\n')}`);
    };
    await analyse('summarised (stores)', summarised.sql, summarised.params);
    await analyse('read-only', readOnly(summarised.sql), summarised.params);
    await timed('first read after a write (2026 computed and stored, one statement)', compare, write);
    await timed(
      'read-only statement after a write (2026 computed, nothing stored)',
      () => client.query(readOnly(summarised.sql), summarised.params),
      write,
    );
    const inline = readOnly(summarised.sql).replace('computed AS MATERIALIZED', 'computed AS NOT MATERIALIZED');
    await plan('read-only inlined, 2026 missed', inline, summarised.params);
    await timed(
      'read-only statement, CTE inlined, after a write',
      () => client.query(inline, summarised.params),
      write,
    );
    await timed('served from summaries (no write before)', compare);
  } finally {
    await client.end();
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  say(`probe failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
