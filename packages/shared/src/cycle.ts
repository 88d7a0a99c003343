import type { Vocabulary } from './label.js';
import { localDate, type LocalDate } from './time.js';

/**
 * Stages of a year's cycle (domain §3). Each has a deadline stored per cycle; the defaults below
 * are where a new cycle starts, and Ban Tổ chức may change them without a code change.
 */
export const CYCLE_STAGES = {
  REGISTRATION_OPEN: { vi: 'Mở đăng ký', en: 'Registration opens' },
  REGISTER: { vi: 'Đăng ký nhiệm vụ trọng tâm', en: 'Register key tasks' },
  APPRAISE_REGISTRATION: { vi: 'Thẩm định đăng ký', en: 'Appraise registrations' },
  CONSOLIDATE: {
    vi: 'Tổng hợp, lấy ý kiến cơ quan tham mưu',
    en: 'Consolidate and consult advisory agencies',
  },
  SUBMIT_TO_DECIDER: { vi: 'Trình Thường trực, BTV', en: 'Submit to the Standing Committee' },
  DECIDE: { vi: 'Quyết định, thông báo giao nhiệm vụ', en: 'Decide and announce assignments' },
  PLAN: { vi: 'Xây dựng kế hoạch thực hiện', en: 'File implementation plans' },
  SELF_ASSESS: { vi: 'Tự đánh giá', en: 'Self-assess' },
  APPRAISE_RESULTS: { vi: 'Thẩm định kết quả', en: 'Appraise results' },
  ADVISORY_RESULTS: {
    vi: 'Cơ quan tham mưu cho ý kiến về kết quả',
    en: 'Advisory opinions on results',
  },
  CONSOLIDATE_RESULTS: { vi: 'Tổng hợp, báo cáo kết quả', en: 'Consolidate and report results' },
  CONCLUDE: { vi: 'Kết luận, làm căn cứ xếp loại', en: 'Conclude as a rating input' },
} as const satisfies Vocabulary<string>;
export type CycleStage = keyof typeof CYCLE_STAGES;

/** Who acts at a stage. */
export const STAGE_ACTORS = {
  CADRE: { vi: 'Cán bộ', en: 'Cadre' },
  FOCAL: { vi: 'Cơ quan đầu mối', en: 'Focal agency' },
  ADVISORY: { vi: 'Cơ quan tham mưu', en: 'Advisory agency' },
  CONSOLIDATOR: { vi: 'Ban Tổ chức Tỉnh ủy', en: 'Organisation Commission' },
  DECIDER: { vi: 'Thường trực, Ban Thường vụ Tỉnh ủy', en: 'Standing Committee' },
} as const satisfies Vocabulary<string>;
export type StageActor = keyof typeof STAGE_ACTORS;

/** Whether a deadline is fixed by the regulation or is our default reading of it. */
export type DeadlineBasis = 'RULE' | 'DEFAULT';

interface StageDefault {
  readonly actors: readonly StageActor[];
  readonly basis: DeadlineBasis;
  /** Relative to the cycle's year N: -1 = the year before, 0 = N, 1 = the year after. */
  readonly yearOffset: -1 | 0 | 1;
  readonly month: number;
  readonly day: number;
}

/** The default calendar; CONCLUDE has no date (it happens with the annual review). */
export const CYCLE_STAGE_DEFAULTS: Readonly<Record<CycleStage, StageDefault | null>> = {
  REGISTRATION_OPEN: { actors: ['CONSOLIDATOR'], basis: 'DEFAULT', yearOffset: -1, month: 10, day: 1 },
  REGISTER: { actors: ['CADRE'], basis: 'RULE', yearOffset: -1, month: 10, day: 30 },
  APPRAISE_REGISTRATION: { actors: ['FOCAL'], basis: 'DEFAULT', yearOffset: -1, month: 11, day: 15 },
  CONSOLIDATE: {
    actors: ['CONSOLIDATOR', 'ADVISORY'],
    basis: 'DEFAULT',
    yearOffset: -1,
    month: 12,
    day: 10,
  },
  SUBMIT_TO_DECIDER: { actors: ['CONSOLIDATOR'], basis: 'DEFAULT', yearOffset: -1, month: 12, day: 20 },
  DECIDE: { actors: ['DECIDER'], basis: 'RULE', yearOffset: -1, month: 12, day: 30 },
  PLAN: { actors: ['CADRE'], basis: 'DEFAULT', yearOffset: 0, month: 1, day: 31 },
  SELF_ASSESS: { actors: ['CADRE'], basis: 'RULE', yearOffset: 0, month: 12, day: 31 },
  APPRAISE_RESULTS: { actors: ['FOCAL'], basis: 'DEFAULT', yearOffset: 1, month: 1, day: 15 },
  ADVISORY_RESULTS: { actors: ['ADVISORY'], basis: 'DEFAULT', yearOffset: 1, month: 1, day: 25 },
  CONSOLIDATE_RESULTS: {
    actors: ['CONSOLIDATOR'],
    basis: 'DEFAULT',
    yearOffset: 1,
    month: 1,
    day: 31,
  },
  CONCLUDE: null,
};

export const CONCLUDE_ACTORS: readonly StageActor[] = ['DECIDER'];

export function stageActors(stage: CycleStage): readonly StageActor[] {
  return CYCLE_STAGE_DEFAULTS[stage]?.actors ?? CONCLUDE_ACTORS;
}

/** The default deadline of every stage for the cycle of `year` (null: no fixed date). */
export function defaultCycleDeadlines(year: number): Record<CycleStage, LocalDate | null> {
  const entries = Object.entries(CYCLE_STAGE_DEFAULTS).map(([stage, rule]) => [
    stage,
    rule === null ? null : localDate(year + rule.yearOffset, rule.month, rule.day),
  ]);
  return Object.fromEntries(entries) as Record<CycleStage, LocalDate | null>;
}

/** The cycle's rules that the regulation fixes today but that may change (domain §8). */
export interface CycleRules {
  /** Key tasks each cadre registers (3). */
  readonly tasksPerCadre: number;
  /** Longest a task may run, in months (12). */
  readonly maxDurationMonths: number;
  /** Monthly progress reports are due by this day of the month (25). */
  readonly progressReportDay: number;
}

export const DEFAULT_CYCLE_RULES: CycleRules = {
  tasksPerCadre: 3,
  maxDurationMonths: 12,
  progressReportDay: 25,
};

/** Where a cycle is in its year; Ban Tổ chức moves it forward. */
export const CYCLE_PHASES = {
  PREPARING: { vi: 'Chuẩn bị', en: 'Preparing' },
  REGISTRATION: { vi: 'Đăng ký, thẩm định', en: 'Registration and appraisal' },
  ASSIGNMENT: { vi: 'Tổng hợp, quyết định giao', en: 'Consolidation and assignment' },
  IMPLEMENTATION: { vi: 'Triển khai thực hiện', en: 'Implementation' },
  EVALUATION: { vi: 'Đánh giá kết quả', en: 'Evaluation' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
} as const satisfies Vocabulary<string>;
export type CyclePhase = keyof typeof CYCLE_PHASES;
