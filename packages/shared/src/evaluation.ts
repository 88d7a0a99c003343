import type { Vocabulary } from './label.js';

/** Outcome of one key task (after national rule 366-QĐ/TW). */
export const KEY_TASK_OUTCOMES = {
  EXCEEDED: { vi: 'Hoàn thành vượt mức', en: 'Exceeded' },
  COMPLETED_ON_TIME: { vi: 'Hoàn thành đúng tiến độ', en: 'Completed on time' },
  COMPLETED_LATE: { vi: 'Hoàn thành nhưng chậm tiến độ', en: 'Completed late' },
  PARTIALLY_COMPLETED: { vi: 'Hoàn thành một phần', en: 'Partially completed' },
  NOT_COMPLETED: { vi: 'Không hoàn thành', en: 'Not completed' },
  EXEMPT_OBJECTIVE: {
    vi: 'Không đánh giá do nguyên nhân khách quan',
    en: 'Not assessed (objective causes)',
  },
} as const satisfies Vocabulary<string>;
export type KeyTaskOutcome = keyof typeof KEY_TASK_OUTCOMES;

/** Outcomes that count as completed (hoàn thành), on time, and late. */
export const COMPLETED_OUTCOMES: readonly KeyTaskOutcome[] = ['EXCEEDED', 'COMPLETED_ON_TIME', 'COMPLETED_LATE'];
export const ON_TIME_OUTCOMES: readonly KeyTaskOutcome[] = ['EXCEEDED', 'COMPLETED_ON_TIME'];
export const LATE_OUTCOMES: readonly KeyTaskOutcome[] = ['COMPLETED_LATE'];

/** Outcomes from best to worst, to tell a generous self-assessment from the concluded outcome. */
export const OUTCOME_RANKING: readonly KeyTaskOutcome[] = [
  'EXCEEDED',
  'COMPLETED_ON_TIME',
  'COMPLETED_LATE',
  'PARTIALLY_COMPLETED',
  'NOT_COMPLETED',
];

/** Outcomes left out of every denominator. */
export const EXEMPT_OUTCOMES: readonly KeyTaskOutcome[] = ['EXEMPT_OBJECTIVE'];

/** The official year-end rating: entered by the decision body, never computed. */
export const QUALITY_RATING_LEVELS = {
  EXCELLENT: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent', abbr: 'HTXS' },
  GOOD: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good', abbr: 'HTT' },
  COMPLETED: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed', abbr: 'HT' },
  NOT_COMPLETED: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed', abbr: 'KHT' },
} as const satisfies Vocabulary<string>;
export type QualityRatingLevel = keyof typeof QUALITY_RATING_LEVELS;
