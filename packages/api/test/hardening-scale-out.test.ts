import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-accounts.js';
import { onReplica } from '../src/db/data-source.js';
import { verifyAuditChain } from '../src/modules/audit/audit-chain.js';
import { HttpClient, SIGN_IN, VIEWER } from './support/http-client.js';
import { startHardenedApp, type HardenedApp } from './support/hardened-app.js';
import { createTestDatabase } from './support/test-app.js';

/**
 * Beyond one machine: two API processes on one database share sessions, sign-in throttles and
 * the audit chain, because all of that lives in PostgreSQL; analytics reads can be sent to
 * replicas (DATABASE_REPLICA_URLS) while everything else stays on the primary.
 */

let database: { url: string; drop(): Promise<void> };
let a: HardenedApp;
let b: HardenedApp;

beforeAll(async () => {
  database = await createTestDatabase();
  a = await startHardenedApp({ databaseUrl: database.url, realAuth: true });
  b = await startHardenedApp({ databaseUrl: database.url, realAuth: true, replicaUrls: [database.url] });
});
afterAll(async () => {
  await a.close();
  await b.close();
  await database.drop();
});

const CREATE_TOKEN = `mutation($name: String!) { apiTokenCreate(name: $name, scopes: [AGGREGATES], expiresInDays: 30) { apiToken { id } userErrors { code } } }`;

describe('two API processes, one database', () => {
  it('accept each other’s sessions, and a sign-out on one ends it on both', async () => {
    const onA = new HttpClient(a.url);
    const signIn = await onA.graphql<{ sessionSignIn: { userErrors: unknown[] } }>(SIGN_IN, {
      u: 'btc',
      p: DEMO_PASSWORD,
    });
    expect(signIn.data!.sessionSignIn.userErrors).toEqual([]);
    const onB = new HttpClient(b.url);
    onB.cookie = onA.cookie;
    const viewer = await onB.graphql<{ viewer: { displayName: string } | null }>(VIEWER);
    expect(viewer.data!.viewer?.displayName).toBeTruthy();
    await onB.graphql('mutation { sessionSignOut }');
    // The very cookie A accepted a moment ago is refused there now.
    expect((await onA.graphql<{ viewer: unknown }>(VIEWER)).data!.viewer).toBeNull();
  });

  it('count failed sign-ins together: failures spread over both still lock the account', async () => {
    for (const [index, app] of [a, b, a, b, a].entries()) {
      const attempt = await new HttpClient(app.url).graphql<{ sessionSignIn: { userErrors: Array<{ code: string }> } }>(
        SIGN_IN,
        { u: 'xem', p: `wrong-password-${index}` },
      );
      expect(attempt.data!.sessionSignIn.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
    }
    const right = await new HttpClient(b.url).graphql<{ sessionSignIn: { userErrors: Array<{ code: string }> } }>(
      SIGN_IN,
      { u: 'xem', p: DEMO_PASSWORD },
    );
    expect(right.data!.sessionSignIn.userErrors[0]!.code).toBe('THROTTLED');
  });

  it('write through both at once into one unbroken audit chain', async () => {
    const clients = await Promise.all(
      [a, b].map(async (app) => {
        const client = new HttpClient(app.url);
        await client.graphql(SIGN_IN, { u: 'daumoi.ubnd', p: DEMO_PASSWORD });
        return client;
      }),
    );
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        clients[i % 2]!.graphql<{ apiTokenCreate: { userErrors: unknown[] } }>(CREATE_TOKEN, { name: `Công cụ ${i}` }),
      ),
    );
    expect(results.every((result) => result.data?.apiTokenCreate.userErrors.length === 0)).toBe(true);
    const chain = await verifyAuditChain(a.dataSource);
    expect(chain.problems).toEqual([]);
  });

  it('send replica reads to the replicas and keep every other query on the primary', async () => {
    const NAME = `SELECT current_setting('application_name') AS name`;
    expect(await onReplica(b.dataSource, NAME)).toEqual([{ name: 'nvtt-api-replica' }]);
    expect(await b.dataSource.query(NAME)).toEqual([{ name: 'nvtt-api' }]);
    // Without replicas the same call simply reads the primary.
    expect(await onReplica(a.dataSource, NAME)).toEqual([{ name: 'nvtt-api' }]);
  });
});
