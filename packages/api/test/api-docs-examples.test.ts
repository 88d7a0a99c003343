import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-accounts.js';
import { HttpClient, SIGN_IN } from './support/http-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * docs/api.md's examples, run as a reader would (curl through sh, Node's fetch) against the real
 * server with a real API token, and quoted verbatim in the document.
 */
const run = promisify(execFile);
const docsDir = path.resolve(__dirname, '../../../docs');
const examplesDir = path.join(docsDir, 'examples');

let app: TestApp;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
  const owner = new HttpClient(app.url);
  const signIn = await owner.graphql<{ sessionSignIn: { userErrors: unknown[] } }>(SIGN_IN, {
    u: 'btc',
    p: DEMO_PASSWORD,
  });
  expect(signIn.data?.sessionSignIn.userErrors).toEqual([]);
  const created = await owner.graphql<{ apiTokenCreate: { token: string | null; userErrors: unknown[] } }>(
    'mutation { apiTokenCreate(name: "docs examples", scopes: [AGGREGATES, DOSSIERS], expiresInDays: 1) { token userErrors { code } } }',
  );
  expect(created.data?.apiTokenCreate.userErrors).toEqual([]);
  env = { ...process.env, NVTT_URL: app.url, NVTT_TOKEN: created.data!.apiTokenCreate.token! };
});
afterAll(async () => {
  await app?.close();
});

/** Runs an example (the server answers meanwhile: the child runs asynchronously) and parses its output. */
async function example(file: string, args: string[] = [], extraEnv: Record<string, string> = {}): Promise<unknown> {
  const full = path.join(examplesDir, file);
  const [command, commandArgs] = file.endsWith('.sh') ? ['sh', [full, ...args]] : [process.execPath, [full, ...args]];
  const { stdout } = await run(command, commandArgs, { env: { ...env, ...extraEnv }, timeout: 60_000 });
  return JSON.parse(stdout) as unknown;
}

describe('docs/api.md examples against the real server', () => {
  it('compare-localities.sh: one row per locality for the year', async () => {
    const body = (await example('compare-localities.sh', [], { YEAR: '2025' })) as {
      data: { comparison: Array<{ code: string; label: string; tasks: number }> };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data.comparison.length).toBeGreaterThan(10);
    expect(body.data.comparison.some((row) => row.tasks > 0)).toBe(true);
  });

  it('late-at-stage.sh: the backlog of the running cycle', async () => {
    const body = (await example('late-at-stage.sh', [], { YEAR: '2026' })) as {
      data: { stageFunnel: { total: number; backlog: Array<{ waiting: number; overdue: number }> } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data.stageFunnel.total).toBeGreaterThan(0);
    expect(body.data.stageFunnel.backlog.length).toBeGreaterThan(0);
  });

  it('cadre-dossier.mjs: finds a cadre and reads the dossier', async () => {
    const out = (await example('cadre-dossier.mjs', ['', '2025'])) as {
      cadre: { id: string; fullName: string };
      dossier: { asOf: string; tasks: unknown[]; measures: { assessableTasks: number } } | null;
    };
    expect(out.cadre.fullName).not.toBe('');
    expect(out.dossier).not.toBeNull();
    expect(out.dossier!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('drill-down.mjs: follows the cursors to the last page', async () => {
    const out = (await example('drill-down.mjs', ['2025'], { PAGE_SIZE: '10' })) as {
      totalCount: number;
      pages: number;
      fetched: number;
    };
    expect(out.totalCount).toBeGreaterThan(10);
    expect(out.pages).toBe(Math.ceil(out.totalCount / 10));
    expect(out.fetched).toBe(out.totalCount);
  });

  it('fail clearly with a bad token', async () => {
    await expect(example('drill-down.mjs', ['2025'], { NVTT_TOKEN: 'nvtt_wrong' })).rejects.toThrow(/UNAUTHENTICATED/);
  });
});

describe('docs/api.md', () => {
  it('quotes every example file verbatim', () => {
    const doc = readFileSync(path.join(docsDir, 'api.md'), 'utf8');
    const files = readdirSync(examplesDir).filter((name) => /\.(sh|mjs)$/.test(name));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const missing = files.filter((name) => {
      const content = readFileSync(path.join(examplesDir, name), 'utf8').trimEnd();
      const fence = name.endsWith('.sh') ? 'sh' : 'js';
      return !doc.includes(`\`\`\`${fence}\n${content}\n\`\`\``);
    });
    expect(missing).toEqual([]);
  });
});
