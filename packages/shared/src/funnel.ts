import type { CycleStage, StageActor } from './cycle.js';
import type { KeyTaskState } from './key-task.js';
import type { Vocabulary } from './label.js';
import { KEY_TASK_TRANSITIONS, stageOf, type KeyTaskAction } from './workflow.js';

/**
 * The stage funnel of a cycle (issue #5): how far the tasks have come, and who holds up the rest.
 * Everything here is read off the transition table, so the funnel cannot disagree with the workflow.
 */

/** Steps of the main path, in order; a task counts at a step once its state is at or past it. */
export const FUNNEL_STEPS = {
  REGISTERED: { vi: 'Đã đăng ký', en: 'Registered' },
  APPRAISED: { vi: 'Đã thẩm định', en: 'Appraised' },
  PROPOSED: { vi: 'Đã trình BTV', en: 'Proposed to the BTV' },
  ASSIGNED: { vi: 'Được giao', en: 'Assigned' },
  PLANNED: { vi: 'Có kế hoạch', en: 'Planned' },
  SELF_ASSESSED: { vi: 'Đã tự đánh giá', en: 'Self-assessed' },
  RESULT_APPRAISED: { vi: 'Đã thẩm định kết quả', en: 'Result appraised' },
  CONCLUDED: { vi: 'Đã kết luận', en: 'Concluded' },
} as const satisfies Vocabulary<string>;
export type FunnelStep = keyof typeof FUNNEL_STEPS;

const RESULT_DONE: readonly KeyTaskState[] = ['RESULT_APPRAISED', 'RESULT_CONSULTED', 'CONCLUDED'];
const SELF_DONE: readonly KeyTaskState[] = ['SELF_ASSESSED', ...RESULT_DONE];
const PLAN_DONE: readonly KeyTaskState[] = ['PLANNED', 'IN_PROGRESS', ...SELF_DONE];
const ASSIGNED_AT_LEAST: readonly KeyTaskState[] = ['ASSIGNED', 'SUSPENDED', ...PLAN_DONE];
const PROPOSED_AT_LEAST: readonly KeyTaskState[] = ['PROPOSED', 'REJECTED', ...ASSIGNED_AT_LEAST];
const APPRAISED_AT_LEAST: readonly KeyTaskState[] = ['APPRAISED', 'IN_CONSULTATION', ...PROPOSED_AT_LEAST];

/**
 * The states counted at each step. A withdrawn task counts nowhere (it may have left at any step);
 * a returned task counts as registered, since it was sent once and waits to be sent again.
 */
export const FUNNEL_STEP_STATES: Readonly<Record<FunnelStep, readonly KeyTaskState[]>> = {
  REGISTERED: ['SUBMITTED', 'RETURNED', ...APPRAISED_AT_LEAST],
  APPRAISED: APPRAISED_AT_LEAST,
  PROPOSED: PROPOSED_AT_LEAST,
  ASSIGNED: ASSIGNED_AT_LEAST,
  PLANNED: PLAN_DONE,
  SELF_ASSESSED: SELF_DONE,
  RESULT_APPRAISED: RESULT_DONE,
  CONCLUDED: ['CONCLUDED'],
};

/**
 * The states in which a task serves its goal areas (the alignment coverage and its drill-down):
 * registered and not refused — a draft, a withdrawn and a rejected task serve nothing.
 */
export const GOAL_SERVING_STATES: readonly KeyTaskState[] = FUNNEL_STEP_STATES.REGISTERED.filter(
  (state) => state !== 'REJECTED',
);

/** States where a task waits for someone; terminal states wait for nobody. */
export type WaitingState = Exclude<KeyTaskState, 'CONCLUDED' | 'REJECTED' | 'WITHDRAWN'>;

/** The action that moves a waiting task forward on the main path. */
export const NEXT_ACTION: Readonly<Record<WaitingState, KeyTaskAction>> = {
  DRAFT: 'SUBMIT',
  RETURNED: 'SUBMIT',
  SUBMITTED: 'APPRAISE',
  APPRAISED: 'SEND_FOR_OPINIONS',
  IN_CONSULTATION: 'PROPOSE',
  PROPOSED: 'ASSIGN',
  ASSIGNED: 'FILE_PLAN',
  PLANNED: 'SELF_ASSESS',
  IN_PROGRESS: 'SELF_ASSESS',
  SELF_ASSESSED: 'APPRAISE_RESULT',
  RESULT_APPRAISED: 'CONSOLIDATE_RESULT',
  RESULT_CONSULTED: 'CONCLUDE',
  SUSPENDED: 'CONCLUDE',
};

/** Advisory agencies owe an opinion while a task is in these states (besides the main path). */
export const OPINION_DUE: Readonly<Partial<Record<WaitingState, KeyTaskAction>>> = {
  IN_CONSULTATION: 'GIVE_OPINION',
  RESULT_APPRAISED: 'GIVE_RESULT_OPINION',
};

export interface WaitingOn {
  readonly state: WaitingState;
  readonly action: KeyTaskAction;
  readonly actor: StageActor;
  /** The stage whose deadline the wait is measured against; null: no dated deadline. */
  readonly stage: CycleStage | null;
}

function waitFor(state: WaitingState, action: KeyTaskAction): WaitingOn {
  const rule = KEY_TASK_TRANSITIONS[action];
  const actors = Object.keys(rule.allowed) as StageActor[];
  const actor = actors.find((candidate) => rule.allowed[candidate]?.includes(state));
  if (actor === undefined) throw new Error(`Nobody may ${action} from ${state}: the funnel is out of date.`);
  return { state, action, actor, stage: stageOf(action, actor) };
}

/** Who each waiting state waits for, and the waits for advisory opinions; derived once. */
export const WAITS: readonly WaitingOn[] = [
  ...(Object.entries(NEXT_ACTION) as Array<[WaitingState, KeyTaskAction]>).map(([state, action]) =>
    waitFor(state, action),
  ),
  ...(Object.entries(OPINION_DUE) as Array<[WaitingState, KeyTaskAction]>).map(([state, action]) =>
    waitFor(state, action),
  ),
];
