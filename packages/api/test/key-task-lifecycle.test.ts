import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import {
  TASK_FIELDS,
  VALID_DRAFT,
  agencyActor,
  cadreActor,
  createCadre,
  createCycle,
  routeFocal,
  unitId,
} from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Task {
  id: string;
  state: string;
  version: number;
  submittedLate: boolean;
  title: string;
  ordinal: number;
  availableActions: string[];
  stateReason: string | null;
  selfOutcome: string | null;
  appraisedOutcome: string | null;
  concludedOutcome: string | null;
}
interface UserErrors {
  userErrors: Array<{ code: string; message: string; rule: string | null; field: string[] | null }>;
}
type TaskPayload = UserErrors & { keyTask: Task | null };

let app: TestApp;
let cadreA: { id: number; gid: string };
let cadreB: { id: number; gid: string };
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  app = await startTestApp();
  const db = app.dataSource;
  // A cycle still open for registration, whose REGISTER deadline (30-10-2026) has already passed.
  const cycleId = await createCycle(db, 2027);
  await routeFocal(db, cycleId, 'PARTY_SECRETARY', 'DU_CQD');
  await routeFocal(db, cycleId, 'PEOPLES_COMMITTEE_CHAIR', 'DU_UBND');
  cadreA = await createCadre(db, 'TEST-A', 'Nguyễn Văn An', {
    unit: 'P_NHA_TRANG',
    title: 'Bí thư Đảng ủy phường',
    subjectGroup: 'PARTY_SECRETARY',
    startsOn: '2025-07-01',
  });
  cadreB = await createCadre(db, 'TEST-B', 'Trần Thị Bình', {
    unit: 'P_BAC_NHA_TRANG',
    title: 'Chủ tịch UBND phường',
    subjectGroup: 'PEOPLES_COMMITTEE_CHAIR',
    startsOn: '2025-07-01',
    rotated: true,
  });
  actors.a = cadreActor(cadreA.id, 'Nguyễn Văn An — Bí thư Đảng ủy phường Nha Trang');
  actors.b = cadreActor(cadreB.id, 'Trần Thị Bình — Chủ tịch UBND phường Bắc Nha Trang');
  actors.focal = await agencyActor(db, 'Lê Văn Cường — Đảng ủy các cơ quan Đảng tỉnh', 'DU_CQD', 'FOCAL');
  actors.wrongFocal = await agencyActor(db, 'Phạm Thị Dung — Đảng ủy UBND tỉnh', 'DU_UBND', 'FOCAL');
  actors.ubkt = await agencyActor(db, 'Võ Văn Em — Ủy ban Kiểm tra Tỉnh ủy', 'UBKTTU', 'ADVISORY');
  actors.bnc = await agencyActor(db, 'Đỗ Thị Giang — Ban Nội chính Tỉnh ủy', 'BNCTU', 'ADVISORY');
  actors.btc = await agencyActor(db, 'Hoàng Văn Hải — Ban Tổ chức Tỉnh ủy', 'BTCTU', 'CONSOLIDATOR');
  actors.btv = await agencyActor(db, 'Bùi Thị Lan — Ban Thường vụ Tỉnh ủy', 'BTV', 'DECIDER');
});
afterAll(() => app.close());

async function mutate<T>(query: string, variables: Record<string, unknown>, actor?: Actor): Promise<T> {
  const response = await app.graphql<Record<string, T>>(query, variables, actor);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0]!;
}

const CREATE = `mutation($input: KeyTaskDraftInput!) { keyTaskCreate(cycleYear: 2027, input: $input) { keyTask { ${TASK_FIELDS} } userErrors { code message rule field } } }`;
const UPDATE = `mutation($id: ID!, $input: KeyTaskDraftInput!) { keyTaskUpdate(id: $id, input: $input) { keyTask { ${TASK_FIELDS} } userErrors { code message rule field } } }`;
const action = (name: string, extra = '') =>
  `mutation($id: ID!${extra ? `, ${extra}` : ''}) { ${name}(id: $id${extra ? ', comment: $comment' : ''}) { keyTask { ${TASK_FIELDS} } userErrors { code message rule field } } }`;
const SUBMIT = action('keyTaskSubmit');
const RETURN = action('keyTaskReturn', '$comment: String');
const APPRAISE = action('keyTaskAppraise', '$comment: String');
const SEND = action('keyTaskSendForOpinions');
const PROPOSE = action('keyTaskPropose');
const OPINION = `mutation($task: ID!, $input: OpinionInput!) { opinionSubmit(keyTask: $task, input: $input) { opinion { verdict text authorLabel agency { code } stage } userErrors { code message } } }`;

/** Everything a refused action could have touched, to prove it touched nothing. */
async function footprint(): Promise<unknown> {
  return app.dataSource.query(
    `SELECT (SELECT json_agg(t ORDER BY t.id) FROM key_task t) AS tasks,
            (SELECT count(*) FROM audit_event) AS audit, (SELECT count(*) FROM opinion) AS opinions,
            (SELECT count(*) FROM appraisal) AS appraisals, (SELECT count(*) FROM assignment_decision) AS decisions`,
  );
}

async function expectRefused(
  query: string,
  variables: Record<string, unknown>,
  actor: Actor | undefined,
  code: string,
) {
  const before = await footprint();
  const payload = await mutate<UserErrors>(query, variables, actor);
  expect(payload.userErrors.map((error) => error.code)).toContain(code);
  expect(await footprint()).toEqual(before);
  return payload;
}

const tasks: Task[] = [];

describe('a key task from draft to conclusion, acted by each role', () => {
  it('refuses anonymous writes before doing anything', async () => {
    const response = await app.graphql(CREATE, { input: VALID_DRAFT });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a cadre draft exactly three tasks', async () => {
    for (const title of ['Nhiệm vụ một', 'Nhiệm vụ hai', 'Nhiệm vụ ba']) {
      const payload = await mutate<TaskPayload>(CREATE, { input: { ...VALID_DRAFT, title } }, actors.a);
      expect(payload.userErrors).toEqual([]);
      tasks.push(payload.keyTask!);
    }
    expect(tasks.map((task) => [task.ordinal, task.state])).toEqual([
      [1, 'DRAFT'],
      [2, 'DRAFT'],
      [3, 'DRAFT'],
    ]);
    expect(tasks[0]!.availableActions).toEqual(['SUBMIT', 'WITHDRAW']);
    const fourth = await expectRefused(CREATE, { input: VALID_DRAFT }, actors.a, 'RULE_VIOLATION');
    expect(fourth.userErrors[0]!.message).toContain('3 nhiệm vụ; bạn đã có 3');
  });

  it('refuses to submit a task that breaks a registration rule, with its Vietnamese message', async () => {
    const noAlignment = await mutate<TaskPayload>(
      UPDATE,
      { id: tasks[0]!.id, input: { ...VALID_DRAFT, alignments: [] } },
      actors.a,
    );
    expect(noAlignment.userErrors).toEqual([]);
    const refused = await expectRefused(SUBMIT, { id: tasks[0]!.id }, actors.a, 'RULE_VIOLATION');
    expect(refused.userErrors[0]).toMatchObject({ rule: 'ALIGNMENT_REQUIRED' });
    expect(refused.userErrors[0]!.message).toMatch(/căn cứ, định hướng/);
    await mutate<TaskPayload>(UPDATE, { id: tasks[0]!.id, input: VALID_DRAFT }, actors.a);
  });

  it('accepts a late submission and marks it late', async () => {
    const submitted = await mutate<TaskPayload>(SUBMIT, { id: tasks[0]!.id }, actors.a);
    expect(submitted.userErrors).toEqual([]);
    expect(submitted.keyTask).toMatchObject({ state: 'SUBMITTED', submittedLate: true });
  });

  it('refuses the wrong cadre, the wrong agency and a return without a reason', async () => {
    await expectRefused(SUBMIT, { id: tasks[1]!.id }, actors.b, 'ACTOR_NOT_ALLOWED');
    await expectRefused(APPRAISE, { id: tasks[0]!.id, comment: null }, actors.wrongFocal, 'ACTOR_NOT_ALLOWED');
    await expectRefused(RETURN, { id: tasks[0]!.id, comment: '  ' }, actors.focal, 'COMMENT_REQUIRED');
    await expectRefused(PROPOSE, { id: tasks[0]!.id }, actors.btc, 'WRONG_STATE');
    await expectRefused(SUBMIT, { id: 'bm9wZQ' }, actors.a, 'NOT_FOUND');
  });

  it('goes back to the cadre when the focal agency returns it, and comes back fixed', async () => {
    const returned = await mutate<TaskPayload>(
      RETURN,
      { id: tasks[0]!.id, comment: 'Sản phẩm đầu ra chưa rõ tiến độ từng quý.' },
      actors.focal,
    );
    expect(returned.keyTask!.state).toBe('RETURNED');
    const fixed = await mutate<TaskPayload>(
      UPDATE,
      {
        id: tasks[0]!.id,
        input: { ...VALID_DRAFT, outputs: [...VALID_DRAFT.outputs, { name: 'Báo cáo quý', dueOn: '2027-03-31' }] },
      },
      actors.a,
    );
    expect(fixed.userErrors).toEqual([]);
    for (const task of tasks) {
      expect((await mutate<TaskPayload>(SUBMIT, { id: task.id }, actors.a)).keyTask!.state).toBe('SUBMITTED');
    }
  });

  it('is appraised, sent for opinions, commented by advisory agencies once each, and proposed', async () => {
    for (const task of tasks) {
      expect(
        (await mutate<TaskPayload>(APPRAISE, { id: task.id, comment: 'Đạt yêu cầu.' }, actors.focal)).keyTask!.state,
      ).toBe('APPRAISED');
      expect((await mutate<TaskPayload>(SEND, { id: task.id }, actors.btc)).keyTask!.state).toBe('IN_CONSULTATION');
    }
    const opinion = await mutate<{ opinion: { agency: { code: string }; stage: string } | null } & UserErrors>(
      OPINION,
      {
        task: tasks[0]!.id,
        input: { verdict: 'AGREE_WITH_COMMENTS', text: 'Thống nhất; đề nghị lượng hóa thêm chỉ tiêu.' },
      },
      actors.ubkt,
    );
    expect(opinion.userErrors).toEqual([]);
    expect(opinion.opinion).toMatchObject({ agency: { code: 'UBKTTU' }, stage: 'REGISTRATION' });
    await expectRefused(
      OPINION,
      { task: tasks[0]!.id, input: { verdict: 'AGREE', text: 'Lần hai' } },
      actors.ubkt,
      'CONFLICT',
    );
    await expectRefused(
      OPINION,
      { task: tasks[0]!.id, input: { verdict: 'AGREE', text: 'Không có quyền' } },
      actors.a,
      'ACTOR_NOT_ALLOWED',
    );
    await mutate(OPINION, { task: tasks[0]!.id, input: { verdict: 'AGREE', text: 'Thống nhất.' } }, actors.bnc);
    for (const task of tasks) {
      expect((await mutate<TaskPayload>(PROPOSE, { id: task.id }, actors.btc)).keyTask!.state).toBe('PROPOSED');
    }
  });

  it('is assigned or rejected by the Standing Committee only, with a document number', async () => {
    const DECIDE = `mutation($input: AssignmentDecisionInput!) { assignmentDecide(input: $input) { decision { documentNumber signedOn } userErrors { code message } } }`;
    const input = {
      cycleYear: 2027,
      documentNumber: '125-TB/TU',
      signedOn: '2026-12-28',
      assign: [tasks[0]!.id, tasks[1]!.id],
      reject: [{ keyTask: tasks[2]!.id, reason: 'Trùng với nhiệm vụ chung của cấp ủy.' }],
    };
    await expectRefused(DECIDE, { input }, actors.btc, 'ACTOR_NOT_ALLOWED');
    await expectRefused(DECIDE, { input: { ...input, documentNumber: ' ' } }, actors.btv, 'DOCUMENT_REQUIRED');
    const decided = await mutate<UserErrors & { decision: { documentNumber: string } }>(DECIDE, { input }, actors.btv);
    expect(decided.userErrors).toEqual([]);
    const states = await app.graphql<{ a: Task; b: Task; c: Task & { assignedVersion: { title: string } | null } }>(
      `query($a: ID!, $b: ID!, $c: ID!) { a: keyTask(id: $a) { state } b: keyTask(id: $b) { state } c: keyTask(id: $c) { state stateReason assignedVersion { title } } }`,
      { a: tasks[0]!.id, b: tasks[1]!.id, c: tasks[2]!.id },
    );
    expect(states.data).toEqual({
      a: { state: 'ASSIGNED' },
      b: { state: 'ASSIGNED' },
      c: { state: 'REJECTED', stateReason: 'Trùng với nhiệm vụ chung của cấp ủy.', assignedVersion: null },
    });
  });

  it('is planned, reported on, amended through a change request, and self-assessed', async () => {
    const PLAN = `mutation($task: ID!, $milestones: [MilestoneInput!]!) { planFile(keyTask: $task, milestones: $milestones) { keyTask { state } userErrors { code field } } }`;
    const outside = await expectRefused(
      PLAN,
      {
        task: tasks[0]!.id,
        milestones: [{ periodKind: 'QUARTER', periodLabel: 'Quý I/2028', dueOn: '2028-03-31', expectedOutput: 'x' }],
      },
      actors.a,
      'INVALID_INPUT',
    );
    expect(outside.userErrors[0]!.field).toEqual(['milestones', '0', 'dueOn']);
    for (const task of tasks.slice(0, 2)) {
      const planned = await mutate<{ keyTask: { state: string } }>(
        PLAN,
        {
          task: task.id,
          milestones: [
            {
              periodKind: 'QUARTER',
              periodLabel: 'Quý I/2027',
              dueOn: '2027-03-31',
              expectedOutput: 'Hoàn thành kiểm đếm',
            },
            {
              periodKind: 'QUARTER',
              periodLabel: 'Quý IV/2027',
              dueOn: '2027-12-31',
              expectedOutput: 'Bàn giao mặt bằng',
            },
          ],
        },
        actors.a,
      );
      expect(planned.keyTask.state).toBe('PLANNED');
    }
    const REPORT = `mutation($task: ID!, $input: ProgressInput!) { milestoneReport(keyTask: $task, input: $input) { progressReport { status late } userErrors { code } } }`;
    const report = await mutate<{ progressReport: { status: string } }>(
      REPORT,
      {
        task: tasks[0]!.id,
        input: { milestoneNumber: 1, status: 'DONE', percentComplete: 30, note: 'Đã kiểm đếm 100% hộ dân.' },
      },
      actors.a,
    );
    expect(report.progressReport.status).toBe('DONE');

    const CHANGE = `mutation($task: ID!, $proposed: KeyTaskDraftInput!) { changeRequestSubmit(keyTask: $task, reason: "Điều chỉnh quy mô", proposed: $proposed) { changeRequest { id status } userErrors { code } } }`;
    const requested = await mutate<{ changeRequest: { id: number; status: string } }>(
      CHANGE,
      { task: tasks[1]!.id, proposed: { ...VALID_DRAFT, title: 'Nhiệm vụ hai (điều chỉnh)' } },
      actors.a,
    );
    expect(requested.changeRequest.status).toBe('PENDING');
    const DECIDE_CHANGE = `mutation($id: Int!) { changeRequestDecide(id: $id, approve: true, documentNumber: "130-TB/TU") { changeRequest { status resultingVersion } userErrors { code } } }`;
    await expectRefused(DECIDE_CHANGE, { id: requested.changeRequest.id }, actors.a, 'ACTOR_NOT_ALLOWED');
    const approved = await mutate<{ changeRequest: { status: string; resultingVersion: number } }>(
      DECIDE_CHANGE,
      { id: requested.changeRequest.id },
      actors.btv,
    );
    expect(approved.changeRequest).toEqual({ status: 'APPROVED', resultingVersion: 2 });
    const amended = await app.graphql<{
      keyTask: { title: string; version: number; assignedVersion: { title: string; version: number } };
    }>(`query($id: ID!) { keyTask(id: $id) { title version assignedVersion { title version } } }`, {
      id: tasks[1]!.id,
    });
    expect(amended.data!.keyTask).toEqual({
      title: 'Nhiệm vụ hai (điều chỉnh)',
      version: 2,
      assignedVersion: { title: 'Nhiệm vụ hai', version: 1 },
    });

    const ASSESS = `mutation($task: ID!, $input: SelfAssessmentInput!) { selfAssessmentSubmit(keyTask: $task, input: $input) { keyTask { state selfOutcome } userErrors { code } } }`;
    const assessed = await mutate<{ keyTask: { state: string; selfOutcome: string } }>(
      ASSESS,
      {
        task: tasks[0]!.id,
        input: { outcome: 'EXCEEDED', summary: 'Bàn giao 14 ha, vượt chỉ tiêu.', actuals: [{ output: 1, actual: 14 }] },
      },
      actors.a,
    );
    expect(assessed.keyTask).toEqual({ state: 'SELF_ASSESSED', selfOutcome: 'EXCEEDED' });
  });

  it('is appraised on results, commented, consolidated, concluded and rated', async () => {
    const APPRAISE_RESULT = `mutation($task: ID!) { resultAppraise(keyTask: $task, proposedOutcome: EXCEEDED, comment: "Vượt 12% chỉ tiêu.") { keyTask { state appraisedOutcome } userErrors { code } } }`;
    const appraised = await mutate<{ keyTask: { state: string } }>(
      APPRAISE_RESULT,
      { task: tasks[0]!.id },
      actors.focal,
    );
    expect(appraised.keyTask.state).toBe('RESULT_APPRAISED');
    await mutate(
      OPINION,
      { task: tasks[0]!.id, input: { verdict: 'AGREE', text: 'Thống nhất mức vượt.', proposedOutcome: 'EXCEEDED' } },
      actors.ubkt,
    );
    const consolidated = await mutate<TaskPayload>(action('resultConsolidate'), { id: tasks[0]!.id }, actors.btc);
    expect(consolidated.keyTask!.state).toBe('RESULT_CONSULTED');
    const suspended = await mutate<TaskPayload>(
      action('keyTaskSuspend', '$comment: String').replace('comment: $comment', 'reason: $comment'),
      { id: tasks[1]!.id, comment: 'Dự án tạm dừng theo chủ trương của tỉnh.' },
      actors.btv,
    );
    expect(suspended.keyTask).toMatchObject({
      state: 'SUSPENDED',
      stateReason: 'Dự án tạm dừng theo chủ trương của tỉnh.',
    });

    const CONCLUDE = `mutation($input: ConclusionInput!) { conclusionRecord(input: $input) { conclusion { documentNumber } userErrors { code message } } }`;
    const conclusion = {
      cycleYear: 2027,
      cadre: cadreA.gid,
      documentNumber: '210-KL/TU',
      concludedOn: '2028-01-20',
      summary: 'Hoàn thành tốt các nhiệm vụ trọng tâm.',
      outcomes: [
        { keyTask: tasks[0]!.id, outcome: 'EXCEEDED' },
        { keyTask: tasks[1]!.id, outcome: 'EXEMPT_OBJECTIVE' },
      ],
    };
    await expectRefused(CONCLUDE, { input: conclusion }, actors.btc, 'ACTOR_NOT_ALLOWED');
    const concluded = await mutate<UserErrors>(CONCLUDE, { input: conclusion }, actors.btv);
    expect(concluded.userErrors).toEqual([]);

    const RATE = `mutation($input: QualityRatingInput!) { qualityRatingRecord(input: $input) { rating { level scaleVersion score } userErrors { code } } }`;
    const rated = await mutate<{ rating: { level: string; scaleVersion: string; score: number } }>(
      RATE,
      { input: { cycleYear: 2027, cadre: cadreA.gid, level: 'GOOD', score: 85, decidedOn: '2028-01-25' } },
      actors.btv,
    );
    expect(rated.rating).toEqual({ level: 'GOOD', scaleVersion: '366-QĐ/TW:2025', score: 85 });
    await expectRefused(
      RATE,
      { input: { cycleYear: 2027, cadre: cadreB.gid, level: 'GOOD', decidedOn: '2028-01-25' } },
      actors.btv,
      'WRONG_STATE',
    );
  });

  it('keeps the full audit trail of the task, in order, with who did what', async () => {
    const response = await app.graphql<{
      keyTask: {
        state: string;
        auditTrail: Array<{
          action: string;
          actorLabel: string;
          toState: string | null;
          documentNumber: string | null;
        }>;
      };
    }>(`query($id: ID!) { keyTask(id: $id) { state auditTrail { action actorLabel toState documentNumber } } }`, {
      id: tasks[0]!.id,
    });
    const trail = response.data!.keyTask.auditTrail;
    expect(response.data!.keyTask.state).toBe('CONCLUDED');
    expect(trail.map((event) => event.action)).toEqual([
      'CREATE',
      'UPDATE',
      'UPDATE',
      'SUBMIT',
      'RETURN',
      'UPDATE',
      'SUBMIT',
      'APPRAISE',
      'SEND_FOR_OPINIONS',
      'GIVE_OPINION',
      'GIVE_OPINION',
      'PROPOSE',
      'ASSIGN',
      'FILE_PLAN',
      'REPORT_PROGRESS',
      'SELF_ASSESS',
      'APPRAISE_RESULT',
      'GIVE_RESULT_OPINION',
      'CONSOLIDATE_RESULT',
      'CONCLUDE',
    ]);
    expect(trail.find((event) => event.action === 'ASSIGN')).toMatchObject({
      documentNumber: '125-TB/TU',
      toState: 'ASSIGNED',
    });
    expect(trail.find((event) => event.action === 'RETURN')!.actorLabel).toContain('Đảng ủy các cơ quan Đảng tỉnh');
  });

  it('refuses every action on a concluded task and changes nothing', async () => {
    for (const query of [SUBMIT, PROPOSE, SEND])
      await expectRefused(
        query,
        { id: tasks[0]!.id },
        actors.btc,
        query === SUBMIT ? 'ACTOR_NOT_ALLOWED' : 'WRONG_STATE',
      );
    await expectRefused(SUBMIT, { id: tasks[0]!.id }, actors.a, 'WRONG_STATE');
    await expectRefused(RETURN, { id: tasks[0]!.id, comment: 'x' }, actors.focal, 'WRONG_STATE');
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    await expect(app.dataSource.query(`UPDATE audit_event SET actor_label = 'x'`)).rejects.toThrow(/cannot be changed/);
    await expect(app.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/cannot be changed/);
    await expect(app.dataSource.query(`UPDATE opinion SET text = 'x'`)).rejects.toThrow(/cannot be changed/);
  });
});

describe('the cadre dossier', () => {
  it('holds every rating input of the year in at most 6 statements', async () => {
    const DOSSIER = `query($cadre: ID!) {
      cadreDossier(cadre: $cadre, cycleYear: 2027) {
        cadre { fullName positions { title rotated unit { name } } }
        cycle { year }
        scaleVersion asOf
        tasks {
          ordinal state title focalAgency { code }
          registeredVersion { title } assignedVersion { title version }
          outputs { name unit target actual }
          alignments { source area }
          milestones { periodLabel dueOn doneOn status }
          progressReports { status note }
          appraisals { stage verdict comment authorLabel agency { code } }
          opinions { stage verdict text authorLabel submittedAt agency { code name } }
          selfAssessments { outcome summary }
          changeRequests { status reason }
          auditTrail { action }
          selfOutcome appraisedOutcome concludedOutcome
        }
        measures { assessableTasks completionRate exceededShare outputAchievement milestonesDue milestonesOnTime }
        ratingConditions { level allMet conditions { code label met } }
        conclusion { documentNumber summary }
        rating { level score scaleVersion }
      }
    }`;
    const { result, statements } = await app.countStatements(() =>
      app.graphql<{ cadreDossier: Record<string, unknown> & { tasks: Array<Record<string, unknown>> } }>(DOSSIER, {
        cadre: cadreA.gid,
      }),
    );
    expect(result.errors).toBeUndefined();
    const dossier = result.data!.cadreDossier;
    expect(statements).toBeLessThanOrEqual(6);
    expect(dossier.tasks).toHaveLength(3);
    expect(dossier.tasks[0]).toMatchObject({
      state: 'CONCLUDED',
      focalAgency: { code: 'DU_CQD' },
      concludedOutcome: 'EXCEEDED',
      outputs: [
        { name: 'Diện tích mặt bằng bàn giao', unit: 'ha', target: 12.5, actual: 14 },
        { name: 'Báo cáo quý', unit: null, target: null, actual: null },
      ],
    });
    expect((dossier.tasks[0]!.opinions as unknown[]).length).toBe(3);
    expect(dossier.tasks[1]).toMatchObject({
      title: 'Nhiệm vụ hai (điều chỉnh)',
      assignedVersion: { title: 'Nhiệm vụ hai', version: 1 },
    });
    expect(dossier.measures).toMatchObject({ assessableTasks: 1, completionRate: 1, exceededShare: 1 });
    expect(dossier.conclusion).toEqual({
      documentNumber: '210-KL/TU',
      summary: 'Hoàn thành tốt các nhiệm vụ trọng tâm.',
    });
    expect(dossier.rating).toEqual({ level: 'GOOD', score: 85, scaleVersion: '366-QĐ/TW:2025' });
    const levels = dossier.ratingConditions as Array<{ level: string; conditions: Array<{ met: boolean | null }> }>;
    expect(levels.map((level) => level.level)).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
  });

  it('answers null for an unknown cadre or year', async () => {
    const response = await app.graphql<{ a: null; b: null }>(
      `query($cadre: ID!) { a: cadreDossier(cadre: "bm9wZQ", cycleYear: 2027) { asOf } b: cadreDossier(cadre: $cadre, cycleYear: 1999) { asOf } }`,
      { cadre: cadreA.gid },
    );
    expect(response.data).toEqual({ a: null, b: null });
  });
});

describe('cycle rules are data', () => {
  it('changes the task count and the longest duration for a cycle, and the checks follow', async () => {
    const UPDATE_CYCLE = `mutation($input: CycleUpdateInput!) { cycleUpdate(year: 2027, input: $input) { cycle { rules { tasksPerCadre maxDurationMonths } } userErrors { code } } }`;
    await expectRefused(UPDATE_CYCLE, { input: { tasksPerCadre: 2 } }, actors.a, 'ACTOR_NOT_ALLOWED');
    const changed = await mutate<{ cycle: { rules: { tasksPerCadre: number; maxDurationMonths: number } } }>(
      UPDATE_CYCLE,
      { input: { tasksPerCadre: 2, maxDurationMonths: 6 } },
      actors.btc,
    );
    expect(changed.cycle.rules).toEqual({ tasksPerCadre: 2, maxDurationMonths: 6 });
    const first = await mutate<TaskPayload>(CREATE, { input: VALID_DRAFT }, actors.b);
    const viol = await app.graphql<{ keyTask: { ruleViolations: Array<{ rule: string; message: string }> } }>(
      `query($id: ID!) { keyTask(id: $id) { ruleViolations { rule message } } }`,
      { id: first.keyTask!.id },
    );
    expect(viol.data!.keyTask.ruleViolations).toEqual([
      expect.objectContaining({ rule: 'DURATION_TOO_LONG', message: expect.stringContaining('6 tháng') }),
    ]);
    await mutate(CREATE, { input: { ...VALID_DRAFT, endsOn: '2027-06-30' } }, actors.b);
    const third = await expectRefused(CREATE, { input: VALID_DRAFT }, actors.b, 'RULE_VIOLATION');
    expect(third.userErrors[0]!.message).toContain('2 nhiệm vụ');
  });

  it('extends a deadline for one cadre, so their submission is on time', async () => {
    const EXTEND = `mutation($input: DeadlineExtensionInput!) { deadlineExtend(input: $input) { cycle { year } userErrors { code } } }`;
    const input = {
      cycleYear: 2027,
      stage: 'REGISTER',
      cadre: cadreB.gid,
      until: '2027-01-15',
      reason: 'Cán bộ mới được luân chuyển.',
    };
    await expectRefused(EXTEND, { input: { ...input, reason: '' } }, actors.btc, 'COMMENT_REQUIRED');
    expect((await mutate<UserErrors>(EXTEND, { input }, actors.btc)).userErrors).toEqual([]);
    const mine = await app.graphql<{ keyTasks: { nodes: Task[] } }>(
      `query($cadre: ID!) { keyTasks(filter: { cadre: $cadre, cycleYear: 2027 }) { nodes { id endsOn } } }`,
      { cadre: cadreB.gid },
    );
    const shortTask = (mine.data!.keyTasks.nodes as Array<Task & { endsOn: string }>).find(
      (task) => task.endsOn === '2027-06-30',
    )!;
    await mutate(
      UPDATE,
      { id: mine.data!.keyTasks.nodes[0]!.id, input: { ...VALID_DRAFT, endsOn: '2027-06-30' } },
      actors.b,
    );
    const submitted = await mutate<TaskPayload>(SUBMIT, { id: shortTask.id }, actors.b);
    expect(submitted.userErrors).toEqual([]);
    expect(submitted.keyTask).toMatchObject({ state: 'SUBMITTED', submittedLate: false });
    expect(await unitId(app.dataSource, 'DU_UBND')).toBeGreaterThan(0);
  });
});
