import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/relay.js';
import { enqueueJob, startJobWorker, type JobWorker } from '../src/jobs/job-queue.js';
import { createJobTasks } from '../src/jobs/tasks.js';
import { createLogger } from '../src/logger.js';
import { deliveryJobKey } from '../src/modules/change-feed/change-feed.jobs.js';
import { deliverWebhook } from '../src/modules/change-feed/webhook-delivery.js';
import { verifySignature } from '../src/modules/change-feed/webhook-signature.js';
import { isSpecialAddress } from '../src/modules/change-feed/webhook-target.js';
import { signIn, waitFor } from './support/change-feed.js';
import type { HttpClient } from './support/http-client.js';
import { pendingJobs } from './support/jobs.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { startReceiver } from './support/webhook-receiver.js';

let app: TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let admin: HttpClient;
let cadre: HttpClient;
let btc: HttpClient;
let drafts: string[];
let worker: JobWorker | null = null;

const OPTIONS = { allowPrivateTargets: true, maxAttempts: 5, timeoutMs: 5000 };

async function startWorker(): Promise<void> {
  worker = await startJobWorker({
    connectionString: app.databaseUrl,
    tasks: createJobTasks({ dataSource: app.dataSource, logger: createLogger('silent'), webhooks: OPTIONS }),
    schedule: [],
    concurrency: 2,
    logger: createLogger('silent'),
    pollIntervalMs: 100,
  });
}
async function stopWorker(): Promise<void> {
  await worker?.stop();
  worker = null;
}

beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
  receiver = await startReceiver();
  [admin, cadre, btc] = await Promise.all([signIn(app, 'quantri'), signIn(app, 'canbo'), signIn(app, 'btc')]);
  const rows: Array<{ id: number }> = await app.dataSource.query(
    `SELECT t.id FROM key_task t JOIN app_user u ON u.cadre_id = t.cadre_id JOIN cycle y ON y.id = t.cycle_id
      WHERE u.username = 'canbo' AND t.state = 'DRAFT' AND y.year = 2027 ORDER BY t.id`,
  );
  drafts = rows.map((row) => toGlobalId('KeyTask', row.id));
});
afterEach(stopWorker);
afterAll(async () => {
  await receiver.close();
  await app.close();
});

const CREATE = `mutation($input: WebhookSubscriptionInput!) {
  webhookSubscriptionCreate(input: $input) { secret webhookSubscription { id ownerUsername eventTypes } userErrors { code field } }
}`;
const REVOKE = `mutation($id: Int!) { webhookSubscriptionRevoke(id: $id) { webhookSubscription { revokedAt } userErrors { code } } }`;
const LIST = `{ webhookSubscriptions { id ownerUsername targetUrl } }`;
const DELIVERIES = `query($id: Int!) { webhookDeliveries(subscription: $id) { eventId attempt statusCode error deliveredAt durationMs } }`;
const SUBMIT = `mutation($id: ID!) { keyTaskSubmit(id: $id) { keyTask { state } userErrors { code message } } }`;
const WITHDRAW = `mutation($id: ID!) { keyTaskWithdraw(id: $id, reason: "Rút để kiểm thử") { keyTask { state } userErrors { code } } }`;

type Created = {
  webhookSubscriptionCreate: {
    secret: string | null;
    webhookSubscription: { id: number; ownerUsername: string } | null;
    userErrors: Array<{ code: string; field: string[] | null }>;
  };
};

async function createWebhook(owner: string, path: string, eventTypes = ['TASK_STATE_CHANGED']) {
  const response = await admin.graphql<Created>(CREATE, {
    input: { ownerUsername: owner, name: `Hệ thống KPI (${owner})`, targetUrl: `${receiver.url}${path}`, eventTypes },
  });
  const created = response.data!.webhookSubscriptionCreate;
  expect(created.userErrors).toEqual([]);
  return { id: created.webhookSubscription!.id, secret: created.secret! };
}

async function queueIsEmpty(): Promise<boolean> {
  const jobs = [
    ...(await pendingJobs(app.dataSource, 'webhooks.fan-out')),
    ...(await pendingJobs(app.dataSource, 'webhooks.deliver')),
  ];
  return jobs.length === 0;
}

describe('managing webhooks', () => {
  it('lets an administrator connect one for an owner, shows the secret once, and audits it', async () => {
    const { id, secret } = await createWebhook('btc', '/managed');
    expect(secret).toMatch(/^whsec_/);
    const [audit] = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'WebhookSubscription' AND entity_id = $1`,
      [id],
    );
    expect(audit).toEqual({ action: 'CREATE' });
    const owned = await btc.graphql<{ webhookSubscriptions: Array<{ id: number }> }>(LIST);
    expect(owned.data!.webhookSubscriptions.map((row) => row.id)).toContain(id);
    expect(JSON.stringify(owned)).not.toContain(secret);
    const others = await cadre.graphql<{ webhookSubscriptions: unknown[] }>(LIST);
    expect(others.data!.webhookSubscriptions).toEqual([]);

    expect(
      (await cadre.graphql<{ webhookSubscriptionRevoke: { userErrors: unknown[] } }>(REVOKE, { id })).data,
    ).toEqual({ webhookSubscriptionRevoke: { webhookSubscription: null, userErrors: [{ code: 'NOT_FOUND' }] } });
    const log = await cadre.graphql(DELIVERIES, { id });
    expect(log.data).toEqual({ webhookDeliveries: null });
    const revoked = await btc.graphql<{ webhookSubscriptionRevoke: { webhookSubscription: { revokedAt: string } } }>(
      REVOKE,
      { id },
    );
    expect(revoked.data!.webhookSubscriptionRevoke.webhookSubscription.revokedAt).toBeTruthy();
  });

  it('refuses anyone but an administrator, and bad input, changing nothing', async () => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM webhook_subscription`);
    const input = {
      ownerUsername: 'btc',
      name: 'KPI',
      targetUrl: `${receiver.url}/x`,
      eventTypes: ['DEADLINE_PASSED'],
    };
    const byBtc = await btc.graphql<Created>(CREATE, { input });
    expect(byBtc.data!.webhookSubscriptionCreate.userErrors[0]!.code).toBe('ACTOR_NOT_ALLOWED');
    const ftp = await admin.graphql<Created>(CREATE, { input: { ...input, targetUrl: 'ftp://kpi.example/x' } });
    expect(ftp.data!.webhookSubscriptionCreate.userErrors[0]).toEqual({ code: 'INVALID_INPUT', field: ['targetUrl'] });
    const nobody = await admin.graphql<Created>(CREATE, { input: { ...input, ownerUsername: 'khong-co' } });
    expect(nobody.data!.webhookSubscriptionCreate.userErrors[0]!.code).toBe('NOT_FOUND');
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM webhook_subscription`)).toEqual(before);
  });
});

describe('webhook deliveries', () => {
  it('signs each delivery, retries after a failure, and sends nothing to an owner out of scope', async () => {
    const { id, secret } = await createWebhook('btc', '/kpi');
    const outsider = await createWebhook('canbo2', '/outsider');
    receiver.plan.push(500);
    await startWorker();

    const submitted = await cadre.graphql<{ keyTaskSubmit: { keyTask: { state: string } } }>(SUBMIT, { id: drafts[0] });
    expect(submitted.data!.keyTaskSubmit.keyTask.state).toBe('SUBMITTED');
    await waitFor(() => receiver.received.filter((entry) => entry.path === '/kpi').length >= 2, 20_000);

    const [failed, delivered] = receiver.received.filter((entry) => entry.path === '/kpi');
    expect(failed!.status).toBe(500);
    expect(delivered!.body).toBe(failed!.body);
    expect(delivered!.headers['x-nvtt-event-id']).toBe(failed!.headers['x-nvtt-event-id']);
    expect(delivered!.headers['x-nvtt-delivery-attempt']).toBe('2');
    expect(verifySignature(secret, delivered!.body, String(delivered!.headers['x-nvtt-signature']), new Date())).toBe(
      true,
    );
    expect(
      verifySignature(secret, `${delivered!.body} `, String(delivered!.headers['x-nvtt-signature']), new Date()),
    ).toBe(false);
    expect(
      verifySignature('whsec_other', delivered!.body, String(delivered!.headers['x-nvtt-signature']), new Date()),
    ).toBe(false);
    const event = JSON.parse(delivered!.body);
    expect(event).toMatchObject({
      id: delivered!.headers['x-nvtt-event-id'],
      type: 'TASK_STATE_CHANGED',
      action: 'SUBMIT',
      fromState: 'DRAFT',
      toState: 'SUBMITTED',
      task: { id: drafts[0], state: 'SUBMITTED' },
    });

    await waitFor(queueIsEmpty, 10_000);
    const log = await btc.graphql<{ webhookDeliveries: Array<Record<string, unknown>> }>(DELIVERIES, { id });
    expect(log.data!.webhookDeliveries).toMatchObject([
      { eventId: event.id, attempt: 2, statusCode: 200, error: null },
      { eventId: event.id, attempt: 1, statusCode: 500, error: 'HTTP 500', deliveredAt: null },
    ]);
    expect(log.data!.webhookDeliveries[0]!.deliveredAt).toBeTruthy();
    // canbo2's webhook is active, but canbo's task is not canbo2's to see.
    expect(receiver.received.filter((entry) => entry.path === '/outsider')).toEqual([]);
    await admin.graphql(REVOKE, { id: outsider.id });
  });

  it('does not deliver an event twice when its job runs again after a restart', async () => {
    const [{ id }] = await app.dataSource.query(
      `SELECT id FROM webhook_subscription WHERE target_url LIKE '%/kpi' AND revoked_at IS NULL`,
    );
    const [{ eventId }] = await app.dataSource.query(
      `SELECT audit_event_id::text AS "eventId" FROM webhook_delivery WHERE subscription_id = $1 AND delivered_at IS NOT NULL`,
      [id],
    );
    const before = receiver.received.length;
    // The job as it would still be queued had the process stopped between the send and the job's end.
    await enqueueJob(
      app.dataSource,
      'webhooks.deliver',
      { subscriptionId: id, auditEventId: eventId },
      {
        jobKey: deliveryJobKey(id, eventId),
      },
    );
    await startWorker();
    await waitFor(queueIsEmpty, 10_000);
    await stopWorker();
    expect(receiver.received.length).toBe(before);
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1 AND audit_event_id = $2`,
      [id, eventId],
    );
    expect(n).toBe(2);
  });

  it('stops deliveries of a revoked webhook, queued ones included', async () => {
    const [{ id }] = await app.dataSource.query(
      `SELECT id FROM webhook_subscription WHERE target_url LIKE '%/kpi' AND revoked_at IS NULL`,
    );
    const before = receiver.received.length;
    // The change is made while no worker runs: its jobs wait in the queue.
    const withdrawn = await btc.graphql<{ keyTaskWithdraw: { keyTask: { state: string } } }>(WITHDRAW, {
      id: drafts[0],
    });
    expect(withdrawn.data!.keyTaskWithdraw.keyTask.state).toBe('WITHDRAWN');
    expect(await queueIsEmpty()).toBe(false);
    await btc.graphql(REVOKE, { id });
    await startWorker();
    await waitFor(queueIsEmpty, 10_000);
    expect(receiver.received.length).toBe(before);
    // With no active webhook left, a change queues nothing at all.
    const [{ count: active }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM webhook_subscription WHERE revoked_at IS NULL`,
    );
    expect(active).toBe(0);
    if (drafts[1]) {
      await cadre.graphql(SUBMIT, { id: drafts[1] });
      expect(await pendingJobs(app.dataSource, 'webhooks.fan-out')).toEqual([]);
    }
  });

  it('refuses private and loopback targets unless the deployment allows them', async () => {
    expect(
      ['127.0.0.1', '10.1.2.3', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1'].every(
        isSpecialAddress,
      ),
    ).toBe(true);
    expect(['8.8.8.8', '2001:4860:4860::8888', '113.160.0.1'].some(isSpecialAddress)).toBe(false);
    const { id } = await createWebhook('btc', '/private');
    const [{ eventId }] = await app.dataSource.query(
      `SELECT id::text AS "eventId" FROM audit_event WHERE entity_type = 'KeyTask' AND action = 'SUBMIT' ORDER BY id DESC LIMIT 1`,
    );
    const before = receiver.received.length;
    await expect(
      deliverWebhook(app.dataSource, { subscriptionId: id, auditEventId: eventId }, 1, {
        ...OPTIONS,
        allowPrivateTargets: false,
      }),
    ).rejects.toThrow(/private or special address/);
    expect(receiver.received.length).toBe(before);
    const [logged] = await app.dataSource.query(
      `SELECT status_code, error, delivered_at FROM webhook_delivery WHERE subscription_id = $1`,
      [id],
    );
    expect(logged).toMatchObject({ status_code: null, delivered_at: null });
    expect(logged.error).toMatch(/private or special address/);
  });
});
