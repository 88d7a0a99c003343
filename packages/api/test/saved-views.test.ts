import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-accounts.js';
import { HttpClient, SIGN_IN } from './support/http-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let btc: HttpClient;
let btv: HttpClient;

const SAVE = `mutation($input: SavedViewInput!) {
  savedViewSave(input: $input) { savedView { id name query shared mine ownerName } userErrors { code field } }
}`;
const LIST = `{ savedViews { id name query shared mine ownerName } }`;
const DELETE = `mutation($id: Int!) { savedViewDelete(id: $id) { deletedId userErrors { code } } }`;
const QUERY =
  'rows=LEGACY_DISTRICT&by=SUBJECT_GROUP&metrics=COMPLETION_RATE%2CTASKS&chart=COMPLETION_RATE&years=2024%2C2025';

interface View {
  id: number;
  name: string;
  query: string;
  shared: boolean;
  mine: boolean;
  ownerName: string;
}
type SaveResult = { savedViewSave: { savedView: View | null; userErrors: Array<{ code: string; field: string[] }> } };

async function auditCount(): Promise<number> {
  const [{ count }] = await app.dataSource.query(
    `SELECT count(*)::int AS count FROM audit_event WHERE entity_type = 'SavedView'`,
  );
  return count;
}

beforeAll(async () => {
  app = await startTestApp({ realAuth: true });
  btc = new HttpClient(app.url);
  btv = new HttpClient(app.url);
  await btc.graphql(SIGN_IN, { u: 'btc', p: DEMO_PASSWORD });
  await btv.graphql(SIGN_IN, { u: 'btv', p: DEMO_PASSWORD });
});
afterAll(() => app.close());

describe('saved comparative views', () => {
  it('saves a view with its audit record, and replaces it when saved again under the same name', async () => {
    const first = await btc.graphql<SaveResult>(SAVE, {
      input: { name: 'Huyện cũ × nhóm', query: QUERY, shared: false },
    });
    expect(first.data!.savedViewSave.userErrors).toEqual([]);
    const view = first.data!.savedViewSave.savedView!;
    expect(view).toMatchObject({ name: 'Huyện cũ × nhóm', query: QUERY, shared: false, mine: true });
    const again = await btc.graphql<SaveResult>(SAVE, {
      input: { name: 'Huyện cũ × nhóm', query: QUERY.replace('2024%2C', ''), shared: true },
    });
    expect(again.data!.savedViewSave.savedView).toMatchObject({ id: view.id, shared: true });
    expect(await auditCount()).toBe(2);
  });

  it('lists your own views and those others shared, never others’ private ones', async () => {
    await btv.graphql<SaveResult>(SAVE, {
      input: { name: 'Riêng BTV', query: 'rows=SECTOR&metrics=TASKS&chart=TASKS&years=2025', shared: false },
    });
    const seenByBtc = await btc.graphql<{ savedViews: View[] }>(LIST);
    expect(seenByBtc.data!.savedViews.map((view) => view.name)).toEqual(['Huyện cũ × nhóm']);
    const seenByBtv = await btv.graphql<{ savedViews: View[] }>(LIST);
    expect(seenByBtv.data!.savedViews.map((view) => [view.name, view.mine])).toEqual([
      ['Riêng BTV', true],
      ['Huyện cũ × nhóm', false],
    ]);
  });

  it('refuses a view that is not the analysis page’s canonical query, or a blank name, changing nothing', async () => {
    const before = await auditCount();
    const bad = await btc.graphql<SaveResult>(SAVE, {
      input: { name: 'Lạ', query: 'rows=LOCALITY&evil=%27%3B%20DROP%20TABLE', shared: true },
    });
    expect(bad.data!.savedViewSave.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['query'] }]);
    const blank = await btc.graphql<SaveResult>(SAVE, { input: { name: '   ', query: QUERY, shared: false } });
    expect(blank.data!.savedViewSave.userErrors[0]?.field).toEqual(['name']);
    expect(await auditCount()).toBe(before);
  });

  it('lets only the owner delete a view', async () => {
    const { data } = await btc.graphql<{ savedViews: View[] }>(LIST);
    const id = data!.savedViews[0]!.id;
    const refused = await btv.graphql<{ savedViewDelete: { userErrors: Array<{ code: string }> } }>(DELETE, { id });
    expect(refused.data!.savedViewDelete.userErrors[0]?.code, JSON.stringify(refused)).toBe('NOT_FOUND');
    const deleted = await btc.graphql<{ savedViewDelete: { deletedId: string } }>(DELETE, { id });
    expect(deleted.data!.savedViewDelete.deletedId).toBe(String(id));
    expect((await btc.graphql<{ savedViews: View[] }>(LIST)).data!.savedViews).toEqual([]);
  });
});
