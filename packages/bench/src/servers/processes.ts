import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { say } from '../log.js';
import { API_MAIN, BENCH_DIR, BENCH_DIST } from '../paths.js';
import type { ServerName } from '../cluster.js';

/** Ports of the measured servers: BENCH_PORT_BASE (default 4510) and the two after it. */
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 4510);
export const PORTS: Readonly<Record<ServerName, number>> = {
  api: PORT_BASE,
  floor: PORT_BASE + 1,
  peer: PORT_BASE + 2,
};
export const PEER_DIR = path.join(BENCH_DIR, 'peer');
const LOG_DIR = path.join(BENCH_DIR, 'logs');

/** PostGraphile v4 (runs on Node 20) with the filter and aggregates plugins, pinned. */
const PEER_PACKAGES: Readonly<Record<string, string>> = {
  postgraphile: '4.14.1',
  'postgraphile-plugin-connection-filter': '2.3.0',
  '@graphile/pg-aggregates': '0.1.1',
};

/** Installs the peer into .bench/peer with npm, unless the pinned versions are already there. */
export function ensurePeerInstalled(): void {
  const missing = Object.entries(PEER_PACKAGES).filter(([name, version]) => {
    const manifest = path.join(PEER_DIR, 'node_modules', name, 'package.json');
    return (
      !existsSync(manifest) || (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version !== version
    );
  });
  if (missing.length === 0) return;
  say(`installing the peer (${Object.keys(PEER_PACKAGES).join(', ')}) into ${PEER_DIR}`);
  mkdirSync(PEER_DIR, { recursive: true });
  writeFileSync(
    path.join(PEER_DIR, 'package.json'),
    JSON.stringify({ name: 'nvtt-bench-peer', private: true, dependencies: PEER_PACKAGES }, null, 2),
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('bench: npm could not install PostGraphile into .bench/peer');
}

export interface RunningServer {
  readonly name: ServerName;
  readonly pid: number;
  readonly url: string;
  /** From spawn to the first successful readiness probe. */
  readonly readyMs: number;
  stop(): Promise<void>;
}

async function probe(name: ServerName, url: string): Promise<boolean> {
  try {
    const response =
      name === 'peer'
        ? await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __typename }' }),
          })
        : await fetch(`${url}${name === 'api' ? '/health/ready' : '/health'}`);
    return response.ok;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts one measured server as a child process and waits until it answers. */
export async function startServer(
  name: ServerName,
  databaseUrl: string,
  statementTimeoutS: number,
): Promise<RunningServer> {
  const port = PORTS[name];
  const script = {
    api: API_MAIN,
    floor: path.join(BENCH_DIST, 'servers/floor-server.js'),
    peer: path.join(BENCH_DIST, 'servers/peer-server.js'),
  }[name];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NVTT_SEED_DEMO: 'false',
    PEER_DIR,
    // Our API and the floor: the same statement timeout (the API's default is 15 s), the request's a little longer.
    DATABASE_STATEMENT_TIMEOUT_MS: String(statementTimeoutS * 1000),
    REQUEST_TIMEOUT_MS: String(statementTimeoutS * 1000 + 5000),
    // The job worker runs in a process of its own, as in a deployment with a dedicated worker:
    // its polling and hourly scans would otherwise count among the API's statements and load.
    NVTT_JOBS: 'false',
  };
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`));
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = started + 120_000;
  while (!(await probe(name, url))) {
    if (child.exitCode !== null) throw new Error(`bench: ${name} exited early; see .bench/logs/${name}.log`);
    if (performance.now() > deadline) {
      await stopChild(child);
      throw new Error(`bench: ${name} did not answer within 120 s; see .bench/logs/${name}.log`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const readyMs = performance.now() - started;
  say(`${name} ready on ${url} in ${(readyMs / 1000).toFixed(2)} s (pid ${child.pid})`);
  return { name, pid: child.pid!, url, readyMs, stop: () => stopChild(child) };
}

/** Resident memory of a process in MB (VmRSS), or null once it has gone. */
export function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
