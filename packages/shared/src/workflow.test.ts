import { describe, expect, it } from 'vitest';
import {
  KEY_TASK_ACTIONS,
  KEY_TASK_STATES,
  KEY_TASK_TRANSITIONS,
  TERMINAL_STATES,
  actionsFrom,
  checkTransition,
  codesOf,
  isTerminalState,
  stageOf,
  statesBefore,
  type KeyTaskState,
} from './index.js';

const ALL_ACTORS = ['CADRE', 'FOCAL', 'ADVISORY', 'CONSOLIDATOR', 'DECIDER'] as const;

describe('key task transition table', () => {
  it('has a rule with at least one actor for every action', () => {
    for (const action of codesOf(KEY_TASK_ACTIONS)) {
      const rule = KEY_TASK_TRANSITIONS[action];
      expect(rule, action).toBeDefined();
      expect(Object.keys(rule.allowed).length, action).toBeGreaterThan(0);
      expect(statesBefore(action).length, action).toBeGreaterThan(0);
    }
    expect(Object.keys(KEY_TASK_TRANSITIONS).sort()).toEqual([...codesOf(KEY_TASK_ACTIONS)].sort());
  });

  it('lets every non-terminal state move on, and no terminal state', () => {
    for (const state of codesOf(KEY_TASK_STATES)) {
      const outgoing = actionsFrom(state, ALL_ACTORS);
      if (isTerminalState(state)) expect(outgoing, state).toEqual([]);
      else expect(outgoing.length, state).toBeGreaterThan(0);
    }
    expect(TERMINAL_STATES).toEqual(['CONCLUDED', 'REJECTED', 'WITHDRAWN']);
  });

  it('reaches every state from DRAFT', () => {
    const reached = new Set<KeyTaskState>(['DRAFT']);
    const queue: KeyTaskState[] = ['DRAFT'];
    for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
      for (const action of actionsFrom(state, ALL_ACTORS)) {
        const next = KEY_TASK_TRANSITIONS[action].to ?? state;
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...codesOf(KEY_TASK_STATES)].sort());
  });

  it('asks for a reason on every return, rejection, opinion and stop, and a document for BTV decisions', () => {
    const withComment = codesOf(KEY_TASK_ACTIONS).filter((action) => KEY_TASK_TRANSITIONS[action].requiresComment);
    expect(withComment).toEqual([
      'RETURN',
      'GIVE_OPINION',
      'REJECT',
      'REQUEST_CHANGE',
      'RETURN_SELF_ASSESSMENT',
      'GIVE_RESULT_OPINION',
      'WITHDRAW',
      'SUSPEND',
      'RESUME',
    ]);
    const withDocument = codesOf(KEY_TASK_ACTIONS).filter((action) => KEY_TASK_TRANSITIONS[action].requiresDocument);
    expect(withDocument).toEqual(['ASSIGN', 'REJECT', 'DECIDE_CHANGE']);
  });

  it('says why a transition is refused', () => {
    expect(checkTransition('DRAFT', 'SUBMIT', 'CADRE')).toEqual({ ok: true, to: 'SUBMITTED' });
    expect(checkTransition('RETURNED', 'SUBMIT', 'CADRE')).toEqual({ ok: true, to: 'SUBMITTED' });
    expect(checkTransition('SUBMITTED', 'SUBMIT', 'CADRE')).toEqual({ ok: false, code: 'WRONG_STATE' });
    expect(checkTransition('DRAFT', 'SUBMIT', 'FOCAL')).toEqual({ ok: false, code: 'ACTOR_NOT_ALLOWED' });
    // BTC returns only while consolidating; the focal agency only at appraisal.
    expect(checkTransition('IN_CONSULTATION', 'RETURN', 'CONSOLIDATOR')).toEqual({ ok: true, to: 'RETURNED' });
    expect(checkTransition('IN_CONSULTATION', 'RETURN', 'FOCAL')).toEqual({ ok: false, code: 'WRONG_STATE' });
    // An opinion leaves the state as it was.
    expect(checkTransition('IN_CONSULTATION', 'GIVE_OPINION', 'ADVISORY')).toEqual({
      ok: true,
      to: 'IN_CONSULTATION',
    });
    // Once assigned, the cadre can no longer withdraw the task alone.
    expect(checkTransition('ASSIGNED', 'WITHDRAW', 'CADRE')).toEqual({ ok: false, code: 'WRONG_STATE' });
    expect(checkTransition('ASSIGNED', 'WITHDRAW', 'DECIDER')).toEqual({ ok: true, to: 'WITHDRAWN' });
    expect(checkTransition('CONCLUDED', 'WITHDRAW', 'DECIDER')).toEqual({ ok: false, code: 'WRONG_STATE' });
    expect(checkTransition('SUSPENDED', 'CONCLUDE', 'DECIDER')).toEqual({ ok: true, to: 'CONCLUDED' });
  });

  it('offers each actor only their own actions, in vocabulary order', () => {
    expect(actionsFrom('DRAFT', ['CADRE'])).toEqual(['SUBMIT', 'WITHDRAW']);
    expect(actionsFrom('SUBMITTED', ['FOCAL'])).toEqual(['RETURN', 'APPRAISE']);
    expect(actionsFrom('SUBMITTED', ['ADVISORY'])).toEqual([]);
    expect(actionsFrom('IN_CONSULTATION', ['CONSOLIDATOR', 'ADVISORY'])).toEqual([
      'RETURN',
      'GIVE_OPINION',
      'PROPOSE',
      'WITHDRAW',
    ]);
    expect(actionsFrom('PROPOSED', ['DECIDER'])).toEqual(['ASSIGN', 'REJECT']);
    expect(actionsFrom('IN_PROGRESS', ['CADRE'])).toEqual(['REPORT_PROGRESS', 'REQUEST_CHANGE', 'SELF_ASSESS']);
    expect(actionsFrom('SUSPENDED', ['DECIDER'])).toEqual(['CONCLUDE', 'WITHDRAW', 'RESUME']);
    expect(actionsFrom('WITHDRAWN', ALL_ACTORS)).toEqual([]);
  });

  it('lists the states an action starts from', () => {
    expect(statesBefore('SUBMIT')).toEqual(['DRAFT', 'RETURNED']);
    expect(statesBefore('RETURN')).toEqual(['SUBMITTED', 'APPRAISED', 'IN_CONSULTATION']);
    expect(statesBefore('WITHDRAW')).toEqual(
      codesOf(KEY_TASK_STATES).filter((state) => !TERMINAL_STATES.includes(state)),
    );
  });
});

describe('stageOf', () => {
  it('dates a return by the focal agency at appraisal, and by BTC at consolidation', () => {
    expect(stageOf('RETURN', 'FOCAL')).toBe('APPRAISE_REGISTRATION');
    expect(stageOf('RETURN', 'CONSOLIDATOR')).toBe('CONSOLIDATE');
    expect(stageOf('SUBMIT', 'CADRE')).toBe('REGISTER');
    expect(stageOf('REPORT_PROGRESS', 'CADRE')).toBeNull();
  });
});
