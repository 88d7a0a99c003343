import { milestoneStatus, type LocalDate, type MilestoneStatus } from '@nvtt/shared';
import type { DossierTaskFragment } from '../../gql/graphql';
import { daysBetween } from './format';

type Milestone = DossierTaskFragment['milestones'][number];

export interface TimelineItem {
  readonly milestone: Milestone;
  readonly status: MilestoneStatus;
  /** Days after the due date: when it was done late, or how long it has been overdue; else 0. */
  readonly daysLate: number;
}

/**
 * The plan's milestones in date order with their marks as of the dossier's date, by the shared
 * rule (done on or before the due day is on time; overdue only once the day has passed).
 */
export function timelineOf(milestones: readonly Milestone[], asOf: LocalDate): TimelineItem[] {
  return [...milestones]
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
    .map((milestone) => {
      const status = milestoneStatus(milestone.dueOn, milestone.doneOn, asOf);
      const daysLate =
        status === 'DONE_LATE' && milestone.doneOn !== null
          ? daysBetween(milestone.dueOn, milestone.doneOn)
          : status === 'OVERDUE'
            ? daysBetween(milestone.dueOn, asOf)
            : 0;
      return { milestone, status, daysLate };
    });
}

export function statusCounts(items: readonly TimelineItem[]): Record<MilestoneStatus, number> {
  const counts: Record<MilestoneStatus, number> = { DONE_ON_TIME: 0, DONE_LATE: 0, OVERDUE: 0, PENDING: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}
