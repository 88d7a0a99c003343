import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type pg from 'pg';
import { SERVER_ROLES, type ServerName } from './cluster.js';
import type { BenchRequest } from './ops/index.js';
import { rssMb } from './servers/processes.js';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly perSecond: number;
  readonly rssMaxMb: number;
}

/** Exact percentile of recorded latencies (autocannon's histogram keeps whole milliseconds only). */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

interface RunOutcome {
  readonly latencies: number[];
  readonly errors: number;
  readonly elapsed: number;
  readonly rssMax: number;
}

/** `amount` requests over `connections` connections; every request completes (none cut off at a deadline). */
function run(url: string, next: () => BenchRequest, amount: number, connections: number, pid: number | null) {
  return new Promise<RunOutcome>((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    let rssMax = pid === null ? 0 : (rssMb(pid) ?? 0);
    const sampler = setInterval(() => {
      if (pid !== null) rssMax = Math.max(rssMax, rssMb(pid) ?? 0);
    }, 100);
    const started = performance.now();
    let lastAnswer = started;
    const instance = autocannon(
      {
        url,
        connections: Math.min(connections, amount),
        amount,
        requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
        timeout: 300,
      },
      (error) => {
        clearInterval(sampler);
        if (error) return reject(error);
        // From the start to the last answer: autocannon notices the end only at its next 1 s tick.
        resolve({ latencies, errors, elapsed: (lastAnswer - started) / 1000, rssMax });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      lastAnswer = performance.now();
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors++;
    });
    instance.on('reqError', () => void errors++);
  });
}

export interface Target {
  readonly url: string;
  readonly pid: number;
  readonly next: () => BenchRequest;
}

/**
 * One operation on every server, side by side: a warm-up per server (one request per connection,
 * which also gauges its pace), then `rounds` rounds in which each server in turn gets about
 * `seconds / rounds` of load. Interleaving spreads the noise of a shared machine over all servers.
 * Returns the results and the number of requests each server acknowledged (2xx), warm-up included.
 */
export async function measureSideBySide<Name extends string>(
  targets: Readonly<Record<Name, Target>>,
  seconds: number,
  connections: number,
  rounds = 3,
): Promise<{ results: Record<Name, LoadResult>; acknowledged: Record<Name, number> }> {
  const names = Object.keys(targets) as Name[];
  const pace = {} as Record<Name, number>;
  const acknowledged = {} as Record<Name, number>;
  const outcomes = {} as Record<Name, RunOutcome[]>;
  for (const name of names) {
    const warm = await run(targets[name].url, targets[name].next, connections, connections, null);
    pace[name] = warm.latencies.length / warm.elapsed;
    acknowledged[name] = warm.latencies.length;
    outcomes[name] = [];
  }
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const amount = Math.max(connections, Math.round((pace[name] * seconds) / rounds));
      const outcome = await run(targets[name].url, targets[name].next, amount, connections, targets[name].pid);
      outcomes[name].push(outcome);
      acknowledged[name] += outcome.latencies.length;
    }
  }
  const results = {} as Record<Name, LoadResult>;
  for (const name of names) {
    const latencies = outcomes[name].flatMap((outcome) => outcome.latencies).sort((a, b) => a - b);
    const elapsed = outcomes[name].reduce((sum, outcome) => sum + outcome.elapsed, 0);
    results[name] = {
      requests: latencies.length,
      errors: outcomes[name].reduce((sum, outcome) => sum + outcome.errors, 0),
      medianMs: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      perSecond: latencies.length / elapsed,
      rssMaxMb: Math.max(...outcomes[name].map((outcome) => outcome.rssMax)),
    };
  }
  return { results, acknowledged };
}

export async function send(
  url: string,
  request: BenchRequest,
  timeoutMs = 300_000,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(timeoutMs),
  }).catch((error: unknown) => {
    const cause = (error as { cause?: unknown }).cause;
    throw new Error(`bench: ${request.method} ${url}${request.path} failed: ${String(cause ?? error)}`);
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Left as text: the caller reports it.
  }
  return { status: response.status, body };
}

const CALLS_SQL = `
  SELECT coalesce(sum(s.calls), 0)::bigint AS total,
         coalesce(sum(s.calls) FILTER (WHERE s.query ~* '\\m(api_token|user_membership)\\M'), 0)::bigint AS auth
    FROM bench_meta.pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
   WHERE r.rolname = $1 AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`;

export interface StatementCount {
  /** Every statement the server sent per request (BEGIN/COMMIT included). */
  readonly total: number;
  /** Of which the token check (token lookup, last-used update, memberships). */
  readonly auth: number;
}

/** Statements per request, from pg_stat_statements' call counts for the server's own role. */
export async function statementsPerRequest(
  admin: pg.Client,
  server: ServerName,
  url: string,
  next: () => BenchRequest,
  times = 5,
): Promise<StatementCount> {
  const read = async () => {
    const { rows } = await admin.query<{ total: string; auth: string }>(CALLS_SQL, [SERVER_ROLES[server]]);
    return { total: Number(rows[0]!.total), auth: Number(rows[0]!.auth) };
  };
  const before = await read();
  for (let i = 0; i < times; i++) {
    const { status } = await send(url, next());
    if (status !== 200) throw new Error(`bench: ${server} answered ${status} while counting statements`);
  }
  const after = await read();
  return { total: (after.total - before.total) / times, auth: (after.auth - before.auth) / times };
}
