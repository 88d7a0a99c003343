import { describe, expect, it } from 'vitest';
import { AWAITED_STAGES, changeEventTypeOf } from './change-feed.js';

describe('the change feed vocabulary', () => {
  it('maps audit records of key tasks to one public event type, and others to none', () => {
    const task = (action: string, fromState: string | null, toState: string | null) =>
      changeEventTypeOf({ entityType: 'KeyTask', action, fromState, toState });
    expect(task('SUBMIT', 'DRAFT', 'SUBMITTED')).toBe('TASK_STATE_CHANGED');
    expect(task('CREATE', null, 'DRAFT')).toBe('TASK_STATE_CHANGED');
    expect(task('GIVE_OPINION', 'IN_CONSULTATION', 'IN_CONSULTATION')).toBe('OPINION_SUBMITTED');
    expect(task('ASSIGN', 'PROPOSED', 'ASSIGNED')).toBe('DECISION_RECORDED');
    expect(task('DECIDE_CHANGE', 'PLANNED', 'PLANNED')).toBe('DECISION_RECORDED');
    expect(task('DEADLINE_PASSED', null, null)).toBe('DEADLINE_PASSED');
    expect(task('UPDATE', null, null)).toBeNull();
    expect(task('ADD_EVIDENCE', null, null)).toBeNull();
    expect(task('REQUEST_CHANGE', 'PLANNED', 'PLANNED')).toBeNull();
    expect(changeEventTypeOf({ entityType: 'User', action: 'SIGN_IN', fromState: null, toState: null })).toBeNull();
  });

  it('knows which states still wait for each stage with a step of its own', () => {
    const byStage = Object.fromEntries(AWAITED_STAGES.map((entry) => [entry.stage, entry]));
    expect(byStage.REGISTER).toEqual({ stage: 'REGISTER', states: ['DRAFT', 'RETURNED'], byCadre: true });
    expect(byStage.APPRAISE_REGISTRATION).toMatchObject({ states: ['SUBMITTED'], byCadre: false });
    expect(byStage.PLAN).toMatchObject({ states: ['ASSIGNED'], byCadre: true });
    expect(byStage.SELF_ASSESS?.states).toEqual(['PLANNED', 'IN_PROGRESS']);
    expect(byStage.REGISTRATION_OPEN).toBeUndefined();
  });
});
