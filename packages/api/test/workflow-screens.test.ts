import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { toGlobalId } from '../src/graphql/relay.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** What the workflow screens read beyond the transition table: capabilities, routing, extensions, change queue. */
let app: TestApp;
const actors: Record<string, Actor> = {};
let consultedGid = '';
let inProgressGid = '';

beforeAll(async () => {
  app = await startTestApp();
  const db = app.dataSource;
  const unit = async (code: string) =>
    (await db.query('SELECT id FROM org_unit WHERE code = $1', [code]))[0].id as number;
  const [consulted] = await db.query(
    `SELECT t.id FROM key_task t WHERE t.state = 'IN_CONSULTATION'
       AND NOT EXISTS (SELECT 1 FROM opinion o WHERE o.key_task_id = t.id AND o.agency_unit_id = $1) ORDER BY t.id LIMIT 1`,
    [await unit('UBKTTU')],
  );
  const [task] = await db.query(
    `SELECT id, cadre_id, focal_unit_id FROM key_task WHERE state = 'IN_PROGRESS' ORDER BY id LIMIT 1`,
  );
  consultedGid = toGlobalId('KeyTask', consulted.id);
  inProgressGid = toGlobalId('KeyTask', task.id);
  actors.advisory = {
    userId: 'a',
    label: 'Ủy ban Kiểm tra',
    cadreId: null,
    memberships: [{ unitId: await unit('UBKTTU'), role: 'ADVISORY' }],
  };
  actors.cadre = { userId: 'c', label: 'Cán bộ', cadreId: task.cadre_id, memberships: [] };
  actors.focal = {
    userId: 'f',
    label: 'Đầu mối',
    cadreId: null,
    memberships: [{ unitId: task.focal_unit_id, role: 'FOCAL' }],
  };
  actors.btc = {
    userId: 'b',
    label: 'Ban Tổ chức',
    cadreId: null,
    memberships: [{ unitId: await unit('BTCTU'), role: 'CONSOLIDATOR' }],
  };
  actors.btv = {
    userId: 'v',
    label: 'BTV',
    cadreId: null,
    memberships: [{ unitId: await unit('BTV'), role: 'DECIDER' }],
  };
  actors.viewer = { userId: 'x', label: 'Xem', cadreId: null, memberships: [], globalRoles: ['VIEWER'] };
});
afterAll(() => app.close());

const ACTIONS = `query($id: ID!) { keyTask(id: $id) { availableActions viewerCanAddEvidence viewerCanVerifyEvidence } }`;
type Capabilities = {
  keyTask: { availableActions: string[]; viewerCanAddEvidence: boolean; viewerCanVerifyEvidence: boolean };
};

describe('capabilities for the workflow screens', () => {
  it('stops offering an opinion once the agency has given it', async () => {
    const before = await app.graphql<Capabilities>(ACTIONS, { id: consultedGid }, actors.advisory);
    expect(before.data?.keyTask.availableActions).toContain('GIVE_OPINION');
    const given = await app.graphql<{ opinionSubmit: { userErrors: unknown[] } }>(
      `mutation($id: ID!) { opinionSubmit(keyTask: $id, input: { verdict: AGREE, text: "Thống nhất với nội dung đăng ký." }) { userErrors { code } } }`,
      { id: consultedGid },
      actors.advisory,
    );
    expect(given.data?.opinionSubmit.userErrors).toEqual([]);
    const after = await app.graphql<Capabilities>(ACTIONS, { id: consultedGid }, actors.advisory);
    expect(after.data?.keyTask.availableActions).not.toContain('GIVE_OPINION');
  });

  it('lets the cadre add and the focal agency verify evidence, and nobody else', async () => {
    const as = async (actor: Actor) =>
      (await app.graphql<Capabilities>(ACTIONS, { id: inProgressGid }, actor)).data?.keyTask;
    expect(await as(actors.cadre!)).toMatchObject({ viewerCanAddEvidence: true, viewerCanVerifyEvidence: false });
    expect(await as(actors.focal!)).toMatchObject({ viewerCanAddEvidence: false, viewerCanVerifyEvidence: true });
    expect(await as(actors.btc!)).toMatchObject({ viewerCanAddEvidence: false, viewerCanVerifyEvidence: false });
  });
});

const SETTINGS = `query { cycle(year: 2026) { ratingScheme scaleVersion focalRoutes { subjectGroup focalAgency { code } }
  deadlineExtensions { stage until reason cadre { id } agency { code } } } }`;
type Settings = {
  cycle: {
    ratingScheme: string | null;
    scaleVersion: string;
    focalRoutes: Array<{ subjectGroup: string; focalAgency: { code: string } }>;
    deadlineExtensions: Array<{
      stage: string;
      until: string;
      reason: string;
      cadre: { id: string } | null;
      agency: { code: string } | null;
    }>;
  };
};

describe('cycle settings as data', () => {
  it('lists the routing per subject group and the rating scheme', async () => {
    const { data } = await app.graphql<Settings>(SETTINGS, {}, actors.btc);
    expect(data?.cycle.ratingScheme).toBe('QD366_2025');
    expect(data?.cycle.scaleVersion).toBe('366-QĐ/TW:2025');
    const routes = data?.cycle.focalRoutes ?? [];
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.find((route) => route.subjectGroup === 'PEOPLES_COMMITTEE_CHAIR')?.focalAgency.code).toBe('DU_UBND');
  });

  it('shows an extension to BTC and to the cadre it names, not to other cadres or viewers', async () => {
    const cadreGid = toGlobalId('Cadre', actors.cadre!.cadreId!);
    const granted = await app.graphql<{ deadlineExtend: { userErrors: unknown[] } }>(
      `mutation($cadre: ID!) { deadlineExtend(input: { cycleYear: 2026, stage: SELF_ASSESS, cadre: $cadre, until: "2027-01-10", reason: "Công tác dài ngày ở Trường Sa." }) { userErrors { code } } }`,
      { cadre: cadreGid },
      actors.btc,
    );
    expect(granted.data?.deadlineExtend.userErrors).toEqual([]);
    const seen = async (actor: Actor) =>
      (await app.graphql<Settings>(SETTINGS, {}, actor)).data?.cycle.deadlineExtensions ?? [];
    expect(await seen(actors.btc!)).toContainEqual({
      stage: 'SELF_ASSESS',
      until: '2027-01-10',
      reason: 'Công tác dài ngày ở Trường Sa.',
      cadre: { id: cadreGid },
      agency: null,
    });
    expect((await seen(actors.cadre!)).map((row) => row.reason)).toContain('Công tác dài ngày ở Trường Sa.');
    expect(await seen(actors.viewer!)).toEqual([]);
    expect(await seen(actors.advisory!)).toEqual([]);
  });
});

describe('the change-request queue of a cycle', () => {
  it('lists pending requests with their task for the decision body, and only own ones for a cadre', async () => {
    const proposed = {
      title: 'Nhiệm vụ điều chỉnh',
      outputs: [{ name: 'Báo cáo', dueOn: '2026-12-20' }],
      alignments: [{ source: 'NQ09_TW_2022' }],
    };
    const sent = await app.graphql<{ changeRequestSubmit: { userErrors: unknown[] } }>(
      `mutation($id: ID!, $proposed: KeyTaskDraftInput!) { changeRequestSubmit(keyTask: $id, proposed: $proposed, reason: "Điều chỉnh theo chỉ đạo mới.") { userErrors { code } } }`,
      { id: inProgressGid, proposed },
      actors.cadre,
    );
    expect(sent.data?.changeRequestSubmit.userErrors).toEqual([]);
    const QUEUE = `query { cycle(year: 2026) { changeRequests(status: PENDING) { reason status keyTask { id } } } }`;
    type Queue = {
      cycle: { changeRequests: Array<{ reason: string; status: string; keyTask: { id: string } | null }> };
    };
    const forBtv = (await app.graphql<Queue>(QUEUE, {}, actors.btv)).data?.cycle.changeRequests ?? [];
    expect(forBtv).toContainEqual({
      reason: 'Điều chỉnh theo chỉ đạo mới.',
      status: 'PENDING',
      keyTask: { id: inProgressGid },
    });
    expect(forBtv.every((request) => request.status === 'PENDING')).toBe(true);
    const forCadre = (await app.graphql<Queue>(QUEUE, {}, actors.cadre)).data?.cycle.changeRequests ?? [];
    expect(forCadre.every((request) => request.keyTask?.id === inProgressGid)).toBe(true);
    expect((await app.graphql<Queue>(QUEUE, {}, actors.viewer)).data?.cycle.changeRequests).toEqual([]);
  });
});

describe('inbox filters', () => {
  const INBOX = `query($filter: KeyTaskFilter) { keyTasks(filter: $filter, first: 100) { totalCount nodes { id } } }`;
  type Inbox = { keyTasks: { totalCount: number; nodes: Array<{ id: string }> } };

  it('lists the tasks on which an advisory agency still owes its opinion', async () => {
    const agency = toGlobalId('OrgUnit', actors.advisory!.memberships[0]!.unitId);
    const filter = { state: ['IN_CONSULTATION'], awaitingOpinion: { agency, stage: 'REGISTRATION' } };
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM key_task t WHERE t.state = 'IN_CONSULTATION'
         AND NOT EXISTS (SELECT 1 FROM opinion o WHERE o.key_task_id = t.id AND o.agency_unit_id = $1 AND o.stage = 'REGISTRATION')`,
      [actors.advisory!.memberships[0]!.unitId],
    );
    const { data } = await app.graphql<Inbox>(INBOX, { filter }, actors.advisory);
    expect(data?.keyTasks.totalCount).toBe(count);
    expect(count).toBeGreaterThan(0);
    // The opinion given above took that task out of the agency's inbox.
    expect(data?.keyTasks.nodes.map((node) => node.id)).not.toContain(consultedGid);
  });

  it('lists the tasks whose evidence waits for the focal agency', async () => {
    const [{ count }] = await app.dataSource.query(
      `SELECT count(DISTINCT key_task_id)::int AS count FROM evidence WHERE verification = 'PENDING'`,
    );
    const { data } = await app.graphql<Inbox>(INBOX, { filter: { evidencePending: true } }, actors.btc);
    expect(data?.keyTasks.totalCount).toBe(count);
    const [{ total }] = await app.dataSource.query(`SELECT count(*)::int AS total FROM key_task`);
    const without = await app.graphql<Inbox>(INBOX, { filter: { evidencePending: false } }, actors.btc);
    expect(without.data?.keyTasks.totalCount).toBe(total - count);
  });
});
