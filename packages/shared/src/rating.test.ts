import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATING_SCHEME_CODE,
  RATING_SCHEMES,
  computeMeasures,
  htxsQuota,
  ratingConditions,
  type LevelConditions,
  type QualityRatingLevel,
  type TaskResult,
} from './index.js';

const fixture: TaskResult[] = [
  {
    outcome: 'EXCEEDED',
    outputs: [{ target: 10, actual: 12 }],
    milestones: [
      { dueOn: '2026-03-31', doneOn: '2026-03-30' },
      { dueOn: '2026-06-30', doneOn: '2026-07-05' }, // late
    ],
  },
  {
    outcome: 'COMPLETED_LATE',
    outputs: [
      { target: 4, actual: 2 },
      { target: 5, actual: null }, // not reported: left out, not counted as 0
    ],
    milestones: [{ dueOn: '2026-12-31', doneOn: null }], // due on the day of the measure, not done: still within its day
  },
  {
    // Objective causes: counted nowhere.
    outcome: 'EXEMPT_OBJECTIVE',
    outputs: [{ target: 1, actual: 0 }],
    milestones: [{ dueOn: '2026-05-31', doneOn: null }],
  },
  {
    outcome: 'COMPLETED_ON_TIME',
    outputs: [
      { target: 0, actual: 3 }, // no target to measure against
      { target: null, actual: 1 },
    ],
    milestones: [{ dueOn: '2027-01-15', doneOn: null }], // not yet due
  },
];

const allOnTime: TaskResult[] = (['EXCEEDED', 'COMPLETED_ON_TIME', 'COMPLETED_ON_TIME'] as const).map((outcome) => ({
  outcome,
  outputs: [],
  milestones: [],
}));

function level(levels: LevelConditions[], code: QualityRatingLevel): LevelConditions {
  return levels.find((entry) => entry.level === code)!;
}

function metOf(levels: LevelConditions[], code: QualityRatingLevel): Record<string, boolean | null> {
  return Object.fromEntries(level(levels, code).conditions.map((condition) => [condition.code, condition.met]));
}

describe('measures', () => {
  it('computes the hand-checked values of the fixture', () => {
    const measures = computeMeasures(fixture, '2026-12-31');
    expect(measures).toEqual({
      assessableTasks: 3,
      completedTasks: 3,
      onTimeTasks: 2,
      lateTasks: 1,
      exceededTasks: 1,
      completionRate: 1,
      lateShare: 1 / 3,
      exceededShare: 1 / 3,
      outputAchievement: (12 / 10 + 2 / 4) / 2, // 0.85
      milestonesDue: 2,
      milestonesOnTime: 1,
      milestoneOnTimeRate: 1 / 2,
    });
    // The day after, the milestone left undone counts as missed.
    expect(computeMeasures(fixture, '2027-01-01')).toMatchObject({ milestonesDue: 3, milestoneOnTimeRate: 1 / 3 });
  });

  it('leaves tasks without an outcome out of the task rates but not out of outputs and milestones', () => {
    const pending: TaskResult = {
      outcome: null,
      outputs: [{ target: 2, actual: 3 }],
      milestones: [{ dueOn: '2026-06-30', doneOn: '2026-06-30' }],
    };
    const measures = computeMeasures([pending], '2026-07-01');
    expect(measures.assessableTasks).toBe(0);
    expect(measures.completionRate).toBeNull();
    expect(measures.lateShare).toBeNull();
    expect(measures.outputAchievement).toBe(1.5);
    expect(measures.milestoneOnTimeRate).toBe(1);
  });

  it('gives null rates when there is nothing to divide by', () => {
    const measures = computeMeasures([], '2026-12-31');
    expect(measures.completionRate).toBeNull();
    expect(measures.outputAchievement).toBeNull();
    expect(measures.milestonesDue).toBe(0);
    expect(measures.milestoneOnTimeRate).toBeNull();
  });
});

describe('rating conditions', () => {
  const scheme366 = RATING_SCHEMES[DEFAULT_RATING_SCHEME_CODE];
  const kpi = RATING_SCHEMES.KHANH_HOA_KPI_2025;

  it('lists the four levels, highest first, with the numbers of the scheme in the labels', () => {
    const levels = ratingConditions(computeMeasures(allOnTime, '2026-12-31'), scheme366, 92);
    expect(levels.map((entry) => entry.level)).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
    expect(level(levels, 'EXCELLENT').conditions.map((condition) => condition.label.vi)).toEqual([
      'Đạt từ 90 điểm trở lên (thang 100 điểm)',
      '100% nhiệm vụ hoàn thành đúng tiến độ hoặc vượt mức',
      'Ít nhất 30% nhiệm vụ hoàn thành vượt mức',
    ]);
    expect(level(levels, 'COMPLETED').conditions.map((condition) => condition.label.vi)).toEqual([
      'Đạt từ 50 điểm trở lên (thang 100 điểm)',
      'Không quá 20% nhiệm vụ chậm tiến độ',
    ]);
    expect(level(levels, 'NOT_COMPLETED').conditions.map((condition) => condition.label.vi)).toEqual([
      'Dưới 50 điểm (thang 100 điểm)',
    ]);
  });

  it('shows met and unmet conditions without choosing a level', () => {
    // The fixture has a late task: 2 of 3 on time, 1 of 3 exceeded, 1 of 3 late.
    const levels = ratingConditions(computeMeasures(fixture, '2026-12-31'), scheme366, 92);
    expect(metOf(levels, 'EXCELLENT')).toEqual({ SCORE_AT_LEAST: true, ALL_ON_TIME: false, MIN_EXCEEDED_SHARE: true });
    expect(metOf(levels, 'GOOD')).toEqual({ SCORE_AT_LEAST: true, ALL_ON_TIME: false });
    expect(metOf(levels, 'COMPLETED')).toEqual({ SCORE_AT_LEAST: true, MAX_LATE_SHARE: false });
    expect(metOf(levels, 'NOT_COMPLETED')).toEqual({ SCORE_BELOW: false });
    expect(levels.map((entry) => entry.allMet)).toEqual([false, false, false, false]);

    const onTime = ratingConditions(computeMeasures(allOnTime, '2026-12-31'), scheme366, 92);
    expect(onTime.map((entry) => entry.allMet)).toEqual([true, true, true, false]);
  });

  it('leaves unknown what cannot be known', () => {
    const noScore = ratingConditions(computeMeasures(allOnTime, '2026-12-31'), scheme366, null);
    expect(metOf(noScore, 'EXCELLENT')).toEqual({ SCORE_AT_LEAST: null, ALL_ON_TIME: true, MIN_EXCEEDED_SHARE: true });
    expect(noScore.map((entry) => entry.allMet)).toEqual([null, null, null, null]);

    // No assessable task: the task conditions are unknown, but a failing score still decides.
    const noTasks = ratingConditions(computeMeasures([], '2026-12-31'), scheme366, 60);
    expect(metOf(noTasks, 'GOOD')).toEqual({ SCORE_AT_LEAST: false, ALL_ON_TIME: null });
    expect(level(noTasks, 'GOOD').allMet).toBe(false);
    expect(level(noTasks, 'COMPLETED').allMet).toBeNull();
  });

  it('reads a score of 75 differently under the province’s KPI scheme', () => {
    const measures = computeMeasures(allOnTime, '2026-12-31');
    expect(level(ratingConditions(measures, scheme366, 75), 'GOOD').allMet).toBe(true);
    const underKpi = ratingConditions(measures, kpi, 75);
    expect(level(underKpi, 'GOOD').allMet).toBe(false);
    expect(level(underKpi, 'GOOD').conditions[0]!.label.vi).toBe('Đạt từ 80 điểm trở lên (thang 100 điểm)');
    expect(level(underKpi, 'COMPLETED').allMet).toBe(true);
    expect(scheme366.scaleVersion).toBe('366-QĐ/TW:2025');
  });
});

describe('HTXS quota', () => {
  const scheme = RATING_SCHEMES.QD366_2025;

  it('allows a fifth of the number rated HTT, rounded down, and only warns', () => {
    expect(htxsQuota({ excellent: 2, good: 12 }, scheme)).toEqual({ allowed: 2, exceeded: false });
    expect(htxsQuota({ excellent: 3, good: 12 }, scheme)).toEqual({ allowed: 2, exceeded: true });
    expect(htxsQuota({ excellent: 1, good: 4 }, scheme)).toEqual({ allowed: 0, exceeded: true });
    expect(htxsQuota({ excellent: 3, good: 15 }, scheme)).toEqual({ allowed: 3, exceeded: false });
  });

  it('is not checked for a scheme without a quota', () => {
    expect(htxsQuota({ excellent: 9, good: 1 }, { ...scheme, excellentQuotaOfGood: null })).toEqual({
      allowed: null,
      exceeded: false,
    });
  });

  it('does not lose a place to floating point', () => {
    expect(htxsQuota({ excellent: 29, good: 100 }, { ...scheme, excellentQuotaOfGood: 0.29 }).allowed).toBe(29);
  });
});
