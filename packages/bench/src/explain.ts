import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { provinceDateOf, type AnalyticsDimension } from '@nvtt/shared';
import { aggregateScopeOf } from '@nvtt/api/dist/auth/scope.js';
import { DEFAULT_DATABASE_OPTIONS, createDataSource } from '@nvtt/api/dist/db/data-source.js';
import { createRequestContext, createServices } from '@nvtt/api/dist/graphql/context.js';
import { pageRequest } from '@nvtt/api/dist/graphql/relay.js';
import { createLogger } from '@nvtt/api/dist/logger.js';
import { decodeDrillDownCursor } from '@nvtt/api/dist/modules/analytics/drill-down.order.js';
import { decodeKeyTaskCursor } from '@nvtt/api/dist/modules/key-task/key-task-query.service.js';
import pg from 'pg';
import { COMPARISON_YEAR, TREND_YEARS, type Fixtures } from './fixtures.js';
import { BENCH_DIR } from './paths.js';

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the dashboard reads send, captured from the API's
 * own services (not rewritten by hand), with their real parameters.
 */

interface Captured {
  readonly sql: string;
  readonly params: unknown[];
}

export interface ExplainSummary {
  readonly read: string;
  readonly statements: number;
  readonly totalMs: number;
  /** Tables read by a sequential scan, over all statements of the read. */
  readonly seqScans: string[];
}

export async function explainDashboardReads(
  url: string,
  fixtures: Fixtures,
  tier: string,
  statementTimeoutS: number,
): Promise<{ summary: ExplainSummary[]; file: string }> {
  const captured: Captured[] = [];
  const quiet = () => undefined;
  const dataSource = createDataSource(
    url,
    {
      logQuery: (sql: string, params?: unknown[]) => void captured.push({ sql, params: params ?? [] }),
      logQueryError: quiet,
      logQuerySlow: quiet,
      logSchemaBuild: quiet,
      logMigration: quiet,
      log: quiet,
    },
    { ...DEFAULT_DATABASE_OPTIONS, statementTimeoutMs: statementTimeoutS * 1000 },
  );
  await dataSource.initialize();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const summary: ExplainSummary[] = [];
  let report = `EXPLAIN (ANALYZE, BUFFERS) of the dashboard reads, tier ${tier}, ${new Date().toISOString()}\n`;
  try {
    const services = createServices(dataSource);
    const actor = await services.auth.actorOfToken(fixtures.readerToken, new Date());
    if (!actor) throw new Error('bench: the reader token was refused');
    const asOf = provinceDateOf(new Date());
    const compare = (years: number[], dimension: AnalyticsDimension, by: AnalyticsDimension | null) => async () =>
      void (await services.analytics.compare(years, dimension, by, aggregateScopeOf(actor), asOf));
    const reads: Array<[string, () => Promise<void>]> = [
      [`comparison by locality, ${COMPARISON_YEAR}`, compare([COMPARISON_YEAR], 'LOCALITY', null)],
      [`matrix locality × goal area, ${COMPARISON_YEAR}`, compare([COMPARISON_YEAR], 'LOCALITY', 'ALIGNMENT_AREA')],
      [`trend by former district, ${TREND_YEARS.join(', ')}`, compare(TREND_YEARS, 'LEGACY_DISTRICT', null)],
      [
        'drill-down page of 50 (tasks, cadres, milestones, opinions, agencies)',
        async () => {
          const ctx = createRequestContext(services, createLogger('warn'), actor);
          const { keyTasks, orgUnits } = ctx.loaders;
          const page = await services.keyTasks.list(
            { cycleYear: COMPARISON_YEAR, unitId: fixtures.drillUnitId },
            pageRequest(50, null, decodeKeyTaskCursor),
            ctx.scope,
          );
          for (const task of page.nodes) keyTasks.cadreById.prime(task.cadreId, task.cadre);
          const opinions = await Promise.all(
            page.nodes.map(async (task) => {
              await Promise.all([keyTasks.cadreById.load(task.cadreId), keyTasks.milestonesByTask.load(task.id)]);
              return keyTasks.opinionsByTask.load(task.id);
            }),
          );
          await Promise.all(opinions.flat().map((opinion) => orgUnits.byId.load(opinion.agencyUnitId)));
        },
      ],
      [
        'drill-down (drillDown) page of 50 cadres (their tasks, milestones, opinions, agencies)',
        async () => {
          const ctx = createRequestContext(services, createLogger('warn'), actor);
          const { keyTasks, orgUnits } = ctx.loaders;
          const page = await services.drillDown.cadres(
            { cycleYear: COMPARISON_YEAR, unitId: fixtures.drillUnitId },
            { order: 'NAME', descending: false, asOf: ctx.today },
            pageRequest(50, null, decodeDrillDownCursor),
            ctx.scope,
          );
          const tasks = page.nodes.flatMap((node) => node.tasks);
          const opinions = await Promise.all(
            tasks.map(async (task) => {
              await keyTasks.milestonesByTask.load(task.id);
              return keyTasks.opinionsByTask.load(task.id);
            }),
          );
          await Promise.all(opinions.flat().map((opinion) => orgUnits.byId.load(opinion.agencyUnitId)));
        },
      ],
      [
        `stage funnel with who is late by agency, ${COMPARISON_YEAR + 1}`,
        async () => {
          const scope = aggregateScopeOf(actor);
          await services.funnel.stateCounts(COMPARISON_YEAR + 1, scope);
          await services.funnel.backlog(COMPARISON_YEAR + 1, scope, asOf);
        },
      ],
      [
        `rating distribution and HTXS quota by subject group, ${COMPARISON_YEAR}`,
        async () =>
          void (await services.ratings.distribution([COMPARISON_YEAR], 'SUBJECT_GROUP', aggregateScopeOf(actor))),
      ],
      [
        `goal-area coverage and the localities without one area, ${COMPARISON_YEAR}`,
        async () => {
          const scope = aggregateScopeOf(actor);
          await services.coverage.areas(COMPARISON_YEAR, scope);
          await services.coverage.localitiesWithout(COMPARISON_YEAR, 'INFRASTRUCTURE', scope);
        },
      ],
      [
        `one cadre's dossier, ${COMPARISON_YEAR}`,
        async () => {
          const ctx = createRequestContext(services, createLogger('warn'), actor);
          await services.dossiers.load(
            fixtures.dossierCadreIds[0]!,
            COMPARISON_YEAR,
            ctx.now,
            ctx.loaders.keyTasks,
            ctx.scope,
          );
        },
      ],
    ];
    for (const [read, run] of reads) {
      captured.length = 0;
      await run();
      const statements = [...captured];
      let totalMs = 0;
      const seqScans = new Set<string>();
      report += `\n=== ${read}: ${statements.length} statement(s)\n`;
      for (const statement of statements) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
          statement.params,
        );
        const plan = rows.map((row) => row['QUERY PLAN']);
        totalMs += Number(/Execution Time: ([\d.]+) ms/.exec(plan.join('\n'))?.[1] ?? 0);
        for (const line of plan) {
          const scan = /Seq Scan on (\w+)/.exec(line);
          if (scan) seqScans.add(scan[1]!);
        }
        report += `\n--- ${statement.sql.replace(/\s+/g, ' ').trim().slice(0, 300)}\n${plan.join('\n')}\n`;
      }
      summary.push({ read, statements: statements.length, totalMs, seqScans: [...seqScans].sort() });
    }
  } finally {
    await client.end();
    await dataSource.destroy();
  }
  const file = path.join(BENCH_DIR, `explain-${tier}.txt`);
  writeFileSync(file, report);
  return { summary, file };
}
