import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CYCLE_RULES,
  defaultCycleDeadlines,
  effectiveDeadline,
  isLate,
  milestoneStatus,
  progressReportDueOn,
  type DeadlineExtension,
} from './index.js';

// The 2026 cycle: registration due 30-10-2025, self-assessment 31-12-2026.
const deadlines = defaultCycleDeadlines(2026);

describe('deadlines and lateness', () => {
  it('keeps the deadline for the whole of its day in Nha Trang', () => {
    expect(isLate('REGISTER', new Date('2025-10-30T16:59:59.999Z'), deadlines, [])).toBe(false);
    expect(isLate('REGISTER', new Date('2025-10-30T17:00:00Z'), deadlines, [])).toBe(true);
    // 31-12 at 23:59 local is still on time for the self-assessment; 00:00 on 1-1 is late.
    expect(isLate('SELF_ASSESS', new Date('2026-12-31T23:59:00+07:00'), deadlines, [])).toBe(false);
    expect(isLate('SELF_ASSESS', new Date('2027-01-01T00:00:00+07:00'), deadlines, [])).toBe(true);
  });

  it('moves the deadline by the stage’s extensions only, and only later', () => {
    const extensions: DeadlineExtension[] = [
      { stage: 'REGISTER', until: '2025-11-05' },
      { stage: 'REGISTER', until: '2025-11-03' },
      { stage: 'PLAN', until: '2026-03-31' },
      // An "extension" before the cycle's date gives no less time.
      { stage: 'SELF_ASSESS', until: '2026-12-15' },
    ];
    expect(effectiveDeadline('REGISTER', deadlines, extensions)).toBe('2025-11-05');
    expect(effectiveDeadline('APPRAISE_REGISTRATION', deadlines, extensions)).toBe('2025-11-15');
    expect(effectiveDeadline('SELF_ASSESS', deadlines, extensions)).toBe('2026-12-31');
    expect(isLate('REGISTER', new Date('2025-11-05T16:59:59.999Z'), deadlines, extensions)).toBe(false);
    expect(isLate('REGISTER', new Date('2025-11-05T17:00:00Z'), deadlines, extensions)).toBe(true);
  });

  it('is never late where there is no deadline', () => {
    expect(effectiveDeadline('CONCLUDE', deadlines, [])).toBeNull();
    expect(isLate('CONCLUDE', new Date('2030-01-01T00:00:00Z'), deadlines, [])).toBe(false);
    // A stage missing from the cycle's table has no deadline either…
    expect(isLate('PLAN', new Date('2030-01-01T00:00:00Z'), {}, [])).toBe(false);
    // …unless BTC set one for this cadre.
    const extension: DeadlineExtension = { stage: 'CONCLUDE', until: '2027-02-10' };
    expect(effectiveDeadline('CONCLUDE', deadlines, [extension])).toBe('2027-02-10');
    expect(isLate('CONCLUDE', new Date('2027-02-10T17:00:00Z'), deadlines, [extension])).toBe(true);
  });

  it('dates monthly progress reports by the cycle’s report day', () => {
    expect(progressReportDueOn(2026, 3, DEFAULT_CYCLE_RULES)).toBe('2026-03-25');
    expect(progressReportDueOn(2026, 12, { ...DEFAULT_CYCLE_RULES, progressReportDay: 5 })).toBe('2026-12-05');
    // Day 31 means the month's last day.
    expect(progressReportDueOn(2026, 2, { ...DEFAULT_CYCLE_RULES, progressReportDay: 31 })).toBe('2026-02-28');
    expect(() => progressReportDueOn(2026, 13, DEFAULT_CYCLE_RULES)).toThrow(RangeError);
  });

  it('tells where a milestone stands', () => {
    expect(milestoneStatus('2026-03-31', '2026-03-31', '2026-06-01')).toBe('DONE_ON_TIME');
    expect(milestoneStatus('2026-03-31', '2026-04-01', '2026-06-01')).toBe('DONE_LATE');
    expect(milestoneStatus('2026-03-31', null, '2026-03-31')).toBe('PENDING');
    expect(milestoneStatus('2026-03-31', null, '2026-04-01')).toBe('OVERDUE');
  });
});
