import type { ChangeEvent } from './change-event.js';

const MAX_QUEUED = 1000;

/**
 * One subscriber's stream of events, as an async iterator that graphql-js drives. Written by hand
 * rather than as an async generator: a generator waiting for the next event cannot be stopped
 * until one arrives, while `return()` here unsubscribes at once when the client completes.
 */
export class FeedIterator implements AsyncIterableIterator<ChangeEvent> {
  private readonly queue: ChangeEvent[] = [];
  private waiting: ((result: IteratorResult<ChangeEvent>) => void) | null = null;
  private done = false;
  private pumping = false;

  constructor(
    /** Whether to pass this event on; false drops it; 'stop' ends the stream (credential gone). */
    private readonly admit: (event: ChangeEvent) => Promise<boolean | 'stop'>,
    private readonly onEnd: () => void,
  ) {}

  /** Called by the hub for every event of the process. */
  push(event: ChangeEvent): void {
    if (this.done) return;
    // A client that stops reading is not buffered for without end: its stream ends.
    if (this.queue.length >= MAX_QUEUED) {
      this.finish();
      return;
    }
    this.queue.push(event);
    void this.pump();
  }

  next(): Promise<IteratorResult<ChangeEvent>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
      void this.pump();
    });
  }

  return(): Promise<IteratorResult<ChangeEvent>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ChangeEvent> {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.queue.length = 0;
    this.onEnd();
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.({ value: undefined, done: true });
  }

  /** Checks queued events one at a time, in order, and hands the first admitted one to `next()`. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiting && this.queue.length > 0 && !this.done) {
        const event = this.queue.shift()!;
        const verdict = await this.admit(event);
        if (verdict === 'stop') {
          this.finish();
          return;
        }
        if (verdict && this.waiting) {
          const waiting = this.waiting;
          this.waiting = null;
          waiting({ value: event, done: false });
        }
      }
    } catch {
      this.finish();
    } finally {
      this.pumping = false;
    }
  }
}
