import { describe, expect, it } from 'vitest';
import { levelViews, levelsFullyMet, statusOf } from './conditions';
import { testDossier } from './test-dossier';

describe('rating conditions', () => {
  it('orders the levels from HTXS down, in the UI language, and marks the level decided', () => {
    const dossier = testDossier();
    const views = levelViews(dossier.ratingConditions, 'vi', 'GOOD');
    expect(views.map((view) => [view.level, view.status, view.decided])).toEqual([
      ['EXCELLENT', 'NOT_MET', false],
      ['GOOD', 'MET', true],
    ]);
    expect(views[0]!.conditions).toEqual([
      { code: 'SCORE_AT_LEAST', text: 'Đạt từ 90 điểm trở lên (thang 100 điểm)', status: 'NOT_MET' },
      { code: 'MIN_EXCEEDED_SHARE', text: 'Ít nhất 30% nhiệm vụ hoàn thành vượt mức', status: 'UNKNOWN' },
    ]);
    expect(levelViews(dossier.ratingConditions, 'en', null)[1]!.conditions[0]!.text).toBe(
      'Score of at least 70 out of 100',
    );
    expect(levelsFullyMet(views)).toEqual(['GOOD']);
  });

  it('keeps "cannot be known" apart from "not met"', () => {
    expect([statusOf(true), statusOf(false), statusOf(null)]).toEqual(['MET', 'NOT_MET', 'UNKNOWN']);
    const unknown = testDossier().ratingConditions.map((level) => ({ ...level, allMet: null }));
    expect(levelsFullyMet(levelViews(unknown, 'vi', null))).toEqual([]);
  });
});
