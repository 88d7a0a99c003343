import type { CycleRules, CycleStage } from './cycle.js';
import type { Vocabulary } from './label.js';
import { daysInMonth, isAfterDeadline, localDate, type LocalDate } from './time.js';

/**
 * Lateness (domain §3). A deadline flags late work, it never refuses it: whatever is sent after the
 * deadline is accepted and marked late. BTC may extend a stage's deadline for one cadre or agency.
 */

/** A stage's deadline moved for the cadre or agency concerned (the caller has filtered them). */
export interface DeadlineExtension {
  readonly stage: CycleStage;
  readonly until: LocalDate;
}

export type StageDeadlines = Readonly<Partial<Record<CycleStage, LocalDate | null>>>;

/**
 * The deadline that applies: the latest of the cycle's date and the stage's extensions. An
 * extension only ever gives more time; null when the stage has no date and nothing extends it.
 */
export function effectiveDeadline(
  stage: CycleStage,
  deadlines: StageDeadlines,
  extensions: readonly DeadlineExtension[],
): LocalDate | null {
  let latest = deadlines[stage] ?? null;
  for (const extension of extensions) {
    // ISO dates compare correctly as strings.
    if (extension.stage === stage && (latest === null || extension.until > latest)) latest = extension.until;
  }
  return latest;
}

/** Whether something done at `at` is late for `stage`; never late when the stage has no deadline. */
export function isLate(
  stage: CycleStage,
  at: Date,
  deadlines: StageDeadlines,
  extensions: readonly DeadlineExtension[],
): boolean {
  const deadline = effectiveDeadline(stage, deadlines, extensions);
  return deadline !== null && isAfterDeadline(at, deadline);
}

/**
 * The day the progress report for `month` (1–12) of `year` is due. A report day past the month's
 * end (e.g. 31 in February) means the month's last day.
 */
export function progressReportDueOn(year: number, month: number, rules: CycleRules): LocalDate {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Not a month: ${month}`);
  if (!Number.isInteger(rules.progressReportDay) || rules.progressReportDay < 1) {
    throw new RangeError(`Not a day of the month: ${rules.progressReportDay}`);
  }
  return localDate(year, month, Math.min(rules.progressReportDay, daysInMonth(year, month)));
}

/** Where a plan milestone stands on a given day. */
export const MILESTONE_STATUSES = {
  DONE_ON_TIME: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  DONE_LATE: { vi: 'Hoàn thành chậm', en: 'Done late' },
  OVERDUE: { vi: 'Quá hạn, chưa hoàn thành', en: 'Overdue' },
  PENDING: { vi: 'Chưa đến hạn', en: 'Not yet due' },
} as const satisfies Vocabulary<string>;
export type MilestoneStatus = keyof typeof MILESTONE_STATUSES;

/** A milestone is on time when done on or before its due day; overdue only once that day has passed. */
export function milestoneStatus(dueOn: LocalDate, doneOn: LocalDate | null, asOf: LocalDate): MilestoneStatus {
  if (doneOn !== null) return doneOn <= dueOn ? 'DONE_ON_TIME' : 'DONE_LATE';
  return asOf > dueOn ? 'OVERDUE' : 'PENDING';
}

/**
 * Whether a milestone counts in the milestone on-time rate as of a day: once it has fallen due —
 * due before that day, or due on it and done. A milestone has the whole of its due day (see
 * milestoneStatus), so one due today and not done yet is not counted as missed.
 */
export function milestoneFallenDue(dueOn: LocalDate, doneOn: LocalDate | null, asOf: LocalDate): boolean {
  return dueOn <= asOf && (doneOn !== null || dueOn < asOf);
}
