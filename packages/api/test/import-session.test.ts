import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-accounts.js';
import { HttpClient, SIGN_IN } from './support/http-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
});
afterAll(() => app.close());

async function previewAs(username: string): Promise<number> {
  const client = new HttpClient(app.url);
  const signIn = await client.graphql<{ sessionSignIn: { userErrors: unknown[] } }>(SIGN_IN, {
    u: username,
    p: DEMO_PASSWORD,
  });
  expect(signIn.data!.sessionSignIn.userErrors).toEqual([]);
  const response = await fetch(`${app.url}/api/import/units/preview?name=don-vi.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', cookie: client.cookie ?? '' },
    body: 'Mã đơn vị,Tên đơn vị,Loại hình,Khối\nSO_PHIEN,Sở Phiên,DEPARTMENT,GOVERNMENT\n',
  });
  return response.status;
}

describe('import with a real session', () => {
  it('reads the session cookie as /graphql does: Ban Tổ chức and the administrator in, a cadre out', async () => {
    expect(await previewAs('btc')).toBe(200);
    expect(await previewAs('quantri')).toBe(200);
    expect(await previewAs('canbo')).toBe(403);
  });
});
