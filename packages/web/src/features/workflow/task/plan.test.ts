import { describe, expect, it } from 'vitest';
import { milestoneInputs, periodMilestones, planSchema } from './plan';

describe('plan milestones', () => {
  it('makes one milestone per month, the last due when the task ends', () => {
    const rows = periodMilestones('2027-01-15', '2027-03-20', 'MONTH');
    expect(rows.map((row) => [row.periodLabel, row.dueOn])).toEqual([
      ['Tháng 1/2027', '31/01/2027'],
      ['Tháng 2/2027', '28/02/2027'],
      ['Tháng 3/2027', '20/03/2027'],
    ]);
  });

  it('makes quarters, across a year end', () => {
    const rows = periodMilestones('2026-11-01', '2027-06-30', 'QUARTER');
    expect(rows.map((row) => [row.periodLabel, row.dueOn])).toEqual([
      ['Quý IV/2026', '31/12/2026'],
      ['Quý I/2027', '31/03/2027'],
      ['Quý II/2027', '30/06/2027'],
    ]);
  });

  it('needs a milestone, dates as dd/mm/yyyy and an expected output', () => {
    const schema = planSchema({ required: 'Cần nhập.', dateInvalid: 'Ngày sai', needOne: 'Cần ít nhất một mốc.' });
    expect(schema.safeParse({ milestones: [] }).error?.issues[0]?.message).toBe('Cần ít nhất một mốc.');
    const bad = schema.safeParse({
      milestones: [{ periodKind: 'MONTH', periodLabel: 'Tháng 1/2027', dueOn: '2027-01-31', expectedOutput: ' ' }],
    });
    expect(bad.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['milestones.0.dueOn', 'Ngày sai'],
      ['milestones.0.expectedOutput', 'Cần nhập.'],
    ]);
    expect(
      milestoneInputs([
        { periodKind: 'QUARTER', periodLabel: 'Quý I/2027', dueOn: '31/03/2027', expectedOutput: 'Xong' },
      ]),
    ).toEqual([{ periodKind: 'QUARTER', periodLabel: 'Quý I/2027', dueOn: '2027-03-31', expectedOutput: 'Xong' }]);
  });
});
