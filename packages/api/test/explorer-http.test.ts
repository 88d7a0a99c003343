import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../src/graphql/context.js';
import { createSchema } from '../src/graphql/schema.js';
import { createHttpApp, type HttpApp } from '../src/http/app.js';
import { DASHBOARD_CSP, EXPLORER_CSP } from '../src/http/security-headers.js';
import { createLogger } from '../src/logger.js';
import { startHardenedApp, type HardenedApp } from './support/hardened-app.js';

/** The committed SDL at /schema.graphql and the explorer at /graphiql, as production serves them. */

const committedSdl = readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8');
let app: HardenedApp;
const servers: Array<{ http: HttpApp; url: string }> = [];
let explorerDir: string;

async function serve(explorerDistDir: string | null): Promise<string> {
  const http = await createHttpApp({
    schema: await createSchema(),
    services: createServices(app.dataSource),
    dataSource: app.dataSource,
    logger: createLogger('silent'),
    webDistDir: null,
    explorerDistDir,
    production: true,
  });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
  servers.push({ http, url });
  return url;
}

beforeAll(async () => {
  app = await startHardenedApp({ production: true });
  explorerDir = mkdtempSync(path.join(os.tmpdir(), 'nvtt-explorer-'));
  writeFileSync(path.join(explorerDir, 'index.html'), '<!doctype html><title>explorer</title>');
});
afterAll(async () => {
  for (const server of servers) await server.http.close();
  rmSync(explorerDir, { recursive: true, force: true });
  await app.close();
});

describe('/schema.graphql', () => {
  it('serves the committed SDL to anyone, as application/graphql, while introspection stays closed', async () => {
    const url = await serve(null);
    const response = await fetch(`${url}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql; charset=utf-8/);
    expect(await response.text()).toBe(committedSdl);

    const introspection = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(introspection.status).toBe(403);
  });
});

describe('/graphiql', () => {
  it('serves the built explorer with scripts from this origin only (styles may be inline for its editor)', async () => {
    const url = await serve(explorerDir);
    for (const pathname of ['/graphiql', '/graphiql/']) {
      const response = await fetch(`${url}${pathname}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>explorer</title>');
      expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    }
    expect(EXPLORER_CSP).toContain("script-src 'self';");
    expect(EXPLORER_CSP).not.toMatch(/script-src[^;]*unsafe/);
    expect(EXPLORER_CSP).toContain("frame-ancestors 'none'");
    // The dashboard's policy is untouched.
    expect(DASHBOARD_CSP).not.toContain('unsafe-inline');
    const missing = await fetch(`${url}/graphiql/assets/nothing.js`);
    expect(missing.status).toBe(404);
  });

  it('says how to build it when it is not built', async () => {
    const url = await serve(null);
    const response = await fetch(`${url}/graphiql`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('pnpm build');
  });

  it('has an HTML page without inline code (Vite adds only tags with src/href)', () => {
    const html = readFileSync(path.resolve(__dirname, '../../explorer/index.html'), 'utf8');
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      (match) => !/\bsrc=/.test(match[1]!) || match[2]!.trim() !== '',
    );
    expect(inline).toEqual([]);
    expect(html).not.toMatch(/<style\b|\son[a-z]+\s*=/i);
  });
});
