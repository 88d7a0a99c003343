import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-accounts.js';
import { HttpClient, SIGN_IN, VIEWER } from './support/http-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
});
afterAll(() => app.close());

async function signedIn(username: string): Promise<HttpClient> {
  const client = new HttpClient(app.url);
  const response = await client.graphql<{ sessionSignIn: { userErrors: unknown[] } }>(SIGN_IN, {
    u: username,
    p: DEMO_PASSWORD,
  });
  expect(response.data!.sessionSignIn.userErrors).toEqual([]);
  return client;
}

describe('sign-in and sessions', () => {
  it('stores passwords as argon2id hashes only', async () => {
    const rows: Array<{ password_hash: string }> = await app.dataSource.query('SELECT password_hash FROM app_user');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=1\$/);
  });

  it('refuses anonymous reads, and answers who is signed in', async () => {
    const anonymous = new HttpClient(app.url);
    const units = await anonymous.graphql('{ orgUnits(first: 1) { totalCount } }');
    expect(units.status).toBe(401);
    expect(units.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.graphql<{ viewer: null }>(VIEWER)).data).toEqual({ viewer: null });
  });

  it('signs in with an HttpOnly, SameSite cookie and refuses a wrong password with a Vietnamese message', async () => {
    const client = new HttpClient(app.url);
    const wrong = await client.graphql<{
      sessionSignIn: { viewer: null; userErrors: Array<{ code: string; message: string }> };
    }>(SIGN_IN, {
      u: 'btc',
      p: 'sai mật khẩu',
    });
    expect(wrong.data!.sessionSignIn.userErrors).toEqual([
      { code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
    ]);
    expect(client.cookie).toBeNull();
    const right = await client.graphql<{ sessionSignIn: { viewer: { accessRoles: string[] } } }>(SIGN_IN, {
      u: 'btc',
      p: DEMO_PASSWORD,
    });
    expect(right.data!.sessionSignIn.viewer.accessRoles).toEqual(['FOCAL_REVIEWER', 'CONSOLIDATOR']);
    expect(client.lastSetCookie).toMatch(/^nvtt_session=s_[\w-]+;/);
    expect(client.lastSetCookie).toMatch(/HttpOnly/);
    expect(client.lastSetCookie).toMatch(/SameSite=Lax/);
    const units = await client.graphql<{ orgUnits: { totalCount: number } }>(
      '{ orgUnits(first: 1, filter: { kind: COMMUNE }) { totalCount } }',
    );
    expect(units.data!.orgUnits.totalCount).toBe(48);
  });

  it('keeps sessions across an API restart, because they live in PostgreSQL', async () => {
    const client = await signedIn('btv');
    const second = await startTestApp({ realAuth: true, databaseUrl: app.databaseUrl });
    try {
      const elsewhere = new HttpClient(second.url);
      elsewhere.cookie = client.cookie;
      expect((await elsewhere.graphql<{ viewer: { accessRoles: string[] } }>(VIEWER)).data!.viewer.accessRoles).toEqual(
        ['DECIDER'],
      );
    } finally {
      await second.close();
    }
  });

  it('ends a session on sign-out, after idling, and at its absolute limit', async () => {
    const client = await signedIn('xem');
    const cookie = client.cookie;
    await client.graphql('mutation { sessionSignOut }');
    const replay = new HttpClient(app.url);
    replay.cookie = cookie;
    expect((await replay.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();

    const idle = await signedIn('xem');
    await app.dataSource.query(
      `UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE revoked_at IS NULL`,
    );
    expect((await idle.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();

    const old = await signedIn('xem');
    await app.dataSource.query(
      `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL`,
    );
    expect((await old.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();
  });

  it('signs out everywhere on request', async () => {
    const one = await signedIn('canbo2');
    const two = await signedIn('canbo2');
    const done = await one.graphql<{ sessionRevokeAll: { done: boolean } }>(
      'mutation { sessionRevokeAll { done userErrors { code } } }',
    );
    expect(done.data!.sessionRevokeAll.done).toBe(true);
    expect((await two.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();
  });

  it('throttles an account after 5 failures, even for the right password, with a clear message', async () => {
    const client = new HttpClient(app.url);
    for (let attempt = 0; attempt < 5; attempt++) await client.graphql(SIGN_IN, { u: 'daumoi.cqd', p: 'sai' });
    const blocked = await client.graphql<{ sessionSignIn: { userErrors: Array<{ code: string; message: string }> } }>(
      SIGN_IN,
      {
        u: 'daumoi.cqd',
        p: DEMO_PASSWORD,
      },
    );
    expect(blocked.data!.sessionSignIn.userErrors[0]).toEqual({
      code: 'THROTTLED',
      message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
    });
    expect(client.cookie).toBeNull();
  });
});

describe('API tokens', () => {
  const CREATE = `mutation($scopes: [TokenScope!]!, $days: Int!) { apiTokenCreate(name: "Hệ thống KPI", scopes: $scopes, expiresInDays: $days) { token apiToken { id prefix scopes } userErrors { code } } }`;

  async function tokenFor(username: string, scopes: string[]): Promise<{ token: string; id: number }> {
    const client = await signedIn(username);
    const created = await client.graphql<{ apiTokenCreate: { token: string; apiToken: { id: number } } }>(CREATE, {
      scopes,
      days: 30,
    });
    return { token: created.data!.apiTokenCreate.token, id: created.data!.apiTokenCreate.apiToken.id };
  }

  it('shows the secret once and stores only its hash', async () => {
    const { token } = await tokenFor('btc', ['AGGREGATES']);
    expect(token).toMatch(/^nvtt_/);
    const [row] = await app.dataSource.query('SELECT token_hash, prefix FROM api_token ORDER BY id DESC LIMIT 1');
    expect(row.token_hash).not.toContain(token);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(token.startsWith(row.prefix)).toBe(true);
  });

  it('limits a token to its scopes: aggregates see no names, only WRITE may act', async () => {
    const { token } = await tokenFor('btc', ['AGGREGATES']);
    const tool = new HttpClient(app.url, { authorization: `Bearer ${token}` });
    expect((await tool.graphql<{ viewer: { tokenScopes: string[] } }>(VIEWER)).data!.viewer.tokenScopes).toEqual([
      'AGGREGATES',
    ]);
    expect(
      (await tool.graphql<{ keyTasks: { totalCount: number } }>('{ keyTasks(first: 1) { totalCount } }')).data!.keyTasks
        .totalCount,
    ).toBe(0);
    expect(
      (await tool.graphql<{ cadres: { totalCount: number } }>('{ cadres(first: 1) { totalCount } }')).data!.cadres
        .totalCount,
    ).toBe(0);
    const write = await tool.graphql('mutation { keyTaskSubmit(id: "eA") { userErrors { code } } }');
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { token: reader } = await tokenFor('btc', ['DOSSIERS']);
    const dossierTool = new HttpClient(app.url, { authorization: `Bearer ${reader}` });
    expect(
      (await dossierTool.graphql<{ keyTasks: { totalCount: number } }>('{ keyTasks(first: 1) { totalCount } }')).data!
        .keyTasks.totalCount,
    ).toBeGreaterThan(0);
    const [{ last_used_at }] = await app.dataSource.query(
      'SELECT last_used_at FROM api_token ORDER BY id DESC LIMIT 1',
    );
    expect(last_used_at).not.toBeNull();
  });

  it('stops working once revoked or expired', async () => {
    const { token, id } = await tokenFor('btv', ['DOSSIERS']);
    const tool = new HttpClient(app.url, { authorization: `Bearer ${token}` });
    expect((await tool.graphql<{ viewer: object | null }>(VIEWER)).data!.viewer).not.toBeNull();
    const owner = await signedIn('btv');
    await owner.graphql(
      'mutation($id: Int!) { apiTokenRevoke(id: $id) { apiToken { revokedAt } userErrors { code } } }',
      { id },
    );
    expect((await tool.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();

    const { token: short } = await tokenFor('btv', ['DOSSIERS']);
    await app.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE prefix = $1`, [
      short.slice(0, 9),
    ]);
    expect(
      (await new HttpClient(app.url, { authorization: `Bearer ${short}` }).graphql<{ viewer: null }>(VIEWER)).data!
        .viewer,
    ).toBeNull();
  });
});
