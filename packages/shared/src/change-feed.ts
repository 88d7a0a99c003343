import { CYCLE_STAGES, STAGE_ACTORS, type CycleStage } from './cycle.js';
import { codesOf, type Vocabulary } from './label.js';
import { KEY_TASK_STATES, type KeyTaskState } from './key-task.js';
import { KEY_TASK_ACTIONS, KEY_TASK_TRANSITIONS, stageOf, type KeyTaskAction } from './workflow.js';

/**
 * The change feed's public vocabulary (docs/change-feed.md). Events are read from the audit trail:
 * each audit record of a key task that matters to other tools becomes one event of one type, so
 * live subscriptions and webhooks carry exactly what was committed, in the order it was.
 */
export const CHANGE_EVENT_TYPES = {
  TASK_STATE_CHANGED: { vi: 'Nhiệm vụ chuyển trạng thái', en: 'Task state changed' },
  OPINION_SUBMITTED: { vi: 'Cơ quan tham mưu cho ý kiến', en: 'Opinion submitted' },
  DECISION_RECORDED: { vi: 'Thường trực, BTV quyết định', en: 'Decision recorded' },
  DEADLINE_PASSED: { vi: 'Quá hạn', en: 'Deadline passed' },
} as const satisfies Vocabulary<string>;
export type ChangeEventType = keyof typeof CHANGE_EVENT_TYPES;

export const CHANGE_EVENT_TYPE_CODES: readonly ChangeEventType[] = codesOf(CHANGE_EVENT_TYPES);

/** The audit action of a passed deadline, recorded by the system on the task (not a transition). */
export const DEADLINE_PASSED_ACTION = 'DEADLINE_PASSED';

/** The actions of the Standing Committee that carry a document: decisions, whether or not they move the task. */
const DECISION_ACTIONS: ReadonlySet<string> = new Set<KeyTaskAction>(['ASSIGN', 'REJECT', 'DECIDE_CHANGE', 'CONCLUDE']);
const OPINION_ACTIONS: ReadonlySet<string> = new Set<KeyTaskAction>(['GIVE_OPINION', 'GIVE_RESULT_OPINION']);

export interface AuditFacts {
  readonly entityType: string;
  readonly action: string;
  readonly fromState: string | null;
  readonly toState: string | null;
}

/**
 * The event an audit record is, or null when it is none (edits, evidence, sign-ins…). A decision
 * that moves the task (ASSIGN, REJECT, CONCLUDE) is a DECISION_RECORDED carrying both states; a tool
 * that follows states subscribes to both types.
 */
export function changeEventTypeOf(facts: AuditFacts): ChangeEventType | null {
  if (facts.entityType !== 'KeyTask') return null;
  if (facts.action === DEADLINE_PASSED_ACTION) return 'DEADLINE_PASSED';
  if (OPINION_ACTIONS.has(facts.action)) return 'OPINION_SUBMITTED';
  if (DECISION_ACTIONS.has(facts.action)) return 'DECISION_RECORDED';
  if (facts.toState !== null && facts.toState !== facts.fromState) return 'TASK_STATE_CHANGED';
  return null;
}

export interface AwaitedStage {
  readonly stage: CycleStage;
  /** States in which a task still waits for the stage's action: past the deadline, it is late. */
  readonly states: readonly KeyTaskState[];
  /** Whose extensions move the deadline: the cadre's (true) or the focal agency's. */
  readonly byCadre: boolean;
}

/**
 * For each stage with a deadline, the states a task is in while the stage's own step (the
 * transition whose rule names the stage and moves the task) is still to be taken.
 */
export const AWAITED_STAGES: readonly AwaitedStage[] = codesOf(CYCLE_STAGES).flatMap((stage): AwaitedStage[] => {
  const states = new Set<KeyTaskState>();
  let byCadre = false;
  for (const action of codesOf(KEY_TASK_ACTIONS)) {
    const rule = KEY_TASK_TRANSITIONS[action];
    if (rule.to === null) continue;
    for (const actor of codesOf(STAGE_ACTORS)) {
      const from = rule.allowed[actor];
      // An actor acting at another stage (BTC returning while consolidating) waits for that one.
      if (from === undefined || stageOf(action, actor) !== stage) continue;
      for (const state of from) states.add(state);
      byCadre ||= actor === 'CADRE';
    }
  }
  if (states.size === 0) return [];
  return [{ stage, states: codesOf(KEY_TASK_STATES).filter((state) => states.has(state)), byCadre }];
});
