import { describe, expect, it } from 'vitest';
import { filterRows, postInYear, toCadreRow } from './rows';
import { drillNode, drillTask } from './test-rows';

const AS_OF = '2025-06-30';

const an = toCadreRow(
  drillNode('A', 'Nguyễn Văn An', [
    drillTask({
      id: 'a1',
      state: 'CONCLUDED',
      selfOutcome: 'EXCEEDED',
      appraisedOutcome: 'COMPLETED_ON_TIME',
      concludedOutcome: 'COMPLETED_LATE',
      milestones: [
        { dueOn: '2025-03-31', doneOn: '2025-03-30', status: 'DONE_ON_TIME' },
        { dueOn: '2025-05-31', doneOn: '2025-06-10', status: 'DONE_LATE' },
        { dueOn: '2025-09-30', doneOn: null, status: 'PENDING' },
      ],
      opinions: [{ verdict: 'AGREE' }, { verdict: 'DISAGREE' }],
    }),
    drillTask({ id: 'a2', ordinal: 2, state: 'CONCLUDED', concludedOutcome: 'EXCEEDED' }),
    drillTask({
      id: 'a3',
      ordinal: 3,
      state: 'CONCLUDED',
      concludedOutcome: 'EXEMPT_OBJECTIVE',
      milestones: [{ dueOn: '2025-02-28', doneOn: null, status: 'OVERDUE' }],
    }),
    drillTask({
      id: 'a4',
      ordinal: 4,
      state: 'WITHDRAWN',
      milestones: [{ dueOn: '2025-01-31', doneOn: null, status: 'OVERDUE' }],
    }),
  ]),
  2025,
  AS_OF,
);
const dung = toCadreRow(
  drillNode(
    'D',
    'Trần Thị Dung',
    [
      drillTask({ id: 'd1', state: 'SELF_ASSESSED', selfOutcome: 'NOT_COMPLETED' }),
      drillTask({
        id: 'd2',
        ordinal: 2,
        milestones: [{ dueOn: '2025-04-30', doneOn: null, status: 'OVERDUE' }],
      }),
    ],
    'Ủy ban nhân dân phường Nha Trang',
  ),
  2025,
  AS_OF,
);
const binh = toCadreRow(
  drillNode('B', 'Lê Bình', [drillTask({ id: 'b1', state: 'ASSIGNED' })], 'Sở Tài chính'),
  2025,
  AS_OF,
);

describe('drill-down rows', () => {
  it('sums a cadre’s counted tasks the way the shared measures do', () => {
    // Concluded outcomes stand over appraised and self-assessed ones; exempt and withdrawn tasks are
    // listed but counted nowhere, not even their overdue milestones.
    expect(an.tasks.map((task) => task.outcome)).toEqual(['COMPLETED_LATE', 'EXCEEDED', 'EXEMPT_OBJECTIVE', null]);
    expect([an.completedTasks, an.assessableTasks, an.completionRate]).toEqual([2, 2, 1]);
    expect(an.milestones).toEqual({ DONE_ON_TIME: 1, DONE_LATE: 1, OVERDUE: 0, PENDING: 1 });
    expect([an.milestonesOnTime, an.milestonesDue, an.onTimeRate]).toEqual([1, 2, 0.5]);
    expect(an.opinions).toBe(2);
    expect([dung.completionRate, dung.onTimeRate]).toEqual([0, 0]);
    expect([binh.completionRate, binh.onTimeRate]).toEqual([null, null]);
    expect([an.post, an.unit]).toEqual(['Trưởng ban', 'Ban Tổ chức Tỉnh ủy']);
  });

  it('shows the post held in the cycle’s year, not a later one', () => {
    const unit = { id: 'u', name: 'Xã Cam Lâm' };
    const positions = [
      { title: 'Bí thư Đảng ủy xã', startsOn: '2026-03-01', endsOn: null, rotated: false, unit },
      { title: 'Chủ tịch UBND xã', startsOn: '2023-07-01', endsOn: '2026-02-28', rotated: false, unit },
    ];
    expect(postInYear(positions, 2025)?.title).toBe('Chủ tịch UBND xã');
    expect(postInYear(positions, 2026)?.title).toBe('Bí thư Đảng ủy xã');
    expect(postInYear(positions, 2019)?.title).toBe('Bí thư Đảng ủy xã');
  });

  it('filters by a task’s state and by outcome (none yet included), keeping the API’s order', () => {
    const rows = [an, dung, binh];
    const names = (view: Parameters<typeof filterRows>[1]) => filterRows(rows, view).map((row) => row.name);
    expect(names({ state: null, outcome: null })).toEqual(['Nguyễn Văn An', 'Trần Thị Dung', 'Lê Bình']);
    expect(names({ state: 'CONCLUDED', outcome: null })).toEqual(['Nguyễn Văn An']);
    expect(names({ state: null, outcome: 'NONE' })).toEqual(['Nguyễn Văn An', 'Trần Thị Dung', 'Lê Bình']);
    expect(names({ state: 'WITHDRAWN', outcome: null })).toEqual(['Nguyễn Văn An']);
    expect(names({ state: 'SELF_ASSESSED', outcome: 'EXCEEDED' })).toEqual([]);
  });
});
