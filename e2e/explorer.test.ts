import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser } from './support/browser.js';
import { baseUrl as suiteBaseUrl } from './support/context.js';

/** The analysts' example tabs, in the explorer's order, with what each answer must hold. */
const EXAMPLES = [
  { operation: 'CompareLocalities', field: 'comparison', variable: 'cycleYear' },
  { operation: 'FindCadre', field: 'cadres', variable: 'search' },
  { operation: 'CadreDossier', field: 'cadreDossier', variable: 'cadre' },
  { operation: 'LateAtStage', field: 'stageFunnel', variable: 'cycleYear' },
  { operation: 'DrillDown', field: 'drillDown', variable: 'after' },
] as const;

/** Monaco loads its models after a tab switch; on a busy 2-core machine that can take seconds. */
const POLL = { timeout: 20_000, interval: 200 };
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

interface Watch {
  readonly offsite: string[];
  readonly cspViolations: string[];
  readonly pageErrors: string[];
  readonly graphqlBodies: string[];
}

/**
 * A context where any request off this machine is refused (no CDN may be needed), recording
 * refused requests, CSP violations, page errors and what the page sent to /graphql.
 */
async function offlineContext(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; watch: Watch }> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(30_000);
  const watch: Watch = { offsite: [], cspViolations: [], pageErrors: [], graphqlBodies: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) {
      if (url.pathname === '/graphql') watch.graphqlBodies.push(route.request().postData() ?? '');
      return route.continue();
    }
    watch.offsite.push(url.toString());
    return route.abort('internetdisconnected');
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  return { context, watch };
}

async function openExplorer(context: BrowserContext, watch: Watch): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
  await page.goto('/graphiql');
  await page.locator('.graphiql-execute-button').waitFor();
  return page;
}

/** Runs the active tab and returns the API's answer to it. */
async function runActiveTab(page: Page, operation: string): Promise<Record<string, unknown>> {
  const answer = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/graphql' &&
      (response.request().postData() ?? '').includes(`"operationName":"${operation}"`),
  );
  await page.locator('.graphiql-execute-button').click();
  const response = await answer;
  const body = (await response.json()) as Record<string, unknown>;
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}

async function selectTab(page: Page, index: number, operation: string, variable: string): Promise<void> {
  await page.locator('.graphiql-tab').nth(index).click();
  await expect.poll(() => page.locator('.graphiql-tab-active').innerText(), POLL).toContain(operation);
  // The editor holds the operation (Monaco loads its model after the tab switches).
  // Monaco renders spaces as no-break spaces.
  const editorText = async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\s+/g, ' ');
  await expect.poll(editorText, POLL).toContain(`query ${operation}`);
  await expect.poll(() => page.locator('.graphiql-editor-tool').innerText(), POLL).toContain(`"${variable}"`);
}

describe('GraphQL explorer at /graphiql, offline', () => {
  // The product the suite's global setup started (support/global-setup.ts).
  const baseUrl = suiteBaseUrl();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs every example operation green with the session cookie, schema from the SDL, nothing from off the machine', async () => {
    const { context, watch } = await offlineContext(browser, baseUrl);
    const signIn = await context.request.post('/graphql', {
      data: {
        query:
          'mutation ($u: String!, $p: String!) { sessionSignIn(username: $u, password: $p) { userErrors { code } } }',
        variables: { u: 'btc', p: DEMO_PASSWORD },
      },
    });
    expect(await signIn.json()).toEqual({ data: { sessionSignIn: { userErrors: [] } } });

    const page = await openExplorer(context, watch);
    await expect.poll(() => page.getByTestId('explorer-who').innerText(), POLL).toContain('Đã đăng nhập');
    await expect(page.locator('.graphiql-tab').count()).resolves.toBe(EXAMPLES.length);

    for (const [index, example] of EXAMPLES.entries()) {
      await selectTab(page, index, example.operation, example.variable);
      const body = await runActiveTab(page, example.operation);
      expect(body.errors, example.operation).toBeUndefined();
      const data = body.data as Record<string, unknown>;
      expect(data[example.field], example.operation).toBeTruthy();
      // The answer is shown in the response pane.
      await expect.poll(() => page.locator('.graphiql-response').innerText(), POLL).toContain(`"${example.field}"`);
    }
    const answers = EXAMPLES.length;
    expect(watch.graphqlBodies.length).toBeGreaterThanOrEqual(answers);

    // Docs come from /schema.graphql: the documentation explorer lists the root types, and the
    // page never asked the API for its schema (introspection is for administrators in production).
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText(), POLL).toContain('Query');
    expect(watch.graphqlBodies.filter((body) => body.includes('__schema'))).toEqual([]);

    expect(watch.offsite).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  it('works with a pasted API token instead of a session', async () => {
    // A token, created as a tool's owner would in the dashboard (any signed-in user may).
    const setup = await browser.newContext({ baseURL: baseUrl });
    await setup.request.post('/graphql', {
      data: {
        query:
          'mutation ($u: String!, $p: String!) { sessionSignIn(username: $u, password: $p) { userErrors { code } } }',
        variables: { u: 'btc', p: DEMO_PASSWORD },
      },
    });
    const created = await setup.request.post('/graphql', {
      data: {
        query:
          'mutation { apiTokenCreate(name: "explorer e2e", scopes: [AGGREGATES], expiresInDays: 1) { token userErrors { code } } }',
      },
    });
    const token = ((await created.json()) as { data: { apiTokenCreate: { token: string } } }).data.apiTokenCreate.token;
    expect(token).toMatch(/^nvtt_/);
    await setup.close();

    const { context, watch } = await offlineContext(browser, baseUrl);
    const page = await openExplorer(context, watch);
    await expect.poll(() => page.getByTestId('explorer-who').innerText(), POLL).toContain('Chưa đăng nhập');
    await page.locator('#explorer-token').fill(token);
    await page.getByRole('button', { name: /Dùng/ }).click();
    await expect.poll(() => page.getByTestId('explorer-who').innerText(), POLL).toContain('khóa API');

    await selectTab(page, 0, 'CompareLocalities', 'cycleYear');
    const body = await runActiveTab(page, 'CompareLocalities');
    expect(body.errors).toBeUndefined();
    expect((body.data as { comparison: unknown[] }).comparison.length).toBeGreaterThan(0);
    expect(watch.offsite).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await context.close();
  });
});
