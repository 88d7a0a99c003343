import type { CycleStage, StageActor } from './cycle.js';
import { KEY_TASK_STATES, type KeyTaskState } from './key-task.js';
import { codesOf, type Vocabulary } from './label.js';

/**
 * The key task's transition table (domain §4). This is the one place the rules live: the API
 * enforces it, the dashboard reads it to offer only the actions a user may take.
 */

/** What someone can do to a key task, in the order the dashboard lists them. */
export const KEY_TASK_ACTIONS = {
  SUBMIT: { vi: 'Gửi đăng ký', en: 'Submit registration' },
  RETURN: { vi: 'Trả lại để hoàn thiện', en: 'Return for revision' },
  APPRAISE: { vi: 'Thẩm định, chấp thuận', en: 'Appraise and accept' },
  SEND_FOR_OPINIONS: { vi: 'Lấy ý kiến cơ quan tham mưu', en: 'Consult the advisory agencies' },
  GIVE_OPINION: { vi: 'Cho ý kiến', en: 'Give an opinion' },
  PROPOSE: { vi: 'Trình Thường trực, BTV', en: 'Propose to the Standing Committee' },
  ASSIGN: { vi: 'Giao nhiệm vụ', en: 'Assign' },
  REJECT: { vi: 'Không giao', en: 'Do not assign' },
  FILE_PLAN: { vi: 'Gửi kế hoạch thực hiện', en: 'File the implementation plan' },
  REPORT_PROGRESS: { vi: 'Báo cáo tiến độ', en: 'Report progress' },
  REQUEST_CHANGE: { vi: 'Đề nghị điều chỉnh', en: 'Request a change' },
  DECIDE_CHANGE: { vi: 'Quyết định điều chỉnh', en: 'Decide on a change' },
  SELF_ASSESS: { vi: 'Tự đánh giá', en: 'Self-assess' },
  RETURN_SELF_ASSESSMENT: { vi: 'Trả lại bản tự đánh giá', en: 'Return the self-assessment' },
  APPRAISE_RESULT: { vi: 'Thẩm định kết quả', en: 'Appraise the result' },
  GIVE_RESULT_OPINION: { vi: 'Cho ý kiến về kết quả', en: 'Give an opinion on the result' },
  CONSOLIDATE_RESULT: { vi: 'Tổng hợp kết quả', en: 'Consolidate the result' },
  CONCLUDE: { vi: 'Kết luận', en: 'Conclude' },
  WITHDRAW: { vi: 'Rút nhiệm vụ', en: 'Withdraw the task' },
  SUSPEND: { vi: 'Tạm dừng', en: 'Suspend' },
  RESUME: { vi: 'Tiếp tục thực hiện', en: 'Resume' },
} as const satisfies Vocabulary<string>;
export type KeyTaskAction = keyof typeof KEY_TASK_ACTIONS;

export interface TransitionRule {
  /** Who may act, and from which states each of them may. An actor absent here may never act. */
  readonly allowed: Readonly<Partial<Record<StageActor, readonly KeyTaskState[]>>>;
  /** The state after the action; null = the state is unchanged (an opinion, a change request…). */
  readonly to: KeyTaskState | null;
  /** The stage whose deadline marks the action late; null = no cycle deadline applies. */
  readonly stage: CycleStage | null;
  /** Where one actor acts at another stage than the rule's (BTC returns while consolidating). */
  readonly stageByActor?: Readonly<Partial<Record<StageActor, CycleStage>>>;
  /** A reason must be written: returns, rejections, withdrawals and opinions are kept for the dossier. */
  readonly requiresComment: boolean;
  /** An official document number and date must be given, e.g. the BTV decision. */
  readonly requiresDocument: boolean;
}

/** Where a task is still being carried out or evaluated after assignment: the BTV/BTC may stop it. */
const ASSIGNED_ACTIVE: readonly KeyTaskState[] = [
  'ASSIGNED',
  'PLANNED',
  'IN_PROGRESS',
  'SELF_ASSESSED',
  'RESULT_APPRAISED',
  'RESULT_CONSULTED',
];

export const KEY_TASK_TRANSITIONS: Readonly<Record<KeyTaskAction, TransitionRule>> = {
  SUBMIT: {
    allowed: { CADRE: ['DRAFT', 'RETURNED'] },
    to: 'SUBMITTED',
    stage: 'REGISTER',
    requiresComment: false,
    requiresDocument: false,
  },
  RETURN: {
    // The focal agency returns at appraisal; BTC can still return while consolidating (domain §4).
    allowed: { FOCAL: ['SUBMITTED'], CONSOLIDATOR: ['APPRAISED', 'IN_CONSULTATION'] },
    to: 'RETURNED',
    stage: 'APPRAISE_REGISTRATION',
    stageByActor: { CONSOLIDATOR: 'CONSOLIDATE' },
    requiresComment: true,
    requiresDocument: false,
  },
  APPRAISE: {
    allowed: { FOCAL: ['SUBMITTED'] },
    to: 'APPRAISED',
    stage: 'APPRAISE_REGISTRATION',
    requiresComment: false,
    requiresDocument: false,
  },
  SEND_FOR_OPINIONS: {
    allowed: { CONSOLIDATOR: ['APPRAISED'] },
    to: 'IN_CONSULTATION',
    stage: 'CONSOLIDATE',
    requiresComment: false,
    requiresDocument: false,
  },
  GIVE_OPINION: {
    allowed: { ADVISORY: ['IN_CONSULTATION'] },
    to: null,
    stage: 'CONSOLIDATE',
    requiresComment: true,
    requiresDocument: false,
  },
  PROPOSE: {
    allowed: { CONSOLIDATOR: ['IN_CONSULTATION'] },
    to: 'PROPOSED',
    stage: 'SUBMIT_TO_DECIDER',
    requiresComment: false,
    requiresDocument: false,
  },
  ASSIGN: {
    allowed: { DECIDER: ['PROPOSED'] },
    to: 'ASSIGNED',
    stage: 'DECIDE',
    requiresComment: false,
    requiresDocument: true,
  },
  REJECT: {
    allowed: { DECIDER: ['PROPOSED'] },
    to: 'REJECTED',
    stage: 'DECIDE',
    requiresComment: true,
    requiresDocument: true,
  },
  FILE_PLAN: {
    allowed: { CADRE: ['ASSIGNED'] },
    to: 'PLANNED',
    stage: 'PLAN',
    requiresComment: false,
    requiresDocument: false,
  },
  REPORT_PROGRESS: {
    // Monthly reports are due by a day of each month (CycleRules), not by a stage deadline.
    allowed: { CADRE: ['PLANNED', 'IN_PROGRESS'] },
    to: 'IN_PROGRESS',
    stage: null,
    requiresComment: false,
    requiresDocument: false,
  },
  REQUEST_CHANGE: {
    // The task keeps its state: the request waits for DECIDE_CHANGE, which versions the task.
    allowed: { CADRE: ['PLANNED', 'IN_PROGRESS'] },
    to: null,
    stage: null,
    requiresComment: true,
    requiresDocument: false,
  },
  DECIDE_CHANGE: {
    allowed: { DECIDER: ['PLANNED', 'IN_PROGRESS'] },
    to: null,
    stage: null,
    requiresComment: false,
    requiresDocument: true,
  },
  SELF_ASSESS: {
    allowed: { CADRE: ['PLANNED', 'IN_PROGRESS'] },
    to: 'SELF_ASSESSED',
    stage: 'SELF_ASSESS',
    requiresComment: false,
    requiresDocument: false,
  },
  RETURN_SELF_ASSESSMENT: {
    allowed: { FOCAL: ['SELF_ASSESSED'] },
    to: 'IN_PROGRESS',
    stage: 'APPRAISE_RESULTS',
    requiresComment: true,
    requiresDocument: false,
  },
  APPRAISE_RESULT: {
    allowed: { FOCAL: ['SELF_ASSESSED'] },
    to: 'RESULT_APPRAISED',
    stage: 'APPRAISE_RESULTS',
    requiresComment: false,
    requiresDocument: false,
  },
  GIVE_RESULT_OPINION: {
    allowed: { ADVISORY: ['RESULT_APPRAISED'] },
    to: null,
    stage: 'ADVISORY_RESULTS',
    requiresComment: true,
    requiresDocument: false,
  },
  CONSOLIDATE_RESULT: {
    allowed: { CONSOLIDATOR: ['RESULT_APPRAISED'] },
    to: 'RESULT_CONSULTED',
    stage: 'CONSOLIDATE_RESULTS',
    requiresComment: false,
    requiresDocument: false,
  },
  CONCLUDE: {
    // From SUSPENDED: a cadre who left mid-year is closed with a partial evaluation, never deleted.
    allowed: { DECIDER: ['RESULT_CONSULTED', 'SUSPENDED'] },
    to: 'CONCLUDED',
    stage: 'CONCLUDE',
    requiresComment: false,
    requiresDocument: false,
  },
  WITHDRAW: {
    // Before assignment the cadre or BTC may withdraw; once the BTV has assigned, only the BTV may.
    allowed: {
      CADRE: ['DRAFT', 'SUBMITTED', 'RETURNED'],
      CONSOLIDATOR: ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPRAISED', 'IN_CONSULTATION', 'PROPOSED'],
      DECIDER: [...ASSIGNED_ACTIVE, 'SUSPENDED'],
    },
    to: 'WITHDRAWN',
    stage: null,
    requiresComment: true,
    requiresDocument: false,
  },
  SUSPEND: {
    allowed: { DECIDER: ASSIGNED_ACTIVE, CONSOLIDATOR: ASSIGNED_ACTIVE },
    to: 'SUSPENDED',
    stage: null,
    requiresComment: true,
    requiresDocument: false,
  },
  RESUME: {
    allowed: { DECIDER: ['SUSPENDED'], CONSOLIDATOR: ['SUSPENDED'] },
    to: 'IN_PROGRESS',
    stage: null,
    requiresComment: true,
    requiresDocument: false,
  },
};

/** States a task never leaves: the record stays, nothing more happens to it. */
export const TERMINAL_STATES: readonly KeyTaskState[] = ['CONCLUDED', 'REJECTED', 'WITHDRAWN'];

export function isTerminalState(state: KeyTaskState): boolean {
  return TERMINAL_STATES.includes(state);
}

/** The actions any of `actors` may take on a task in `state`, in vocabulary order. */
export function actionsFrom(state: KeyTaskState, actors: readonly StageActor[]): KeyTaskAction[] {
  return codesOf(KEY_TASK_ACTIONS).filter((action) =>
    actors.some((actor) => KEY_TASK_TRANSITIONS[action].allowed[actor]?.includes(state) ?? false),
  );
}

export type TransitionRefusal = 'WRONG_STATE' | 'ACTOR_NOT_ALLOWED';

export type TransitionCheck =
  { readonly ok: true; readonly to: KeyTaskState } | { readonly ok: false; readonly code: TransitionRefusal };

/**
 * Whether `actor` may take `action` on a task in `state`. ACTOR_NOT_ALLOWED: this actor never takes
 * this action; WRONG_STATE: they may, but not from this state. `to` is the state afterwards.
 */
export function checkTransition(state: KeyTaskState, action: KeyTaskAction, actor: StageActor): TransitionCheck {
  const rule = KEY_TASK_TRANSITIONS[action];
  const from = rule.allowed[actor];
  if (from === undefined) return { ok: false, code: 'ACTOR_NOT_ALLOWED' };
  if (!from.includes(state)) return { ok: false, code: 'WRONG_STATE' };
  return { ok: true, to: rule.to ?? state };
}

/** Every state from which someone may take `action`, each once, in the order of KEY_TASK_STATES. */
export function statesBefore(action: KeyTaskAction): KeyTaskState[] {
  const allowed: readonly (readonly KeyTaskState[] | undefined)[] = Object.values(KEY_TASK_TRANSITIONS[action].allowed);
  return codesOf(KEY_TASK_STATES).filter((state) => allowed.some((states) => states?.includes(state) ?? false));
}

/** The stage whose deadline applies when `actor` takes `action`. */
export function stageOf(action: KeyTaskAction, actor: StageActor): CycleStage | null {
  const rule = KEY_TASK_TRANSITIONS[action];
  return rule.stageByActor?.[actor] ?? rule.stage;
}
