import {
  COMPLETED_OUTCOMES,
  EXEMPT_OUTCOMES,
  LATE_OUTCOMES,
  ON_TIME_OUTCOMES,
  QUALITY_RATING_LEVELS,
  type KeyTaskOutcome,
  type QualityRatingLevel,
} from './evaluation.js';
import { milestoneFallenDue } from './deadlines.js';
import { codesOf, type Label } from './label.js';
import type { LocalDate } from './time.js';

/**
 * Measures and rating conditions (domain §5). The official rating is entered by the decision body:
 * this module computes the inputs and shows which conditions each level needs, it never picks one.
 */

/**
 * The rules of one rating scale. A cycle stores the scheme it used, with its `scaleVersion`, so
 * past years stay interpretable after the national or provincial rules change.
 */
export interface RatingScheme {
  readonly scaleVersion: string;
  readonly label: Label;
  /** Lowest score of each level on the 100-point scale; NOT_COMPLETED is anything below COMPLETED. */
  readonly bands: Readonly<Record<'EXCELLENT' | 'GOOD' | 'COMPLETED', number>>;
  readonly excellentRequiresAllOnTime: boolean;
  /** Share of assessable tasks that must be exceeded for EXCELLENT (0.3 = 30%); 0 = no condition. */
  readonly excellentMinExceededShare: number;
  readonly goodRequiresAllOnTime: boolean;
  /** Largest share of assessable tasks that may be late for COMPLETED (0.2 = 20%). */
  readonly completedMaxLateShare: number;
  /** EXCELLENT may be at most this share of the number rated GOOD in a group; null = no quota. */
  readonly excellentQuotaOfGood: number | null;
}

export type RatingSchemeCode = 'QD366_2025' | 'KHANH_HOA_KPI_2025';

export const RATING_SCHEMES: Readonly<Record<RatingSchemeCode, RatingScheme>> = {
  QD366_2025: {
    scaleVersion: '366-QĐ/TW:2025',
    label: {
      vi: 'Quy định 366-QĐ/TW (2025) và Nghị định 335/2025/NĐ-CP: thang 100 điểm',
      en: 'Rule 366-QĐ/TW (2025) and Decree 335/2025/NĐ-CP: 100-point scale',
    },
    bands: { EXCELLENT: 90, GOOD: 70, COMPLETED: 50 },
    excellentRequiresAllOnTime: true,
    excellentMinExceededShare: 0.3,
    goodRequiresAllOnTime: true,
    completedMaxLateShare: 0.2,
    // Decree 335/2025/NĐ-CP: HTXS at most 20% of those rated HTT in a comparable group.
    excellentQuotaOfGood: 0.2,
  },
  KHANH_HOA_KPI_2025: {
    scaleVersion: 'KPI-KhanhHoa:2025',
    label: {
      vi: 'Bộ chỉ số KPI của tỉnh Khánh Hòa (từ 01-4-2025): thang 100 điểm, ngưỡng 90/80/50',
      en: 'Khánh Hòa KPI scheme (from 1-4-2025): 100-point scale, bands 90/80/50',
    },
    bands: { EXCELLENT: 90, GOOD: 80, COMPLETED: 50 },
    excellentRequiresAllOnTime: true,
    excellentMinExceededShare: 0.3,
    goodRequiresAllOnTime: true,
    completedMaxLateShare: 0.2,
    excellentQuotaOfGood: 0.2,
  },
};

export const DEFAULT_RATING_SCHEME_CODE: RatingSchemeCode = 'QD366_2025';

/** What is known of one key task at evaluation time. */
export interface TaskResult {
  /** The outcome being considered (self-assessed, appraised or concluded); null = not yet known. */
  readonly outcome: KeyTaskOutcome | null;
  readonly outputs: ReadonlyArray<{ target: number | null; actual: number | null }>;
  readonly milestones: ReadonlyArray<{ dueOn: LocalDate; doneOn: LocalDate | null }>;
}

export interface Measures {
  /** Tasks with an outcome that is not exempt: the denominator of every task rate. */
  readonly assessableTasks: number;
  readonly completedTasks: number;
  readonly onTimeTasks: number;
  readonly lateTasks: number;
  readonly exceededTasks: number;
  readonly completionRate: number | null;
  readonly lateShare: number | null;
  readonly exceededShare: number | null;
  /** Mean of actual/target over the outputs that have both; not capped, so 1.2 = 120%. */
  readonly outputAchievement: number | null;
  readonly milestonesDue: number;
  readonly milestonesOnTime: number;
  readonly milestoneOnTimeRate: number | null;
}

function isExempt(outcome: KeyTaskOutcome | null): boolean {
  return outcome !== null && EXEMPT_OUTCOMES.includes(outcome);
}

function share(count: number, of: number): number | null {
  return of === 0 ? null : count / of;
}

/**
 * The measures of a cadre's tasks as of `asOf`. Exempt tasks (objective causes) count nowhere:
 * not in the task rates, not in output achievement, not in the milestone record. Tasks without
 * an outcome yet count in output achievement and milestones, so the measures work mid-year.
 */
export function computeMeasures(tasks: readonly TaskResult[], asOf: LocalDate): Measures {
  const counted = tasks.filter((task) => !isExempt(task.outcome));
  const outcomes = counted.flatMap((task) => (task.outcome === null ? [] : [task.outcome]));
  const count = (set: readonly KeyTaskOutcome[]): number => outcomes.filter((outcome) => set.includes(outcome)).length;

  const assessableTasks = outcomes.length;
  const completedTasks = count(COMPLETED_OUTCOMES);
  const onTimeTasks = count(ON_TIME_OUTCOMES);
  const lateTasks = count(LATE_OUTCOMES);
  const exceededTasks = count(['EXCEEDED']);

  const ratios = counted.flatMap((task) =>
    task.outputs.flatMap(({ target, actual }) =>
      target !== null && target > 0 && actual !== null ? [actual / target] : [],
    ),
  );
  const outputAchievement = ratios.length === 0 ? null : ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length;

  // ISO dates compare correctly as strings.
  const due = counted.flatMap((task) =>
    task.milestones.filter((milestone) => milestoneFallenDue(milestone.dueOn, milestone.doneOn, asOf)),
  );
  const onTime = due.filter((milestone) => milestone.doneOn !== null && milestone.doneOn <= milestone.dueOn);

  return {
    assessableTasks,
    completedTasks,
    onTimeTasks,
    lateTasks,
    exceededTasks,
    completionRate: share(completedTasks, assessableTasks),
    lateShare: share(lateTasks, assessableTasks),
    exceededShare: share(exceededTasks, assessableTasks),
    outputAchievement,
    milestonesDue: due.length,
    milestonesOnTime: onTime.length,
    milestoneOnTimeRate: share(onTime.length, due.length),
  };
}

export type RatingConditionCode =
  'SCORE_AT_LEAST' | 'SCORE_BELOW' | 'ALL_ON_TIME' | 'MIN_EXCEEDED_SHARE' | 'MAX_LATE_SHARE';

export interface RatingCondition {
  readonly code: RatingConditionCode;
  readonly label: Label;
  /** null = cannot be known yet, e.g. no score entered or no assessable task. */
  readonly met: boolean | null;
}

export interface LevelConditions {
  readonly level: QualityRatingLevel;
  readonly conditions: readonly RatingCondition[];
  /** false as soon as one condition fails; null when none fails but some cannot be known. */
  readonly allMet: boolean | null;
}

/** A number the way Vietnamese documents write it: decimal comma, at most one decimal. */
function formatNumberVi(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}

function formatPercentVi(fraction: number): string {
  return `${formatNumberVi(fraction * 100)}%`;
}

function formatPercentEn(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

function scoreAtLeast(minimum: number, score: number | null): RatingCondition {
  return {
    code: 'SCORE_AT_LEAST',
    label: {
      vi: `Đạt từ ${formatNumberVi(minimum)} điểm trở lên (thang 100 điểm)`,
      en: `Score of at least ${minimum} out of 100`,
    },
    met: score === null ? null : score >= minimum,
  };
}

function allOnTime(measures: Measures): RatingCondition {
  return {
    code: 'ALL_ON_TIME',
    label: {
      vi: '100% nhiệm vụ hoàn thành đúng tiến độ hoặc vượt mức',
      en: 'Every task completed on time or exceeded',
    },
    met: measures.assessableTasks === 0 ? null : measures.onTimeTasks === measures.assessableTasks,
  };
}

function conditionsOf(
  level: QualityRatingLevel,
  measures: Measures,
  scheme: RatingScheme,
  score: number | null,
): RatingCondition[] {
  const conditions: RatingCondition[] = [];
  switch (level) {
    case 'EXCELLENT':
      conditions.push(scoreAtLeast(scheme.bands.EXCELLENT, score));
      if (scheme.excellentRequiresAllOnTime) conditions.push(allOnTime(measures));
      if (scheme.excellentMinExceededShare > 0) {
        const minimum = scheme.excellentMinExceededShare;
        conditions.push({
          code: 'MIN_EXCEEDED_SHARE',
          label: {
            vi: `Ít nhất ${formatPercentVi(minimum)} nhiệm vụ hoàn thành vượt mức`,
            en: `At least ${formatPercentEn(minimum)} of tasks exceeded`,
          },
          met: measures.exceededShare === null ? null : measures.exceededShare >= minimum,
        });
      }
      return conditions;
    case 'GOOD':
      conditions.push(scoreAtLeast(scheme.bands.GOOD, score));
      if (scheme.goodRequiresAllOnTime) conditions.push(allOnTime(measures));
      return conditions;
    case 'COMPLETED': {
      conditions.push(scoreAtLeast(scheme.bands.COMPLETED, score));
      const maximum = scheme.completedMaxLateShare;
      conditions.push({
        code: 'MAX_LATE_SHARE',
        label: {
          vi: `Không quá ${formatPercentVi(maximum)} nhiệm vụ chậm tiến độ`,
          en: `At most ${formatPercentEn(maximum)} of tasks late`,
        },
        met: measures.lateShare === null ? null : measures.lateShare <= maximum,
      });
      return conditions;
    }
    case 'NOT_COMPLETED':
      conditions.push({
        code: 'SCORE_BELOW',
        label: {
          vi: `Dưới ${formatNumberVi(scheme.bands.COMPLETED)} điểm (thang 100 điểm)`,
          en: `Score below ${scheme.bands.COMPLETED} out of 100`,
        },
        met: score === null ? null : score < scheme.bands.COMPLETED,
      });
      return conditions;
    default: {
      const unknown: never = level;
      throw new Error(`Unknown rating level: ${String(unknown)}`);
    }
  }
}

/** Three-valued "and": one false decides; otherwise any unknown leaves the whole unknown. */
function allOf(conditions: readonly RatingCondition[]): boolean | null {
  if (conditions.some((condition) => condition.met === false)) return false;
  return conditions.every((condition) => condition.met === true) ? true : null;
}

/**
 * What each of the four levels needs and whether it is met, highest level first. A score is read
 * as "at least the level's band": a cadre with 92 points who misses the EXCELLENT task conditions
 * still meets GOOD's score condition, so several levels can be fully met; the body decides.
 */
export function ratingConditions(measures: Measures, scheme: RatingScheme, score: number | null): LevelConditions[] {
  return codesOf(QUALITY_RATING_LEVELS).map((level) => {
    const conditions = conditionsOf(level, measures, scheme, score);
    return { level, conditions, allMet: allOf(conditions) };
  });
}

/**
 * The HTXS quota of a comparable group: allowed = ⌊good × quota⌋. Exceeding it is a warning for
 * BTC, never a block.
 */
export function htxsQuota(
  counts: { readonly excellent: number; readonly good: number },
  scheme: Pick<RatingScheme, 'excellentQuotaOfGood'>,
): { allowed: number | null; exceeded: boolean } {
  if (scheme.excellentQuotaOfGood === null) return { allowed: null, exceeded: false };
  // The small tolerance keeps 0.29 × 100 at 29, where binary floating point gives 28.999…
  const allowed = Math.floor(counts.good * scheme.excellentQuotaOfGood + 1e-9);
  return { allowed, exceeded: counts.excellent > allowed };
}
