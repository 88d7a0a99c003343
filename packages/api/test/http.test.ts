import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('HTTP surface', () => {
  it('answers liveness and readiness probes', async () => {
    const live = await fetch(`${app.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: true });
  });

  it('answers GraphQL errors as JSON, not HTML', async () => {
    const response = await app.graphql('{ orgUnits { nope } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF)', async () => {
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { sessionSignOut }' }),
    });
    expect(form.status).toBe(400);
    const viaGet = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { sessionSignOut }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBe(405);
  });

  it('says clearly when the dashboard has not been built', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('pnpm build');
  });
});
