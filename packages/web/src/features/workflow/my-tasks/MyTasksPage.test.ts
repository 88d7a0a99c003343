import { describe, expect, it } from 'vitest';
import { countedTasks, lastReturn } from './MyTasksPage';

const event = (action: string, comment: string | null, occurredAt: string) => ({
  action,
  actorLabel: 'Lê Thị Thu Hà — Đảng ủy UBND tỉnh',
  comment,
  occurredAt,
});

describe('my tasks', () => {
  it('counts the tasks that still count towards the cycle’s number', () => {
    expect(
      countedTasks([{ state: 'DRAFT' }, { state: 'WITHDRAWN' }, { state: 'REJECTED' }, { state: 'SUBMITTED' }]),
    ).toBe(2);
  });

  it('shows the latest return with its reason while the task waits to be revised', () => {
    const trail = [
      event('SUBMIT', null, '2026-10-20T02:00:00Z'),
      event('RETURN', 'Bổ sung chỉ tiêu.', '2026-10-25T02:00:00Z'),
      event('SUBMIT', null, '2026-10-27T02:00:00Z'),
      event('RETURN', 'Thiếu căn cứ, định hướng.', '2026-11-02T02:00:00Z'),
    ];
    expect(lastReturn({ state: 'RETURNED', auditTrail: trail })?.comment).toBe('Thiếu căn cứ, định hướng.');
    expect(lastReturn({ state: 'SUBMITTED', auditTrail: trail })).toBeNull();
  });
});
