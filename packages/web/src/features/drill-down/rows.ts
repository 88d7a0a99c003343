import {
  EXEMPT_OUTCOMES,
  computeMeasures,
  type KeyTaskOutcome,
  type KeyTaskState,
  type LocalDate,
  type MilestoneStatus,
} from '@nvtt/shared';
import type { DrillCadreTasksFragment, DrillPositionFragment } from '../../gql/graphql';
import type { DrillView } from './url-state';

/** One cadre of the list, with what the table shows and sorts by, computed once. */
export interface CadreRow {
  readonly id: string;
  readonly name: string;
  readonly post: string;
  readonly unit: string;
  readonly tasks: ReadonlyArray<{
    readonly id: string;
    readonly ordinal: number;
    readonly title: string;
    readonly state: KeyTaskState;
    readonly outcome: KeyTaskOutcome | null;
  }>;
  readonly completedTasks: number;
  readonly assessableTasks: number;
  /** Completed / assessable among the tasks counted; null when none has an outcome yet. */
  readonly completionRate: number | null;
  readonly milestones: Readonly<Record<MilestoneStatus, number>>;
  readonly milestonesDue: number;
  readonly milestonesOnTime: number;
  /** Milestones done by their due date / milestones due, as the shared measures count them. */
  readonly onTimeRate: number | null;
  readonly opinions: number;
}

const NOT_MEASURED: readonly KeyTaskState[] = ['WITHDRAWN', 'REJECTED'];

/** The outcome that stands: concluded, else appraised, else self-assessed (as the API's measures read it). */
export function standingOutcome(task: {
  concludedOutcome: KeyTaskOutcome | null;
  appraisedOutcome: KeyTaskOutcome | null;
  selfOutcome: KeyTaskOutcome | null;
}): KeyTaskOutcome | null {
  return task.concludedOutcome ?? task.appraisedOutcome ?? task.selfOutcome;
}

/**
 * The post to show for the year: one held during the cycle's year (the latest started), else the
 * newest post. Positions come newest first.
 */
export function postInYear(positions: readonly DrillPositionFragment[], year: number): DrillPositionFragment | null {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const held = positions.filter(
    (position) => position.startsOn <= yearEnd && (position.endsOn === null || position.endsOn >= yearStart),
  );
  const sorted = [...held].sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0));
  return sorted[0] ?? positions[0] ?? null;
}

export function toCadreRow(node: DrillCadreTasksFragment, year: number, asOf: LocalDate): CadreRow {
  const post = postInYear(node.cadre.positions, year);
  const tasks = node.tasks.map((task) => ({
    id: task.id,
    ordinal: task.ordinal,
    title: task.title,
    state: task.state,
    outcome: standingOutcome(task),
  }));
  // As in the dossier: withdrawn and rejected tasks are not part of the year's results, and exempt
  // ones count nowhere, so "on time x/y, late, overdue" add up to the milestones due.
  const measured = node.tasks.filter((task) => !NOT_MEASURED.includes(task.state));
  const measures = computeMeasures(
    measured.map((task) => ({ outcome: standingOutcome(task), outputs: [], milestones: task.milestones })),
    asOf,
  );
  const milestones: Record<MilestoneStatus, number> = { DONE_ON_TIME: 0, DONE_LATE: 0, OVERDUE: 0, PENDING: 0 };
  for (const task of measured) {
    const outcome = standingOutcome(task);
    if (outcome !== null && EXEMPT_OUTCOMES.includes(outcome)) continue;
    for (const milestone of task.milestones) milestones[milestone.status] += 1;
  }
  return {
    id: node.cadre.id,
    name: node.cadre.fullName,
    post: post?.title ?? '',
    unit: post?.unit.name ?? '',
    tasks,
    completedTasks: measures.completedTasks,
    assessableTasks: measures.assessableTasks,
    completionRate: measures.completionRate,
    milestones,
    milestonesDue: measures.milestonesDue,
    milestonesOnTime: measures.milestonesOnTime,
    onTimeRate: measures.milestoneOnTimeRate,
    opinions: node.tasks.reduce((sum, task) => sum + task.opinions.length, 0),
  };
}

/**
 * Rows kept by the view's state and outcome filters (a row stays when any of its tasks matches); the
 * name search is the API's, over every page.
 */
export function filterRows(rows: readonly CadreRow[], view: Pick<DrillView, 'state' | 'outcome'>): CadreRow[] {
  return rows.filter((row) => {
    if (view.state !== null && !row.tasks.some((task) => task.state === view.state)) return false;
    if (view.outcome !== null) {
      const wanted = view.outcome === 'NONE' ? null : view.outcome;
      if (!row.tasks.some((task) => task.outcome === wanted)) return false;
    }
    return true;
  });
}
