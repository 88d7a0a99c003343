import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-accounts.js';
import { HttpClient, SIGN_IN, VIEWER } from './support/http-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let admin: HttpClient;
beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
  admin = new HttpClient(app.url);
  await admin.graphql(SIGN_IN, { u: 'quantri', p: DEMO_PASSWORD });
});
afterAll(() => app.close());

const CREATE = `mutation($input: AccountInputType!) { accountCreate(username: "tham.dinh", password: "mot-mat-khau-dai", input: $input) {
  account { id username displayName memberships { role unit { code } } } userErrors { code field } } }`;
const UPDATE = `mutation($id: ID!, $input: AccountInputType!) { accountUpdate(id: $id, input: $input) { account { disabled } userErrors { code } } }`;

describe('account administration', () => {
  let accountId = '';

  it('creates an account for a focal agency that can then sign in with that role', async () => {
    const [{ id }] = await app.dataSource.query(`SELECT id FROM org_unit WHERE code = 'DU_CQD'`);
    const created = await admin.graphql<{ accountCreate: { account: { id: string; memberships: unknown[] } } }>(
      CREATE,
      {
        input: {
          displayName: 'Võ Thị Hạnh — Đảng ủy các cơ quan Đảng tỉnh',
          memberships: [{ unit: Buffer.from(`OrgUnit:${id}`).toString('base64url'), role: 'FOCAL' }],
        },
      },
    );
    expect(created.data!.accountCreate.account.memberships).toEqual([{ role: 'FOCAL', unit: { code: 'DU_CQD' } }]);
    accountId = created.data!.accountCreate.account.id;
    const user = new HttpClient(app.url);
    await user.graphql(SIGN_IN, { u: 'tham.dinh', p: 'mot-mat-khau-dai' });
    expect((await user.graphql<{ viewer: { accessRoles: string[] } }>(VIEWER)).data!.viewer.accessRoles).toEqual([
      'FOCAL_REVIEWER',
    ]);
    const list = await admin.graphql<{ accounts: Array<{ username: string }> }>(
      `{ accounts(search: "tham") { username } }`,
    );
    expect(list.data!.accounts.map((account) => account.username)).toEqual(['tham.dinh', 'thammuu.ubkt']);
  });

  it('refuses a taken username, a short password, and a role the unit does not have', async () => {
    const taken = await admin.graphql<{ accountCreate: { userErrors: Array<{ code: string }> } }>(CREATE, {
      input: {},
    });
    expect(taken.data!.accountCreate.userErrors[0]!.code).toBe('CONFLICT');
    const [{ id }] = await app.dataSource.query(`SELECT id FROM org_unit WHERE code = 'X_TAN_DINH'`);
    const badRole = await admin.graphql<{ accountUpdate: { userErrors: Array<{ code: string }> } }>(UPDATE, {
      id: accountId,
      input: { memberships: [{ unit: Buffer.from(`OrgUnit:${id}`).toString('base64url'), role: 'DECIDER' }] },
    });
    expect(badRole.data!.accountUpdate.userErrors[0]!.code).toBe('INVALID_INPUT');
  });

  it('disabling an account ends its sessions and stops sign-in', async () => {
    const user = new HttpClient(app.url);
    await user.graphql(SIGN_IN, { u: 'tham.dinh', p: 'mot-mat-khau-dai' });
    const disabled = await admin.graphql<{ accountUpdate: { account: { disabled: boolean } } }>(UPDATE, {
      id: accountId,
      input: { disabled: true },
    });
    expect(disabled.data!.accountUpdate.account.disabled).toBe(true);
    expect((await user.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();
    const again = await new HttpClient(app.url).graphql<{ sessionSignIn: { userErrors: Array<{ code: string }> } }>(
      SIGN_IN,
      { u: 'tham.dinh', p: 'mot-mat-khau-dai' },
    );
    expect(again.data!.sessionSignIn.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
  });

  it('links an account to a cadre by personnel code, without seeing task data', async () => {
    const [{ code }] = await app.dataSource.query(`SELECT code FROM cadre ORDER BY id LIMIT 1`);
    const linked = await admin.graphql<{ accountUpdate: { userErrors: unknown[] } }>(UPDATE, {
      id: accountId,
      input: { cadreCode: code.toLowerCase() },
    });
    expect(linked.data!.accountUpdate.userErrors).toEqual([]);
    const listed = await admin.graphql<{ accounts: Array<{ cadreCode: string }> }>(
      `{ accounts(search: "tham.dinh") { cadreCode } }`,
    );
    expect(listed.data!.accounts[0]!.cadreCode).toBe(code);
    const unknown = await admin.graphql<{ accountUpdate: { userErrors: Array<{ code: string }> } }>(UPDATE, {
      id: accountId,
      input: { cadreCode: 'KHONG-CO' },
    });
    expect(unknown.data!.accountUpdate.userErrors[0]!.code).toBe('NOT_FOUND');
  });

  it('resets a password for an administrator only', async () => {
    const RESET = `mutation($id: ID!) { passwordReset(user: $id, next: "mat-khau-moi-cua-ban") { done userErrors { code } } }`;
    await admin.graphql(UPDATE, { id: accountId, input: { disabled: false } });
    const reset = await admin.graphql<{ passwordReset: { done: boolean } }>(RESET, { id: accountId });
    expect(reset.data!.passwordReset.done).toBe(true);
    const signIn = await new HttpClient(app.url).graphql<{ sessionSignIn: { userErrors: unknown[] } }>(SIGN_IN, {
      u: 'tham.dinh',
      p: 'mat-khau-moi-cua-ban',
    });
    expect(signIn.data!.sessionSignIn.userErrors).toEqual([]);
    const btc = new HttpClient(app.url);
    await btc.graphql(SIGN_IN, { u: 'btc', p: DEMO_PASSWORD });
    const refused = await btc.graphql<{ passwordReset: { userErrors: Array<{ code: string }> } }>(RESET, {
      id: accountId,
    });
    expect(refused.data!.passwordReset.userErrors[0]!.code).toBe('ACTOR_NOT_ALLOWED');
    const listing = await btc.graphql('{ accounts { username } }');
    expect(listing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
