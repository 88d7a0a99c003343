import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger.js';
import { loadChangeEvents, type ChangeEvent } from './change-event.js';

/** The channel the audit trigger notifies (migration 1765324800000-change-feed). */
export const CHANGE_FEED_CHANNEL = 'nvtt_change_feed';

type Listener = (event: ChangeEvent) => void;

/** The primary's connection string of a data source (LISTEN never goes to a replica). */
export function primaryUrlOf(dataSource: DataSource): string {
  const options = dataSource.options as { url?: string; replication?: { master?: { url?: string } } };
  const url = options.replication?.master?.url ?? options.url;
  if (!url) throw new Error('The change feed needs a data source configured with a connection URL.');
  return url;
}

/**
 * The live side of the change feed in one API process: one dedicated connection LISTENs on the
 * audit trigger's channel while anyone is subscribed, loads each batch of new events once, and
 * hands them to every subscriber (which filter by their own scope). NOTIFY arrives only after
 * commit, so a subscriber never sees a change that was rolled back. A subscriber connected while
 * the connection was lost misses those events (it reconnects within seconds); the webhooks, from
 * the job queue, are the durable path.
 */
export class ChangeFeedHub {
  private readonly listeners = new Set<Listener>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private pending: string[] = [];
  private flushing = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  /** Adds a listener once the LISTEN connection is up; the returned function removes it. */
  async subscribe(listener: Listener): Promise<() => void> {
    if (this.closed) throw new Error('The change feed is closed.');
    await this.connect();
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listeners.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: primaryUrlOf(this.dataSource) });
    client.on('notification', (message) => {
      if (message.channel === CHANGE_FEED_CHANNEL && message.payload) this.receive(message.payload);
    });
    client.on('error', (error) => {
      this.logger.warn({ reason: error.message }, 'change feed connection lost; reconnecting');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${CHANGE_FEED_CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.listeners.size === 0 || this.closed) return;
      this.connect().catch((error: Error) => {
        this.logger.warn({ reason: error.message }, 'change feed reconnection failed');
        this.scheduleRetry();
      });
    }, 1000);
    this.retryTimer.unref();
  }

  private receive(auditId: string): void {
    this.pending.push(auditId);
    if (!this.flushing) {
      this.flushing = true;
      // Notifications of one commit arrive together: load them with one query.
      setImmediate(() => void this.flush());
    }
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, 500);
      try {
        for (const event of await loadChangeEvents(this.dataSource, batch)) {
          for (const listener of this.listeners) listener(event);
        }
      } catch (error) {
        this.logger.error({ err: error, events: batch.length }, 'change feed events could not be loaded');
      }
    }
    this.flushing = false;
  }
}
