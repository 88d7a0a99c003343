import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningProduct {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The built product as `pnpm start` runs it (API + dashboard on one port), on a fresh embedded
 * PostgreSQL in a temporary folder: migrated and seeded with the demo data on start.
 */
export async function startProduct(): Promise<RunningProduct> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nvtt-e2e-'));
  const port = await freePort();
  const pgPort = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'packages/api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NVTT_DATA_DIR: dataDir,
      NVTT_PG_PORT: String(pgPort),
      NVTT_SEED_DEMO: 'true',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(child, baseUrl, () => output);
  } catch (error) {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(child: ChildProcess, baseUrl: string, output: () => string): Promise<void> {
  // First start: embedded PostgreSQL init, migrations and the demo seed (a minute or two on a busy box).
  const deadline = Date.now() + 220_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The product exited early (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The product was not ready in time:\n${output()}`);
}

/** Ctrl-C as a user would: the product drains requests and stops its PostgreSQL. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT');
  });
}
