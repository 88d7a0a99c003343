import { KEY_TASK_STATES, KEY_TASK_TRANSITIONS, codesOf, type KeyTaskAction, type KeyTaskState } from '@nvtt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { toGlobalId } from '../src/graphql/relay.js';
import { operations, taskAction } from './support/key-task-ops.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
const { expectRefused } = operations(() => app);
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** The actions whose mutation takes only the task and a comment. */
const MUTATIONS: Partial<Record<KeyTaskAction, string>> = {
  SUBMIT: taskAction('keyTaskSubmit'),
  RETURN: taskAction('keyTaskReturn', 'comment'),
  APPRAISE: taskAction('keyTaskAppraise', 'comment'),
  SEND_FOR_OPINIONS: taskAction('keyTaskSendForOpinions'),
  PROPOSE: taskAction('keyTaskPropose'),
  WITHDRAW: taskAction('keyTaskWithdraw', 'reason'),
  SUSPEND: taskAction('keyTaskSuspend', 'reason'),
  RESUME: taskAction('keyTaskResume', 'reason'),
  RETURN_SELF_ASSESSMENT: taskAction('selfAssessmentReturn', 'comment'),
  CONSOLIDATE_RESULT: taskAction('resultConsolidate', 'comment'),
};

/** An actor holding every role towards one demo task, so only the state can refuse. */
async function allPowerful(taskId: number): Promise<Actor> {
  const [task] = await app.dataSource.query('SELECT cadre_id, focal_unit_id FROM key_task WHERE id = $1', [taskId]);
  const unit = async (code: string) =>
    (await app.dataSource.query('SELECT id FROM org_unit WHERE code = $1', [code]))[0].id;
  return {
    userId: 'everyone',
    label: 'Người thử nghiệm',
    cadreId: task.cadre_id,
    memberships: [
      { unitId: task.focal_unit_id, role: 'FOCAL' },
      { unitId: await unit('UBKTTU'), role: 'ADVISORY' },
      { unitId: await unit('BTCTU'), role: 'CONSOLIDATOR' },
      { unitId: await unit('BTV'), role: 'DECIDER' },
    ],
  };
}

describe('every action the table forbids in a state is refused and changes nothing', () => {
  it.each(codesOf(KEY_TASK_STATES))('from %s', async (state: KeyTaskState) => {
    const [row] = await app.dataSource.query('SELECT id FROM key_task WHERE state = $1 ORDER BY id LIMIT 1', [state]);
    expect(row, `a demo task in ${state}`).toBeDefined();
    const actor = await allPowerful(row.id);
    for (const [action, mutation] of Object.entries(MUTATIONS) as Array<[KeyTaskAction, string]>) {
      const allowedFrom = Object.values(KEY_TASK_TRANSITIONS[action].allowed).flat();
      if (allowedFrom.includes(state)) continue;
      await expectRefused(
        mutation,
        { id: toGlobalId('KeyTask', row.id), comment: 'Lý do thử nghiệm.' },
        actor,
        'WRONG_STATE',
      );
    }
  });
});
