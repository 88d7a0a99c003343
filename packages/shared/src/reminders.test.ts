import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_POLICY,
  addDays,
  daysBetween,
  deadlineReminderDue,
  escalationDue,
  isoWeekOf,
  reminderKeys,
} from './reminders.js';

const policy = DEFAULT_REMINDER_POLICY;

describe('when a deadline reminder is due', () => {
  it('is quiet before the first step, then names the latest step reached, then overdue', () => {
    expect(deadlineReminderDue('2026-11-15', '2026-11-07', policy)).toBeNull();
    expect(deadlineReminderDue('2026-11-15', '2026-11-08', policy)).toEqual({
      kind: 'DEADLINE_SOON',
      daysBefore: 7,
      daysLeft: 7,
    });
    expect(deadlineReminderDue('2026-11-15', '2026-11-13', policy)).toMatchObject({ daysBefore: 7 });
    expect(deadlineReminderDue('2026-11-15', '2026-11-14', policy)).toMatchObject({ daysBefore: 1 });
    // The deadline's own day is still in time.
    expect(deadlineReminderDue('2026-11-15', '2026-11-15', policy)).toMatchObject({ daysBefore: 1, daysLeft: 0 });
    expect(deadlineReminderDue('2026-11-15', '2026-11-16', policy)).toEqual({ kind: 'OVERDUE', daysLate: 1 });
  });

  it('escalates once the delay after the deadline has passed', () => {
    expect(escalationDue('2026-11-15', '2026-11-17', policy)).toBe(false);
    expect(escalationDue('2026-11-15', '2026-11-18', policy)).toBe(true);
    // A delay of 0 still waits for the deadline to pass.
    expect(escalationDue('2026-11-15', '2026-11-15', { ...policy, escalateAfterDays: 0 })).toBe(false);
  });

  it('keys a reminder by the deadline it is about, so a moved deadline gets new ones', () => {
    const soon = deadlineReminderDue('2026-11-15', '2026-11-08', policy)!;
    expect(reminderKeys.deadline(2027, 'APPRAISE_REGISTRATION', 'FOCAL', '2026-11-15', soon)).toBe(
      'deadline:2027:APPRAISE_REGISTRATION:FOCAL:2026-11-15:7',
    );
    expect(reminderKeys.deadline(2027, 'REGISTER', 'CADRE', '2026-10-30', { kind: 'OVERDUE', daysLate: 2 })).toBe(
      'overdue:2027:REGISTER:CADRE:2026-10-30',
    );
  });
});

describe('calendar helpers', () => {
  it('counts days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });

  it('names ISO weeks', () => {
    expect(isoWeekOf('2026-11-30')).toBe('2026-W49');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });
});
