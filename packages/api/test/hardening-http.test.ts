import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../src/graphql/context.js';
import { createSchema } from '../src/graphql/schema.js';
import { createHttpApp, type HttpApp } from '../src/http/app.js';
import { DASHBOARD_CSP } from '../src/http/security-headers.js';
import { createLogger } from '../src/logger.js';
import { startHardenedApp, type HardenedApp } from './support/hardened-app.js';

/** Security headers of the dashboard and the API, and GraphQL-over-HTTP media types and statuses. */

const webRoot = path.resolve(__dirname, '../../web');
let app: HardenedApp;
/** A built script's stand-in: 60 KB of JavaScript. */
const ASSET = 'export const rows = [];\n'.repeat(2500);
let dashboard: { http: HttpApp; url: string; dir: string };

beforeAll(async () => {
  app = await startHardenedApp({ production: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nvtt-web-'));
  writeFileSync(path.join(dir, 'index.html'), readFileSync(path.join(webRoot, 'index.html')));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'chunk-test.js'), ASSET);
  const http = await createHttpApp({
    schema: await createSchema(),
    services: createServices(app.dataSource),
    dataSource: app.dataSource,
    logger: createLogger('silent'),
    webDistDir: dir,
    production: true,
  });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  dashboard = { http, dir, url: `http://127.0.0.1:${(http.server.address() as AddressInfo).port}` };
});
afterAll(async () => {
  await dashboard.http.close();
  rmSync(dashboard.dir, { recursive: true, force: true });
  await app.close();
});

/** Inline scripts, inline event handlers and style blocks: what a CSP without 'unsafe-inline' blocks. */
function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc=/.test(match[1]!) || match[2]!.trim() !== '') found.push(match[0]);
  }
  for (const match of html.matchAll(/\son[a-z]+\s*=/gi)) found.push(match[0]);
  for (const match of html.matchAll(/<style\b/gi)) found.push(match[0]);
  return found;
}

describe('security headers', () => {
  it('serve the dashboard with a CSP without inline scripts, no framing, no sniffing, no referrer', async () => {
    const response = await fetch(`${dashboard.url}/org-units`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    expect(DASHBOARD_CSP).toContain("script-src 'self'");
    expect(DASHBOARD_CSP).not.toContain('unsafe-inline');
    expect(DASHBOARD_CSP).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('give API answers a CSP that loads nothing', async () => {
    for (const route of ['/graphql', '/health/live']) {
      const response = await fetch(`${dashboard.url}${route}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('hold for the page itself: index.html (and the built one, when built) has no inline code', () => {
    expect(inlineCode(readFileSync(path.join(webRoot, 'index.html'), 'utf8'))).toEqual([]);
    const built = path.join(webRoot, 'dist/index.html');
    if (existsSync(built)) expect(inlineCode(readFileSync(built, 'utf8'))).toEqual([]);
    // The check itself sees what it must refuse.
    expect(inlineCode('<script>alert(1)</script><img onerror=x><style>a{}</style>')).toHaveLength(3);
  });
});

/** 50 aliases (the limit) with long names: an answer over the 1 KB below which nothing is compressed. */
const ALIASES = Array.from({ length: 50 }, (_, index) => `anAliasLongEnoughToMakeTheAnswerBig${index}`);

describe('compression', () => {
  it("sends the dashboard's files and GraphQL answers in brotli or gzip as the client accepts, unchanged", async () => {
    for (const encoding of ['br', 'gzip']) {
      const response = await fetch(`${dashboard.url}/assets/chunk-test.js`, {
        headers: { 'accept-encoding': encoding },
      });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(await response.text()).toBe(ASSET);
    }
    const plain = await fetch(`${dashboard.url}/assets/chunk-test.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe(String(ASSET.length));

    const answer = await fetch(`${dashboard.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: `{ ${ALIASES.map((alias) => `${alias}: __typename`).join(' ')} }` }),
    });
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect(await answer.json()).toEqual({ data: Object.fromEntries(ALIASES.map((alias) => [alias, 'Query'])) });
  });
});

describe('GraphQL over HTTP', () => {
  const post = (accept: string | null, query: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
      body: JSON.stringify({ query }),
    });

  it('answers in application/graphql-response+json when the client accepts it, else in application/json', async () => {
    const modern = await post(
      'application/graphql-response+json, application/json;q=0.9',
      '{ viewer { displayName } }',
    );
    expect(modern.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    const legacy = await post('application/json', '{ viewer { displayName } }');
    expect(legacy.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const none = await post(null, '{ viewer { displayName } }');
    expect(none.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('uses 4xx for requests that cannot run, and 200 for ones that ran', async () => {
    expect((await post('application/graphql-response+json', '{ viewer { displayName } }')).status).toBe(200);
    expect((await post('application/graphql-response+json', '{ nope }')).status).toBe(400);
    expect((await post('application/graphql-response+json', '{')).status).toBe(400);
    expect((await post('application/graphql-response+json', '{ cycles { year } }')).status).toBe(401);
    const refused = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: '{"query":',
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
  });
});
