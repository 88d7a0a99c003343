import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { HttpClient, SIGN_IN } from './http-client.js';
import type { TestApp } from './test-app.js';

export const DEMO_PASSWORD = 'NVTT-demo-2026';

/** A signed-in browser stand-in: its session cookie. */
export async function signIn(app: TestApp, username: string): Promise<HttpClient> {
  const client = new HttpClient(app.url);
  const response = await client.graphql(SIGN_IN, { u: username, p: DEMO_PASSWORD });
  if (!client.cookie) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(response)}`);
  return client;
}

export interface FeedClient {
  readonly client: Client;
  readonly events: Array<Record<string, unknown> & { receivedAt: number }>;
  readonly errors: unknown[];
  /** Set when the server closed the socket, with its close code. */
  closedWith: number | null;
}

export interface FeedClientOptions {
  readonly cookie?: string | null;
  readonly token?: string;
  readonly origin?: string;
}

/** A graphql-ws client over a real socket, with the cookie or token a real tool would send. */
export function feedClient(app: TestApp, options: FeedClientOptions): FeedClient {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const feed: FeedClient = { client: null as unknown as Client, events: [], errors: [], closedWith: null };
  const client = createClient({
    url: `${app.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: HeaderWebSocket,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : undefined,
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        feed.closedWith = (event as { code?: number }).code ?? null;
      },
    },
  });
  return Object.assign(feed, { client });
}

export const CHANGE_EVENTS = `subscription($types: [ChangeEventType!]) {
  changeEvents(types: $types) { id type action fromState toState taskId taskState late occurredAt }
}`;

/** Subscribes; events and errors collect on the feed client. */
export function subscribe(feed: FeedClient, types?: string[]): () => void {
  return feed.client.subscribe(
    { query: CHANGE_EVENTS, variables: types ? { types } : {} },
    {
      next: (result) => {
        if (result.errors) feed.errors.push(...result.errors);
        const event = (result.data as { changeEvents?: Record<string, unknown> } | undefined)?.changeEvents;
        if (event) feed.events.push({ ...event, receivedAt: Date.now() });
      },
      error: (error) => feed.errors.push(error),
      complete: () => undefined,
    },
  );
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
