import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { VALID_DRAFT, agencyActor, cadreActor, createCadre, createCycle, routeFocal } from './support/fixtures.js';
import {
  SUBMIT,
  UPDATE,
  createTask,
  operations,
  type Task,
  type TaskPayload,
  type UserErrors,
} from './support/key-task-ops.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let cadreB: { id: number; gid: string };
const actors: Record<string, Actor> = {};
const { mutate, expectRefused } = operations(() => app);
const CREATE = createTask(2030);

beforeAll(async () => {
  app = await startTestApp();
  const cycleId = await createCycle(app.dataSource, 2030, { REGISTER: '2026-10-30' });
  await routeFocal(app.dataSource, cycleId, 'ROTATED_CADRE', 'BTCTU');
  cadreB = await createCadre(app.dataSource, 'TEST-B', 'Trần Thị Bình', {
    unit: 'P_BAC_NHA_TRANG',
    title: 'Chủ tịch UBND phường',
    subjectGroup: 'ROTATED_CADRE',
    startsOn: '2025-07-01',
    rotated: true,
  });
  actors.b = cadreActor(cadreB.id, 'Trần Thị Bình — Chủ tịch UBND phường Bắc Nha Trang');
  actors.btc = await agencyActor(app.dataSource, 'Hoàng Văn Hải — Ban Tổ chức Tỉnh ủy', 'BTCTU', 'CONSOLIDATOR');
});
afterAll(() => app.close());

describe('cycle rules are data', () => {
  it('changes the task count and the longest duration for a cycle, and the checks follow', async () => {
    const UPDATE_CYCLE = `mutation($input: CycleUpdateInput!) { cycleUpdate(year: 2030, input: $input) { cycle { rules { tasksPerCadre maxDurationMonths } } userErrors { code } } }`;
    await expectRefused(UPDATE_CYCLE, { input: { tasksPerCadre: 2 } }, actors.b, 'ACTOR_NOT_ALLOWED');
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
    await mutate(CREATE, { input: { ...VALID_DRAFT, endsOn: '2030-06-30' } }, actors.b);
    const third = await expectRefused(CREATE, { input: VALID_DRAFT }, actors.b, 'RULE_VIOLATION');
    expect(third.userErrors[0]!.message).toContain('2 nhiệm vụ');
  });

  it('extends a deadline for one cadre, so their submission is on time', async () => {
    const EXTEND = `mutation($input: DeadlineExtensionInput!) { deadlineExtend(input: $input) { cycle { year } userErrors { code } } }`;
    const input = {
      cycleYear: 2030,
      stage: 'REGISTER',
      cadre: cadreB.gid,
      until: '2030-01-15',
      reason: 'Cán bộ mới được luân chuyển.',
    };
    await expectRefused(EXTEND, { input: { ...input, reason: '' } }, actors.btc, 'COMMENT_REQUIRED');
    expect((await mutate<UserErrors>(EXTEND, { input }, actors.btc)).userErrors).toEqual([]);
    const mine = await app.graphql<{ keyTasks: { nodes: Task[] } }>(
      `query($cadre: ID!) { keyTasks(filter: { cadre: $cadre, cycleYear: 2030 }) { nodes { id endsOn } } }`,
      { cadre: cadreB.gid },
    );
    const shortTask = (mine.data!.keyTasks.nodes as Array<Task & { endsOn: string }>).find(
      (task) => task.endsOn === '2030-06-30',
    )!;
    await mutate(
      UPDATE,
      { id: mine.data!.keyTasks.nodes[0]!.id, input: { ...VALID_DRAFT, endsOn: '2030-06-30' } },
      actors.b,
    );
    const submitted = await mutate<TaskPayload>(SUBMIT, { id: shortTask.id }, actors.b);
    expect(submitted.userErrors).toEqual([]);
    expect(submitted.keyTask).toMatchObject({ state: 'SUBMITTED', submittedLate: false });
  });
});

describe('a cycle’s deadlines and rating scheme are data too', () => {
  it('judges lateness by the deadline Ban Tổ chức sets', async () => {
    const cycleId = await createCycle(app.dataSource, 2031, { REGISTER: '2026-01-01' });
    await routeFocal(app.dataSource, cycleId, 'PARTY_SECRETARY', 'BTCTU');
    const cadre = await createCadre(app.dataSource, 'TEST-C', 'Lê Thị Cúc', {
      unit: 'X_TAN_DINH',
      title: 'Bí thư Đảng ủy xã',
      subjectGroup: 'PARTY_SECRETARY',
      startsOn: '2025-07-01',
    });
    const actor = cadreActor(cadre.id, 'Lê Thị Cúc — Bí thư Đảng ủy xã');
    const draft = { ...VALID_DRAFT, startsOn: '2031-01-01', endsOn: '2031-12-31' };
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      ids.push((await mutate<TaskPayload>(createTask(2031), { input: draft }, actor)).keyTask!.id);
    }
    expect((await mutate<TaskPayload>(SUBMIT, { id: ids[0] }, actor)).keyTask).toMatchObject({ submittedLate: true });
    const UPDATE_2031 = `mutation($input: CycleUpdateInput!) { cycleUpdate(year: 2031, input: $input) { cycle { deadlines { stage dueOn } } userErrors { code } } }`;
    const moved = await mutate<UserErrors>(
      UPDATE_2031,
      { input: { deadlines: [{ stage: 'REGISTER', dueOn: '2030-10-30' }] } },
      actors.btc,
    );
    expect(moved.userErrors).toEqual([]);
    expect((await mutate<TaskPayload>(SUBMIT, { id: ids[1] }, actor)).keyTask).toMatchObject({ submittedLate: false });
    const trail = await app.graphql<{ cycle: { auditTrail: Array<{ action: string; actorLabel: string }> } }>(
      '{ cycle(year: 2031) { auditTrail { action actorLabel } } }',
    );
    expect(trail.data!.cycle.auditTrail).toEqual([
      { action: 'UPDATE', actorLabel: 'Hoàng Văn Hải — Ban Tổ chức Tỉnh ủy' },
    ]);
  });

  it('reads the rating conditions of the scheme the cycle uses', async () => {
    const [rated] = await app.dataSource.query(
      `SELECT r.cadre_id FROM quality_rating r JOIN cycle c ON c.id = r.cycle_id WHERE c.year = 2025 ORDER BY r.id LIMIT 1`,
    );
    await app.dataSource.query(
      `UPDATE quality_rating SET score = 75 WHERE cadre_id = $1 AND cycle_id = (SELECT id FROM cycle WHERE year = 2025)`,
      [rated.cadre_id],
    );
    const DOSSIER = `query($id: ID!) { cadreDossier(cadre: $id, cycleYear: 2025) { scaleVersion ratingConditions { level conditions { code met label } } } }`;
    const goodScoreMet = async () => {
      const response = await app.graphql<{
        cadreDossier: {
          scaleVersion: string;
          ratingConditions: Array<{ level: string; conditions: Array<{ code: string; met: boolean | null }> }>;
        };
      }>(DOSSIER, { id: Buffer.from(`Cadre:${rated.cadre_id}`).toString('base64url') });
      const good = response.data!.cadreDossier.ratingConditions.find((level) => level.level === 'GOOD')!;
      return {
        scale: response.data!.cadreDossier.scaleVersion,
        met: good.conditions.find((condition) => condition.code === 'SCORE_AT_LEAST')!.met,
      };
    };
    expect(await goodScoreMet()).toEqual({ scale: '366-QĐ/TW:2025', met: true });
    const UPDATE_2025 = `mutation { cycleUpdate(year: 2025, input: { ratingScheme: KHANH_HOA_KPI_2025 }) { userErrors { code } } }`;
    expect((await mutate<UserErrors>(UPDATE_2025, {}, actors.btc)).userErrors).toEqual([]);
    expect(await goodScoreMet()).toEqual({ scale: 'KPI-KhanhHoa:2025', met: false });
  });
});

describe('Ban Tổ chức opens a new cycle', () => {
  const OPEN = `mutation($year: Int!) { cycleOpen(year: $year) { cycle { year phase rules { tasksPerCadre } deadlines { stage dueOn } focalRoutes { subjectGroup focalAgency { code } } } userErrors { code message } } }`;
  interface Opened {
    cycle: {
      year: number;
      phase: string;
      rules: { tasksPerCadre: number };
      deadlines: Array<{ stage: string; dueOn: string | null }>;
      focalRoutes: Array<{ subjectGroup: string; focalAgency: { code: string } }>;
    } | null;
    userErrors: Array<{ code: string; message: string }>;
  }

  it('opens a year for registration with the default deadlines and the previous routing, once', async () => {
    await expectRefused(OPEN, { year: 2028 }, actors.b, 'ACTOR_NOT_ALLOWED');
    await expectRefused(OPEN, { year: 1999 }, actors.btc, 'INVALID_INPUT');
    const opened = await mutate<Opened>(OPEN, { year: 2028 }, actors.btc);
    expect(opened.userErrors).toEqual([]);
    expect(opened.cycle).toMatchObject({ year: 2028, phase: 'REGISTRATION', rules: { tasksPerCadre: 3 } });
    expect(opened.cycle!.deadlines).toContainEqual({ stage: 'REGISTER', dueOn: '2027-10-30' });
    const previous = await app.graphql<{ cycle: Opened['cycle'] }>(
      '{ cycle(year: 2027) { focalRoutes { subjectGroup focalAgency { code } } } }',
    );
    expect(opened.cycle!.focalRoutes).toEqual(previous.data!.cycle!.focalRoutes);
    expect(opened.cycle!.focalRoutes.length).toBeGreaterThan(0);
    const again = await expectRefused(OPEN, { year: 2028 }, actors.btc, 'CONFLICT');
    expect(again.userErrors[0]!.message).toBe('Kỳ giao nhiệm vụ năm 2028 đã được mở.');
  });
});
