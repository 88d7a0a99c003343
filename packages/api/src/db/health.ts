import type { DataSource } from 'typeorm';
import type { Logger } from '../logger.js';

const PROBE_SQL = 'SELECT 1';

export interface DatabaseHealthOptions {
  /** How often to try the database again while it is down. */
  readonly probeIntervalMs?: number;
  /** How long one probe may take before it counts as a failure. */
  readonly probeTimeoutMs?: number;
}

/**
 * A circuit breaker for the database. After a connection-level failure the API stops sending
 * work to PostgreSQL and answers 503 at once (with Retry-After), instead of every request waiting
 * for a connection that cannot come; a probe retries every second and closes the circuit as soon
 * as the database answers. The process never exits because the database went away.
 */
export class DatabaseHealth {
  private down = false;
  private since: Date | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly probeIntervalMs: number;
  private readonly probeTimeoutMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    options: DatabaseHealthOptions = {},
  ) {
    this.probeIntervalMs = options.probeIntervalMs ?? 1_000;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2_000;
  }

  /** Whether requests should reach the database now. */
  get available(): boolean {
    return !this.down;
  }

  /** Seconds a client should wait before retrying while the database is down. */
  readonly retryAfterSeconds = 2;

  /** Called when a request met a connection-level failure: opens the circuit and starts probing. */
  reportUnavailable(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.since = new Date();
    this.logger.error({ err: error }, 'database unavailable; answering 503 until it is back');
    this.schedule();
  }

  /** One probe, with a timeout; also used by the readiness endpoint. */
  async probe(): Promise<boolean> {
    let timeout: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timeout = setTimeout(() => resolve(false), this.probeTimeoutMs);
      timeout.unref();
    });
    const answered = this.dataSource.isInitialized
      ? this.dataSource.query(PROBE_SQL).then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
    const ok = await Promise.race([answered, timedOut]);
    clearTimeout(timeout);
    if (ok && this.down) {
      this.logger.warn({ downSince: this.since }, 'database available again');
      this.down = false;
      this.since = null;
    }
    return ok;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.probe().then((ok) => {
        if (!ok && this.down) this.schedule();
      });
    }, this.probeIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
