import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PEER_STATEMENT_TIMEOUT_S, ensureRoles, startCluster, type BenchCluster, type ServerName } from './cluster.js';
import { explainDashboardReads } from './explain.js';
import { COMPARISON_YEAR, TREND_YEARS, prepareFixtures, type Fixtures } from './fixtures.js';
import { TIERS, prepareDatabase, type Tier } from './generate/index.js';
import { say, timed } from './log.js';
import { measureSideBySide, send, statementsPerRequest, type Target } from './load.js';
import { compareAnswers } from './ops/figures.js';
import { cadreDrillDown, drillDown, operations, type Operation } from './ops/index.js';
import { BENCH_DIR } from './paths.js';
import { soakOperations } from './soak.js';
import {
  SERVERS,
  checkTargets,
  explainTable,
  resultsTable,
  targetsTable,
  type OpResult,
  type RunReport,
} from './report.js';
import { ensurePeerInstalled, startServer, type RunningServer } from './servers/processes.js';

const USAGE = `pnpm bench [--tier S|M|L] [--duration SECONDS] [--connections N] [--statement-timeout SECONDS] [--only ID,ID] [--regenerate]
  --tier         data tier: S = 2,000, M = 20,000 (default), L = 100,000 cadres
  --duration     seconds of load per operation and server (default 20)
  --connections  concurrent connections autocannon keeps open (default 2: one per core)
  --statement-timeout  our API's and the floor's statement timeout (default 15, the API's own);
                 raise it when a loaded machine makes the heaviest reads slower than that
  --only         measure only these operations (ids: comparison, matrix, trend, drill-down,
                 cadre-drill-down, dossier, milestone-report); default all
  --regenerate   generate the tier's data again even if a matching database is stored
  --soak         SECONDS of continuous load on our API alone per operation (default operation:
                 cadre-drill-down), its memory read every second: the no-growth soak`;

interface Options {
  readonly tier: Tier;
  readonly seconds: number;
  readonly connections: number;
  readonly regenerate: boolean;
  readonly statementTimeoutS: number;
  readonly only: readonly string[] | null;
  readonly soakSeconds: number | null;
}

function parseArgs(argv: readonly string[]): Options {
  let tier: Tier = 'M';
  let seconds = 20;
  let connections = 2;
  let regenerate = false;
  let statementTimeoutS = 15;
  let only: string[] | null = null;
  let soakSeconds: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--tier') {
      const wanted = value().toUpperCase();
      if (!(wanted in TIERS)) throw new Error(`unknown tier ${wanted}\n${USAGE}`);
      tier = wanted as Tier;
    } else if (arg === '--duration') seconds = Number(value());
    else if (arg === '--connections') connections = Number(value());
    else if (arg === '--regenerate') regenerate = true;
    else if (arg === '--statement-timeout') statementTimeoutS = Number(value());
    else if (arg === '--soak') soakSeconds = Number(value());
    else if (arg === '--only')
      only = value()
        .split(',')
        .map((id) => id.trim());
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg !== '--') throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (!Number.isInteger(seconds) || seconds < 2) throw new Error('--duration: at least 2 seconds');
  if (!Number.isInteger(connections) || connections < 1) throw new Error('--connections: a positive integer');
  if (!Number.isInteger(statementTimeoutS) || statementTimeoutS < 1) throw new Error('--statement-timeout: seconds');
  if (soakSeconds !== null && (!Number.isInteger(soakSeconds) || soakSeconds < 120))
    throw new Error('--soak: at least 120 seconds');
  return { tier, seconds, connections, regenerate, statementTimeoutS, only, soakSeconds };
}

/** Everything started is stopped on the way out, also on Ctrl-C or a failure. */
const cleanups: Array<() => Promise<void>> = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping the servers and PostgreSQL`);
    void cleanUp().then(() => process.exit(130));
  });
}

/** pg_stat_statements in the bench's own schema, out of the API's (and PostGraphile's) sight. */
async function enableStatementStats(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ schema: string }>(
    `SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_stat_statements'`,
  );
  if (rows[0] && rows[0].schema !== 'bench_meta') await admin.query('DROP EXTENSION pg_stat_statements');
  await admin.query('CREATE SCHEMA IF NOT EXISTS bench_meta');
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA bench_meta');
}

async function machine(admin: pg.Client): Promise<string> {
  const { rows } = await admin.query<{ version: string }>('SELECT version()');
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${rows[0]!.version.split(',')[0]}`;
}

/** One request per server, answers compared, before anything is measured. */
async function validate(op: Operation, servers: Record<ServerName, RunningServer>, fixtures: Fixtures) {
  const answers: Partial<Record<ServerName, Record<string, unknown>>> = {};
  let peerUnavailable: string | null = null;
  for (const server of SERVERS) {
    const limit = server === 'peer' ? (PEER_STATEMENT_TIMEOUT_S + 30) * 1000 : 300_000;
    const { status, body } = await send(servers[server].url, op.request(server)(), limit).catch((error: unknown) => ({
      status: 0,
      body: String(error),
    }));
    const json = body as { data?: Record<string, unknown> | null; errors?: unknown };
    if (status === 200 && json.errors === undefined && json.data) {
      answers[server] = json.data;
    } else if (server === 'peer') {
      // PostGraphile may not answer a heavy read in time: recorded as such, never silently dropped.
      peerUnavailable = `no answer within its ${PEER_STATEMENT_TIMEOUT_S} s statement timeout (${JSON.stringify(body).slice(0, 160)})`;
      say(`peer: ${op.label}: ${peerUnavailable}`);
    } else {
      throw new Error(`bench: ${server} failed "${op.label}" (${status}): ${JSON.stringify(body).slice(0, 500)}`);
    }
  }
  const years = op.id === 'trend' ? TREND_YEARS : [COMPARISON_YEAR];
  const cycleYear = new Map([...fixtures.cycleIds].map(([year, id]) => [String(id), year]));
  const mismatches = compareAnswers(
    op,
    { api: answers.api!, floor: answers.floor!, peer: answers.peer ?? null },
    years,
    cycleYear,
  );
  if (mismatches.floor.length > 0)
    throw new Error(`bench: floor ≠ API for ${op.label}: ${mismatches.floor.join('; ')}`);
  if (mismatches.peer.length > 0) say(`peer differs on ${op.label}: ${mismatches.peer.join('; ')}`);
  return { mismatches, peerUnavailable };
}

/** Every acknowledged report is stored once, and every writer's milestone is now done. */
async function checkWrites(admin: pg.Client, fixtures: Fixtures, acknowledged: Record<ServerName, number>) {
  const lines: string[] = [];
  for (const server of SERVERS) {
    const writers = fixtures.writers[server];
    const { rows } = await admin.query<{ done: string; reports: string }>(
      `SELECT (SELECT count(*) FROM milestone WHERE id = ANY($1) AND done_on IS NOT NULL) AS done,
              (SELECT count(*) FROM progress_report WHERE key_task_id = ANY($2)) AS reports`,
      [writers.map((w) => w.milestoneId), writers.map((w) => w.taskId)],
    );
    const done = Number(rows[0]!.done);
    const reports = Number(rows[0]!.reports);
    const ok = reports === acknowledged[server] && done === Math.min(writers.length, acknowledged[server]);
    lines.push(
      `${server}: ${acknowledged[server]} reports acknowledged, ${reports} stored, ${done}/${writers.length} milestones done${ok ? '' : ' — MISMATCH'}`,
    );
  }
  return lines;
}

/** A server that could not answer an operation in time: no figures, and it says so in the table. */
const UNANSWERED = { requests: 0, errors: 1, medianMs: Number.NaN, p99Ms: Number.NaN, perSecond: 0, rssMaxMb: 0 };
const NO_COUNT = { total: Number.NaN, auth: 0 };

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  ensurePeerInstalled();
  const cluster: BenchCluster = await timed('bench PostgreSQL started', () => startCluster());
  cleanups.push(() => cluster.stop());
  await ensureRoles(cluster);
  const prepared = await prepareDatabase(cluster, options.tier, options.regenerate);
  const ownerUrl = cluster.urlFor(prepared.name);
  const admin = new pg.Client({ connectionString: ownerUrl });
  // Ctrl-C reaches the bench's PostgreSQL too: its connection then ends with 57P01 while the
  // servers are being stopped. Without a listener that error ended the bench before it had
  // stopped them, leaving the API and the floor running.
  admin.on('error', (error) => say(`PostgreSQL connection closed: ${error.message}`));
  await admin.connect();
  cleanups.push(() => admin.end());
  await enableStatementStats(admin);
  const fixtures = await prepareFixtures(ownerUrl);
  if (options.soakSeconds !== null)
    return runSoak(options, options.soakSeconds, cluster.urlFor(prepared.name, 'api'), fixtures);

  const explain = await timed('EXPLAIN of the dashboard reads', () =>
    explainDashboardReads(ownerUrl, fixtures, options.tier, options.statementTimeoutS),
  );
  say(`plans written to ${explain.file}`);

  const servers = {} as Record<ServerName, RunningServer>;
  for (const server of SERVERS) {
    servers[server] = await startServer(server, cluster.urlFor(prepared.name, server), options.statementTimeoutS);
    cleanups.push(() => servers[server].stop());
  }

  const ops = operations(fixtures).filter((op) => options.only === null || options.only.includes(op.id));
  if (ops.length === 0) throw new Error(`--only: no such operation (${options.only?.join(', ')})`);
  const checked = new Map<string, Awaited<ReturnType<typeof validate>>>();
  for (const op of ops) checked.set(op.id, await validate(op, servers, fixtures));

  const drillDownStatements: RunReport['drillDownStatements'] = [];
  for (const [kind, first] of [10, 50, 100].flatMap((n) => [['tasks', n] as const, ['cadres', n] as const])) {
    const op = kind === 'tasks' ? drillDown(fixtures, first) : cadreDrillDown(fixtures, first);
    const count = async (server: ServerName) =>
      statementsPerRequest(admin, server, servers[server].url, op.request(server));
    drillDownStatements.push({
      kind,
      first,
      api: await count('api'),
      floor: await count('floor'),
      peer: await count('peer'),
    });
  }

  const results: OpResult[] = [];
  const acknowledged: Record<ServerName, number> = { api: 0, floor: 0, peer: 0 };
  for (const op of ops) {
    const { mismatches, peerUnavailable } = checked.get(op.id)!;
    const measuredServers = SERVERS.filter((server) => server !== 'peer' || peerUnavailable === null);
    const statements: OpResult['statements'] = { api: NO_COUNT, floor: NO_COUNT, peer: NO_COUNT };
    for (const server of measuredServers) {
      statements[server] = await statementsPerRequest(admin, server, servers[server].url, op.request(server));
    }
    const targets = Object.fromEntries(
      measuredServers.map((server) => [
        server,
        { url: servers[server].url, pid: servers[server].pid, next: op.request(server) },
      ]),
    ) as Record<ServerName, Target>;
    const measured = await measureSideBySide(targets, options.seconds, options.connections);
    measured.results.peer ??= UNANSWERED;
    measured.acknowledged.peer ??= 0;
    for (const server of measuredServers) {
      const load = measured.results[server];
      // Writes: the validation request, the statement probe's 5 and every acknowledged load request.
      if (op.kind === 'write') acknowledged[server] = 1 + 5 + measured.acknowledged[server];
      say(
        `${op.label} — ${server}: median ${load.medianMs.toFixed(1)} ms, p99 ${load.p99Ms.toFixed(1)} ms, ` +
          `${load.perSecond.toFixed(1)} req/s over ${load.requests} requests, ${statements[server].total.toFixed(1)} SQL/req`,
      );
    }
    results.push({
      op: { id: op.id, label: op.label, kind: op.kind },
      load: measured.results,
      statements,
      mismatches,
      peerUnavailable,
    });
  }

  const report: RunReport = {
    tier: options.tier,
    counts: prepared.counts,
    seconds: options.seconds,
    connections: options.connections,
    machine: await machine(admin),
    startupMs: { api: servers.api.readyMs, floor: servers.floor.readyMs, peer: servers.peer.readyMs },
    results,
    drillDownStatements,
    explain: explain.summary,
    writeCheck: await checkWrites(admin, fixtures, acknowledged),
  };
  const checks = checkTargets(report);
  const text = [
    `# pnpm bench --tier ${options.tier} (${TIERS[options.tier].toLocaleString('en')} cadres; ${options.seconds} s per operation and server, ${options.connections} connections, statement timeout ${options.statementTimeoutS} s${options.only ? `, only ${options.only.join(', ')}` : ''})`,
    '',
    `Machine: ${report.machine}`,
    `Data: ${Object.entries(report.counts)
      .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
      .join(', ')}`,
    `Start-up to ready: ${SERVERS.map((s) => `${s} ${(report.startupMs[s] / 1000).toFixed(2)} s`).join(', ')}`,
    '',
    resultsTable(report),
    '',
    'Drill-down statements per request (page + token check) at page sizes 10 / 50 / 100: ' +
      drillDownStatements
        .map((entry) => `${entry.kind} ${entry.first}: ${entry.api.total} (${entry.api.auth} auth)`)
        .join(', '),
    '',
    explainTable(explain.summary),
    '',
    `Writes: ${report.writeCheck.join('; ')}`,
    '',
    targetsTable(checks),
    '',
  ].join('\n');
  process.stdout.write(`\n${text}\n`);
  mkdirSync(BENCH_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(path.join(BENCH_DIR, `results-${options.tier}-${stamp}.md`), text);
  writeFileSync(
    path.join(BENCH_DIR, `results-${options.tier}-${stamp}.json`),
    JSON.stringify({ report, checks }, null, 2),
  );
  say(`results written to .bench/results-${options.tier}-${stamp}.{md,json}`);
}

async function runSoak(options: Options, seconds: number, databaseUrl: string, fixtures: Fixtures): Promise<void> {
  const server = await startServer('api', databaseUrl, options.statementTimeoutS);
  cleanups.push(() => server.stop());
  const wanted = options.only ?? ['cadre-drill-down'];
  const ops = operations(fixtures).filter((op) => wanted.includes(op.id));
  if (ops.length === 0) throw new Error(`--only: no such operation (${wanted.join(', ')})`);
  const { text, pass } = await soakOperations(ops, server, seconds, options.connections);
  const header = `# pnpm bench --tier ${options.tier} --soak ${seconds} (${options.connections} connections)\n\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n\n`;
  process.stdout.write(`\n${header}${text}\n`);
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = `soak-${options.tier}-${new Date().toISOString().replace(/[:.]/g, '-')}.md`;
  writeFileSync(path.join(BENCH_DIR, file), `${header}${text}\n`);
  say(`soak written to .bench/${file}`);
  if (!pass) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
