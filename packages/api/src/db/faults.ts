/**
 * What a database error means for the caller. Connection loss and server shutdown make the API
 * answer 503 (and stop trying until the database answers again); timeouts and an exhausted pool
 * answer 503 too, but say nothing about the database's health.
 */
export type DatabaseFault = 'UNAVAILABLE' | 'TIMEOUT' | 'BUSY';

/** SQLSTATE classes and codes (PostgreSQL appendix A) that mean the server is gone or refusing. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown (server stopping, or pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up or shutting down)
  '53300', // too_many_connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08P01',
]);
const TIMEOUT_SQLSTATES = new Set([
  '57014', // query_canceled: statement_timeout
  '55P03', // lock_not_available: lock_timeout
  '25P03', // idle_in_transaction_session_timeout
]);
const BUSY_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  // TypeORM, when a transaction's connection died under it (server restart, terminated backend).
  /query runner (was )?already released/i,
  /connection provided by a query runner was already released/i,
];
const POOL_TIMEOUT = /timeout exceeded when trying to connect/i;

interface ErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly driverError?: unknown;
  readonly cause?: unknown;
  readonly originalError?: unknown;
}

/** Classifies an error (following TypeORM's `driverError`, `cause` and GraphQL's `originalError`). */
export function databaseFaultOf(error: unknown): DatabaseFault | null {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const { code, message, driverError, cause, originalError } = current as ErrorLike;
    if (typeof code === 'string') {
      if (UNAVAILABLE_SQLSTATES.has(code) || NETWORK_CODES.has(code)) return 'UNAVAILABLE';
      if (TIMEOUT_SQLSTATES.has(code)) return 'TIMEOUT';
      if (BUSY_SQLSTATES.has(code)) return 'BUSY';
    }
    if (typeof message === 'string') {
      if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return 'UNAVAILABLE';
      if (POOL_TIMEOUT.test(message)) return 'BUSY';
    }
    current = driverError ?? originalError ?? cause;
  }
  return null;
}

/**
 * SQLSTATEs of data the database refused (a CHECK, NOT NULL, foreign key or uniqueness rule, a
 * value out of range). Use cases validate first; reaching one of these means a rule is enforced
 * only by the database, and the answer is still a 4xx — the transaction rolled back.
 */
const REFUSED_SQLSTATES = new Set(['23502', '23503', '23505', '23514', '22001', '22003', '22007', '22008', '22P02']);

/** The database rule (constraint name, when PostgreSQL gives one) a refused write broke, or null. */
export function databaseRefusalOf(error: unknown): { constraint: string | null } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const { code, driverError, cause, originalError } = current as ErrorLike;
    if (typeof code === 'string' && REFUSED_SQLSTATES.has(code)) {
      const constraint = (current as { constraint?: unknown }).constraint;
      return { constraint: typeof constraint === 'string' ? constraint : null };
    }
    current = driverError ?? originalError ?? cause;
  }
  return null;
}
