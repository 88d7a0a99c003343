import type { CycleStage, StageActor } from './cycle.js';
import type { KeyTaskState } from './key-task.js';
import type { Vocabulary } from './label.js';
import { isLocalDate, type LocalDate } from './time.js';

/**
 * Reminders and notifications (issue #9, part 4). Who must act at each state comes from the funnel
 * (WAITS, derived from the transition table); here: when a reminder is due, what it is called, and
 * the key that makes each one exist once per recipient however often the scan runs.
 */

export const NOTIFICATION_KINDS = {
  DEADLINE_SOON: { vi: 'Sắp đến hạn', en: 'Deadline approaching' },
  OVERDUE: { vi: 'Quá hạn', en: 'Overdue' },
  ESCALATION: { vi: 'Báo cáo thủ trưởng: quá hạn', en: 'Escalated to the head: overdue' },
  MILESTONE_OVERDUE: { vi: 'Mốc tiến độ quá hạn', en: 'Milestone overdue' },
  MILESTONE_ESCALATION: { vi: 'Báo cáo thủ trưởng: mốc quá hạn', en: 'Escalated to the head: milestone overdue' },
  WEEKLY_DIGEST: { vi: 'Tổng hợp hằng tuần', en: 'Weekly digest' },
} as const satisfies Vocabulary<string>;
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export interface ReminderPolicy {
  /** Days before a deadline on which the people who must act are reminded, e.g. [7, 1]. */
  readonly daysBefore: readonly number[];
  /** Days after a missed deadline (or milestone) before the agency's head is told. */
  readonly escalateAfterDays: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = { daysBefore: [7, 1], escalateAfterDays: 3 };

const DAY_MS = 24 * 60 * 60 * 1000;

function utcOf(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(utcOf(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

export type DeadlineReminder =
  | { readonly kind: 'DEADLINE_SOON'; readonly daysBefore: number; readonly daysLeft: number }
  | { readonly kind: 'OVERDUE'; readonly daysLate: number };

/**
 * The reminder a wait deserves on `today`: the latest "days before" step reached while the
 * deadline is still ahead (a step missed while the system was stopped is not sent late; the next
 * one reached is), or OVERDUE once the deadline's day has passed; null before the first step.
 */
export function deadlineReminderDue(
  dueOn: LocalDate,
  today: LocalDate,
  policy: ReminderPolicy,
): DeadlineReminder | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { kind: 'OVERDUE', daysLate: -daysLeft };
  const reached = policy.daysBefore.filter((step) => daysLeft <= step);
  if (reached.length === 0) return null;
  return { kind: 'DEADLINE_SOON', daysBefore: Math.min(...reached), daysLeft };
}

/** Whether the head must be told: the deadline passed at least `escalateAfterDays` days ago. */
export function escalationDue(dueOn: LocalDate, today: LocalDate, policy: ReminderPolicy): boolean {
  return daysBetween(dueOn, today) >= Math.max(1, policy.escalateAfterDays);
}

/**
 * The screen where each party does what it is reminded of (web routes): cadres their own tasks,
 * agencies their inbox, BTC the consolidation, the decision body its decisions.
 */
export const REMINDER_LINKS: Readonly<Record<StageActor, string>> = {
  CADRE: '/my-tasks',
  FOCAL: '/inbox',
  ADVISORY: '/inbox',
  CONSOLIDATOR: '/consolidation',
  DECIDER: '/decisions',
};

/**
 * Dedupe keys: unique per recipient in the database. A key names the deadline date it is about,
 * so a deadline moved by an extension gets its own reminders and the old date's stop applying.
 */
export const reminderKeys = {
  deadline: (
    year: number,
    stage: CycleStage,
    actor: StageActor,
    dueOn: LocalDate,
    reminder: DeadlineReminder,
  ): string =>
    reminder.kind === 'OVERDUE'
      ? `overdue:${year}:${stage}:${actor}:${dueOn}`
      : `deadline:${year}:${stage}:${actor}:${dueOn}:${reminder.daysBefore}`,
  escalation: (year: number, stage: CycleStage, actor: StageActor, dueOn: LocalDate, unitId: number): string =>
    `escalation:${year}:${stage}:${actor}:${dueOn}:${unitId}`,
  milestone: (milestoneId: number, dueOn: LocalDate): string => `milestone:${milestoneId}:${dueOn}`,
  /** Per focal agency and due date: the head hears once about all milestones of that date. */
  milestoneEscalation: (unitId: number, dueOn: LocalDate): string => `milestone-escalation:${unitId}:${dueOn}`,
  digest: (week: string): string => `digest:${week}`,
};

/** Tasks whose plan milestones are followed: planned and under way (before self-assessment). */
export const MILESTONE_TRACKED_STATES = ['PLANNED', 'IN_PROGRESS'] as const satisfies readonly KeyTaskState[];

/** The ISO week of a date, `YYYY-Www` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekOf(date: LocalDate): string {
  const day = new Date(utcOf(date));
  const weekday = (day.getUTCDay() + 6) % 7;
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
