import 'reflect-metadata';
import http from 'node:http';
import { ANALYTICS_DIMENSIONS, isCodeOf, milestoneStatus, provinceDateOf, type AnalyticsDimension } from '@nvtt/shared';
import { DEFAULT_DATABASE_OPTIONS, createDataSource } from '@nvtt/api/dist/db/data-source.js';
import { aggregateScopeOf } from '@nvtt/api/dist/auth/scope.js';
import { createRequestContext, createServices, type RequestContext } from '@nvtt/api/dist/graphql/context.js';
import { pageRequest } from '@nvtt/api/dist/graphql/relay.js';
import { createLogger } from '@nvtt/api/dist/logger.js';
import { decodeKeyTaskCursor } from '@nvtt/api/dist/modules/key-task/key-task-query.service.js';
import type { KeyTaskEntity } from '@nvtt/api/dist/modules/key-task/key-task.entity.js';
import { decodeDrillDownCursor } from '@nvtt/api/dist/modules/analytics/drill-down.order.js';

/**
 * The floor: the API's own services and SQL (imported from packages/api/dist, so they cannot
 * drift), token authentication included, answered by a bare Node `http` handler with
 * JSON.stringify — no Express, Apollo or GraphQL. Whatever our API costs above this is the price
 * of its HTTP and GraphQL layers.
 */

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!databaseUrl || !Number.isInteger(port)) {
  process.stderr.write('floor: DATABASE_URL and PORT are required\n');
  process.exit(2);
}

const statementTimeoutMs = Number(
  process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? DEFAULT_DATABASE_OPTIONS.statementTimeoutMs,
);
const dataSource = createDataSource(databaseUrl, undefined, { ...DEFAULT_DATABASE_OPTIONS, statementTimeoutMs });
await dataSource.initialize();
const services = createServices(dataSource);
const logger = createLogger('warn');

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const share = (count: number, of: number) => (of === 0 ? null : count / of);

function intParam(url: URL, name: string): number {
  const value = Number(url.searchParams.get(name));
  if (!Number.isInteger(value)) throw new HttpError(400, `${name} must be an integer`);
  return value;
}

function dimensionParam(url: URL, name: string): AnalyticsDimension | null {
  const value = url.searchParams.get(name);
  if (value === null) return null;
  if (!isCodeOf(ANALYTICS_DIMENSIONS, value)) throw new HttpError(400, `unknown dimension ${value}`);
  return value;
}

async function comparison(ctx: RequestContext, url: URL) {
  const years = (url.searchParams.get('years') ?? '').split(',').map(Number);
  const dimension = dimensionParam(url, 'dimension');
  if (dimension === null || years.some((year) => !Number.isInteger(year))) throw new HttpError(400, 'bad comparison');
  const rows = await services.analytics.compare(
    years,
    dimension,
    dimensionParam(url, 'by'),
    aggregateScopeOf(ctx.actor),
    provinceDateOf(ctx.now),
  );
  return rows.map((row) => ({
    ...row,
    completionRate: share(row.completed, row.assessable),
    milestoneOnTimeRate: share(row.milestonesOnTime, row.milestonesDue),
  }));
}

/** A task as the drill-down and the dossier show it: cadre, milestones and opinions. */
async function taskView(ctx: RequestContext, task: KeyTaskEntity) {
  const { keyTasks, orgUnits } = ctx.loaders;
  const asOf = provinceDateOf(ctx.now);
  const [cadre, milestones, opinions] = await Promise.all([
    keyTasks.cadreById.load(task.cadreId),
    keyTasks.milestonesByTask.load(task.id),
    keyTasks.opinionsByTask.load(task.id),
  ]);
  return {
    id: task.id,
    title: task.title,
    state: task.state,
    concludedOutcome: task.concludedOutcome,
    cadre: cadre && { fullName: cadre.fullName, code: cadre.code },
    milestones: milestones.map((m) => ({
      dueOn: m.dueOn,
      doneOn: m.doneOn,
      status: milestoneStatus(m.dueOn, m.doneOn, asOf),
    })),
    opinions: await Promise.all(
      opinions.map(async (o) => ({
        stage: o.stage,
        verdict: o.verdict,
        text: o.text,
        agency: { name: (await orgUnits.byId.load(o.agencyUnitId))?.name ?? null },
      })),
    ),
  };
}

async function drillDown(ctx: RequestContext, url: URL) {
  const page = await services.keyTasks.list(
    { cycleYear: intParam(url, 'year'), unitId: intParam(url, 'unit') },
    pageRequest(intParam(url, 'first'), null, decodeKeyTaskCursor),
    ctx.scope,
  );
  // As the API's task pages do: the page read each task's cadre.
  for (const task of page.nodes) ctx.loaders.keyTasks.cadreById.prime(task.cadreId, task.cadre);
  return { pageInfo: page.pageInfo, nodes: await Promise.all(page.nodes.map((task) => taskView(ctx, task))) };
}

/** The drill-down as `drillDown` answers it: a page of cadres, each with the tasks counted. */
async function cadreDrillDown(ctx: RequestContext, url: URL) {
  const page = await services.drillDown.cadres(
    { cycleYear: intParam(url, 'year'), unitId: intParam(url, 'unit') },
    { order: 'NAME', descending: false, asOf: ctx.today },
    pageRequest(intParam(url, 'first'), null, decodeDrillDownCursor),
    ctx.scope,
  );
  // As the API's `drillDown` resolver does: later reads reuse the page's cadres.
  for (const { cadre } of page.nodes) ctx.loaders.keyTasks.cadreById.prime(cadre.id, cadre);
  return {
    pageInfo: page.pageInfo,
    nodes: await Promise.all(
      page.nodes.map(async ({ cadre, tasks }) => ({
        cadre: { fullName: cadre.fullName, code: cadre.code },
        tasks: await Promise.all(tasks.map(async (task) => withoutCadre(await taskView(ctx, task)))),
      })),
    ),
  };
}

function withoutCadre<T extends { cadre: unknown }>(view: T): Omit<T, 'cadre'> {
  const { cadre: _cadre, ...rest } = view;
  return rest;
}

async function dossier(ctx: RequestContext, url: URL) {
  const cadreId = intParam(url, 'cadre');
  if ((await ctx.loaders.keyTasks.cadreById.load(cadreId)) === null) return null;
  const found = await services.dossiers.load(cadreId, intParam(url, 'year'), ctx.now, ctx.loaders.keyTasks, ctx.scope);
  if (!found) return null;
  const { keyTasks } = ctx.loaders;
  return {
    cadre: { fullName: found.cadre.fullName, code: found.cadre.code },
    positions: (await keyTasks.positionsByCadre.load(cadreId)).map((p) => ({ title: p.title })),
    cycle: { year: found.cycle.year },
    tasks: await Promise.all(
      found.tasks.map(async (task) => ({
        ...(await taskView(ctx, task)),
        outputs: (await keyTasks.outputsByTask.load(task.id)).map((o) => ({
          name: o.name,
          target: o.target,
          actual: o.actual,
        })),
        appraisals: (await keyTasks.appraisalsByTask.load(task.id)).map((a) => ({
          verdict: a.verdict,
          stage: a.stage,
        })),
        selfAssessments: (await keyTasks.selfAssessmentsByTask.load(task.id)).map((s) => ({ outcome: s.outcome })),
      })),
    ),
    measures: found.measures,
    ratingConditions: found.conditions.map((level) => ({ level: level.level, allMet: level.allMet })),
    conclusion: found.conclusion && { documentNumber: found.conclusion.documentNumber },
    rating: found.rating && { level: found.rating.level, score: found.rating.score },
  };
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

/** The milestone report, through the same use case (lock, transition check, audit) as the mutation. */
async function report(ctx: RequestContext, req: http.IncomingMessage) {
  const body = await readJson(req);
  const taskId = Number(body.keyTask);
  const number = Number(body.milestoneNumber);
  if (!ctx.actor || !Number.isInteger(taskId) || !Number.isInteger(number)) throw new HttpError(400, 'bad report');
  const milestones = await ctx.loaders.keyTasks.milestonesByTask.load(taskId);
  const result = await services.plans.reportProgress(
    { actor: ctx.actor, now: ctx.now, requestId: ctx.requestId },
    taskId,
    {
      milestoneId: milestones[number - 1]?.id ?? -1,
      status: 'DONE',
      percentComplete: null,
      note: String(body.note ?? ''),
    },
  );
  if (!result.ok) throw new HttpError(422, result.errors.map((error) => error.code).join(', '));
  return { progressReport: { status: result.value.status } };
}

async function handle(req: http.IncomingMessage): Promise<unknown> {
  const url = new URL(req.url ?? '/', 'http://floor');
  if (url.pathname === '/health') return { status: 'ok' };
  const authorization = req.headers.authorization ?? '';
  const actor = authorization.startsWith('Bearer ')
    ? await services.auth.actorOfToken(authorization.slice('Bearer '.length).trim(), new Date())
    : null;
  if (actor === null) throw new HttpError(401, 'sign-in required');
  const ctx = createRequestContext(services, logger, actor);
  switch (url.pathname) {
    case '/comparison':
      return comparison(ctx, url);
    case '/drill-down':
      return drillDown(ctx, url);
    case '/cadre-drill-down':
      return cadreDrillDown(ctx, url);
    case '/dossier':
      return dossier(ctx, url);
    case '/milestone-report':
      if (req.method !== 'POST') throw new HttpError(405, 'POST only');
      return report(ctx, req);
    default:
      throw new HttpError(404, 'not found');
  }
}

const server = http.createServer((req, res) => {
  handle(req).then(
    (data) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data }));
    },
    (error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: (error as Error).message }));
    },
  );
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`floor listening on ${port}\n`));
const stop = () => server.close(() => void dataSource.destroy().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
