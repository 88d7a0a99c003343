import { describe, expect, it } from 'vitest';
import { stageAwaited } from './TaskPage';

describe('the deadline a task waits on', () => {
  it('follows the main path of the shared funnel', () => {
    expect(stageAwaited('DRAFT')).toBe('REGISTER');
    expect(stageAwaited('SUBMITTED')).toBe('APPRAISE_REGISTRATION');
    expect(stageAwaited('IN_CONSULTATION')).toBe('SUBMIT_TO_DECIDER');
    expect(stageAwaited('ASSIGNED')).toBe('PLAN');
    expect(stageAwaited('IN_PROGRESS')).toBe('SELF_ASSESS');
    expect(stageAwaited('RESULT_APPRAISED')).toBe('CONSOLIDATE_RESULTS');
    expect(stageAwaited('CONCLUDED')).toBeNull();
  });
});
