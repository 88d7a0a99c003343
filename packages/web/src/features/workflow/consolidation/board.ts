import {
  alphabetical,
  KEY_TASK_STATES,
  codesOf,
  type CycleStage,
  type KeyTaskAction,
  type KeyTaskState,
  type StageActor,
} from '@nvtt/shared';
import type { KeyTaskFilter } from '../../../gql/graphql';

/** One backlog row of the stage funnel, as the API sends it. */
export interface BacklogRow {
  readonly state: KeyTaskState;
  readonly action: KeyTaskAction;
  readonly actor: StageActor;
  readonly stage: CycleStage | null;
  readonly deadline: string | null;
  readonly waiting: number;
  readonly overdue: number;
  readonly agency: { readonly id: string; readonly name: string } | null;
}

export interface StageRow {
  readonly key: string;
  readonly state: KeyTaskState;
  readonly action: KeyTaskAction;
  readonly actor: StageActor;
  readonly stage: CycleStage | null;
  readonly deadline: string | null;
  readonly waiting: number;
  readonly overdue: number;
  /** The agencies behind the figures, most overdue first. */
  readonly agencies: readonly BacklogRow[];
}

const STATE_ORDER = codesOf(KEY_TASK_STATES);
const ACTOR_ORDER: readonly StageActor[] = ['CADRE', 'FOCAL', 'CONSOLIDATOR', 'ADVISORY', 'DECIDER'];

const byOverdue = (a: BacklogRow, b: BacklogRow) =>
  b.overdue - a.overdue || b.waiting - a.waiting || alphabetical('vi')(a.agency?.name ?? '', b.agency?.name ?? '');

/** One row per step (state × awaited action × actor), in the order of the cycle, with totals. */
export function stageRows(backlog: readonly BacklogRow[]): StageRow[] {
  const groups = new Map<string, BacklogRow[]>();
  for (const row of backlog) {
    const key = `${row.state}:${row.action}:${row.actor}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .map(([key, rows]) => {
      const first = rows[0]!;
      return {
        key,
        state: first.state,
        action: first.action,
        actor: first.actor,
        stage: first.stage,
        deadline: first.deadline,
        waiting: rows.reduce((sum, row) => sum + row.waiting, 0),
        overdue: rows.reduce((sum, row) => sum + row.overdue, 0),
        agencies: [...rows].sort(byOverdue),
      };
    })
    .sort(
      (a, b) =>
        STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) ||
        ACTOR_ORDER.indexOf(a.actor) - ACTOR_ORDER.indexOf(b.actor),
    );
}

export interface LateAgency {
  readonly key: string;
  /** null: the Standing Committee (it has no agency row of its own). */
  readonly agency: { readonly id: string; readonly name: string } | null;
  readonly overdue: number;
  readonly waiting: number;
  readonly rows: readonly BacklogRow[];
}

/** Who is late: every agency (or unit of cadres) with overdue tasks, the most overdue first. */
export function lateByAgency(backlog: readonly BacklogRow[]): LateAgency[] {
  const groups = new Map<string, BacklogRow[]>();
  for (const row of backlog) {
    if (row.overdue === 0) continue;
    const key = `${row.actor}:${row.agency?.id ?? '-'}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .map(([key, rows]) => ({
      key,
      agency: rows[0]!.agency,
      overdue: rows.reduce((sum, row) => sum + row.overdue, 0),
      waiting: rows.reduce((sum, row) => sum + row.waiting, 0),
      rows: [...rows].sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state)),
    }))
    .sort((a, b) => b.overdue - a.overdue || alphabetical('vi')(a.agency?.name ?? '', b.agency?.name ?? ''));
}

/** The keyTasks filter for the tasks one backlog row counts (its drill-down). */
export function backlogFilter(row: BacklogRow, cycleYear: number): KeyTaskFilter {
  const base: KeyTaskFilter = { cycleYear, state: [row.state] };
  const agency = row.agency?.id;
  switch (row.actor) {
    case 'CADRE':
      return agency ? { ...base, unit: agency } : base;
    case 'FOCAL':
      return agency ? { ...base, focalAgency: agency } : base;
    case 'ADVISORY':
      return agency
        ? { ...base, awaitingOpinion: { agency, stage: row.state === 'RESULT_APPRAISED' ? 'RESULT' : 'REGISTRATION' } }
        : base;
    case 'CONSOLIDATOR':
    case 'DECIDER':
      return base;
    default: {
      const unreachable: never = row.actor;
      return unreachable;
    }
  }
}
