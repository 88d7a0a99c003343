import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/relay.js';
import { feedClient, signIn, subscribe, waitFor, type FeedClient } from './support/change-feed.js';
import type { HttpClient } from './support/http-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let cadre: HttpClient;
let otherCadre: HttpClient;
let btc: HttpClient;
let taskId: string;
const clients: FeedClient[] = [];

beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
  [cadre, otherCadre, btc] = await Promise.all([signIn(app, 'canbo'), signIn(app, 'canbo2'), signIn(app, 'btc')]);
  const [task] = await app.dataSource.query(
    `SELECT t.id FROM key_task t JOIN app_user u ON u.cadre_id = t.cadre_id JOIN cycle y ON y.id = t.cycle_id
      WHERE u.username = 'canbo' AND t.state = 'DRAFT' AND y.year = 2027 ORDER BY t.id LIMIT 1`,
  );
  taskId = toGlobalId('KeyTask', task.id);
});
afterAll(async () => {
  await Promise.all(clients.map((feed) => feed.client.dispose()));
  await app.close();
});

function connect(options: Parameters<typeof feedClient>[1]): FeedClient {
  const feed = feedClient(app, options);
  clients.push(feed);
  return feed;
}

const SUBMIT = `mutation($id: ID!) { keyTaskSubmit(id: $id) { keyTask { state } userErrors { code message } } }`;
const WITHDRAW = `mutation($id: ID!) { keyTaskWithdraw(id: $id, reason: "Rút để kiểm thử") { keyTask { state } userErrors { code message } } }`;

describe('change feed subscriptions over WebSocket', () => {
  it('delivers a state change within a second to those in scope, and nothing to a cadre out of scope', async () => {
    const all = connect({ cookie: btc.cookie });
    const own = connect({ cookie: cadre.cookie });
    const outsider = connect({ cookie: otherCadre.cookie });
    for (const feed of [all, own, outsider]) subscribe(feed);
    await waitFor(() => app.http.changeFeed.subscriberCount === 3);

    const response = await cadre.graphql<{ keyTaskSubmit: { keyTask: { state: string } | null } }>(SUBMIT, {
      id: taskId,
    });
    const committedAt = Date.now();
    expect(response.data?.keyTaskSubmit.keyTask?.state).toBe('SUBMITTED');

    await waitFor(() => all.events.length > 0 && own.events.length > 0, 1000);
    for (const feed of [all, own]) {
      expect(feed.events[0]).toMatchObject({
        type: 'TASK_STATE_CHANGED',
        action: 'SUBMIT',
        fromState: 'DRAFT',
        toState: 'SUBMITTED',
        taskId,
        taskState: 'SUBMITTED',
      });
      expect(feed.events[0]!.receivedAt - committedAt).toBeLessThan(1000);
    }
    // Another cadre's client is connected and subscribed, yet hears nothing of this task.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(outsider.events).toEqual([]);
    expect(outsider.errors).toEqual([]);
  });

  it('closes the socket of a signed-out session at its next event, without sending it', async () => {
    const before = app.http.changeFeed.subscriberCount;
    const own = connect({ cookie: cadre.cookie });
    const all = connect({ cookie: btc.cookie });
    subscribe(own, ['TASK_STATE_CHANGED']);
    subscribe(all, ['TASK_STATE_CHANGED']);
    await waitFor(() => app.http.changeFeed.subscriberCount === before + 2);
    await cadre.graphql(`mutation { sessionSignOut }`);

    const response = await btc.graphql<{ keyTaskWithdraw: { keyTask: { state: string } | null } }>(WITHDRAW, {
      id: taskId,
    });
    expect(response.data?.keyTaskWithdraw.keyTask?.state).toBe('WITHDRAWN');
    await waitFor(() => all.events.length > 0 && own.closedWith !== null, 2000);
    expect(own.events).toEqual([]);
    expect(own.closedWith).toBe(4403);
  });

  it('refuses a token without access to tasks, and a session cookie sent from another site', async () => {
    const owner = await signIn(app, 'btc');
    const created = await owner.graphql<{ apiTokenCreate: { token: string } }>(
      `mutation { apiTokenCreate(name: "Chỉ tổng hợp", scopes: [AGGREGATES], expiresInDays: 1) { token } }`,
    );
    const aggregates = connect({ token: created.data!.apiTokenCreate.token });
    subscribe(aggregates);
    await waitFor(() => aggregates.errors.length > 0);
    expect(JSON.stringify(aggregates.errors)).toContain('FORBIDDEN');

    const hijack = new WebSocket(`${app.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { cookie: owner.cookie!, origin: 'https://evil.example' },
    });
    const status = await new Promise<number>((resolve) => {
      hijack.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      hijack.on('open', () => resolve(101));
    });
    expect(status).toBe(401);

    const anonymous = connect({});
    subscribe(anonymous);
    await waitFor(() => anonymous.closedWith !== null);
    expect(anonymous.closedWith).toBe(4403);
  });

  it('limits the open connections of one user', async () => {
    const owner = await signIn(app, 'btv');
    const before = app.http.changeFeed.subscriberCount;
    const feeds = Array.from({ length: 6 }, () => connect({ cookie: owner.cookie }));
    for (const feed of feeds.slice(0, 5)) subscribe(feed);
    await waitFor(() => app.http.changeFeed.subscriberCount === before + 5);
    subscribe(feeds[5]!);
    await waitFor(() => feeds[5]!.closedWith !== null);
    expect(feeds[5]!.closedWith).toBe(4429);
    expect(feeds.slice(0, 5).every((feed) => feed.closedWith === null)).toBe(true);
  });
});
