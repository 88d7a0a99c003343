import { describe, expect, it } from 'vitest';
import { backlogFilter, lateByAgency, stageRows, type BacklogRow } from './board';

const row = (overrides: Partial<BacklogRow>): BacklogRow => ({
  state: 'SUBMITTED',
  action: 'APPRAISE',
  actor: 'FOCAL',
  stage: 'APPRAISE_REGISTRATION',
  deadline: '2026-11-15',
  waiting: 1,
  overdue: 0,
  agency: null,
  ...overrides,
});

const ubnd = { id: 'U1', name: 'Đảng ủy UBND tỉnh' };
const btc = { id: 'U2', name: 'Ban Tổ chức Tỉnh ủy' };
const xa = { id: 'U3', name: 'Xã Cam An' };

const backlog: BacklogRow[] = [
  row({
    state: 'IN_CONSULTATION',
    action: 'GIVE_OPINION',
    actor: 'ADVISORY',
    stage: 'CONSOLIDATE',
    waiting: 5,
    overdue: 0,
    agency: { id: 'U9', name: 'Ủy ban Kiểm tra Tỉnh ủy' },
  }),
  row({ agency: ubnd, waiting: 43, overdue: 43 }),
  row({ state: 'DRAFT', action: 'SUBMIT', actor: 'CADRE', stage: 'REGISTER', agency: xa, waiting: 2, overdue: 2 }),
  row({ agency: btc, waiting: 38, overdue: 30 }),
  row({
    state: 'IN_CONSULTATION',
    action: 'PROPOSE',
    actor: 'CONSOLIDATOR',
    stage: 'SUBMIT_TO_DECIDER',
    agency: btc,
    waiting: 141,
    overdue: 0,
  }),
  row({ state: 'RETURNED', action: 'SUBMIT', actor: 'CADRE', stage: 'REGISTER', agency: xa, waiting: 3, overdue: 3 }),
  row({
    state: 'PROPOSED',
    action: 'ASSIGN',
    actor: 'DECIDER',
    stage: 'DECIDE',
    deadline: '2026-12-30',
    agency: null,
    waiting: 27,
    overdue: 0,
  }),
];

describe('consolidation board', () => {
  it('sums each step over agencies, in the order of the cycle, opinions after the main path', () => {
    expect(stageRows(backlog).map((step) => [step.state, step.actor, step.waiting, step.overdue])).toEqual([
      ['DRAFT', 'CADRE', 2, 2],
      ['SUBMITTED', 'FOCAL', 81, 73],
      ['RETURNED', 'CADRE', 3, 3],
      ['IN_CONSULTATION', 'CONSOLIDATOR', 141, 0],
      ['IN_CONSULTATION', 'ADVISORY', 5, 0],
      ['PROPOSED', 'DECIDER', 27, 0],
    ]);
    const submitted = stageRows(backlog)[1]!;
    expect(submitted.agencies.map((entry) => entry.agency?.name)).toEqual(['Đảng ủy UBND tỉnh', 'Ban Tổ chức Tỉnh ủy']);
  });

  it('names who is late, the most overdue first, with each late step', () => {
    const late = lateByAgency(backlog);
    expect(late.map((entry) => [entry.agency?.name, entry.overdue])).toEqual([
      ['Đảng ủy UBND tỉnh', 43],
      ['Ban Tổ chức Tỉnh ủy', 30],
      ['Xã Cam An', 5],
    ]);
    expect(late[2]!.rows.map((entry) => entry.state)).toEqual(['DRAFT', 'RETURNED']);
  });

  it('drills down to exactly the tasks a row counts', () => {
    expect(backlogFilter(backlog[1]!, 2027)).toEqual({ cycleYear: 2027, state: ['SUBMITTED'], focalAgency: 'U1' });
    expect(backlogFilter(backlog[2]!, 2027)).toEqual({ cycleYear: 2027, state: ['DRAFT'], unit: 'U3' });
    expect(backlogFilter(backlog[0]!, 2027)).toEqual({
      cycleYear: 2027,
      state: ['IN_CONSULTATION'],
      awaitingOpinion: { agency: 'U9', stage: 'REGISTRATION' },
    });
    expect(backlogFilter(backlog[6]!, 2027)).toEqual({ cycleYear: 2027, state: ['PROPOSED'] });
  });
});
