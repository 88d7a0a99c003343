import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_POLICY } from '@nvtt/shared';
import { DEMO_PASSWORD } from '../src/db/seed/demo-accounts.js';
import { HttpClient, SIGN_IN } from './support/http-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
});
afterAll(() => app.close());

describe('sign-in throttling per address', () => {
  it('refuses an address that failed too often, whatever the account, until the window passes', async () => {
    const client = new HttpClient(app.url);
    // Failures spread over many names, as a password-spraying attempt would.
    for (let attempt = 0; attempt < SESSION_POLICY.maxFailuresPerAddress; attempt++) {
      await client.graphql(SIGN_IN, { u: `khong-co-${attempt}`, p: 'sai' });
    }
    const blocked = await client.graphql<{ sessionSignIn: { userErrors: Array<{ code: string }> } }>(SIGN_IN, {
      u: 'btc',
      p: DEMO_PASSWORD,
    });
    expect(blocked.data!.sessionSignIn.userErrors[0]!.code).toBe('THROTTLED');
    await app.dataSource.query(`UPDATE login_failure SET failed_at = failed_at - interval '16 minutes'`);
    const later = await client.graphql<{ sessionSignIn: { userErrors: unknown[] } }>(SIGN_IN, {
      u: 'btc',
      p: DEMO_PASSWORD,
    });
    expect(later.data!.sessionSignIn.userErrors).toEqual([]);
  });
});
