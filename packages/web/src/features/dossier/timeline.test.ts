import { describe, expect, it } from 'vitest';
import { statusCounts, timelineOf } from './timeline';

const milestone = (dueOn: string, doneOn: string | null) => ({
  periodKind: 'MONTH' as const,
  periodLabel: `Hạn ${dueOn}`,
  dueOn,
  doneOn,
  expectedOutput: '',
  status: 'PENDING' as const,
});

describe('milestone timeline', () => {
  it('orders milestones by due date and marks each by the shared rule, with days late', () => {
    const items = timelineOf(
      [
        milestone('2025-06-30', null),
        milestone('2025-03-31', '2025-03-31'),
        milestone('2025-04-30', '2025-05-03'),
        milestone('2025-05-31', null),
      ],
      '2025-06-10',
    );
    expect(items.map((item) => [item.milestone.dueOn, item.status, item.daysLate])).toEqual([
      ['2025-03-31', 'DONE_ON_TIME', 0],
      ['2025-04-30', 'DONE_LATE', 3],
      ['2025-05-31', 'OVERDUE', 10],
      ['2025-06-30', 'PENDING', 0],
    ]);
    expect(statusCounts(items)).toEqual({ DONE_ON_TIME: 1, DONE_LATE: 1, OVERDUE: 1, PENDING: 1 });
  });

  it('is not overdue on the due day itself', () => {
    expect(timelineOf([milestone('2025-06-10', null)], '2025-06-10')[0]!.status).toBe('PENDING');
  });
});
