import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-accounts.js';
import { HttpClient, SIGN_IN, VIEWER } from './support/http-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** What authentication costs a request in SQL, and that the cheaper check is as strict as before. */
let app: TestApp;
let year: number;
beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
  [{ year }] = await app.dataSource.query(
    `SELECT c.year FROM key_task t JOIN cycle c ON c.id = t.cycle_id GROUP BY c.year ORDER BY count(DISTINCT t.cadre_id) DESC LIMIT 1`,
  );
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

async function tokenOf(client: HttpClient, scopes: string[]): Promise<{ token: string; id: number }> {
  const created = await client.graphql<{ apiTokenCreate: { token: string; apiToken: { id: number } } }>(
    `mutation($scopes: [TokenScope!]!) { apiTokenCreate(name: "Đo câu lệnh", scopes: $scopes, expiresInDays: 7) { token apiToken { id } } }`,
    { scopes },
  );
  return { token: created.data!.apiTokenCreate.token, id: created.data!.apiTokenCreate.apiToken.id };
}

const CADRE_PAGE = `query($year: Int!, $first: Int!) {
  drillDown(cycleYear: $year, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      cadre { fullName code }
      tasks { title state milestones { dueOn doneOn status } opinions { stage text verdict agency { name } } }
    }
  }
}`;

const TASK_PAGE = `query($year: Int!, $first: Int!) {
  keyTasks(filter: { cycleYear: $year }, first: $first) {
    pageInfo { hasNextPage endCursor }
    nodes { id title state cadre { fullName code } milestones { dueOn doneOn status } opinions { stage verdict text agency { name } } }
  }
}`;

const lastUsed = async (id: number): Promise<number> =>
  new Date(
    (await app.dataSource.query('SELECT last_used_at FROM api_token WHERE id = $1', [id]))[0].last_used_at,
  ).getTime();

describe('statements per request, credential check included', () => {
  it('answers a drill-down with a Bearer token in at most 4 statements at page sizes 10, 50 and 100', async () => {
    const { token } = await tokenOf(await signedIn('btc'), ['DOSSIERS']);
    const tool = new HttpClient(app.url, { authorization: `Bearer ${token}` });
    await tool.graphql(VIEWER); // the token's first use writes last_used_at; steady state is measured below
    for (const [query, field] of [
      [CADRE_PAGE, 'drillDown'],
      [TASK_PAGE, 'keyTasks'],
    ] as const) {
      const counts: number[] = [];
      for (const first of [10, 50, 100]) {
        const { result, statements } = await app.countStatements(() =>
          tool.graphql<Record<string, { nodes: unknown[] }>>(query, { year, first }),
        );
        expect(result.errors).toBeUndefined();
        expect(result.data![field]!.nodes).toHaveLength(first);
        counts.push(statements);
      }
      expect(counts, field).toEqual([counts[0], counts[0], counts[0]]);
      expect(counts[0], field).toBeLessThanOrEqual(4);
    }
    // The credential itself: one statement.
    const { statements } = await app.countStatements(() => tool.graphql(VIEWER));
    expect(statements).toBe(1);
  });

  it('checks a session cookie in one statement too', async () => {
    const client = await signedIn('btv');
    await client.graphql(VIEWER);
    const { result, statements } = await app.countStatements(() => client.graphql<{ viewer: object | null }>(VIEWER));
    expect(result.data!.viewer).not.toBeNull();
    expect(statements).toBe(1);
  });

  it('writes last_used_at at most once a minute, and still on first use and after a minute', async () => {
    const { token, id } = await tokenOf(await signedIn('btc'), ['AGGREGATES']);
    const tool = new HttpClient(app.url, { authorization: `Bearer ${token}` });
    const [{ last_used_at: unused }] = await app.dataSource.query('SELECT last_used_at FROM api_token WHERE id = $1', [
      id,
    ]);
    expect(unused).toBeNull();
    await tool.graphql(VIEWER);
    const first = await lastUsed(id);
    expect(Date.now() - first).toBeLessThan(60_000);
    await tool.graphql(VIEWER);
    expect(await lastUsed(id)).toBe(first);
    await app.dataSource.query(`UPDATE api_token SET last_used_at = now() - interval '61 seconds' WHERE id = $1`, [id]);
    const stale = await lastUsed(id);
    await tool.graphql(VIEWER);
    expect(await lastUsed(id)).toBeGreaterThan(stale + 60_000);
  });

  it('refuses a token on the very next request once revoked, its owner disabled or it expired', async () => {
    const owner = await signedIn('btv');
    const { token, id } = await tokenOf(owner, ['DOSSIERS']);
    const tool = new HttpClient(app.url, { authorization: `Bearer ${token}` });
    expect((await tool.graphql<{ viewer: object | null }>(VIEWER)).data!.viewer).not.toBeNull();
    await owner.graphql('mutation($id: Int!) { apiTokenRevoke(id: $id) { userErrors { code } } }', { id });
    expect((await tool.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();

    const second = await tokenOf(owner, ['DOSSIERS']);
    const other = new HttpClient(app.url, { authorization: `Bearer ${second.token}` });
    expect((await other.graphql<{ viewer: object | null }>(VIEWER)).data!.viewer).not.toBeNull();
    await app.dataSource.query(`UPDATE app_user SET disabled = true WHERE username = 'btv'`);
    expect((await other.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();
    expect((await owner.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();
    await app.dataSource.query(`UPDATE app_user SET disabled = false WHERE username = 'btv'`);
    expect((await other.graphql<{ viewer: object | null }>(VIEWER)).data!.viewer).not.toBeNull();
    await app.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      second.id,
    ]);
    expect((await other.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();
  });

  it('carries the owner, memberships and scopes into the actor', async () => {
    const { token } = await tokenOf(await signedIn('daumoi.ubnd'), ['AGGREGATES', 'DOSSIERS']);
    const tool = new HttpClient(app.url, { authorization: `Bearer ${token}` });
    const viewer = (await tool.graphql<{ viewer: { tokenScopes: string[] } }>(VIEWER)).data!.viewer;
    expect([...viewer.tokenScopes].sort()).toEqual(['AGGREGATES', 'DOSSIERS']);
    const session = await signedIn('daumoi.ubnd');
    const fromSession = (await session.graphql<{ viewer: Record<string, unknown> }>(VIEWER)).data!.viewer;
    expect({ ...viewer, tokenScopes: null }).toEqual({ ...fromSession, tokenScopes: null });
  });
});
