import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_DRAFT, lifecycleWorld } from './support/fixtures.js';
import {
  APPRAISE,
  OPINION,
  PROPOSE,
  RETURN,
  SEND,
  SUBMIT,
  UPDATE,
  createTask,
  operations,
  taskAction,
  type Task,
  type TaskPayload,
  type UserErrors,
} from './support/key-task-ops.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let cadreA: { id: number; gid: string };
let cadreB: { id: number; gid: string };
let actors: Awaited<ReturnType<typeof lifecycleWorld>>['actors'];

beforeAll(async () => {
  app = await startTestApp();
  ({ cadreA, cadreB, actors } = await lifecycleWorld(app.dataSource));
});
afterAll(() => app.close());

const { mutate, expectRefused } = operations(() => app);
const CREATE = createTask(2030);
const action = taskAction;

const tasks: Task[] = [];

describe('a key task from draft to conclusion, acted by each role', () => {
  it('refuses anonymous writes before doing anything', async () => {
    const response = await app.graphql(CREATE, { input: VALID_DRAFT }, null);
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

  it('answers the wrong cadre and the wrong agency "not found", and refuses a return without a reason', async () => {
    await expectRefused(SUBMIT, { id: tasks[1]!.id }, actors.b, 'NOT_FOUND');
    await expectRefused(APPRAISE, { id: tasks[0]!.id, comment: null }, actors.wrongFocal, 'NOT_FOUND');
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
        input: { ...VALID_DRAFT, outputs: [...VALID_DRAFT.outputs, { name: 'Báo cáo quý', dueOn: '2030-03-31' }] },
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
      cycleYear: 2030,
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
        milestones: [{ periodKind: 'QUARTER', periodLabel: 'Quý I/2031', dueOn: '2031-03-31', expectedOutput: 'x' }],
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
              periodLabel: 'Quý I/2030',
              dueOn: '2030-03-31',
              expectedOutput: 'Hoàn thành kiểm đếm',
            },
            {
              periodKind: 'QUARTER',
              periodLabel: 'Quý IV/2030',
              dueOn: '2030-12-31',
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
      action('keyTaskSuspend', 'reason'),
      { id: tasks[1]!.id, comment: 'Dự án tạm dừng theo chủ trương của tỉnh.' },
      actors.btv,
    );
    expect(suspended.keyTask).toMatchObject({
      state: 'SUSPENDED',
      stateReason: 'Dự án tạm dừng theo chủ trương của tỉnh.',
    });

    const CONCLUDE = `mutation($input: ConclusionInput!) { conclusionRecord(input: $input) { conclusion { documentNumber } userErrors { code message } } }`;
    const conclusion = {
      cycleYear: 2030,
      cadre: cadreA.gid,
      documentNumber: '210-KL/TU',
      concludedOn: '2031-01-20',
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
      { input: { cycleYear: 2030, cadre: cadreA.gid, level: 'GOOD', score: 85, decidedOn: '2031-01-25' } },
      actors.btv,
    );
    expect(rated.rating).toEqual({ level: 'GOOD', scaleVersion: '366-QĐ/TW:2025', score: 85 });
    await expectRefused(
      RATE,
      { input: { cycleYear: 2030, cadre: cadreB.gid, level: 'GOOD', decidedOn: '2031-01-25' } },
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
});

describe('the cadre dossier', () => {
  it('holds every rating input of the year in at most 6 statements', async () => {
    const DOSSIER = `query($cadre: ID!) {
      cadreDossier(cadre: $cadre, cycleYear: 2030) {
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
          evidence { title verification }
          auditTrail { action }
          selfOutcome appraisedOutcome concludedOutcome
        }
        measures { assessableTasks completionRate exceededShare outputAchievement milestonesDue milestonesOnTime }
        ratingConditions { level allMet conditions { code label met } }
        conclusion { documentNumber summary }
        rating { level score scaleVersion }
        auditTrail { action }
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
    expect(dossier.auditTrail).toEqual([{ action: 'CONCLUDE' }, { action: 'RATE' }]);
    const levels = dossier.ratingConditions as Array<{ level: string; conditions: Array<{ met: boolean | null }> }>;
    expect(levels.map((level) => level.level)).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
  });

  it('answers null for an unknown cadre or year', async () => {
    const response = await app.graphql<{ a: null; b: null }>(
      `query($cadre: ID!) { a: cadreDossier(cadre: "bm9wZQ", cycleYear: 2030) { asOf } b: cadreDossier(cadre: $cadre, cycleYear: 1999) { asOf } }`,
      { cadre: cadreA.gid },
    );
    expect(response.data).toEqual({ a: null, b: null });
  });
});
