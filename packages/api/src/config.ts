import { existsSync } from 'node:fs';
import { EVIDENCE_DEFAULT_MAX_BYTES } from '@nvtt/shared';
import path from 'node:path';
import { DEFAULT_DATABASE_OPTIONS, type DatabaseOptions } from './db/data-source.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http/limits.js';
import type { EvidenceStorageOptions } from './modules/evidence/files/file-store.js';
import { DEFAULT_SUBSCRIPTION_LIMITS, type SubscriptionLimits } from './modules/change-feed/change-feed.server.js';
import { DEFAULT_WEBHOOK_OPTIONS, type WebhookOptions } from './modules/change-feed/webhook-delivery.js';
import { loadNotificationConfig, type NotificationConfig } from './modules/notification/notification-config.js';

/** Everything the API reads from its environment, read once at start. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** A PostgreSQL server to use; when absent the API starts its own embedded one. */
  readonly databaseUrl: string | null;
  /** Where local state lives (embedded PostgreSQL data, credentials). */
  readonly dataDir: string;
  /** Port for the embedded PostgreSQL; null picks a free one. */
  readonly embeddedPgPort: number | null;
  /** The built dashboard served at `/`; null when it has not been built. */
  readonly webDistDir: string | null;
  /** The built GraphQL explorer served at `/graphiql`; null when it has not been built. */
  readonly explorerDistDir: string | null;
  readonly production: boolean;
  /** Load the demo data set on first start (default: yes, except in production). */
  readonly seedDemo: boolean;
  readonly logLevel: string;
  /** HTTP limits: body size, request deadline (docs/hardening.md). */
  readonly http: HttpLimits;
  /** Pool size and database timeouts. */
  readonly database: DatabaseOptions;
  /** How long a shutdown waits for running requests before closing their connections. */
  readonly shutdownGraceMs: number;
  /** Read replicas of DATABASE_URL (comma-separated DATABASE_REPLICA_URLS), for lag-tolerant reads. */
  readonly replicaUrls: readonly string[];
  /** Evidence files: the folder (NVTT_EVIDENCE_DIR, default <data dir>/evidence) and the size limit (EVIDENCE_MAX_BYTES). */
  readonly evidence: EvidenceStorageOptions;
  /** The background job worker (reminders, deliveries, housekeeping) in this process. */
  readonly jobs: JobsConfig;
  /** GraphQL subscriptions over WebSocket (docs/change-feed.md). */
  readonly subscriptions: SubscriptionLimits;
  /** Webhook deliveries (docs/change-feed.md). */
  readonly webhooks: WebhookOptions;
  /** Reminder schedule and SMTP delivery (docs/reminders.md). */
  readonly notifications: NotificationConfig;
}

export interface JobsConfig {
  /** Off for processes that only answer requests when another process runs the jobs (NVTT_JOBS=false). */
  readonly enabled: boolean;
  readonly concurrency: number;
}

export class ConfigError extends Error {}

/** The workspace root: the nearest folder above this file holding pnpm-workspace.yaml. */
function findWorkspaceRoot(from: string): string | null {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function parsePort(name: string, raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return null;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${raw}".`);
  }
  return port;
}

function parseFlag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}".`);
}

function parsePositiveInt(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError(`${name} must be a whole number between 1 and ${max}, got "${raw}".`);
  }
  return value;
}

function parseOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new ConfigError(
        `NVTT_WS_ALLOWED_ORIGINS must list origins such as https://nvtt.example.vn separated by commas, got "${origin}".`,
      );
    }
    return origin;
  });
}

function parseReplicaUrls(raw: string | undefined, primary: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  if (!primary) {
    throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas follow a primary server.');
  }
  return raw.split(',').map((entry) => {
    const url = entry.trim();
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError(`DATABASE_REPLICA_URLS must list postgres:// URLs separated by commas, got "${url}".`);
    }
    return url;
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config = readConfig(env);
  if (config.database.statementTimeoutMs >= config.http.requestTimeoutMs) {
    throw new ConfigError(
      'DATABASE_STATEMENT_TIMEOUT_MS must be shorter than REQUEST_TIMEOUT_MS, so a slow statement is cancelled (and its transaction rolled back) before the request is answered as timed out.',
    );
  }
  return config;
}

function readConfig(env: NodeJS.ProcessEnv): AppConfig {
  const root = findWorkspaceRoot(__dirname) ?? process.cwd();
  const production = env.NODE_ENV === 'production';
  const webDistDir = env.WEB_DIST_DIR ?? path.join(root, 'packages/web/dist');
  const dataDir = path.resolve(env.NVTT_DATA_DIR ?? path.join(root, '.data'));
  const explorerDistDir = env.EXPLORER_DIST_DIR ?? path.join(root, 'packages/explorer/dist');
  return {
    port: parsePort('PORT', env.PORT) ?? 4000,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    embeddedPgPort: parsePort('NVTT_PG_PORT', env.NVTT_PG_PORT),
    webDistDir: existsSync(path.join(webDistDir, 'index.html')) ? webDistDir : null,
    explorerDistDir: existsSync(path.join(explorerDistDir, 'index.html')) ? explorerDistDir : null,
    production,
    seedDemo: parseFlag('NVTT_SEED_DEMO', env.NVTT_SEED_DEMO, !production),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    http: {
      bodyLimitBytes: parsePositiveInt(
        'BODY_LIMIT_BYTES',
        env.BODY_LIMIT_BYTES,
        DEFAULT_HTTP_LIMITS.bodyLimitBytes,
        10_485_760,
      ),
      requestTimeoutMs: parsePositiveInt(
        'REQUEST_TIMEOUT_MS',
        env.REQUEST_TIMEOUT_MS,
        DEFAULT_HTTP_LIMITS.requestTimeoutMs,
        600_000,
      ),
    },
    database: {
      poolSize: parsePositiveInt('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, DEFAULT_DATABASE_OPTIONS.poolSize, 500),
      poolWaitMs: parsePositiveInt(
        'DATABASE_POOL_WAIT_MS',
        env.DATABASE_POOL_WAIT_MS,
        DEFAULT_DATABASE_OPTIONS.poolWaitMs,
        600_000,
      ),
      statementTimeoutMs: parsePositiveInt(
        'DATABASE_STATEMENT_TIMEOUT_MS',
        env.DATABASE_STATEMENT_TIMEOUT_MS,
        DEFAULT_DATABASE_OPTIONS.statementTimeoutMs,
        3_600_000,
      ),
      lockTimeoutMs: parsePositiveInt(
        'DATABASE_LOCK_TIMEOUT_MS',
        env.DATABASE_LOCK_TIMEOUT_MS,
        DEFAULT_DATABASE_OPTIONS.lockTimeoutMs,
        3_600_000,
      ),
      idleInTransactionTimeoutMs: parsePositiveInt(
        'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS',
        env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        DEFAULT_DATABASE_OPTIONS.idleInTransactionTimeoutMs,
        3_600_000,
      ),
    },
    shutdownGraceMs: parsePositiveInt('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 10_000, 600_000),
    replicaUrls: parseReplicaUrls(env.DATABASE_REPLICA_URLS, env.DATABASE_URL),
    evidence: {
      dir: path.resolve(env.NVTT_EVIDENCE_DIR || path.join(dataDir, 'evidence')),
      maxBytes: parsePositiveInt(
        'EVIDENCE_MAX_BYTES',
        env.EVIDENCE_MAX_BYTES,
        EVIDENCE_DEFAULT_MAX_BYTES,
        1_073_741_824,
      ),
    },
    jobs: {
      enabled: parseFlag('NVTT_JOBS', env.NVTT_JOBS, true),
      concurrency: parsePositiveInt('NVTT_JOB_CONCURRENCY', env.NVTT_JOB_CONCURRENCY, 2, 50),
    },
    subscriptions: {
      maxConnectionsPerUser: parsePositiveInt(
        'NVTT_WS_MAX_CONNECTIONS_PER_USER',
        env.NVTT_WS_MAX_CONNECTIONS_PER_USER,
        DEFAULT_SUBSCRIPTION_LIMITS.maxConnectionsPerUser,
        100,
      ),
      allowedOrigins: parseOrigins(env.NVTT_WS_ALLOWED_ORIGINS),
      recheckIntervalMs: DEFAULT_SUBSCRIPTION_LIMITS.recheckIntervalMs,
    },
    webhooks: {
      allowPrivateTargets: parseFlag(
        'NVTT_WEBHOOK_ALLOW_PRIVATE_TARGETS',
        env.NVTT_WEBHOOK_ALLOW_PRIVATE_TARGETS,
        DEFAULT_WEBHOOK_OPTIONS.allowPrivateTargets,
      ),
      maxAttempts: parsePositiveInt(
        'NVTT_WEBHOOK_MAX_ATTEMPTS',
        env.NVTT_WEBHOOK_MAX_ATTEMPTS,
        DEFAULT_WEBHOOK_OPTIONS.maxAttempts,
        25,
      ),
      timeoutMs: parsePositiveInt(
        'NVTT_WEBHOOK_TIMEOUT_MS',
        env.NVTT_WEBHOOK_TIMEOUT_MS,
        DEFAULT_WEBHOOK_OPTIONS.timeoutMs,
        60_000,
      ),
    },
    notifications: loadNotificationConfig(env),
  };
}
