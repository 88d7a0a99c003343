import type { StageActor } from './cycle.js';
import type { KeyTaskState } from './key-task.js';
import type { Vocabulary } from './label.js';

/** Whether the focal agency has checked a piece of evidence (minh chứng). */
export const EVIDENCE_VERIFICATIONS = {
  PENDING: { vi: 'Chưa xác minh', en: 'Not yet verified' },
  VERIFIED: { vi: 'Đã xác minh', en: 'Verified' },
  REJECTED: { vi: 'Không chấp nhận', en: 'Rejected' },
} as const satisfies Vocabulary<string>;
export type EvidenceVerification = keyof typeof EVIDENCE_VERIFICATIONS;

/** What a piece of evidence supports. */
export const EVIDENCE_TARGETS = {
  TASK: { vi: 'Nhiệm vụ', en: 'The task' },
  OUTPUT: { vi: 'Sản phẩm đầu ra', en: 'An output' },
  SELF_ASSESSMENT: { vi: 'Bản tự đánh giá', en: 'The self-assessment' },
} as const satisfies Vocabulary<string>;
export type EvidenceTarget = keyof typeof EVIDENCE_TARGETS;

/** States in which a task is being carried out or evaluated: evidence may be added and checked. */
const DELIVERY_STATES: readonly KeyTaskState[] = [
  'ASSIGNED',
  'PLANNED',
  'IN_PROGRESS',
  'SELF_ASSESSED',
  'RESULT_APPRAISED',
  'RESULT_CONSULTED',
];

/** Who may add and who may verify evidence, and while the task is in which states. */
export const EVIDENCE_RULES: Readonly<
  Record<'ADD' | 'VERIFY', { actor: StageActor; states: readonly KeyTaskState[] }>
> = {
  ADD: { actor: 'CADRE', states: DELIVERY_STATES },
  VERIFY: { actor: 'FOCAL', states: DELIVERY_STATES },
};
