import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { toGlobalId } from '../src/graphql/relay.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let alice: Actor;
let bob: Actor;
const ids: { alice: number[]; bob: number[] } = { alice: [], bob: [] };

async function account(name: string): Promise<number> {
  const [{ id }] = await app.dataSource.query(
    `INSERT INTO app_user (username, display_name, password_hash, password_changed_at, created_at)
     VALUES ($1, $1, '$argon2id$v=19$m=65536,t=3,p=1$x$y', now(), now()) RETURNING id`,
    [name],
  );
  return id;
}

async function notify(userId: number, n: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await app.dataSource.query(
    `INSERT INTO notification (recipient_user_id, kind, title_vi, title_en, body_vi, body_en, link, dedupe_key, created_at)
     SELECT $1, 'OVERDUE', 'Quá hạn ' || i, 'Overdue ' || i, 'Nội dung ' || i, 'Text ' || i, '/my-tasks', 'test:' || i,
            now() - (10 - i) * interval '1 minute'
       FROM generate_series(1, $2) AS i ORDER BY i RETURNING id::int`,
    [userId, n],
  );
  return rows.map((row) => row.id);
}

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id kind titleVi titleEn bodyVi link readAt emailedAt }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
  unreadNotificationCount
}`;
const MARK = `mutation($ids: [ID!], $all: Boolean) {
  notificationsMarkRead(ids: $ids, all: $all) { marked unreadCount userErrors { code message } }
}`;

interface ListData {
  myNotifications: {
    nodes: Array<{ id: string; titleVi: string; readAt: string | null }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
  unreadNotificationCount: number;
}
interface MarkData {
  notificationsMarkRead: { marked: number; unreadCount: number; userErrors: Array<{ code: string }> };
}

beforeAll(async () => {
  app = await startTestApp();
  const aliceId = await account('notif-alice');
  const bobId = await account('notif-bob');
  alice = { userId: String(aliceId), label: 'Alice', cadreId: null, memberships: [] };
  bob = { userId: String(bobId), label: 'Bob', cadreId: null, memberships: [] };
  ids.alice = await notify(aliceId, 3);
  ids.bob = await notify(bobId, 2);
});
afterAll(() => app.close());

describe('the notification centre', () => {
  it('lists only the viewer’s own notifications, newest first, page by page', async () => {
    const first = await app.graphql<ListData>(LIST, { first: 2 }, alice);
    expect(first.errors).toBeUndefined();
    expect(first.data!.myNotifications.nodes.map((row) => row.titleVi)).toEqual(['Quá hạn 3', 'Quá hạn 2']);
    expect(first.data!.myNotifications.totalCount).toBe(3);
    expect(first.data!.unreadNotificationCount).toBe(3);
    const next = await app.graphql<ListData>(
      LIST,
      { first: 2, after: first.data!.myNotifications.pageInfo.endCursor },
      alice,
    );
    expect(next.data!.myNotifications.nodes.map((row) => row.titleVi)).toEqual(['Quá hạn 1']);
    expect(next.data!.myNotifications.pageInfo.hasNextPage).toBe(false);

    const theirs = await app.graphql<ListData>(LIST, {}, bob);
    expect(theirs.data!.myNotifications.nodes.map((row) => row.id)).toEqual(
      [...ids.bob].reverse().map((id) => toGlobalId('Notification', id)),
    );
    // Someone who is no account (a test or system actor) has none.
    const nobody = await app.graphql<ListData>(LIST, {});
    expect(nobody.data!.myNotifications.nodes).toEqual([]);
    expect(nobody.data!.unreadNotificationCount).toBe(0);
    expect((await app.graphql<ListData>(LIST, {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('marks read only the viewer’s own, and refuses an unclear request', async () => {
    const bobsOwn = toGlobalId('Notification', ids.bob[0]!);
    const aliceFirst = toGlobalId('Notification', ids.alice[0]!);
    const refused = await app.graphql<MarkData>(MARK, {}, alice);
    expect(refused.data!.notificationsMarkRead.userErrors.map((error) => error.code)).toEqual(['INVALID_INPUT']);
    const both = await app.graphql<MarkData>(MARK, { ids: [aliceFirst], all: true }, alice);
    expect(both.data!.notificationsMarkRead.userErrors.map((error) => error.code)).toEqual(['INVALID_INPUT']);

    // Bob's notification answers as if it did not exist: nothing marked, still unread for Bob.
    const mixed = await app.graphql<MarkData>(MARK, { ids: [aliceFirst, bobsOwn, 'not-an-id'] }, alice);
    expect(mixed.data!.notificationsMarkRead).toEqual({ marked: 1, unreadCount: 2, userErrors: [] });
    expect((await app.graphql<ListData>(LIST, {}, bob)).data!.unreadNotificationCount).toBe(2);

    const unread = await app.graphql<ListData>(LIST, { unreadOnly: true }, alice);
    expect(unread.data!.myNotifications.nodes.map((row) => row.titleVi)).toEqual(['Quá hạn 3', 'Quá hạn 2']);
    const all = await app.graphql<MarkData>(MARK, { all: true }, alice);
    expect(all.data!.notificationsMarkRead).toEqual({ marked: 2, unreadCount: 0, userErrors: [] });
    expect((await app.graphql<ListData>(LIST, {}, bob)).data!.unreadNotificationCount).toBe(2);
    // Marking read is personal state: no audit record.
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE entity_type = 'Notification'`,
    );
    expect(count).toBe(0);
  });

  it('lets a token read its owner’s notifications only with a scope that reads names', async () => {
    const aggregatesOnly = await app.graphql<ListData>(LIST, {}, { ...bob, tokenScopes: ['AGGREGATES'] });
    expect(aggregatesOnly.data!.myNotifications.nodes).toEqual([]);
    const dossiers = await app.graphql<ListData>(LIST, {}, { ...bob, tokenScopes: ['DOSSIERS'] });
    expect(dossiers.data!.myNotifications.nodes).toHaveLength(2);
  });
});

describe('contacts for reminders (administrators)', () => {
  const admin: Actor = { userId: 'admin', label: 'Quản trị', cadreId: null, memberships: [], globalRoles: ['ADMIN'] };
  const UPDATE = `mutation($id: ID!, $input: AccountInputType!) { accountUpdate(id: $id, input: $input) {
    account { email memberships { role head unit { code } } } userErrors { code field } } }`;
  interface UpdateData {
    accountUpdate: {
      account: {
        email: string | null;
        memberships: Array<{ role: string; head: boolean; unit: { code: string } }>;
      } | null;
      userErrors: Array<{ code: string; field: string[] }>;
    };
  }

  it('sets an e-mail address and the head of an agency, and refuses a bad address changing nothing', async () => {
    const id = toGlobalId('User', Number(bob.userId));
    const [{ id: unit }] = await app.dataSource.query(`SELECT id FROM org_unit WHERE code = 'DU_CQD'`);
    const set = await app.graphql<UpdateData>(
      UPDATE,
      {
        id,
        input: {
          email: ' bob@khanhhoa.example ',
          memberships: [{ unit: toGlobalId('OrgUnit', unit), role: 'FOCAL', head: true }],
        },
      },
      admin,
    );
    expect(set.data!.accountUpdate).toEqual({
      account: {
        email: 'bob@khanhhoa.example',
        memberships: [{ role: 'FOCAL', head: true, unit: { code: 'DU_CQD' } }],
      },
      userErrors: [],
    });
    const bad = await app.graphql<UpdateData>(
      UPDATE,
      { id, input: { email: 'không phải địa chỉ', displayName: 'Đổi tên' } },
      admin,
    );
    expect(bad.data!.accountUpdate.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['email'] }]);
    const [row] = await app.dataSource.query(`SELECT email, display_name FROM app_user WHERE id = $1`, [bob.userId]);
    expect(row).toEqual({ email: 'bob@khanhhoa.example', display_name: 'notif-bob' });
    const cleared = await app.graphql<UpdateData>(UPDATE, { id, input: { email: '' } }, admin);
    expect(cleared.data!.accountUpdate.account!.email).toBeNull();
  });
});
